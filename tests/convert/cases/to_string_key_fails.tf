resource "acme_widget" "w" {
  name = "w"
  tags = {
    toString = "a key JavaScript reads as a method"
  }
}
