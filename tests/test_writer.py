"""Spec YAML keeps every string exactly, whatever characters it holds."""

import pytest

from regdocs.api import dump_spec, load_spec_text
from regdocs.spec.model import Markdown, Spec

TRICKY = [
    "",
    "true",
    "123",
    "null",
    "- looks like a list",
    "# looks like a comment",
    "key: value",
    "  leading spaces",
    "trailing spaces  ",
    "line one\nline two",
    "line with trailing space \nnext",
    "\n\nstarts with blank lines",
    "ends with blank lines\n\n",
    "tab\there",
    "quotes ' and \"",
    "unicode – é ✓",
    "{name} braces",
]


@pytest.mark.parametrize("text", TRICKY)
def test_strings_round_trip(text):
    spec = Spec(kind="resource", name="shop_crate", summary=text, arguments=[Markdown(text)])
    loaded = load_spec_text(dump_spec(spec), "s.yaml")
    assert loaded.summary == text and loaded.arguments[0].markdown == text


def test_multi_line_text_is_written_as_a_literal_block():
    text = dump_spec(Spec(kind="resource", name="shop_crate", summary="one\ntwo"))
    assert "summary: |-\n  one\n  two\n" in text


def test_defaults_are_left_out():
    assert dump_spec(Spec(kind="guide", name="intro")) == "kind: guide\nname: intro\npage_style: website\n"
