"""How prettier re-prints the literal tokens Babel wrote (prettier 2.8 `printString`,
`printNumber`, `printPropertyKey` with `quoteProps: "as-needed"`)."""

from __future__ import annotations

import math
import re

from ..js import number_to_string
from . import babel_text

_ESCAPE_OR_QUOTE = re.compile(r"\\(.)|([\"'])", re.S)
_KEEP_ESCAPED = re.compile(r"[\n\r\"'0-7\\bfnrt-vx\u2028\u2029]")
_SIMPLE_NUMBER = re.compile(r"(?:\d+|\d+\.\d+)\Z")
_IDENTIFIER_NAME = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*\Z")


def print_string(raw: str) -> str:
    """Prettier's `printString`: double quotes unless the content has more double quotes
    than single quotes; quotes re-escaped, unnecessary escapes dropped."""
    content = raw[1:-1]
    quote = '"'
    if '"' in content or "'" in content:
        if content.count('"') > content.count("'"):
            quote = "'"
    if "\\" not in content and "'" not in content and '"' not in content:
        return quote + content + quote
    other = "'" if quote == '"' else '"'

    def replace(match: re.Match) -> str:
        escaped, bare = match.group(1), match.group(2)
        if escaped == other:
            return escaped
        if bare == quote:
            return "\\" + bare
        if bare:
            return bare
        return "\\" + escaped if _KEEP_ESCAPED.match(escaped) else escaped

    return quote + _ESCAPE_OR_QUOTE.sub(replace, content) + quote


def print_number(raw: str) -> str:
    """Prettier's `printNumber`: lower case, no `+` or leading zeros in exponents, no
    trailing zeros or dot in fractions."""
    text = raw.lower()
    text = re.sub(r"^([+-]?[\d.]+e)(?:\+|(-))?0*(\d)", r"\1\2\3", text, count=1)
    text = re.sub(r"^([+-]?[\d.]+)e[+-]?0+$", r"\1", text, count=1)
    text = re.sub(r"^([+-])?\.", r"\g<1>0.", text, count=1)
    text = re.sub(r"(\.\d+?)0+(?=e|$)", r"\1", text, count=1)
    return re.sub(r"\.(?=e|$)", "", text, count=1)


def string_text(value: str) -> str:
    """A string literal as it appears in prettier's output."""
    return print_string(babel_text.string_literal(value))


def number_text(value: float) -> str:
    """A numeric literal as it appears in prettier's output (sign included). Babel writes an
    infinite value as `Infinity`, which prettier reads as an identifier and keeps as is."""
    if math.isinf(value):
        return number_to_string(value)
    return print_number(number_to_string(value))


def unquoted_key(value: str) -> str | None:
    """The unquoted text prettier prints for the string key `value`, or None if it stays
    quoted (`isStringPropSafeToUnquote` under the babel parser)."""
    if _IDENTIFIER_NAME.match(value):
        return value
    if _SIMPLE_NUMBER.match(value) and number_to_string(float(value)) == value:
        return print_number(value)
    return None
