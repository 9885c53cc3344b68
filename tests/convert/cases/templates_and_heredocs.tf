resource "acme_widget" "text" {
  name = "${var.prefix}-web-${acme_gadget.g.label}"
  tags = {
    script = <<EOT
#!/bin/bash
echo "${var.greeting}"
echo "literal $${HOME}"
EOT
    path = "${path.module}/files/a.txt"
  }
}
