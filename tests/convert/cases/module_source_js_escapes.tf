module "escaped" {
  source = "./lib\\u0041dapter"
  name   = "uses the decoded class name"
}

resource "acme_gadget" "g" {
  widget_id = module.escaped.widget_id
}
