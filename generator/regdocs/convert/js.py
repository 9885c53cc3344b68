"""JavaScript semantics the reference converter's output depends on."""

from __future__ import annotations

import math
import re
from functools import lru_cache
from decimal import Decimal

from regdocs.convert.errors import ConversionError

_MAX_ARRAY_INDEX = 2**32 - 2


def is_array_index(key: str) -> bool:
    """Whether JS treats `key` as an array index (`"0"`, `"17"`, not `"01"` or `"-1"`)."""
    return key.isdigit() and key.isascii() and (key == "0" or key[0] != "0") and int(key) <= _MAX_ARRAY_INDEX


def js_ordered_items(mapping: dict) -> list[tuple]:
    """`Object.entries(mapping)` for an object built by inserting mapping's keys in order:
    array-index keys first (ascending), then the others in insertion order."""
    if not any(key[:1].isdigit() for key in mapping):
        return list(mapping.items())
    indexes = sorted((key for key in mapping if is_array_index(key)), key=int)
    return [(key, mapping[key]) for key in indexes] + [
        (key, value) for key, value in mapping.items() if not is_array_index(key)
    ]


def number_to_string(value: float) -> str:
    """`String(value)` for a JS number (shortest round-trip digits, JS exponent rules)."""
    try:
        value = float(value)
    except OverflowError:  # an int beyond the double range is Infinity in JavaScript
        value = math.inf if value > 0 else -math.inf
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "0"
    sign = "-" if value < 0 else ""
    # repr() gives the shortest digits that round-trip, as JS does; normalize() drops zeros
    _, digit_tuple, exponent = Decimal(repr(abs(float(value)))).normalize().as_tuple()
    digits = "".join(map(str, digit_tuple))
    k = len(digits)
    n = exponent + k  # value = 0.<digits> x 10^n
    if k <= n <= 21:
        text = digits + "0" * (n - k)
    elif 0 < n <= 21:
        text = f"{digits[:n]}.{digits[n:]}"
    elif -6 < n <= 0:
        text = "0." + "0" * -n + digits
    else:
        exp = n - 1
        text = digits[0] + (f".{digits[1:]}" if k > 1 else "") + f"e{'+' if exp >= 0 else '-'}{abs(exp)}"
    return sign + text


def to_string(value) -> str:
    """JS string conversion of a parsed JSON value (as in a template literal `${value}`)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return number_to_string(float(value))
    if value is None:
        return "null"
    if isinstance(value, list):
        return ",".join("" if item is None else to_string(item) for item in value)
    return "[object Object]"


def truthy(value) -> bool:
    """JS truthiness: empty lists and objects are true, unlike in Python."""
    if isinstance(value, (list, dict)):
        return True
    if isinstance(value, float) and math.isnan(value):
        return False
    return bool(value)


# words a JavaScript module cannot bind (strict mode), even when spelled with escapes
_JS_RESERVED = frozenset(
    "break case catch class const continue debugger default delete do else enum export extends false finally for "
    "function if import in instanceof new null return super switch this throw true try typeof var void while with "
    "yield let static implements interface package private protected public await arguments eval".split()
)
_UNICODE_ESCAPE = re.compile(r"\\u(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))")


def _unicode_escape(text: str, position: int) -> tuple[str, int] | None:
    """The character a `\\u` escape at `position` stands for and where the escape ends, or
    None when it is not a valid escape."""
    escape = _UNICODE_ESCAPE.match(text, position)
    if not escape:
        return None
    code = int(escape.group(1) or escape.group(2), 16)
    return (chr(code), escape.end()) if code <= 0x10FFFF else None


def _js_identifier_char(char: str, first: bool) -> bool:
    if char == "$" or (not first and char in "\u200c\u200d"):
        return True
    return ("_" + char).isidentifier() if not first else char.isidentifier()


@lru_cache(maxsize=4096)  # names repeat across snippets
def js_identifier(text: str) -> str:
    """`text` as @babel/parser reads it in identifier position: `\\u` escapes decoded; any other
    character that cannot be part of an identifier, or a reserved word, is a syntax error."""
    chars: list[str] = []
    position = 0
    while position < len(text):
        if text[position] == "\\":
            escape = _unicode_escape(text, position)
            if escape is None:
                raise ConversionError(f"{text} is not a JavaScript identifier")
            char, position = escape
            chars.append(char)
        else:
            chars.append(text[position])
            position += 1
    name = "".join(chars)
    valid = name and all(_js_identifier_char(char, index == 0) for index, char in enumerate(name))
    if not valid or name in _JS_RESERVED:
        raise ConversionError(f"{text} is not a JavaScript identifier")
    return name


_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v"}


@lru_cache(maxsize=4096)
def js_string_content(text: str) -> str:
    """`text` as the content of a double-quoted string literal of a JavaScript module (strict
    mode): escapes decoded; a quote, a line break, a bad or legacy octal escape is a syntax error."""
    out: list[str] = []
    position = 0
    while position < len(text):
        char = text[position]
        if char == '"' or char in "\n\r":
            raise ConversionError(f"{text} breaks a string literal")
        if char != "\\":
            out.append(char)
            position += 1
            continue
        following = text[position + 1 : position + 2]
        if following == "u":
            escape = _unicode_escape(text, position)
            if escape is None:
                raise ConversionError(f"{text} has a bad string escape")
            char, position = escape
            out.append(char)
        elif following == "x":
            digits = text[position + 2 : position + 4]
            if not re.fullmatch(r"[0-9a-fA-F]{2}", digits):
                raise ConversionError(f"{text} has a bad string escape")
            out.append(chr(int(digits, 16)))
            position += 4
        elif following == "0" and not text[position + 2 : position + 3].isdigit():
            out.append("\0")
            position += 2
        elif following.isdigit() or following == "":
            raise ConversionError(f"{text} has a bad string escape")
        elif following in "\n\u2028\u2029":
            position += 2
        elif following == "\r":
            position += 3 if text[position + 2 : position + 3] == "\n" else 2
        else:
            out.append(_SIMPLE_ESCAPES.get(following, following))
            position += 2
    return "".join(out)
