resource "other_thing" "x" {
  value = acme_widget.w.id
  nested {
    a = 1
  }
}

resource "null_resource" "trigger" {
  triggers = {
    id = acme_widget.w.id
  }
}
