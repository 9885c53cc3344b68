module "a" {
  source = "./m"
  dynamic "for_each" {
    for_each = []
    content {}
  }
}
