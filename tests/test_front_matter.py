"""Front matter lines to fields and back."""

from regdocs.registry.formatting import front_matter_lines
from regdocs.markdown_import.front_matter import parse_front_matter
from regdocs.spec.styles import page_style


def round_trip(lines):
    parsed = parse_front_matter(lines)
    assert parsed is not None
    style = page_style(
        "website",
        {
            "front_matter_quoting": {
                k: v for k, v in parsed.quoting.items() if v != ("|-" if k == "description" else '"')
            },
            "front_matter_indent": {k: v for k, v in parsed.indent.items() if v != 2},
            "front_matter_comment": parsed.comment,
        },
    )
    assert front_matter_lines(parsed.fields, style) == lines
    return parsed


def test_quoted_fields_and_block_description():
    parsed = round_trip(['subcategory: "Crates"', 'layout: "shop"', "description: |-", "  Two", "  lines."])
    assert parsed.fields == {"subcategory": "Crates", "layout": "shop", "description": "Two\nlines."}


def test_plain_single_quoted_and_unindented_block():
    parsed = round_trip(["page_title: Crates", "layout: 'shop'", "description: |-", "Flush left."])
    assert parsed.quoting == {"page_title": "plain", "layout": "'", "description": "|-"}
    assert parsed.indent == {"description": 0}


def test_comment_line_first():
    assert round_trip(["# made by a tool", 'page_title: "x"']).comment == "made by a tool"


def test_unknown_shapes_are_refused():
    assert parse_front_matter(["not a field"]) is None
    assert parse_front_matter(['a: "1"', 'a: "2"']) is None


def _style(parsed):
    return page_style(
        "registry",
        {
            "front_matter_quoting": {
                k: v for k, v in parsed.quoting.items() if v != ("|-" if k == "description" else '"')
            },
            "front_matter_comment": parsed.comment,
            "front_matter_indent_blank_lines": parsed.indented_blank_lines,
        },
    )


def test_comment_blocks_indented_blank_lines_and_values_on_the_indicator_line():
    lines = ["# ----", "#", "#  GENERATED", "# ----", 'page_title: "x"', "description: |-", "  One.", "  ", "  Two."]
    parsed = parse_front_matter(lines)
    assert parsed.comment == "----\n\n GENERATED\n----" and parsed.fields["description"] == "One.\n\nTwo."
    assert parsed.indented_blank_lines and front_matter_lines(parsed.fields, _style(parsed)) == lines
    for empty in (["description: |-", "  "], ["description: |-", ""]):
        parsed = parse_front_matter(empty)
        assert parsed.fields == {"description": ""} and front_matter_lines(parsed.fields, _style(parsed)) == empty
    inline = ["description: |- Manages a crate."]
    parsed = parse_front_matter(inline)
    assert parsed.fields == {"description": "Manages a crate."}
    assert front_matter_lines(parsed.fields, _style(parsed)) == inline


def test_blank_lines_written_both_ways_are_refused():
    assert parse_front_matter(["description: |-", "  a", "", "  b", "  ", "  c"]) is None
    assert parse_front_matter(["#bad comment", 'a: "1"']) is None
