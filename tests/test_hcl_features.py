"""The feature breakdown of the converter report (`scripts/hcl_features.py`)."""

from scripts.hcl_features import features

SNIPPET = """resource "acme_widget" "w" {
  count = 2
  name  = upper("w-${count.index}")
  tags  = { for k, v in var.tags : k => v if v != "" }
  lifecycle {
    create_before_destroy = true
  }
}

module "net" {
  source   = "./net"
  for_each = toset(["a"])
}

output "ids" {
  value = acme_widget.w[*].id
}
"""


def test_block_kinds_meta_arguments_and_expression_forms():
    assert features(SNIPPET) == {
        "block: resource",
        "block: module",
        "block: output",
        "meta: count",
        "meta: lifecycle",
        "meta: for_each",
        "expr: function call",
        "expr: interpolation",
        "expr: for expression",
        "expr: splat",
    }


def test_text_that_is_not_hcl_has_no_features():
    assert features("$ terraform import acme_widget.w w-1") == set()
