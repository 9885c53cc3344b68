resource "acme_widget" "cond" {
  name    = var.env == "prod" ? "big" : "small"
  size    = var.base * 2 + 1
  enabled = !var.disabled && var.size > 3
}
