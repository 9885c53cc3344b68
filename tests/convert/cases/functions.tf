resource "acme_widget" "fn" {
  name  = join("-", ["a", "b"], var.extra)
  size  = length(var.items) + max(1, 2, var.count)
  tags  = merge(var.base_tags, { Extra = upper("x") })
  zones = concat(var.zones, ["z"])
}
