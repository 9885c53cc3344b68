resource "acme_widget" "blocks" {
  name = "blocks"

  part {
    kind  = "gear"
    count = 2
  }

  part {
    kind = "spring"
  }

  config {
    mode = "fast"
  }

  settings {
    color = "red"
  }

  meta = {
    owner = "team"
    level = 3
  }
}
