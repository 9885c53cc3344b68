"""Specs as provider schema: a resource's spec says enough (arguments, their types, blocks,
attributes) for its own examples to convert without a `terraform providers schema -json` file.

Types come from an entry's `tf_type` (`list(string)`), else from its registry-style `type`
(`List of String`); unknown types are `dynamic` (no coercion, as an untyped attribute)."""

from __future__ import annotations

import re
from typing import Any, Iterable

from regdocs.spec.model import Block, Entry, Spec

_KINDS = {"resource": "resource_schemas", "data_source": "data_source_schemas"}
_PRIMITIVES = {"string": "string", "number": "number", "bool": "bool", "boolean": "bool", "dynamic": "dynamic"}
_COLLECTION = re.compile(r"^(List|Set|Map) of (.+)$")


MAX_TYPE_NESTING = 32


def parse_tf_type(text: str, depth: int = 0) -> Any:
    """`list(map(string))` -> ["list", ["map", "string"]]; `object({a = string})` -> ["object", {...}]."""
    if depth > MAX_TYPE_NESTING:
        raise ValueError(f"the type nests more than {MAX_TYPE_NESTING} levels deep")
    text = text.strip()
    if text in _PRIMITIVES:
        return _PRIMITIVES[text]
    match = re.fullmatch(r"(list|set|map|object)\((.*)\)", text, re.DOTALL)
    if not match:
        raise ValueError(f"unknown Terraform type `{text}`")
    kind, inner = match.groups()
    if kind != "object":
        return [kind, parse_tf_type(inner, depth + 1)]
    fields = inner.strip()
    if not (fields.startswith("{") and fields.endswith("}")):
        raise ValueError(f"an object type needs `{{name = type, ...}}`: `{text}`")
    attributes = {}
    for part in _split_top_level(fields[1:-1]):
        name, _, field_type = part.partition("=")
        attributes[name.strip()] = parse_tf_type(field_type, depth + 1)
    return ["object", attributes]


def _split_top_level(text: str) -> list[str]:
    """`a = string, b = list(string)` split at the commas outside brackets."""
    parts, depth, current = [], 0, ""
    for char in text:
        if char in "({[":
            depth += 1
        elif char in ")}]":
            depth -= 1
        if char in ",\n" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return [part for part in parts if part.strip()]


def _registry_type(text: str) -> Any:
    """tfplugindocs `String`, `List of Number`, `Map of String`... (None for blocks)."""
    primary = text.split(",")[0].strip()
    match = _COLLECTION.match(primary)
    if match:
        inner = _registry_type(match.group(2))
        return [match.group(1).lower(), inner or "dynamic"]
    return _PRIMITIVES.get(primary.lower())


def entry_type(entry: Entry) -> Any:
    if entry.tf_type:
        return parse_tf_type(entry.tf_type)
    if entry.type:
        return _registry_type(entry.type) or "dynamic"
    return "dynamic"


def _entries(items: Iterable) -> list[Entry]:
    return [item for item in items if isinstance(item, Entry)]


def _block_schema(arguments: list[Entry], attributes: list[Entry], children: dict[str, Block], spec_blocks) -> dict:
    block: dict = {"attributes": {}, "block_types": {}}
    for entry in arguments:
        if entry.name in children:
            child = children[entry.name]
            nested = _nested_blocks(spec_blocks, child.name)
            block_type = {
                "nesting_mode": "list",
                "block": _block_schema(_entries(child.arguments), _entries(child.attributes), nested, spec_blocks),
            }
            if child.max_items:
                block_type["max_items"] = child.max_items
            if entry.required:
                block_type["min_items"] = 1
            block["block_types"][entry.name] = block_type
            continue
        attribute: dict = {"type": entry_type(entry)}
        attribute["required" if entry.required else "optional"] = True
        if entry.computed:
            attribute["computed"] = True
        block["attributes"][entry.name] = attribute
    for entry in attributes:
        if entry.name not in block["attributes"] and entry.name not in block["block_types"]:
            block["attributes"][entry.name] = {"type": entry_type(entry), "computed": True}
    return block


def _nested_blocks(blocks: list[Block], parent: str) -> dict[str, Block]:
    """The blocks directly inside `parent` (`parent.child` paths, or plain names at top level)."""
    prefix = f"{parent}." if parent else ""
    found = {}
    for block in blocks:
        if block.name.startswith(prefix):
            rest = block.name[len(prefix) :]
            if "." not in rest:
                found[rest] = block
    return found


def resource_schema(spec: Spec) -> dict:
    """The `{version, block}` schema of the resource or data source `spec` documents."""
    top = _nested_blocks(spec.blocks, "")
    return {"version": 0, "block": _block_schema(_entries(spec.arguments), _entries(spec.attributes), top, spec.blocks)}


def schema_document(specs: Iterable[Spec], fqpn_for) -> dict:
    """A `terraform providers schema -json` document for the resources and data sources of
    `specs`; `fqpn_for(provider_short_name)` names each provider."""
    providers: dict[str, dict] = {}
    for spec in specs:
        group = _KINDS.get(spec.kind)
        if group is None:
            continue
        fqpn = fqpn_for(spec.name.split("_")[0])
        provider = providers.setdefault(
            fqpn, {"provider": {"version": 0, "block": {}}, "resource_schemas": {}, "data_source_schemas": {}}
        )
        provider[group][spec.name] = resource_schema(spec)
    return {"format_version": "1.0", "provider_schemas": providers}
