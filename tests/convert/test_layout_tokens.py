"""What Babel writes for literals and how prettier re-prints them. Expected values were
checked with node 20: `String(number)`, jsesc 2.5.2 (`quotes: "double"`, `minimal: false`)
as @babel/generator 7.24.7 calls it, and prettier 2.8.8."""

from __future__ import annotations

import pytest

from regdocs.convert.layout import babel_text, tokens


@pytest.mark.parametrize(
    "value,text",
    [
        ("plain", '"plain"'),
        ('say "hi"', '"say \\"hi\\""'),
        ("it's `x`", '"it\'s `x`"'),
        ("a\\b", '"a\\\\b"'),
        ("\n\r\t\b\f\v", '"\\n\\r\\t\\b\\f\\x0B"'),
        ("\0a", '"\\0a"'),
        ("\x001", '"\\x001"'),
        ("\x01\x7f", '"\\x01\\x7F"'),
        ("\u00e9\u00ff\u0100", '"\\xE9\\xFF\\u0100"'),
        ("\U0001f600", '"\\uD83D\\uDE00"'),
        ("\u2028", '"\\u2028"'),
    ],
)
def test_babel_string_text_is_jsesc_output(value, text):
    assert babel_text.string_literal(value) == text


def test_babel_reindents_comment_continuation_lines_to_the_statement_column():
    assert babel_text.block_comment("one\ntwo\n", 4) == "/*one\n    two\n    */"
    assert babel_text.block_comment("single", 4) == "/*single*/"


@pytest.mark.parametrize(
    "raw,text",
    [
        ('"plain"', '"plain"'),
        ('"it\'s"', '"it\'s"'),
        ('"say \\"hi\\""', "'say \"hi\"'"),
        ('"\\"a\\" \'b\'"', '"\\"a\\" \'b\'"'),
        ('"\\"a\\" \\"b\\" \'c\'"', "'\"a\" \"b\" \\'c\\''"),
        ('"\\xE9\\0"', '"\\xE9\\0"'),
    ],
)
def test_prettier_string_quotes(raw, text):
    assert tokens.print_string(raw) == text


@pytest.mark.parametrize(
    "raw,text",
    [
        ("1e+21", "1e21"),
        ("1.5e-7", "1.5e-7"),
        ("1.50", "1.5"),
        ("5.", "5"),
        (".5", "0.5"),
        ("1E5", "1e5"),
    ],
)
def test_prettier_number_normalisation(raw, text):
    assert tokens.print_number(raw) == text


@pytest.mark.parametrize(
    "key,text",
    [
        ("name", "name"),
        ("default", "default"),
        ("$x_1", "$x_1"),
        ("with-dash", None),
        ("1", "1"),
        ("1.5", "1.5"),
        ("01", None),
        ("1.50", None),
        ("1e3", None),
        ("999999999999999999999", None),
        ("caf\u00e9", None),
        ("", None),
    ],
)
def test_prettier_unquotes_keys_as_needed(key, text):
    assert tokens.unquoted_key(key) == text
