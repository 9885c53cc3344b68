"""Block bodies (parsed HCL JSON) converted to TypeScript values: keys, list wrapping, coercion."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterator

from regdocs.convert import tsast as ts
from regdocs.convert.errors import ConversionError
from regdocs.convert.expressions import convert_terraform_expression
from regdocs.convert.js import js_ordered_items, to_string
from regdocs.convert.naming import escape_attribute_name, hcl2cdk_camel
from regdocs.convert.references import used_references
from regdocs.convert.scope import Scope
from regdocs.convert.tfschema import desired_type, is_map_attribute


def attribute_name_to_cdktf_name(name: str) -> str:
    return escape_attribute_name(hcl2cdk_camel(name))


def _unwraps_single_item(attribute_type: Any) -> bool:
    """Map/object attributes and blocks with max_items 1 take one value, not a list."""
    if isinstance(attribute_type, tuple):
        return attribute_type[0] in ("map", "object")
    return isinstance(attribute_type, dict) and attribute_type.get("max_items") == 1


def _is_single_item_block(type_metadata: Any) -> bool:
    return isinstance(type_metadata, dict) and "max_items" in type_metadata and type_metadata["max_items"] == 1


def _entries(value: Any) -> list[tuple[str, Any]]:
    """`Object.entries` of what the reference may hand it (objects, or by accident strings)."""
    if isinstance(value, dict):
        return js_ordered_items(value)
    if isinstance(value, str):
        return [(str(index), char) for index, char in enumerate(value)]
    if value is None:
        raise ConversionError("cannot convert an empty block value")
    return []


@contextmanager
def concurrently(scope: Scope) -> Iterator[None]:
    """Values converted inside run as the reference runs them: all leaves at once
    (`Promise.all`), each finishing after its parser round trips -- one for numbers and
    booleans, two for strings -- so the imports the leaves register come ordered by round
    trips first, then by leaf order."""
    program = scope.program
    program.wave, program.wave_task = [], (0, 0)
    try:
        yield
        wave = sorted(program.wave, key=lambda entry: entry[0])
    finally:
        program.wave = None
    program.importables.extend(importable for _, importable in wave)


def convert_value(scope: Scope, item: Any, path: str, is_module: bool = False) -> ts.Expression:
    """A whole value converted at once (see `concurrently`)."""
    with concurrently(scope):
        return value_to_ts(scope, item, path, is_module)


def _start_leaf(scope: Scope, round_trips: int) -> None:
    program = scope.program
    if program.wave is not None:
        program.wave_task = (round_trips, program.wave_task[1] + 1)


def value_to_ts(scope: Scope, item: Any, path: str, is_module: bool = False) -> ts.Expression:
    """One value of a block body converted for the schema path `path` (within a wave)."""
    if isinstance(item, ts.Node):
        return item
    if isinstance(item, str):
        _start_leaf(scope, 2)
        if any(path.startswith(ref.referencee) for ref in used_references(scope.program.node_ids, item)):
            return ts.StringLiteral(item)
        return convert_terraform_expression(scope, f'"{item}"', lambda: desired_type(scope.type_at_path(path)))
    if isinstance(item, (bool, int, float)):
        _start_leaf(scope, 1)
        return convert_terraform_expression(scope, to_string(item), lambda: desired_type(scope.type_at_path(path)))
    if item is None:
        return ts.NullLiteral()

    attribute_type = scope.type_at_path(path)
    if isinstance(item, list) and (
        _unwraps_single_item(attribute_type) or path.endswith("lifecycle") or path.endswith("connection")
    ):
        item = item[0] if item else None
    if isinstance(item, list):
        return ts.ArrayExpression([value_to_ts(scope, element, f"{path}.[]") for element in item])

    properties = []
    for key, value in _entries(item):
        if key == "dynamic":
            block_name = next((name for name in value if name != "for_each"), None)
            if block_name is None:  # the reference reads an undefined name and fails
                raise ConversionError(
                    "a dynamic block named for_each has no name to convert (Cannot read properties of undefined)"
                )
            name = block_name if scope.within_override_expression else attribute_name_to_cdktf_name(block_name)
            properties.append(ts.ObjectProperty(ts.Identifier(name), ts.ArrayExpression([])))
            continue
        item_path = f"{path}.{key}"
        item_type = scope.type_at_path(item_path)
        should_be_array = (
            (isinstance(value, dict) or value is None)
            and not _is_single_item_block(item_type)
            and not is_map_attribute(item_type)
            and key not in ("tags", "forEach", "lifecycle")
        )
        keep_key_name = (
            not is_module
            and key != "depends_on"
            and "lifecycle" not in path
            and (key == "for_each" or item_type is None or is_map_attribute(attribute_type))
            and not (path.startswith("var.") and "validation" in path)
        )
        converted = value_to_ts(scope, value, item_path)
        properties.append(
            ts.ObjectProperty(
                ts.StringLiteral(key if keep_key_name else attribute_name_to_cdktf_name(key)),
                ts.ArrayExpression([converted]) if should_be_array else converted,
            )
        )
    return ts.ObjectExpression(properties)
