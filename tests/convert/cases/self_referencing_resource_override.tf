resource "acme_widget" "loop" {
  name = acme_widget.loop.id == "" ? "first" : acme_widget.loop.id

  dynamic "part" {
    for_each = var.parts
    content {
      dynamic "settings" {
        for_each = part.value.settings
        content {
          color = settings.value
        }
      }
    }
  }
}

resource "acme_widget" "plain" {
  name = "plain"

  dynamic "part" {
    for_each = var.parts
    content {
      dynamic "settings" {
        for_each = part.value.settings
        content {
          color = settings.value
        }
      }
    }
  }
}
