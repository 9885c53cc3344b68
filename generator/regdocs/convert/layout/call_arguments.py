"""Prettier's `printCallArguments` (prettier 2.8 `print/call-arguments.js`): arguments flat,
the last object/array argument hugged, or every argument on its own line."""

from __future__ import annotations

from ..tsast import ArrayExpression, CallExpression, ObjectExpression
from .doc import BREAK_PARENT, LINE, SOFTLINE, Group, Indent, will_break
from .nodes import is_concisely_printed_array


def print_call_arguments(p, node):
    """The parenthesized argument list of a call or `new` expression."""
    args = node.arguments
    if not args:
        return "()"
    printed = []
    last = len(args) - 1
    for i, arg in enumerate(args):
        doc = p.print(arg)
        printed.append(doc if i == last else [doc, ",", LINE])

    def all_args_broken_out():
        return Group(["(", Indent([LINE, *printed]), LINE, ")"], True)

    if _should_group_last(args):
        if any(will_break(d) for d in printed[:-1]):
            return all_args_broken_out()
        flat = ["(", *printed, ")"]
        last_expanded = ["(", *printed[:-1], Group(printed[-1], True), ")"]
        hugged = Group(flat, states=[flat, last_expanded, all_args_broken_out()])
        return [BREAK_PARENT if any(will_break(d) for d in printed) else "", hugged]

    contents = ["(", Indent([SOFTLINE, *printed]), SOFTLINE, ")"]
    if _is_long_curried_call(p, node):
        return contents
    return Group(contents, any(will_break(d) for d in printed))


def _should_group_last(args) -> bool:
    """Prettier's `shouldGroupLastArg` for our argument kinds."""
    last = args[-1]
    t = type(last)
    if t is ObjectExpression:
        if not last.properties:
            return False
    elif t is ArrayExpression:
        if not last.elements:
            return False
    else:
        return False
    if len(args) > 1 and type(args[-2]) is t:
        return False
    return not (len(args) > 1 and t is ArrayExpression and is_concisely_printed_array(last))


def _is_long_curried_call(p, node) -> bool:
    """Prettier's `isLongCurriedCallExpression`: `f(a, b)(c)` printed as the callee."""
    parent = p.parent
    return (
        type(node) is CallExpression
        and type(parent) is CallExpression
        and p.view(parent.callee) is node
        and len(node.arguments) > len(parent.arguments) > 0
    )
