resource "acme_widget" "loop" {
  name  = "loop"
  zones = [for z in var.zones : upper(z) if z != ""]
  tags  = { for k, v in var.labels : k => v }
  ports = acme_gadget.all[*].id
}
