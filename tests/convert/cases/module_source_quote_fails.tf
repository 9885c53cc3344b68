module "quoted" {
  source = "./modules/my\"mod"
}
