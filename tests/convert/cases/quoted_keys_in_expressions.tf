resource "acme_widget" "keys" {
  name = jsonencode({ "aB" = 1, "lambda" = 2, "c-d" = 3, "1" = 4, "x" = { "yZ" = true } })
}
