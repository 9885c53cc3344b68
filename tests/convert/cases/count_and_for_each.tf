resource "acme_widget" "counted" {
  count = 3
  name  = "w-${count.index}"
}

resource "acme_gadget" "each" {
  for_each  = toset(["a", "b"])
  widget_id = each.key
  label     = each.value
}
