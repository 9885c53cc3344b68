resource "acme_widget" "partial" {
  # name is left out on purpose
  size = 1
}

resource "acme_gadget" "partial" {
  label = "x"
}
