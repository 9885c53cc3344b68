resource "acme_widget" "a" {
  name = "a"
}
resource "acme_widget" "b" {
  name = acme_widget.a.tags[true]
}
