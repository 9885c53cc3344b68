resource "acme_widget" "r" {
  name = "r"
  ...
}
