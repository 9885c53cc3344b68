resource "acme_widget" "keys" {
  name = jsonencode({ foo-bar = 1 })
}
