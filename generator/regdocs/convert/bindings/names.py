"""Class and struct names, unique per provider in the generator's order.

The generator keeps one list of taken names per provider and appends `A` to a taken
candidate (once: `FooA` may then be taken twice). A construct's class, config struct and
struct names depend on the names taken before it, and the full parse of one construct,
done on demand, replays its planned names (`Replay`).

Names are planned for the constructs a snippet uses only (`ProviderNames`). A candidate
is taken as is unless an equal candidate, or one equal without its final `A`, was taken
before; and every candidate of a construct starts with its class name, whose letters and
digits (case and separators aside: its *key*) are those of the construct's base name. So
only the constructs whose base name's key is a prefix of a candidate's key can take that
candidate: replaying the generator over those alone, in its order, gives the exact names.
"""

from __future__ import annotations

import re
from typing import Callable

from ..naming import codemaker_pascal
from ..js import js_ordered_items
from .schema_names import SKIPPED_ATTRIBUTES, Scope, base_name_for, is_attribute_nested_type, struct_name_candidate

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


_NOT_KEY = re.compile(r"[^A-Za-z0-9]+")


def name_key(text: str) -> str:
    """The ASCII letters and digits of a name, lower-cased: what the case helpers keep of an
    ASCII base name, in order, at the start of every name derived from it."""
    return _NOT_KEY.sub("", text).lower()


def resource_candidates(provider_name: str, terraform_type: str, schema: dict, is_provider: bool) -> list[str | None]:
    """The candidates the parse of one construct asks for, in order; None stands for the
    config struct, whose candidate is the class's unique name + `Config`."""
    candidates: list[str | None] = []
    base_name = base_name_for(provider_name, terraform_type, is_provider)
    candidates += [codemaker_pascal(base_name), None]
    parent = None if is_provider else Scope(provider_name)
    _plan_block(Scope(base_name, parent), schema["block"], candidates.append)
    return candidates


class ProviderNames:
    """The unique names of one provider's constructs, planned per construct on first use.

    `constructs` lists (terraform type, schema, is provider) in the generator's order."""

    def __init__(self, provider_name: str, constructs: list[tuple[str, dict, bool]]):
        self._provider_name = provider_name
        self._constructs = constructs
        self._candidates: dict[int, list[str | None]] = {}
        self._records: dict[int, NameRecord] = {}
        # base-name key -> positions; a base name that is not ASCII may derive any key
        self._by_key: dict[str, list[int]] = {}
        for position, (terraform_type, _, is_provider) in enumerate(constructs):
            base_name = base_name_for(provider_name, terraform_type, is_provider)
            key = name_key(base_name) if base_name.isascii() else ""
            self._by_key.setdefault(key, []).append(position)

    def record(self, position: int) -> NameRecord:
        """(candidate, unique name) for each name construct `position` takes, in order."""
        found = self._records.get(position)
        if found is None:
            found = self._records[position] = self._replay(position)
        return found

    def _candidates_of(self, position: int) -> list[str | None]:
        found = self._candidates.get(position)
        if found is None:
            terraform_type, schema, is_provider = self._constructs[position]
            found = resource_candidates(self._provider_name, terraform_type, schema, is_provider)
            self._candidates[position] = found
        return found

    def _replay(self, position: int) -> NameRecord:
        keys = {name_key(c) for c in self._candidates_of(position) if c is not None}
        class_key = name_key(self._candidates_of(position)[0])
        keys |= {class_key + "config", class_key + "aconfig"}
        involved = {position}
        for key in keys:
            for length in range(len(key) + 1):
                involved.update(self._by_key.get(key[:length], ()))
        names = ClassNames()
        record: NameRecord = []
        for other in sorted(involved):
            taken: NameRecord = []
            for candidate in self._candidates_of(other):
                if candidate is None:
                    candidate = taken[0][1] + "Config"
                taken.append((candidate, names.unique(candidate)))
            if other == position:
                record = taken
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
