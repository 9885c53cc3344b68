resource "acme_widget" "a" {
  name = "a"
}

variable "v" {
  type = 5
}
