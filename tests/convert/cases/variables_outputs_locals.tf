variable "name" {
  type        = string
  description = "The widget name"
  default     = "w"

  validation {
    condition     = length(var.name) > 0
    error_message = "The name must not be empty."
  }
}

variable "sizes" {
  type = map(number)
}

locals {
  full_name = "${var.name}-${var.sizes["a"]}"
}

resource "acme_widget" "vars" {
  name = local.full_name
  size = var.sizes["a"]
}

output "widget_id" {
  value       = acme_widget.vars.id
  description = "The id"
}
