locals {
  under_string  = startswith([{ "0" = { "0x1F" = 1 }, x = { "0x1F" = 2 } }], "a")
  under_any     = jsonencode([{ "0" = { "0x1F" = 1 } }])
  under_strings = sort(["a", { "0" = { "0x1F" = 1 } }])
  under_numbers = max([{ "0" = { "0x1F" = 1 } }]...)
  under_bools   = alltrue([{ "0" = { "0x1F" = 1 } }])
}

output "all" {
  value = [local.under_string, local.under_any, local.under_strings, local.under_numbers, local.under_bools]
}
