resource "acme_widget" "configured" {
  config {
    mode = "fast"
  }
  part {
    count = 2
  }
}
