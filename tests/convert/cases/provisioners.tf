resource "acme_widget" "prov" {
  name = "prov"

  provisioner "local-exec" {
    command = "echo ${self.name}"
    environment = {
      FOO = "bar"
    }
  }
}
