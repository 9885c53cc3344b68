"""Prettier's `printAssignment` / `chooseLayout` (prettier 2.8 `print/assignment.js`) for
`const name = init` and object properties `key: value`."""

from __future__ import annotations

from ..tsast import (
    BinaryExpression,
    BooleanLiteral,
    CallExpression,
    Identifier,
    MemberExpression,
    NumericLiteral,
    ObjectProperty,
    StringLiteral,
    ThisExpression,
)
from . import babel_text
from .doc import LINE, Group, Indent, IndentIfBreak
from .nodes import is_literal, is_signed_number
from .member_chain import is_member_chain_labelled

_MIN_OVERLAP_FOR_BREAK = 3
_TAB_WIDTH = 2
_LONE_SHORT_ARGUMENT_THRESHOLD = 80 * 0.25


def print_assignment(p, node, left_doc, left_width: int, operator: str, right):
    """`left operator right` in the layout prettier chooses."""
    layout = _choose_layout(p, node, left_width, right)
    right_doc = p.print(right)
    if layout == "break-after-operator":
        return Group([Group(left_doc), operator, Group(Indent([LINE, right_doc]))])
    if layout == "never-break-after-operator":
        return Group([Group(left_doc), operator, " ", right_doc])
    group_id = object()
    return Group(
        [
            Group(left_doc),
            operator,
            Group(Indent(LINE), group_id=group_id),
            IndentIfBreak(right_doc, group_id),
        ]
    )


def _choose_layout(p, node, left_width: int, right) -> str:
    right = p.view(right)
    if type(right) is CallExpression and type(right.callee) is Identifier and right.callee.name == "require":
        return "never-break-after-operator"
    has_short_key = type(node) is ObjectProperty and left_width < _TAB_WIDTH + _MIN_OVERLAP_FOR_BREAK
    if _should_break_after_operator(p, right, has_short_key):
        return "break-after-operator"
    if (
        has_short_key
        or type(right) is BooleanLiteral
        or (type(right) is NumericLiteral and not is_signed_number(right))
    ):
        return "never-break-after-operator"
    return "fluid"


def _should_break_after_operator(p, right, has_short_key: bool) -> bool:
    if type(right) is BinaryExpression:
        return True
    if has_short_key:
        return False
    if type(right) is StringLiteral:
        return True
    return _is_poorly_breakable_member_or_call_chain(p, right, False)


def _is_poorly_breakable_member_or_call_chain(p, node, deep: bool) -> bool:
    """A short chain of members and calls with at most one short argument each, which
    breaking inside would not help."""
    t = type(node)
    if t is CallExpression:
        callee = p.view(node.callee)
        if type(callee) is MemberExpression and is_member_chain_labelled(p, node, False):
            return False
        args = node.arguments
        if not (len(args) == 0 or (len(args) == 1 and _is_lone_short_argument(p, args[0]))):
            return False
        return _is_poorly_breakable_member_or_call_chain(p, callee, True)
    if t is MemberExpression:
        return _is_poorly_breakable_member_or_call_chain(p, p.view(node.object), True)
    return deep and (t is Identifier or t is ThisExpression)


def _is_lone_short_argument(p, node) -> bool:
    node = p.view(node)
    t = type(node)
    if t is ThisExpression:
        return True
    if t is Identifier:
        return len(node.name) <= _LONE_SHORT_ARGUMENT_THRESHOLD
    if t is StringLiteral:
        return len(babel_text.string_literal(node.value)) <= _LONE_SHORT_ARGUMENT_THRESHOLD
    return is_literal(node)
