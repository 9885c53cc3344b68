"""JavaScript semantics the reference converter's output depends on."""

from __future__ import annotations

import math
from decimal import Decimal

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
