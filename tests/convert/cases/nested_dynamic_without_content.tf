resource "acme_widget" "odd" {
  name = "odd"

  dynamic "part" {
    for_each = var.parts
    content {
      kind = part.value.kind
      dynamic "settings" {
        for_each = part.value.settings
        iterator = s
        dynamic "content" {
          for_each = s.value
          content {
            color = content.value
          }
        }
      }
    }
  }
}
