"""What Babel's generator (7.24) writes for literals and comments, i.e. the raw text prettier
then reads: strings escaped by jsesc (`quotes: "double"`, `minimal: false`), numbers as
JavaScript's `String(number)`, block comments re-indented to the statement's column.
"""

from __future__ import annotations

import re

_PLAIN = re.compile(r"[ !#-\[\]-~]*\Z")

_SINGLE_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
}


def _is_plain(ch: str) -> bool:
    """jsesc's whitelist: printable ASCII other than `"`, `'` and backslash (`'` and the
    backtick are written as they are inside double quotes)."""
    return " " <= ch <= "~" and ch not in '"\\'


def string_literal(value: str) -> str:
    """Babel's text for a string literal built with `t.stringLiteral(value)`."""
    if _PLAIN.match(value):
        return '"' + value + '"'
    parts = ['"']
    units = _utf16_units(value)
    for i, code in enumerate(units):
        ch = chr(code)
        if code < 0x80 and _is_plain(ch):
            parts.append(ch)
        elif ch == "\0" and not (i + 1 < len(units) and 0x30 <= units[i + 1] <= 0x39):
            parts.append("\\0")
        elif ch in _SINGLE_ESCAPES:
            parts.append(_SINGLE_ESCAPES[ch])
        elif code <= 0xFF:
            parts.append("\\x%02X" % code)
        else:
            parts.append("\\u%04X" % code)
    parts.append('"')
    return "".join(parts)


def _utf16_units(value: str) -> list[int]:
    """The UTF-16 code units of `value` (jsesc escapes code unit by code unit)."""
    units = []
    for ch in value:
        code = ord(ch)
        if code > 0xFFFF:
            code -= 0x10000
            units.append(0xD800 + (code >> 10))
            units.append(0xDC00 + (code & 0x3FF))
        else:
            units.append(code)
    return units


def block_comment(text: str, column: int) -> str:
    """Babel's text for a leading block comment printed at `column`: `/*text*/` with every
    newline not ending the text followed by `column` spaces."""
    body = "/*" + text + "*/"
    if "\n" not in text:
        return body
    pad = "\n" + " " * column
    lines = body.split("\n")
    return lines[0] + "".join(pad + line for line in lines[1:])
