"""A first example for a new spec: the resource with its required arguments and blocks, each
given a placeholder value of its type, laid out as `terraform fmt` does."""

from __future__ import annotations

import re
from typing import Any

from regdocs.validate.example_checks import member_type
from regdocs.validate.schema_index import Member

KEYWORDS = {"resource": "resource", "data_source": "data", "ephemeral_resource": "ephemeral"}
INDENT = "  "
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


def _key(name: str) -> str:
    return name if _IDENTIFIER.fullmatch(name) else f'"{name}"'


def placeholder(cty_type: Any) -> str:
    """A literal of the type: `"example"`, `1`, `true`, `["example"]`, `{ key = "example" }`."""
    if cty_type == "number":
        return "1"
    if cty_type == "bool":
        return "true"
    if isinstance(cty_type, list) and cty_type:
        kind = cty_type[0]
        if kind in ("list", "set"):
            return f"[{placeholder(cty_type[1])}]"
        if kind == "map":
            return f"{{ key = {placeholder(cty_type[1])} }}"
        if kind == "object" and isinstance(cty_type[1], dict):
            optional = set(cty_type[2]) if len(cty_type) > 2 else set()
            fields = [
                f"{_key(name)} = {placeholder(value)}" for name, value in cty_type[1].items() if name not in optional
            ]
            return f"{{ {', '.join(fields)} }}" if fields else "{}"
        if kind == "tuple":
            return f"[{', '.join(placeholder(item) for item in cty_type[1])}]"
    return '"example"'


def _required(members: dict[str, Member]) -> tuple[list[Member], list[Member]]:
    ordered = sorted(members.values(), key=lambda member: member.name)
    attributes = [member for member in ordered if member.required and not member.block]
    blocks = [member for member in ordered if member.block and member.min_items > 0]
    return attributes, blocks


def body_lines(members: dict[str, Member], depth: int) -> list[str]:
    """The required attributes (aligned on `=`) then the required blocks, at `depth`."""
    pad = INDENT * depth
    attributes, blocks = _required(members)
    width = max((len(_key(member.name)) for member in attributes), default=0)
    lines = [f"{pad}{_key(member.name).ljust(width)} = {placeholder(member_type(member))}" for member in attributes]
    for member in blocks:
        label = ' "example"' if member.nesting == "map" else ""
        inner = body_lines(member.children or {}, depth + 1)
        if lines:
            lines.append("")
        lines += [f"{pad}{member.name}{label} {{", *inner, f"{pad}}}"] if inner else [f"{pad}{member.name}{label} {{}}"]
    return lines


def example_code(kind: str, name: str, members: dict[str, Member]) -> str:
    """`resource "name" "example" { ... }` (or `data`, `ephemeral`) with the required parts."""
    body = body_lines(members, 1)
    return "\n".join([f'{KEYWORDS[kind]} "{name}" "example" {{', *body, "}"]) + "\n"
