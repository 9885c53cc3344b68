"""Provider schema lookups by converter path (`aws.instance.ebs_block_device.[].volume_size`).

Paths are the reference converter's: `<provider>.<resource rest>` for resources,
`data.<provider>.<rest>` for data sources, `<provider>.<Pascal>Provider` for provider
blocks; then raw HCL keys, with `[]` for list elements. Types are returned as in the
schema but with tuples instead of lists, so they compare with `==`.
"""

from __future__ import annotations

from typing import Any

from regdocs.convert.errors import ConversionError

DYNAMIC = "dynamic"


def _type_part(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_type_part(item) for item in value)
    if isinstance(value, dict):
        return {key: _type_part(item) for key, item in value.items()}
    return value


def as_type(value: Any) -> Any:
    """An attribute type with its lists turned into tuples; schema blocks are returned as they are."""
    return _type_part(value) if isinstance(value, list) else value


def full_provider_name(provider_schemas: dict, provider: str) -> str | None:
    """The first schema FQPN that ends with `provider` (a plain string suffix match)."""
    return next((fqpn for fqpn in provider_schemas if fqpn.endswith(provider)), None)


def _resource_at_path(provider_schemas: dict, path: str) -> tuple[dict, list[str]] | None:
    parts = path.split(".")
    if len(parts) < 2:
        return None
    is_data_source = parts[0] == "data"
    if is_data_source:
        parts.pop(0)
    provider_name = parts.pop(0) if parts else ""
    resource_name = parts.pop(0) if parts else ""
    fqpn = full_provider_name(provider_schemas, provider_name)
    if not fqpn:
        return None
    provider = provider_schemas.get(fqpn)
    if not provider:
        return None
    if resource_name.endswith("Provider"):
        return provider.get("provider"), parts
    # `data "external"` has no prefix: the provider name doubles as the resource name
    full_name = provider_name if provider_name == resource_name else f"{provider_name}_{resource_name}"
    resources = provider.get("data_source_schemas" if is_data_source else "resource_schemas") or {}
    resource = resources.get(full_name)
    if not resource:
        return None
    return resource, parts


def _find_type(item: Any, parts: list[str]) -> Any:
    if not parts:
        return item
    current, rest = parts[0], parts[1:]
    if isinstance(item, str):
        return item
    if isinstance(item, (list, tuple)):
        kind = item[0]
        if kind in ("set", "list"):
            return _find_type(item[1], rest) if current == "[]" else None
        if kind == "object":
            if current == "[]":
                return None
            return _find_type(item[1].get(current), rest)
        if kind == "map":
            return _find_type(item[1], rest)
        return None
    if item is None:
        # the reference crashes here (a missing object attribute with more path after it)
        raise ConversionError(f"cannot read the schema type of '{current}'")
    if current == "[]":
        return _find_type(item, rest)
    block = item.get("block")
    if block:
        block_type = (block.get("block_types") or {}).get(current)
        if block_type:
            return _find_type(block_type, rest)
        attribute = (block.get("attributes") or {}).get(current)
        if attribute and attribute.get("type"):
            return _find_type(attribute["type"], rest)
    return None


def type_at_path(provider_schemas: dict, path: str) -> Any:
    """What the schema says at `path`: an attribute type, a block type, a resource schema, or None."""
    found = _resource_at_path(provider_schemas, path)
    if found is None:
        return None
    resource, parts = found
    return as_type(_find_type(resource, parts))


def is_map_attribute(attribute_type: Any) -> bool:
    return isinstance(attribute_type, tuple) and attribute_type[0] == "map"


def desired_type(found: Any) -> Any:
    """The attribute type a value should be coerced to, from what the schema says at its path
    (`type_at_path`): `dynamic` when unknown or a block."""
    if not found:
        return DYNAMIC
    if isinstance(found, (str, tuple)):
        return found
    return DYNAMIC


def required_attributes(schema_item: Any) -> list[str]:
    """Required attribute and block names of a block (the provider generator's rule), sorted."""
    if not isinstance(schema_item, dict) or "block" not in schema_item:
        return []
    block = schema_item["block"]
    required = [name for name, attribute in (block.get("attributes") or {}).items() if attribute.get("required")]
    for name, block_type in (block.get("block_types") or {}).items():
        mode = block_type.get("nesting_mode")
        if mode == "single":
            nested = (block_type.get("block") or {}).get("attributes") or {}
            if all(attribute.get("required") for attribute in nested.values()):
                required.append(name)
                continue
        if mode != "map" and (block_type.get("min_items") or 0) > 0:
            required.append(name)
    return sorted(required)
