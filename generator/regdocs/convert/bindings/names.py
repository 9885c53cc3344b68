"""Class and struct names, unique per provider in the generator's order.

The generator keeps one list of taken names per provider and appends `A` to a taken
candidate (once: `FooA` may then be taken twice). Every resource's class, config struct
and struct names depend on all names taken before, so they are planned eagerly for the
whole provider by a light walk of the schema (`plan_resource`); the full parse of one
resource, done on demand, then replays its planned names (`Replay`).
"""

from __future__ import annotations

from typing import Callable

from ..naming import codemaker_pascal
from ..js import js_ordered_items
from .resource_parser import SKIPPED_ATTRIBUTES, Scope, base_name_for, is_attribute_nested_type
from .resource_parser import struct_name_candidate

NameRecord = list[tuple[str, str]]  # (candidate, unique name) in the order they were taken


class ClassNames:
    """The generator's `uniqueClassName` over one provider's list of taken names."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def unique(self, candidate: str) -> str:
        name = candidate + "A" if candidate in self._taken else candidate
        self._taken.add(name)
        return name


class Replay:
    """Hands out the names planned for one resource, checking the parser asks in plan order."""

    def __init__(self, record: NameRecord):
        self._record = iter(record)

    def __call__(self, candidate: str) -> str:
        planned, name = next(self._record, (None, None))
        if planned != candidate:
            raise AssertionError(f"name plan diverged from the parser: planned {planned!r}, asked {candidate!r}")
        return name

    def check_finished(self) -> None:
        if next(self._record, None) is not None:
            raise AssertionError("name plan diverged from the parser: planned names left over")


def plan_resource(
    provider_name: str, terraform_type: str, schema: dict, is_provider: bool, unique: Callable[[str], str]
) -> NameRecord:
    """Take, in the parser's order, the names the parse of one resource will ask for."""
    record: NameRecord = []

    def take(candidate: str) -> None:
        record.append((candidate, unique(candidate)))

    base_name = base_name_for(provider_name, terraform_type, is_provider)
    take(codemaker_pascal(base_name))
    take(record[-1][1] + "Config")
    parent = None if is_provider else Scope(provider_name)
    _plan_block(Scope(base_name, parent), schema["block"], take)
    return record


def _plan_block(parent: Scope, block: dict, take: Callable[[str], None]) -> None:
    for name, att in js_ordered_items(block.get("attributes") or {}):
        attribute_type = att.get("type") or att.get("nested_type")
        if not isinstance(attribute_type, str):  # primitives take no names
            _plan_type([parent, Scope(name, parent)], attribute_type, take)
    for name, block_type in js_ordered_items(block.get("block_types") or {}):
        if parent.full_name(name) in SKIPPED_ATTRIBUTES:
            continue
        _plan_block(Scope(f"{parent.name}_{name}", parent), block_type["block"], take)
        take(struct_name_candidate((parent.name, name)))


def _plan_type(scope: list[Scope], attribute_type: object, take: Callable[[str], None]) -> None:
    if scope[-1].base_name in SKIPPED_ATTRIBUTES:
        return
    if isinstance(attribute_type, list) and len(attribute_type) >= 2:
        kind, inner = attribute_type[0], attribute_type[1]
        if kind in ("list", "set", "map"):
            _plan_type(scope, inner, take)
        elif kind == "object" and isinstance(inner, dict):
            _plan_struct(scope, {n: {"type": t} for n, t in js_ordered_items(inner)}, take)
    elif is_attribute_nested_type(attribute_type):
        _plan_struct(scope, attribute_type.get("attributes"), take)


def _plan_struct(scope: list[Scope], attrs: dict | None, take: Callable[[str], None]) -> None:
    parent = scope[-1]
    for name, att in js_ordered_items(attrs or {}):
        attribute_type = att.get("type") or att.get("nested_type")
        if not isinstance(attribute_type, str):
            _plan_type([*scope, Scope(name, parent)], attribute_type, take)
    take(struct_name_candidate(s.name for s in scope))
