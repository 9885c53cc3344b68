resource "acme_widget" "w" {
  name = jsonencode({
    Statement = [{
      Condition = {
        StringEquals = {
          "aws:SourceArn" = "arn"
          "0x1F"          = 1
        }
      }
    }]
    "aws:TopLevel" = "kept"
  })
  tags = {
    a = [{ "0" = [{ "0x1F" = true, "aB" = 1 }], "aB" = [{ "0x1F" = true }] }]
  }
}

output "sorted" {
  value = sort([{ x = { "aws:SourceArn" = "arn" } }])
}
