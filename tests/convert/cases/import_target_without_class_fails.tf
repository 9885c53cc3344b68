import {
  to = upper(var.name)
  id = "w-1"
}
