resource "acme_widget" "r" {
  name = continue
}
