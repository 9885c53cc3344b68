resource "acme_widget\\u0073" "escaped" {
  name = "a class name spelled with an escape"
}

data "acme_gadget\\u0073" "escaped" {
  label = "x"
}
