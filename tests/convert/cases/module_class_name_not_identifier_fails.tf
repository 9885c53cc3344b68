module "tiers" {
  source = "./modules/3tier"
}
