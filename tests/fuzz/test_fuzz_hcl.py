"""Fuzzed HCL through `regdocs convert`: the converter's own test snippets and the project's
examples, mutated at the token level, and snippets generated from a small HCL grammar (valid
HCL of every construct the converter handles, nested and combined at random). Whatever the
snippet, the contract holds: Python for a snippet that converts, a positioned error otherwise."""

from __future__ import annotations

import json

import yaml
from hypothesis import strategies as st

from fuzz_contract import Expectations, run_checked, sandbox
from fuzz_inputs import HCL_TOKENS, PROJECT_ROOT, mutated, seed_files
from fuzz_settings import fuzz_test

ACME_SCHEMA = PROJECT_ROOT / "tests" / "convert" / "acme_schema.json"


def _spec_examples() -> list[bytes]:
    found = []
    for path in sorted((PROJECT_ROOT / "specs").glob("*.yaml")):
        for example in yaml.safe_load(path.read_text()).get("examples") or []:
            if example.get("code"):
                found.append(example["code"].encode())
    return found


HCL_SEEDS = seed_files("tests/convert/cases/*.tf") + _spec_examples()

NAMES = st.sampled_from(["a", "b", "web", "x_y", "x-y", "name", "tags", "id", "count", "for_each", "toString"])
TYPES = st.sampled_from(["acme_widget", "acme_workbench", "aws_instance", "null_resource", "random_id", "x"])
REFERENCES = st.sampled_from(
    ["var.a", "local.b", "acme_widget.a.id", "data.acme_gadgets.g.id", "module.m.out", "each.value", "count.index"]
    + ["path.module", "self.id", "aws_instance.web[0].id", "var.list[*].name", "terraform.workspace"]
)
STRINGS = st.text(alphabet='abc xyz-_./:${}%"\\\n\t', max_size=12).map(json.dumps)
SCALARS = st.one_of(
    STRINGS,
    st.integers(-(10**20), 10**20).map(str),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.sampled_from(["true", "false", "null", "1e400", "0.1", "-0"]),
    REFERENCES,
)


def _expressions(children):
    return st.one_of(
        st.lists(children, max_size=3).map(lambda items: "[" + ", ".join(items) + "]"),
        st.lists(st.tuples(NAMES, children), max_size=3).map(
            lambda items: "{" + ", ".join(f"{key} = {value}" for key, value in items) + "}"
        ),
        st.tuples(
            st.sampled_from(["upper", "jsonencode", "lookup", "concat", "length", "max", "merge"]),
            st.lists(children, max_size=3),
        ).map(lambda call: f"{call[0]}({', '.join(call[1])})"),
        st.tuples(
            children, st.sampled_from(["+", "-", "*", "/", "%", "==", "!=", "<", ">=", "&&", "||"]), children
        ).map(lambda parts: " ".join(parts)),
        st.tuples(children, children, children).map(lambda parts: f"{parts[0]} ? {parts[1]} : {parts[2]}"),
        st.tuples(children, children).map(lambda parts: f"[for x in {parts[0]} : {parts[1]}]"),
        st.tuples(children, children).map(lambda parts: f"{{for k, v in {parts[0]} : k => {parts[1]}}}"),
        children.map(lambda inner: f'"prefix-${{{inner}}}-suffix"'),
        children.map(lambda inner: f"<<EOT\nline ${{{inner}}}\nEOT\n"),
        children.map(lambda inner: f"!{inner}"),
        children.map(lambda inner: f"({inner})"),
    )


EXPRESSIONS = st.recursive(SCALARS, _expressions, max_leaves=10)


def _bodies(children):
    return st.lists(
        st.one_of(
            st.tuples(NAMES, EXPRESSIONS).map(lambda pair: f"{pair[0]} = {pair[1]}"),
            st.tuples(NAMES, children).map(lambda pair: f"{pair[0]} {{\n{pair[1]}\n}}"),
            st.tuples(NAMES, EXPRESSIONS, children).map(
                lambda part: f'dynamic "{part[0]}" {{\nfor_each = {part[1]}\ncontent {{\n{part[2]}\n}}\n}}'
            ),
        ),
        max_size=4,
        unique_by=lambda item: item.split(" ", 1)[0],
    ).map("\n".join)


BODIES = st.recursive(st.just(""), _bodies, max_leaves=6)
BLOCKS = st.one_of(
    st.tuples(TYPES, NAMES, BODIES).map(lambda b: f'resource "{b[0]}" "{b[1]}" {{\n{b[2]}\n}}'),
    st.tuples(TYPES, NAMES, BODIES).map(lambda b: f'data "{b[0]}" "{b[1]}" {{\n{b[2]}\n}}'),
    st.tuples(NAMES, EXPRESSIONS).map(lambda b: f'variable "{b[0]}" {{\n  default = {b[1]}\n}}'),
    st.tuples(NAMES, EXPRESSIONS).map(lambda b: f"locals {{\n  {b[0]} = {b[1]}\n}}"),
    st.tuples(NAMES, EXPRESSIONS).map(lambda b: f'output "{b[0]}" {{\n  value = {b[1]}\n}}'),
    st.tuples(NAMES, BODIES).map(lambda b: f'module "{b[0]}" {{\n  source = "./m"\n{b[1]}\n}}'),
    st.tuples(NAMES, BODIES).map(lambda b: f'provider "acme" {{\n  alias = "{b[0]}"\n{b[1]}\n}}'),
    st.tuples(TYPES, NAMES, STRINGS).map(lambda b: f"import {{\n  to = {b[0]}.{b[1]}\n  id = {b[2]}\n}}"),
)
GENERATED = st.lists(BLOCKS, min_size=1, max_size=4).map(lambda blocks: ("\n\n".join(blocks) + "\n").encode())


def _convert(snippet: bytes, with_schema: bool) -> None:
    with sandbox() as root:
        path = root / "in" / "snippet.tf"
        path.parent.mkdir()
        path.write_bytes(snippet)
        schema = ["--schema", ACME_SCHEMA] if with_schema else []
        expect = Expectations(("out",), {str(path): ["out/snippet.py"]})
        outcome = run_checked(root, ["convert", path, *schema, "--out-dir", root / "out"], expect)
        assert outcome.run.code != 0 or outcome.changed("out") == {"out/snippet.py"}, outcome.run.stderr


@fuzz_test("hcl", 150)
def test_convert_mutated(data):
    _convert(data.draw(mutated(HCL_SEEDS, HCL_TOKENS)), data.draw(st.booleans()))


@fuzz_test("hcl", 150)
def test_convert_generated(data):
    snippet = data.draw(GENERATED)
    if data.draw(st.booleans()):
        snippet = data.draw(mutated([snippet], HCL_TOKENS, max_mutations=2))
    _convert(snippet, data.draw(st.booleans()))
