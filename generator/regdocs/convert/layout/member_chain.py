"""Prettier's `printMemberChain` (prettier 2.8 `print/member-chain.js`) for calls whose
callee is a member expression: `Fn.lookupNested(...)`, `x.overrideLogicalId("id")`,
`a.b(c).d(e)`."""

from __future__ import annotations

import re

from ..tsast import (
    ArrayExpression,
    CallExpression,
    Identifier,
    MemberExpression,
    NewExpression,
    ObjectExpression,
    ThisExpression,
)
from .call_arguments import print_call_arguments
from .doc import BREAK_PARENT, HARDLINE, Group, Indent, Mark, join, will_break
from .nodes import EXPRESSION_STATEMENT, is_literal

_FACTORY = re.compile(r"^[A-Z]|^[$_]+$")


class _Link:
    """One printed node of the chain: the head, a `.name` lookup or a call's arguments."""

    __slots__ = ("node", "printed")

    def __init__(self, node, printed=None):
        self.node = node
        self.printed = printed


def _flatten(p, node) -> list[_Link]:
    """The chain's nodes from the head to `node` (prettier's `printedNodes` order)."""
    links = [_Link(node)]
    current = p.view(node.callee)
    while True:
        t = type(current)
        if t is CallExpression:
            callee = p.view(current.callee)
            if type(callee) is MemberExpression or type(callee) is CallExpression:
                links.append(_Link(current))
                current = callee
                continue
        elif t is MemberExpression:
            links.append(_Link(current))
            current = p.view(current.object)
            continue
        links.append(_Link(current))
        links.reverse()
        return links


def _group_links(links: list[_Link]) -> list[list[_Link]]:
    """Prettier's grouping: the computed head group, then one group per `.name(...)`."""
    n = len(links)
    first = [links[0]]
    i = 1
    while i < n and type(links[i].node) is CallExpression:
        first.append(links[i])
        i += 1
    if type(links[0].node) is not CallExpression:
        while i + 1 < n and type(links[i].node) is MemberExpression and type(links[i + 1].node) is MemberExpression:
            first.append(links[i])
            i += 1
    groups = [first]
    current: list[_Link] = []
    seen_call = False
    for link in links[i:]:
        if seen_call and type(link.node) is MemberExpression:
            groups.append(current)
            current = []
            seen_call = False
        if type(link.node) is CallExpression:
            seen_call = True
        current.append(link)
    if current:
        groups.append(current)
    return groups


def _should_merge(groups, is_expression_statement: bool) -> bool:
    """Prettier's `shouldMerge`: keep the first call on the head's line (`this.x`, `Fn.x`)."""
    if len(groups) < 2:
        return False
    if len(groups[0]) == 1:
        head = groups[0][0].node
        return type(head) is ThisExpression or (
            type(head) is Identifier
            and (bool(_FACTORY.search(head.name)) or (is_expression_statement and len(head.name) <= 2))
        )
    last = groups[0][-1].node
    return type(last) is MemberExpression and bool(_FACTORY.search(last.property.name))


def is_member_chain_labelled(p, node, is_expression_statement: bool) -> bool:
    """Whether prettier labels the call's document "member-chain" (more call groups than
    fit on one line without indentation)."""
    groups = _group_links(_flatten(p, node))
    cutoff = 3 if _should_merge(groups, is_expression_statement) else 2
    return len(groups) > cutoff


def print_member_chain(p, node):
    """The call's document: one line if it has few call groups, else a conditional group
    of one line or one `.name(...)` group per line."""
    links = _flatten(p, node)
    # Printed from the outer call inwards, with the chain's nodes on the stack as prettier's
    # path has them.
    depth = len(p.stack)
    try:
        links[-1].printed = print_call_arguments(p, node)
        for link in reversed(links[1:-1]):
            p.stack.append(link.node)
            if type(link.node) is CallExpression:
                link.printed = print_call_arguments(p, link.node)
            else:
                link.printed = [".", p.print(link.node.property)]
        links[0].printed = p.print(links[0].node)
    finally:
        del p.stack[depth:]
    _add_marks(p, links)

    groups = _group_links(links)
    is_expression_statement = p.parent is EXPRESSION_STATEMENT
    merge = _should_merge(groups, is_expression_statement)
    cutoff = 3 if merge else 2
    printed_groups = [[link.printed for link in g] for g in groups]
    if len(groups) <= cutoff:
        return Group(printed_groups)

    rest = printed_groups[2:] if merge else printed_groups[1:]
    indented = Indent(Group([HARDLINE, join(HARDLINE, rest)]))
    expanded = [printed_groups[0], printed_groups[1] if merge else "", indented]
    calls = [lk.node for lk in links if type(lk.node) is CallExpression]
    p.member_chains.add(id(node))
    if (len(calls) > 2 and any(not all(_is_simple_argument(p, a, 0) for a in c.arguments) for c in calls)) or any(
        will_break(g) for g in printed_groups[:-1]
    ):
        return Group(expanded)
    return [
        BREAK_PARENT if will_break(printed_groups) else "",
        Group(printed_groups, states=[printed_groups, expanded]),
    ]


def _add_marks(p, links) -> None:
    """Chain nodes between the head and the whole call start where the head starts and end
    after their own part."""
    starts = []
    for link in links[1:-1]:
        target = p.mark_target(link.node)
        if target is not None:
            starts.append(Mark(target, "ts_start"))
            link.printed = [link.printed, Mark(target, "ts_end")]
    if starts:
        links[0].printed = [starts, links[0].printed]


def _is_simple_argument(p, node, depth: int) -> bool:
    """Prettier's `isSimpleCallArgument` for our node kinds."""
    if depth >= 2:
        return False
    node = p.view(node)
    t = type(node)
    if is_literal(node) or t is Identifier or t is ThisExpression:
        return True
    if t is ObjectExpression:
        return all(_is_simple_argument(p, prop.value, depth + 1) for prop in node.properties)
    if t is ArrayExpression:
        return all(_is_simple_argument(p, e, depth + 1) for e in node.elements)
    if t is CallExpression or t is NewExpression:
        return _is_simple_argument(p, node.callee, depth) and all(
            _is_simple_argument(p, a, depth + 1) for a in node.arguments
        )
    if t is MemberExpression:
        return _is_simple_argument(p, node.object, depth) and _is_simple_argument(p, node.property, depth)
    return False
