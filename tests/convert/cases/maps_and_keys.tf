resource "acme_widget" "tagged" {
  name = "tagged"
  tags = {
    Name               = "tagged"
    "kubernetes.io/role" = "worker"
    camelCase          = "x"
    "with-dash"        = "y"
  }
}
