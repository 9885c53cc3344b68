"""The HCL parser's JSON documents, as @cdktf/hcl2json writes them (every expected value was
checked against hcl2json when the test was written)."""

import pytest

from generator.convert.hcl import HclSyntaxError, parse_config


def test_literals_expressions_and_key_order():
    document = parse_config(
        'resource "acme_widget" "w" {\n'
        "  z = var.a\n"
        "  a = 1.50\n"
        "  n = null\n"
        "  neg = -5\n"
        "  not = !true\n"
        '  t = f(1,\n    2)\n'
        "  l = [1, \"a\", var.b]\n"
        '  o = {k = 1, "q-r" = var.c, 10 = 2}\n'
        "}\n"
    )
    body = document["resource"]["acme_widget"]["w"][0]
    assert list(body) == ["a", "l", "n", "neg", "not", "o", "t", "z"]
    assert body == {
        "a": 1.5,
        "l": [1.0, "a", "${var.b}"],
        "n": None,
        "neg": -5.0,
        "not": False,
        "o": {"10": 2.0, "k": 1.0, "q-r": "${var.c}"},
        "t": "${f(1,\n    2)}",
        "z": "${var.a}",
    }
    assert list(body["o"]) == ["10", "k", "q-r"]  # JSON.parse puts index-like keys first


def test_templates_are_rebuilt_with_literals_decoded():
    body = parse_config(
        'x = "a\\"b${ x }c\\n"\n'
        'y = "%{ if a ~} b %{~ else } c %{ endif }"\n'
        'z = "$${lit} %%{dir}"\n'
        'w = "${var.only}"\n'
    )
    assert body == {"w": "${var.only}", "x": 'a"b${x}c\n', "y": "%{if a}b%{else} c %{endif}", "z": "$${lit} %{dir}"}


def test_heredocs_and_flush_heredocs():
    body = parse_config('a = <<EOT\nhello ${x}\n  "q"\nEOT\nb = <<-EOT\n    one\n      two\n    EOT\n')
    assert body == {"a": 'hello ${x}\n  "q"\n', "b": "one\n  two\n"}


def test_blocks_nest_by_label_and_repeat_in_order():
    body = parse_config('b "l1" "l2" { a = 1 }\nc {}\nc {\n  x = 2\n}\n')
    assert body == {"b": {"l1": {"l2": [{"a": 1.0}]}}, "c": [{}, {"x": 2.0}]}


def test_comments_are_dropped():
    assert parse_config("# c\na = 1 // c\n/* b */ b = 2\n") == {"a": 1.0, "b": 2.0}


@pytest.mark.parametrize(
    "text, line, column, message",
    [
        ("x = 1\nx = 2\n", 2, 1, "redefined"),
        ('x = "\\z"\n', 1, 6, "invalid escape sequence"),
        ('x = "open\n', 1, 10, "may not be split over multiple lines"),
        ("a {\n  ...\n}\n", 2, 3, "expected an argument or block definition"),
        ('x = provider::time::parse("1h")\n', 1, 13, "provider-defined functions"),
        ("x = 1 +\n", 1, 8, "expected the start of an expression"),
        ("x = [-3, +3]\n", 1, 10, "invalid expression"),
        ("x = <<EOT\nnever closed\n", 3, 1, "unterminated template string"),
    ],
)
def test_invalid_hcl_is_reported_where_it_is(text, line, column, message):
    with pytest.raises(HclSyntaxError) as raised:
        parse_config(text)
    assert (raised.value.line, raised.value.column) == (line, column)
    assert message in raised.value.message
