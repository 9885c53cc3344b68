variable "zones" {
  type = list(string)
}

resource "acme_widget" "nested" {
  name  = "zones: ${[for z in var.zones : upper(z)]}"
  zones = ["${[for z in "${var.zones[0]}-x" : z]}", "${[for z in var.zones : z]}-${var.zones[1]}"]
}
