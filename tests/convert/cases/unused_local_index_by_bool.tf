locals {
  a = {}
  b = local.a[true].c
}
