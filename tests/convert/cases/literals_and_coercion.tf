resource "acme_widget" "first" {
  name    = "first"
  size    = "3"
  enabled = "true"
  ports   = [80, -443, 8080]
  zones   = ["a", "b"]
}
