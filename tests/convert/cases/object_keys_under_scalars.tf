resource "acme_widget" "keys" {
  name = [{ "x-aB" = 1, "{aB" = 2, "cD" = 3 }]
  size = [{ "{aB" = 2 }]
}
