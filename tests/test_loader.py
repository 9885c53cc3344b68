"""Spec YAML with positions: values remember their lines, problems name line and column."""

import pytest

from regdocs.api import DiagnosticError, load_spec, load_spec_text

MINIMAL = "kind: resource\nname: shop_crate\n"


def problems(text):
    with pytest.raises(DiagnosticError) as caught:
        load_spec_text(text, "s.yaml")
    return [d.format() for d in caught.value.diagnostics]


def test_minimal_spec_gets_defaults():
    spec = load_spec_text(MINIMAL, "s.yaml")
    assert (spec.kind, spec.name, spec.page_style, spec.path) == (
        "resource",
        "shop_crate",
        "website",
        "s.yaml",
    )


def test_block_scalars_know_the_line_of_their_first_content_line():
    spec = load_spec_text(MINIMAL + "examples:\n  - language: hcl\n    code: |\n      a = 1\n      b = 2\n", "s.yaml")
    code = spec.examples[0].code
    assert code == "a = 1\nb = 2\n" and code.line == 6 and code.literal


def test_code_gets_its_final_newline():
    spec = load_spec_text(MINIMAL + "examples:\n  - code: |-\n      a = 1\n", "s.yaml")
    assert spec.examples[0].code == "a = 1\n"


def test_entries_and_markdown_items():
    spec = load_spec_text(MINIMAL + "arguments:\n  - name: size\n    required: true\n  - markdown: A note.\n", "s.yaml")
    assert spec.arguments[0].required is True and spec.arguments[0].line == 4
    assert spec.arguments[1].markdown == "A note."


def test_null_style_means_none():
    spec = load_spec_text(MINIMAL + "style:\n  arguments_intro: null\n", "s.yaml")
    assert spec.style["arguments_intro"] == ""


def test_unknown_key_suggests_the_closest():
    assert problems(MINIMAL + "summry: x\n") == [
        "s.yaml:3:1: error: unknown key `summry` in the spec; did you mean `summary`?"
    ]


def test_several_problems_are_reported_together():
    found = problems("kind: resorce\nname: 3\n")
    assert len(found) == 2
    assert found[0].startswith('s.yaml:1:7: error: `kind` is the string "resorce"; did you mean `resource`?')
    assert found[1] == "s.yaml:2:7: error: `name` must be a string, not `3`"


def test_missing_required_and_wrong_types():
    assert problems("name: x\n")[0].startswith("s.yaml:1:1: error: the spec is missing `kind`; add `kind: resource`")
    assert problems(MINIMAL + "arguments:\n  - name: a\n    required: yes please\n")[0].startswith(
        "s.yaml:5:15: error: `required` must be true or false"
    )


def test_yaml_errors_have_positions():
    found = problems("kind: resource\nname: [unclosed\n")
    assert found[0].startswith("s.yaml:3:1: error: malformed YAML")


def test_duplicate_keys_and_names():
    assert problems(MINIMAL + "name: again\n")[0].startswith("s.yaml:3:1: error: duplicate key `name`")
    found = problems(MINIMAL + "arguments:\n  - name: a\n  - name: a\n")
    assert found == ["s.yaml:5:11: error: duplicate argument `a` (first on line 4); rename or remove one"]


@pytest.mark.parametrize("name", ["../escape", "a/b", "..", "/abs"])
def test_names_that_would_leave_the_output_folder(name):
    assert "outside the output folder" in problems(f"kind: resource\nname: '{name}'\n")[0]


def test_import_forms():
    assert "mixes free `steps`" in problems(MINIMAL + "import:\n  using: x\n  steps: []\n")[0]
    assert "missing `id`" in problems(MINIMAL + "import:\n  using: the id\n")[0]


def test_unreadable_files(tmp_path):
    binary = tmp_path / "b.yaml"
    binary.write_bytes(b"\xff\xfe")
    with pytest.raises(DiagnosticError, match="not UTF-8"):
        load_spec(binary)
    with pytest.raises(DiagnosticError, match="cannot read"):
        load_spec(tmp_path / "missing.yaml")
    empty = tmp_path / "e.yaml"
    empty.write_text("")
    with pytest.raises(DiagnosticError, match="empty"):
        load_spec(empty)


def test_names_that_cannot_be_file_names():
    assert "cannot be a file name" in problems("kind: guide\nname: 'two words'\n")[0]
