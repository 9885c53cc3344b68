"""Type coercion: wrap a converted value in `Token.as*` (or use `.stringValue` & co.) when the
type the converter infers for it differs from the type its target expects."""

from __future__ import annotations

from typing import Any

from regdocs.convert import tsast as ts
from regdocs.convert.naming import codemaker_snake
from regdocs.convert.scope import Scope
from regdocs.convert.tfschema import DYNAMIC

_LIST_COERCIONS = {"string": "asList", "number": "asNumberList", "bool": "asAny"}
_MAP_COERCIONS = {"string": "asStringMap", "number": "asNumberMap", "bool": "asBooleanMap"}
_SCALAR_COERCIONS = {"number": "asNumber", "string": "asString", "bool": "asBoolean"}
_VARIABLE_ACCESSORS = {"number": "numberValue", "string": "stringValue", "bool": "booleanValue"}


def token_call(method: str, argument: ts.Expression) -> ts.CallExpression:
    return ts.CallExpression(ts.MemberExpression(ts.Identifier("Token"), ts.Identifier(method)), [argument])


def _is_variable_value(scope: Scope, ast: ts.Expression) -> bool:
    """`x.value` where `x` is a Terraform variable or local (the `.stringValue` family applies)."""
    return (
        isinstance(ast, ts.MemberExpression)
        and ast.property.name == "value"
        and isinstance(ast.object, ts.Identifier)
        and any(
            entry.variable_name == ast.object.name and entry.resource in ("var", "local")
            for entry in scope.program.variables.values()
        )
    )


def _with_accessor(ast: ts.MemberExpression, accessor: str) -> ts.MemberExpression:
    return ts.MemberExpression(ast.object, ts.Identifier(accessor))


def _element_coercion(coercions: dict[str, str], element: Any, default: str) -> str:
    """The `Token` method for a collection of `element`s (object and nested elements: `default`)."""
    return coercions.get(element, default) if isinstance(element, str) else default


def coerce_type(scope: Scope, ast: ts.Expression, source: Any, target: Any) -> ts.Expression:
    """`ast` converted from type `source` to `target` (types as in provider schemas, tuples)."""
    if target is None or target == source:
        return ast
    is_variable = _is_variable_value(scope, ast)
    if isinstance(target, tuple):
        kind, element = target[0], target[1]
        if kind in ("list", "set"):
            if element == "string" and is_variable:
                return _with_accessor(ast, "listValue")
            scope.add_import("Token")
            return token_call(_element_coercion(_LIST_COERCIONS, element, "asAny"), ast)
        if kind == "map":
            scope.add_import("Token")
            return token_call(_element_coercion(_MAP_COERCIONS, element, "asAnyMap"), ast)
        return ast
    if target in _SCALAR_COERCIONS:
        if is_variable:
            return _with_accessor(ast, _VARIABLE_ACCESSORS[target])
        scope.add_import("Token")
        return token_call(_SCALAR_COERCIONS[target], ast)
    return ast


def _destructure(ast: ts.Expression) -> list[str] | None:
    """`foo.bar.baz` -> ["foo", "bar", "baz"]; None for anything but identifiers and members."""
    if isinstance(ast, ts.Identifier):
        return [ast.name]
    if isinstance(ast, ts.MemberExpression):
        head = _destructure(ast.object)
        return None if head is None else [*head, ast.property.name]
    return None


def expression_type(scope: Scope, ast: ts.Expression) -> Any:
    """The type the reference infers for a converted expression (quirks included: every call is
    `dynamic`, and only single member accesses on known resource variables are looked up)."""
    if isinstance(ast, ts.CallExpression):
        return DYNAMIC
    if isinstance(ast, ts.StringLiteral):
        return "string"
    if isinstance(ast, ts.NumericLiteral):
        return "number"
    if isinstance(ast, ts.BooleanLiteral):
        return "bool"
    if isinstance(ast, ts.MemberExpression) and isinstance(ast.object, ts.Identifier):
        parts = _destructure(ast)
        if parts is None:
            return DYNAMIC
        variable_name, attributes = parts[0], parts[1:]
        entry = next(
            (entry for entry in scope.program.variables.values() if entry.variable_name == variable_name), None
        )
        if entry is None or entry.resource == "var":
            return DYNAMIC
        provider, _, rest = entry.resource.partition("_")
        path = f"{provider}.{rest}." + ".".join(codemaker_snake(attribute) for attribute in attributes)
        found = scope.type_at_path(path)
        if isinstance(found, (str, tuple)):
            return found
        return DYNAMIC
    return "string"
