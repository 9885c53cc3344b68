"""Positions in JSON text, found only when an error needs one: the line and column of the value
at a path (`["provider_schemas", "x", "resource_schemas"]`), and of the first bracket that nests
deeper than a limit. Both are linear in the text: values off the path are skipped by the C
scanner of the json module."""

from __future__ import annotations

import json
import re
from typing import Sequence

_DECODER = json.JSONDecoder()
_BLANK = re.compile(r"[ \t\n\r]*")
_STRING_OR_BRACKET = re.compile(r'"(?:[^"\\]|\\.)*"?|[\[\]{}]', re.S)


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of a character offset."""
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def _skip_blank(text: str, index: int) -> int:
    return _BLANK.match(text, index).end()


def locate(text: str, path: Sequence[str | int]) -> tuple[int, int]:
    """(line, column) of the value at `path` in the JSON document `text`; of the deepest part
    of the path that exists when the rest does not. `text` must be valid JSON."""
    index = _skip_blank(text, 0)
    for step in path:
        found = _child(text, index, step)
        if found is None:
            break
        index = found
    return line_column(text, index)


def _child(text: str, index: int, step: str | int) -> int | None:
    """Offset of member `step` of the object or array starting at `index`, or None."""
    opening = text[index : index + 1]
    if opening not in ("{", "["):
        return None
    position = _skip_blank(text, index + 1)
    count = 0
    while position < len(text) and text[position] not in "}]":
        if opening == "{":
            key, position = json.decoder.scanstring(text, position + 1)
            position = _skip_blank(text, _skip_blank(text, position) + 1)  # past the colon
            if key == step:
                return position
        elif count == step:
            return position
        _, end = _DECODER.raw_decode(text, position)
        position = _skip_blank(text, end)
        if text[position : position + 1] == ",":
            position = _skip_blank(text, position + 1)
        count += 1
    return None


def too_deep(text: str, limit: int) -> tuple[int, int] | None:
    """(line, column) of the first `[` or `{` nested more than `limit` deep, or None."""
    depth = 0
    for match in _STRING_OR_BRACKET.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > limit:
                return line_column(text, match.start())
        elif token in "]}":
            depth -= 1
    return None
