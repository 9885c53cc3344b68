terraform {
  backend "s3" {
    bucket = "state"
    key    = "acme/terraform.tfstate"
  }
}

module "network" {
  source  = "acme-corp/network/acme"
  version = "1.2.0"
  cidr    = "10.0.0.0/16"
}

resource "acme_widget" "in_network" {
  name = module.network.widget_name
}
