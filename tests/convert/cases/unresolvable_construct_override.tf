variable "rules" {}

resource "other_thing" "x" {
  name = "x"
  dynamic "rule" {
    for_each = var.rules
    content {
      name = rule.value.name
      dynamic "match" {
        for_each = rule.value.matches
        content {
          value = match.value
        }
      }
    }
  }
}

resource "acme_widget" "w" {
  name = "w"
  dynamic "part" {
    for_each = var.rules
    content {
      kind = part.value.name
      dynamic "match" {
        for_each = part.value.matches
        content {
          value = match.value
        }
      }
    }
  }
}
