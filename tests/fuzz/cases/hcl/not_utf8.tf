resource "acme_widget" "a" {
  name = "Ã"
}
