"""Front matter lines (`key: value`, `key: |-` blocks) to fields and their quoting style."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_FIELD = re.compile(r"([A-Za-z_][\w-]*):(?: (.*))?")
BLOCK_INDICATORS = ("|-", "|", "|+", ">", ">-")


@dataclass
class FrontMatter:
    fields: dict[str, str] = field(default_factory=dict)
    quoting: dict[str, str] = field(default_factory=dict)
    comment: str | None = None
    indent: dict[str, int] = field(default_factory=dict)


def parse_front_matter(lines: list[str]) -> FrontMatter | None:
    """The fields of the front matter, or None when a line is not one we model."""
    result = FrontMatter()
    index = 0
    if lines and lines[0].startswith("# "):
        result.comment = lines[0][2:]
        index = 1
    while index < len(lines):
        match = _FIELD.fullmatch(lines[index])
        if match is None or match.group(1) in result.fields:
            return None
        key, value = match.group(1), match.group(2)
        index += 1
        if value is None:
            return None
        if value in BLOCK_INDICATORS:
            body: list[str] = []
            while index < len(lines) and _FIELD.fullmatch(lines[index]) is None:
                body.append(lines[index])
                index += 1
            indent = _common_indent(body)
            if indent is None:
                return None
            result.fields[key] = "\n".join(line[indent:] for line in body)
            result.quoting[key] = value
            result.indent[key] = indent
        elif len(value) >= 2 and value[0] == value[-1] == '"':
            result.fields[key], result.quoting[key] = value[1:-1], '"'
        elif len(value) >= 2 and value[0] == value[-1] == "'":
            result.fields[key], result.quoting[key] = value[1:-1], "'"
        else:
            if value == "" or value[0] in "|>":
                return None
            result.fields[key], result.quoting[key] = value, "plain"
    return result


def _common_indent(lines: list[str]) -> int | None:
    """Indent shared by the non-empty lines; None when a line would lose content."""
    filled = [line for line in lines if line]
    if not filled:
        return None
    indent = min(len(line) - len(line.lstrip(" ")) for line in filled)
    if any(len(line) <= indent for line in filled):
        return None
    return indent
