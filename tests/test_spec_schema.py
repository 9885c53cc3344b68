"""Specs as provider schema for converting their own examples."""

import pytest

from regdocs.spec.model import Block, Entry, Spec
from regdocs.spec.as_provider_schema import parse_tf_type, resource_schema


@pytest.mark.parametrize(
    "text, parsed",
    [
        ("string", "string"),
        ("list(string)", ["list", "string"]),
        ("map(list(number))", ["map", ["list", "number"]]),
        ("object({a = string, b = list(bool)})", ["object", {"a": "string", "b": ["list", "bool"]}]),
    ],
)
def test_terraform_types(text, parsed):
    assert parse_tf_type(text) == parsed


def test_unknown_type_is_an_error():
    with pytest.raises(ValueError, match="unknown Terraform type"):
        parse_tf_type("strnig")


def test_resource_schema_from_arguments_blocks_and_attributes():
    spec = Spec(
        kind="resource",
        name="acme_thing",
        arguments=[
            Entry("name", required=True, tf_type="string"),
            Entry("tags", required=False, type="Map of String"),
            Entry("part", required=False),
        ],
        attributes=[Entry("id"), Entry("name")],
        blocks=[Block("part", max_items=1, arguments=[Entry("size", required=True, tf_type="number")])],
    )
    block = resource_schema(spec)["block"]
    assert block["attributes"] == {
        "name": {"type": "string", "required": True},
        "tags": {"type": ["map", "string"], "optional": True},
        "id": {"type": "dynamic", "computed": True},
    }
    assert block["block_types"]["part"] == {
        "nesting_mode": "list",
        "max_items": 1,
        "block": {"attributes": {"size": {"type": "number", "required": True}}, "block_types": {}},
    }
