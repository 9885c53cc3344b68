locals {
  plain  = [1e21, 123456789012345678901234567890, 0.10, 1.5E+10, 1e-7, 0.000001]
  huge   = 1e400
  in_ops = 1e400 > 2
  called = max(1e400, 1e21, 1)
}

resource "acme_widget" "w" {
  name = "w"
  size = 1e21 + 1
  tags = {
    big  = 1e21
    huge = 1e400
  }
}

output "all" {
  value = [local.plain, local.huge, local.in_ops, local.called]
}
