"""Prettier's `printBinaryishExpression` (prettier 2.8 `print/binaryish.js`) for `+` chains:
`a + b + c` is flattened into one chain that breaks after each operator."""

from __future__ import annotations

from ..tsast import (
    BinaryExpression,
    CallExpression,
    MemberExpression,
    NewExpression,
    ObjectProperty,
)
from .doc import LINE, SOFTLINE, Group, Indent, Mark
from .nodes import VariableDeclarator, should_flatten


def print_binaryish(p, node):
    parent = p.parent
    parts = _print_chain(p, node, parent, nested=False)
    pt = type(parent)
    if ((pt is CallExpression or pt is NewExpression) and p.view(parent.callee) is node) or (
        pt is MemberExpression and p.view(parent.object) is node
    ):
        return Group([Indent([SOFTLINE, *parts]), SOFTLINE])
    if pt is VariableDeclarator or pt is ObjectProperty:
        return Group(parts)
    first_group = next((i for i, part in enumerate(parts) if type(part) is Group), None)
    head_count = 1 if first_group is None else first_group + 1
    return Group([*parts[:head_count], Indent(parts[head_count:])])


def _print_chain(p, node, parent, nested: bool) -> list:
    """Prettier's `printBinaryishExpressions`: the flat list of operands and operators.
    Flattened inner expressions are not printed through `p.print`, so their marks are
    placed here."""
    left = p.view(node.left)
    if type(left) is BinaryExpression and should_flatten(node.operator, left.operator):
        p.stack.append(left)
        try:
            parts = _print_chain(p, left, node, nested=True)
        finally:
            p.stack.pop()
        target = p.mark_target(left)
        if target is not None:
            parts = [
                Mark(target, "ts_start"),
                *parts[:-1],
                [parts[-1], Mark(target, "ts_end")],
            ]
    else:
        parts = [Group(p.print(node.left))]
    right = [node.operator, LINE, p.print(node.right)]
    right_type = type(p.view(node.right))
    should_group = (
        type(parent) is not BinaryExpression
        and type(left) is not BinaryExpression
        and right_type is not BinaryExpression
    )
    parts.append(" ")
    parts.append(Group(right) if should_group else right)
    return parts
