"""The HCL parser's JSON documents, as @cdktf/hcl2json writes them (every expected value was
checked against hcl2json when the test was written)."""

import math

import pytest

from regdocs.convert.hcl import HclSyntaxError, parse_config


def test_literals_expressions_and_key_order():
    document = parse_config(
        'resource "acme_widget" "w" {\n'
        "  z = var.a\n"
        "  a = 1.50\n"
        "  n = null\n"
        "  neg = -5\n"
        "  not = !true\n"
        "  t = f(1,\n    2)\n"
        '  l = [1, "a", var.b]\n'
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
        # what Go rejects beyond the grammar
        ("a = 1.2.3\n", 1, 5, "invalid number literal"),  # digits and dots are one token
        ("a = x.0.1\n", 1, 7, "legacy index"),
        ("a = {for = 1}\n", 1, 10, "variable name"),
        ("a = [for x in y: x...]\n", 1, 19, "grouping"),
        ("a = !1\n", 1, 6, "wrong type"),
        ("a = -true\n", 1, 6, "wrong type"),
        ("a = -null\n", 1, 5, "null"),
        ('a = "%{for x in y}${null}%{endfor}"\n', 1, 21, "null"),
        ('a = "\\ud800"\n', 1, 6, "invalid escape sequence"),
        ("a = 1\n\ufeffb = 2\n", 2, 1, ""),  # a byte order mark past the start
        ("a = 1\rb = 2\n", 1, 6, ""),  # a carriage return without a newline
        ('a = 1\r\nb = "x\ry"\n', 2, 7, ""),  # a quoted string may not hold one either
    ],
)
def test_invalid_hcl_is_reported_where_it_is(text, line, column, message):
    with pytest.raises(HclSyntaxError) as raised:
        parse_config(text)
    assert (raised.value.line, raised.value.column) == (line, column)
    assert message in raised.value.message


def test_one_leading_byte_order_mark_is_skipped():
    assert parse_config("\ufeffa = 1\r\nb = 2\r\n") == {"a": 1.0, "b": 2.0}


def test_identifiers_may_hold_any_unicode_identifier_character():
    assert parse_config("a\u00b7b = x\u00b7y.z\u00b7\n") == {"a\u00b7b": "${x\u00b7y.z\u00b7}"}


def test_number_tokens_legacy_indexes_and_keyword_calls():
    body = parse_config("a = x.1e3\nb = 1.e5\nc = true()\nd = null(1)\n")
    assert body == {"a": "${x.1e3}", "b": 100000.0, "c": "${true()}", "d": "${null(1)}"}


def test_single_interpolations_become_their_values():
    body = parse_config(
        'a = "${1}"\nb = "${true}"\nc = "${null}"\nd = "${-2}"\ne = "${[1, "x"]}"\n'
        'f = "x${"y"}z"\ng = "n=${1.50}${1e3}${null}"\n'
    )
    assert body == {"a": 1.0, "b": True, "c": None, "d": -2.0, "e": [1.0, "x"], "f": "xyz", "g": "n=1.51000null"}


def test_conditionals_in_templates_become_directives():
    body = parse_config(
        'a = "x${c ? "a" : "b"}y"\n'
        'b = "%{if c}a%{else}%{endif}"\n'
        'c = "%{if c}${null}%{endif}!"\n'
        'd = "%{if c}t%{else}${null}%{endif}"\n'
        'e = "${c ? 1 : null}!"\n'
    )
    assert body == {
        "a": "x%{if c}a%{else}b%{endif}y",
        "b": "%{if c}a%{endif}",  # an empty or null branch loses its %{else} ...
        "c": "!",  # ... or, for the true branch, the whole directive
        "d": "%{if c}t%{endif}",
        "e": "%{if c}1%{else}null%{endif}!",
    }


def test_negative_zero_and_numbers_beyond_doubles_are_javascript_numbers():
    body = parse_config("a = -0\nb = 1e400\nc = -1e400\n")
    assert math.copysign(1.0, body["a"]) == -1.0 and body["a"] == 0
    assert body["b"] == math.inf and body["c"] == -math.inf


def test_object_keys_convert_like_template_parts():
    body = parse_config('a = {1.50 = 1, 007 = 2, "x${1}" = 3, a.b = 4, (k) = 5, true = 6}\n')
    assert list(body["a"].items()) == [
        ("7", 2.0),
        ("${(k)}", 5.0),
        ("1.5", 1.0),
        ("a.b", 4.0),
        ("true", 6.0),
        ("x1", 3.0),
    ]


def test_string_values_are_nfc_but_block_labels_stay_as_written():
    body = parse_config('a = "e\\u0301"\nb "e\u0301" {}\n')
    assert body == {"a": "\u00e9", "b": {"e\u0301": [{}]}}


def test_attributes_replace_blocks_of_their_name():
    assert parse_config('a "x" {}\na = 1\n') == {"a": 1.0}
    with pytest.raises(HclSyntaxError):  # Go: "Unable to convert Block to JSON"
        parse_config('a {}\na "x" {}\n')


def test_heredoc_markers():
    body = parse_config("a = <<EOT\nx\n  EOT  \nb = <<-\u00e9\n  y\n  \u00e9\n")
    assert body == {"a": "x\n", "b": "y\n"}
