"""Spec against schema (the S rules) where page and schema agree though they say it in other
ways: each case gives no finding, and its counterpart one."""

from pathlib import Path

import pytest

from regdocs.api import load_spec_text
from regdocs.project.config import Config
from regdocs.validate import SchemaIndex, validate_specs

SCHEMA = {
    "registry.terraform.io/example/kiln": {
        "resource_schemas": {
            "kiln_thing": {
                "block": {
                    "attributes": {
                        "name": {"type": "string", "required": True},
                        "id": {"type": "string", "optional": True, "computed": True},
                        "tags_all": {"type": ["map", "string"], "optional": True, "computed": True},
                        "items": {"type": ["list", ["object", {"key": "string"}]], "computed": True},
                        "mode": {"type": "string", "optional": True},
                    },
                    "block_types": {
                        "config": {
                            "nesting_mode": "list",
                            "max_items": 1,
                            "block": {"attributes": {"zone": {"type": "string", "computed": True}}},
                        },
                        "statement": {"nesting_mode": "list", "block": {}},
                    },
                }
            }
        }
    }
}
BASE = """kind: resource
name: kiln_thing
arguments:
  - name: name
    required: true
  - name: mode
    required: false
  - name: config
    required: false
  - name: statement
    required: false
attributes:
  - name: tags_all
  - name: items
    type: Attributes List
blocks:
  - name: config
    arguments:
      - name: zone
        computed: true
  - name: statement
    arguments:
      - name: anything
"""


def _rules(text: str) -> list[str]:
    config = Config(root=Path("."), specs_dir=Path("specs"), out_dir=Path("out"))
    spec = load_spec_text(text, "spec.yaml")
    found = validate_specs(config, [spec], schemas=SchemaIndex(SCHEMA), only=["S002", "S003", "S004", "S005"])
    return [f"{finding.rule} {finding.message}" for finding in found]


def test_the_ways_a_page_may_agree_with_the_schema_give_no_finding():
    # (Computed) entry in a block's list, Optional+Computed only as attribute, no `id`,
    # nested attributes given as an object type, a block whose schema declares nothing
    assert _rules(BASE) == []


@pytest.mark.parametrize(
    "change, finding",
    [
        (("        computed: true\n", ""), "S004 `zone` in block `config` is read-only"),
        (("  - name: mode\n    required: false\n", ""), "S002 argument `mode` is in the schema"),
        (("    type: Attributes List", "    type: Block Set"), "S005 `items` is documented as `Block Set`"),
        (("  - name: tags_all\n", "  - name: tags_al\n"), "S003 `tags_al` is not in the schema"),
    ],
)
def test_their_counterparts_are_findings(change, finding):
    text = BASE.replace(*change)
    assert any(line.startswith(finding) for line in _rules(text)), _rules(text)


def test_a_member_named_in_free_text_is_documented():
    text = BASE.replace("  - name: mode\n    required: false\n", "")
    assert (
        _rules(text + "sections:\n  - arguments\n  - title: Modes\n    body: |-\n      Set `mode` to pick one.\n") == []
    )
