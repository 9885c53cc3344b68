provider "acme" {
  region = "eu"
}

provider "acme" {
  alias  = "us"
  region = "us"
}

resource "acme_widget" "meta" {
  provider   = acme.us
  name       = "meta"
  depends_on = [acme_gadget.first]

  lifecycle {
    create_before_destroy = true
    ignore_changes        = [tags]
  }
}
