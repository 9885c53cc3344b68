resource "acme_widget" "web" {
  name = "web"
  settings {
    color = "red"
  }
}

import {
  to = "x${acme_widget.web.tenancy}"
  id = "w-1"
}

import {
  to = "${acme_widget.web}-copy"
  id = "w-2"
}
