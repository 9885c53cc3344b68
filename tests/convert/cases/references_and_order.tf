resource "acme_gadget" "knob" {
  widget_id = acme_widget.main.id
  label     = "knob-${acme_widget.main.name}"
}

resource "acme_widget" "main" {
  name = data.acme_catalog.all.items[0]
}

data "acme_catalog" "all" {
  region = "eu"
}
