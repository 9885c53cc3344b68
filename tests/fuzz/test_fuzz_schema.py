"""Fuzzed provider schema files through `regdocs convert --schema` and `convert-page --schema`:
the converter tests' schema with a subtree replaced (wrong types, missing parts, odd nesting
modes and cty types) or its text mutated. A schema that cannot be used is a positioned error
with exit 2 and nothing written; one that can gives a conversion or a positioned error."""

from __future__ import annotations

import json

from hypothesis import strategies as st

from fuzz_contract import Expectations, run_checked, sandbox
from fuzz_inputs import JSON_SCALARS, PROJECT_ROOT, mutated, replaced_subtree
from fuzz_settings import fuzz_test

SCHEMA_TEXT = (PROJECT_ROOT / "tests" / "convert" / "acme_schema.json").read_bytes()
SCHEMA = json.loads(SCHEMA_TEXT)
SNIPPET = b"""resource "acme_widget" "a" {
  name = "x"
  size = 3
  tags = { a = "b" }
}

data "acme_gadgets" "g" {
  workbench = acme_widget.a.id
}
"""
PAGE = b"# Resource: acme_widget\n\n## Example Usage\n\n```terraform\n" + SNIPPET + b"```\n\nUses `name` and `size`.\n"
# Values that look like parts of a schema, so that replacements reach the deeper checks.
SCHEMA_VALUES = st.recursive(
    JSON_SCALARS
    | st.sampled_from(["string", "number", "bool", "dynamic", "list", "set", "map", "object", "tuple", "single"])
    | st.sampled_from(
        [["list", "string"], ["object", {"a": "string"}], ["tuple", ["string"]], {"nesting_mode": "list"}]
    ),
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(
        st.sampled_from(["type", "block", "attributes", "block_types", "nesting_mode", "x"]), children, max_size=3
    ),
    max_leaves=6,
)
JSON_TOKENS = [
    b"{",
    b"}",
    b"[",
    b"]",
    b'"',
    b",",
    b":",
    b"null",
    b"true",
    b"1e999",
    b"-0",
    b"\\u0000",
    b"\\ud800",
    b"[" * 2000,
]


def schema_texts():
    structured = replaced_subtree(SCHEMA, SCHEMA_VALUES).map(lambda document: json.dumps(document).encode())
    return structured | mutated([SCHEMA_TEXT], JSON_TOKENS, max_mutations=3)


def _run(schema_text: bytes, command: str) -> None:
    with sandbox() as root:
        (root / "in").mkdir()
        schema = root / "in" / "schema.json"
        schema.write_bytes(schema_text)
        source = root / "in" / ("snippet.tf" if command == "convert" else "page.md")
        source.write_bytes(SNIPPET if command == "convert" else PAGE)
        output = "out/snippet.py" if command == "convert" else "out/page.md"
        expect = Expectations(("out",), {str(source): [output], str(schema): [output]})
        outcome = run_checked(root, [command, source, "--schema", schema, "--out-dir", root / "out"], expect)
        if str(schema) in outcome.run.failed_paths():
            assert outcome.run.code == 2 and outcome.changed("out") == set(), outcome.run.stderr


@fuzz_test("schema", 150)
def test_convert_with_schema(data):
    _run(data.draw(schema_texts()), "convert")


@fuzz_test("schema", 60)
def test_convert_page_with_schema(data):
    _run(data.draw(schema_texts()), "convert-page")
