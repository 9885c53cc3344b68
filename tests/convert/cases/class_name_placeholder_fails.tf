resource "other_x" "u" {
  name = "a one-letter class name"
}
