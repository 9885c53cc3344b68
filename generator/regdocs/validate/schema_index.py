"""Provider schemas as the validation rules read them: a resource's schema by kind and name,
and each argument, attribute and nested block of it as a `Member`.

Members nest: a block's members are its attributes and blocks; an attribute's are the fields
of its nested type (`nested_type`) or object type (`list(object({...}))`), which take the
attribute's own flags (fields of a computed-only attribute are computed too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Iterator

from regdocs.project.schema_files import load_schema_set

SCHEMA_GROUPS = {
    "resource": "resource_schemas",
    "data_source": "data_source_schemas",
    "ephemeral_resource": "ephemeral_resource_schemas",
}


@dataclass
class Member:
    """One argument, attribute or nested block of a schema block."""

    name: str
    block: bool  # a nested block (`block_types`) rather than an attribute
    required: bool = False
    optional: bool = False
    computed: bool = False
    deprecated: bool = False
    sensitive: bool = False
    write_only: bool = False
    type: Any = None  # the cty type of an attribute
    nesting: str | None = None  # single, list, set, map (blocks and nested attributes)
    min_items: int = 0
    max_items: int | None = None
    _raw: Any = None  # the schema block, nested type or object type the children come from

    @property
    def computed_only(self) -> bool:
        return self.computed and not self.optional and not self.required

    @property
    def configurable(self) -> bool:
        return self.required or self.optional or self.block

    @cached_property
    def children(self) -> dict[str, Member] | None:
        """The members nested in this one, or None for a plain value."""
        if self.block:
            return block_members(self._raw or {})
        if self._raw is not None:  # a nested_type
            return {
                name: _attribute(name, attribute, self)
                for name, attribute in (self._raw.get("attributes") or {}).items()
            }
        fields = object_fields(self.type)
        if fields is None:
            return None
        return {name: _field(name, field_type, optional, self) for name, (field_type, optional) in fields.items()}


def object_fields(cty_type: Any) -> dict[str, tuple[Any, bool]] | None:
    """The fields of an object type, also inside a list, set or map: name -> (type, optional)."""
    while isinstance(cty_type, list) and cty_type and cty_type[0] in ("list", "set", "map"):
        cty_type = cty_type[1]
    if isinstance(cty_type, list) and len(cty_type) >= 2 and cty_type[0] == "object" and isinstance(cty_type[1], dict):
        optional = set(cty_type[2]) if len(cty_type) > 2 and isinstance(cty_type[2], list) else set()
        return {name: (field_type, name in optional) for name, field_type in cty_type[1].items()}
    return None


def _attribute(name: str, attribute: dict, parent: Member | None = None) -> Member:
    nested = attribute.get("nested_type")
    member = Member(
        name,
        block=False,
        required=bool(attribute.get("required")),
        optional=bool(attribute.get("optional")),
        computed=bool(attribute.get("computed")),
        deprecated=bool(attribute.get("deprecated")),
        sensitive=bool(attribute.get("sensitive")),
        write_only=bool(attribute.get("write_only")),
        type=attribute.get("type"),
        nesting=(nested or {}).get("nesting_mode"),
        _raw=nested,
    )
    if parent is not None and parent.computed_only:
        member.required = member.optional = False
        member.computed = True
    return member


def _field(name: str, field_type: Any, optional: bool, parent: Member) -> Member:
    if parent.computed_only:
        return Member(name, block=False, computed=True, type=field_type)
    return Member(name, block=False, required=not optional, optional=optional, type=field_type)


def block_members(block: dict) -> dict[str, Member]:
    """The attributes and nested blocks of a schema block, by name."""
    members = {name: _attribute(name, attribute) for name, attribute in (block.get("attributes") or {}).items()}
    for name, block_type in (block.get("block_types") or {}).items():
        members[name] = Member(
            name,
            block=True,
            required=(block_type.get("min_items") or 0) > 0,
            optional=(block_type.get("min_items") or 0) == 0,
            deprecated=bool((block_type.get("block") or {}).get("deprecated")),
            nesting=block_type.get("nesting_mode"),
            min_items=block_type.get("min_items") or 0,
            max_items=block_type.get("max_items"),
            _raw=block_type.get("block") or {},
        )
    return members


@dataclass(frozen=True)
class SchemaEntry:
    """A resource or data source schema and the file it came from."""

    kind: str
    name: str
    schema: dict
    source: Path | None


class SchemaIndex:
    """Provider schema documents merged in order, looked up by kind and type name."""

    def __init__(self, provider_schemas: dict[str, dict], sources: dict[str, Path] | None = None):
        self.provider_schemas = provider_schemas
        self.sources = sources or {}
        self._by_kind: dict[str, dict[str, tuple[str, dict]]] = {kind: {} for kind in SCHEMA_GROUPS}
        for fqpn, provider in provider_schemas.items():
            for kind, group in SCHEMA_GROUPS.items():
                for name, schema in (provider.get(group) or {}).items():
                    self._by_kind[kind].setdefault(name, (fqpn, schema))
        self.prefixes = {name.split("_")[0] for names in self._by_kind.values() for name in names}
        self.prefixes |= {fqpn.rsplit("/", 1)[-1] for fqpn in provider_schemas}

    @classmethod
    def from_files(cls, paths: list[Path]) -> "SchemaIndex":
        """The schema files merged in order (DiagnosticError names unreadable ones)."""
        merged, sources = {}, {}
        for path in paths:
            for fqpn, provider in load_schema_set([path]).provider_schemas.items():
                merged[fqpn], sources[fqpn] = provider, path
        return cls(merged, sources)

    def __bool__(self) -> bool:
        return bool(self.provider_schemas)

    def resource(self, kind: str, name: str) -> dict | None:
        """The `{version, block}` schema of a resource, data source or ephemeral resource."""
        found = self._by_kind.get(kind, {}).get(name)
        return found[1] if found else None

    def knows_provider_of(self, type_name: str) -> bool:
        """Whether the schemas describe the provider a type name belongs to (its prefix)."""
        return type_name.split("_")[0] in self.prefixes

    def provider_block(self, short_name: str) -> dict | None:
        for fqpn, provider in self.provider_schemas.items():
            if fqpn.rsplit("/", 1)[-1] == short_name:
                return (provider.get("provider") or {}).get("block")
        return None

    def entries(self) -> Iterator[SchemaEntry]:
        for kind, names in self._by_kind.items():
            for name, (fqpn, schema) in names.items():
                yield SchemaEntry(kind, name, schema, self.sources.get(fqpn))


class KeyPositions:
    """Where each resource's key is in a schema file, for findings about a resource with no
    spec (JSON keeps no positions): every `"name":` of a group's region, read in one pass."""

    _KEY = re.compile(r'"([^"\\]+)"\s*:')

    def __init__(self) -> None:
        self._found: dict[tuple[Path, str], dict[str, tuple[int, int]]] = {}

    def position(self, path: Path, group: str, name: str) -> tuple[int | None, int | None]:
        found = self._found.get((path, group))
        if found is None:
            found = self._found[(path, group)] = self._read(path, group)
        return found.get(name, (None, None))

    def _read(self, path: Path, group: str) -> dict[str, tuple[int, int]]:
        text = path.read_text(encoding="utf-8", errors="replace")
        start = text.find(f'"{group}"')
        if start < 0:
            return {}
        ends = [text.find(f'"{other}"', start + 1) for other in SCHEMA_GROUPS.values() if other != group]
        end = min([offset for offset in ends if offset > start] or [len(text)])
        found: dict[str, tuple[int, int]] = {}
        line, line_start, counted = text.count("\n", 0, start) + 1, text.rfind("\n", 0, start) + 1, start
        for match in self._KEY.finditer(text, start, end):
            if match.group(1) in found:
                continue
            offset = match.start()
            newlines = text.count("\n", counted, offset)
            if newlines:
                line += newlines
                line_start = text.rfind("\n", counted, offset) + 1
            counted = offset
            found[match.group(1)] = (line, offset - line_start + 1)
        return found
