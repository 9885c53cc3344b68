resource "acme_widget" "r" {
  name = provider::acme::shout("r")
}
