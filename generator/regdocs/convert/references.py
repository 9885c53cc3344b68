"""Which blocks a value refers to: the edges of the statement-order graph."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterator

from regdocs.convert.errors import ConversionError
from regdocs.convert.hcl import expression_ast, wrap_terraform_expression

_NOT_REFERENCES = (
    "count.",
    "each.",
    "path.module",
    "path.root",
    "path.cwd",
    "terraform.workspace",
    "self.",
)


@dataclass(frozen=True)
class Reference:
    """A reference from some value to the block with node id `referencee`."""

    referencee: str


def child_with_value(node: Any, value: str) -> Any:
    """The first child whose source text is `value` (how the reference navigates the AST)."""
    for child in node.children or ():
        if child.meta and child.meta.get("value") == value:
            return child
    return None


def _traversal_reference(node: Any, local_variables: list[str]) -> str | None:
    parts = node.meta["traversal"]
    if not parts or parts[0]["segment"] in local_variables:
        return None
    return ".".join(part.get("segment", "") for part in parts)  # JS joins `undefined` as ""


def _references_in_ast(node: Any, local_variables: list[str]) -> Iterator[str]:
    if node is None:
        return
    if node.type == "scopeTraversal":
        reference = _traversal_reference(node, local_variables)
        if reference:
            yield reference
    elif node.type == "for":
        meta = node.meta
        scoped = [meta["keyVar"], meta["valVar"], *local_variables]
        yield from _references_in_ast(child_with_value(node, meta.get("collectionExpression")), scoped)
        yield from _references_in_ast(child_with_value(node, meta.get("conditionalExpression")), scoped)
    else:
        for child in node.children or ():
            yield from _references_in_ast(child, local_variables)


@lru_cache(maxsize=4096)  # values repeat: searched once per block, and again when converted
def references_in_expression(expression: str) -> tuple[str, ...]:
    """Traversals found in a string value, as the reference's hcl2json reports them."""
    quoted = expression if expression.startswith('"') else f'"{expression}"'
    wrapped, _offset = wrap_terraform_expression(quoted)
    return tuple(_references_in_ast(expression_ast(wrapped), []))


def _is_reference_candidate(value: str) -> bool:
    return (
        "." in value
        and not value.startswith(".")
        and not value.endswith("...")
        and not value.startswith(_NOT_REFERENCES)
    )


def _at(parts: list[str], index: int) -> str | None:
    return parts[index] if index < len(parts) else None


def _matching_node_id(value: str, node_ids: list[str]) -> str | None:
    """The first node id whose first two segments (three for data sources) match the traversal."""
    wanted = value.split(".")
    for node_id in node_ids:
        parts = node_id.split(".")
        if parts[0] != wanted[0]:
            continue
        if _at(parts, 1) != _at(wanted, 1) and len(wanted) != 1:
            continue
        if parts[0] == "data" and _at(parts, 2) != _at(wanted, 2):
            continue
        return node_id
    return None


def references_in_string(value: str, node_ids: list[str], scoped_ids: list[str] = ()) -> list[Reference]:
    found = []
    for candidate in references_in_expression(value):
        if not _is_reference_candidate(candidate):
            continue
        node_id = _matching_node_id(candidate, [*node_ids, *scoped_ids])
        if node_id is None or node_id in scoped_ids:
            continue
        found.append(Reference(node_id))
    return found


def _converts_to_string(item: Any) -> bool:
    """Whether JS `${item}` works: the reference logs every value it searches for references,
    and an object whose own key `toString` is not a function (nor one in an array, which
    joins its elements) makes that throw."""
    if isinstance(item, dict):
        return "toString" not in item
    if isinstance(item, list):
        return all(_converts_to_string(element) for element in item if isinstance(element, (dict, list)))
    return True


def used_references(node_ids: list[str], item: Any) -> list[Reference]:
    """Every reference in a (parsed HCL JSON) value, in traversal order."""
    if not _converts_to_string(item):
        raise ConversionError("an object key named toString (Cannot convert object to primitive value)")
    if isinstance(item, str):
        return references_in_string(item, node_ids)
    if isinstance(item, list):
        return [reference for element in item for reference in used_references(node_ids, element)]
    if isinstance(item, dict):
        if "dynamic" in item:
            dynamic = item["dynamic"]
            others = [key for key in dynamic if key != "for_each"]
            scoped = [*node_ids, others[0]] if others else list(node_ids)
            return used_references(scoped, dynamic)
        return [reference for value in item.values() for reference in used_references(node_ids, value)]
    return []
