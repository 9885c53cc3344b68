resource "acme_widget" "dyn" {
  name = "dyn"

  dynamic "part" {
    for_each = var.parts
    content {
      kind  = part.value.kind
      count = part.value.count
    }
  }
}
