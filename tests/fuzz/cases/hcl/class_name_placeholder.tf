resource "acme_widget" "a" {
}

resource "x_y" "b" {
}
