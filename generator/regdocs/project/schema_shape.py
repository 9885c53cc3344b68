"""The shape of a provider schema document (`terraform providers schema -json`), checked before
the converter reads it: every part regdocs uses has the type it expects, every type and nesting
mode is one cdktf's generator reads. A problem is reported with its path in the document; the
nesting of blocks and types is capped so that no later stage recurses without end."""

from __future__ import annotations

from typing import Any, Iterator

Path = tuple[str | int, ...]
Problem = tuple[Path, str]

MAX_NESTING = 48  # blocks in blocks, types in types (real providers stay below 10)
_PRIMITIVES = ("string", "number", "bool", "dynamic")
_BLOCK_MODES = ("single", "group", "list", "set", "map")
_ATTRIBUTE_MODES = ("single", "list", "set", "map")
_SCHEMA_GROUPS = ("resource_schemas", "data_source_schemas")
_FLAGS = ("required", "optional", "computed", "sensitive")


def shape_problems(document: Any) -> Iterator[Problem]:
    """Every problem of `document`, as (path, message)."""
    if not isinstance(document, dict):
        yield (), "expected an object with `provider_schemas` (the output of `terraform providers schema -json`)"
        return
    providers = document.get("provider_schemas")
    if not isinstance(providers, dict):
        yield ("provider_schemas",), "expected `provider_schemas`: an object of providers by source address"
        return
    for fqpn, provider in providers.items():
        path = ("provider_schemas", fqpn)
        if len(fqpn.split("/")) < 3 or not fqpn.split("/")[2]:
            yield path, f"`{fqpn}` is not a provider source address such as registry.terraform.io/hashicorp/aws"
        if not isinstance(provider, dict):
            yield path, "expected an object (the provider's schemas)"
            continue
        if provider.get("provider") is not None:
            yield from _schema(provider["provider"], (*path, "provider"))
        for group in _SCHEMA_GROUPS:
            schemas = provider.get(group)
            if schemas is None:
                continue
            if not isinstance(schemas, dict):
                yield (*path, group), "expected an object of schemas by type name"
                continue
            for name, schema in schemas.items():
                yield from _schema(schema, (*path, group, name))


def _schema(schema: Any, path: Path) -> Iterator[Problem]:
    if not isinstance(schema, dict):
        yield path, "expected an object with `block`"
        return
    yield from _block(schema.get("block"), (*path, "block"), 1)


def _block(block: Any, path: Path, depth: int) -> Iterator[Problem]:
    if depth > MAX_NESTING:
        yield path, f"blocks nest more than {MAX_NESTING} levels deep"
        return
    if not isinstance(block, dict):
        yield path, "expected an object (a block: `attributes`, `block_types`)"
        return
    yield from _members(block, "attributes", path, lambda value, at: _attribute(value, at, depth))
    yield from _members(block, "block_types", path, lambda value, at: _block_type(value, at, depth))


def _members(parent: dict, key: str, path: Path, check) -> Iterator[Problem]:
    members = parent.get(key)
    if members is None:
        return
    if not isinstance(members, dict):
        yield (*path, key), "expected an object by name"
        return
    for name, value in members.items():
        yield from check(value, (*path, key, name))


def _attribute(attribute: Any, path: Path, depth: int) -> Iterator[Problem]:
    if not isinstance(attribute, dict):
        yield path, "expected an object (an attribute: `type`, `required`, `optional`...)"
        return
    for flag in _FLAGS:
        if flag in attribute and not isinstance(attribute[flag], bool):
            yield (*path, flag), "expected true or false"
    if attribute.get("type"):
        yield from _type(attribute["type"], (*path, "type"), depth + 1)
    elif attribute.get("nested_type") is not None:
        yield from _nested_type(attribute["nested_type"], (*path, "nested_type"), depth + 1)
    else:
        yield path, "expected `type` or `nested_type`"


def _nested_type(nested: Any, path: Path, depth: int) -> Iterator[Problem]:
    if depth > MAX_NESTING:
        yield path, f"types nest more than {MAX_NESTING} levels deep"
        return
    if not isinstance(nested, dict) or nested.get("nesting_mode") not in _ATTRIBUTE_MODES:
        yield path, "expected an object with `nesting_mode` " + ", ".join(_ATTRIBUTE_MODES) + " and `attributes`"
        return
    yield from _members(nested, "attributes", path, lambda value, at: _attribute(value, at, depth))


def _type(cty: Any, path: Path, depth: int) -> Iterator[Problem]:
    """A cty type: a primitive name, [list|set|map, T], [object, {name: T}(, [optional])]."""
    if depth > MAX_NESTING:
        yield path, f"types nest more than {MAX_NESTING} levels deep"
        return
    if isinstance(cty, str):
        if cty not in _PRIMITIVES:
            yield path, f"unknown type `{cty}`; expected " + ", ".join(_PRIMITIVES) + " or a collection"
        return
    if isinstance(cty, list) and len(cty) == 2 and cty[0] in ("list", "set", "map"):
        yield from _type(cty[1], (*path, 1), depth + 1)
        return
    if isinstance(cty, list) and len(cty) in (2, 3) and cty[0] == "object" and isinstance(cty[1], dict):
        for name, member in cty[1].items():
            yield from _type(member, (*path, 1, name), depth + 1)
        return
    yield path, 'expected a type: "string", "number", "bool", "dynamic", ["list", T], ["set", T], ["map", T] or ["object", {...}]'


def _block_type(block_type: Any, path: Path, depth: int) -> Iterator[Problem]:
    if not isinstance(block_type, dict):
        yield path, "expected an object (a nested block: `nesting_mode`, `block`)"
        return
    if block_type.get("nesting_mode") not in _BLOCK_MODES:
        yield (*path, "nesting_mode"), "expected `nesting_mode`: " + ", ".join(_BLOCK_MODES)
    for bound in ("min_items", "max_items"):
        value = block_type.get(bound)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            yield (*path, bound), "expected a whole number"
    yield from _block(block_type.get("block"), (*path, "block"), depth + 1)
