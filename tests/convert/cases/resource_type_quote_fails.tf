resource "acme_\"quoted" "q" {
  name = "a quote ends the import path"
}
