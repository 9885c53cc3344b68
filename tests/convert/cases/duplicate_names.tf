resource "acme_widget" "example" {
  name = "one"
}

resource "acme_gadget" "example" {
  widget_id = acme_widget.example.id
}
