"""What an HCL example says that the schemas contradict: unknown resource types, argument and
block names unknown at their nesting, literals of the wrong type, references to attributes a
resource does not have. Examples are fragments: what they reference without declaring it is
fine, and expressions that are not literals are not typed.

`check_example` returns `(rule id, message, offset in the code)` triples.
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable, Iterator

from regdocs.convert.hcl import syntax as s
from regdocs.validate.schema_index import Member, block_members

UNKNOWN_TYPE = "E003"
UNKNOWN_NAME = "E004"
WRONG_TYPE = "E005"
UNKNOWN_REFERENCE = "E006"

KEYWORD_KINDS = {"resource": "resource", "data": "data_source", "ephemeral": "ephemeral_resource"}
KIND_LABELS = {"resource": "resource", "data_source": "data source", "ephemeral_resource": "ephemeral resource"}
META_ARGUMENTS = {"count", "for_each", "provider", "depends_on"}
META_BLOCKS = {"lifecycle", "provisioner", "connection"}
PROVIDER_META_ARGUMENTS = {"alias", "version"}
# the attribute every SDK resource has; a spec acting as schema may leave it out
IMPLICIT_ID = "id"


@dataclass(frozen=True)
class ResourceSchema:
    """A resource's schema block for examples; `derived` when a spec stands in for the schema."""

    block: dict
    derived: bool


# (kind, type name) -> the schema, or None when unknown
Lookup = Callable[[str, str], ResourceSchema | None]


def _suggest(name: str, known) -> str:
    close = difflib.get_close_matches(name, list(known), n=1)
    return f"; did you mean `{close[0]}`?" if close else ""


def _literal(node: s.Node) -> tuple[str, Any] | None:
    """(kind, value) of a literal: string, number, bool, null, tuple, object; None otherwise."""
    while isinstance(node, s.Parens):
        node = node.expr
    if isinstance(node, s.Literal):
        return node.kind, node.value
    if isinstance(node, s.Unary) and node.operator == "negate" and isinstance(node.operand, s.Literal):
        return ("number", None) if node.operand.kind == "number" else None
    if isinstance(node, s.Template) and node.is_string_literal:
        return "string", "".join(part.value for part in node.parts)
    if isinstance(node, s.Tuple):
        return "tuple", node
    if isinstance(node, s.Object):
        return "object", node
    return None


def _key_name(key: s.ObjectKey) -> str | None:
    expr = key.expr
    if isinstance(expr, s.ScopeTraversal) and not expr.steps:
        return expr.root
    literal = _literal(expr)
    return literal[1] if literal and literal[0] == "string" else None


def _shown(kind: str, value: Any) -> str:
    if kind == "string":
        text = str(value)
        return f'the string "{text}"' if len(text) <= 40 and "\n" not in text else "a string"
    return {"tuple": "a list", "object": "an object", "number": "a number", "bool": "a bool"}[kind]


def _type_name(cty_type: Any) -> str:
    if isinstance(cty_type, str):
        return cty_type
    if isinstance(cty_type, list) and cty_type:
        if cty_type[0] in ("list", "set", "map"):
            return f"{cty_type[0]}({_type_name(cty_type[1])})"
        return cty_type[0]
    return "value"


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def member_type(member: Member) -> Any:
    """A member's value type; a nested attribute type (`nested_type`) as the object it takes."""
    if member.type is not None or member.children is None or member.block:
        return member.type
    fields = {name: member_type(child) for name, child in member.children.items()}
    optional = [name for name, child in member.children.items() if not child.required]
    single = ["object", fields, optional]
    return single if member.nesting in (None, "single") else [member.nesting, single]


class ExampleChecker:
    def __init__(self, code: str, lookup: Lookup, knows_provider_of: Callable[[str], bool], provider_block):
        self.code = code
        self.lookup = lookup
        self.knows_provider_of = knows_provider_of
        self.provider_block = provider_block
        self.issues: list[tuple[str, str, int]] = []

    def issue(self, rule: str, message: str, offset: int) -> None:
        self.issues.append((rule, message, offset))

    def label_offset(self, block: s.Block, label: str) -> int:
        found = self.code.find(f'"{label}"', block.start, block.body.start)
        return found + 1 if found >= 0 else block.start

    # --- blocks and arguments ------------------------------------------------------------

    def check(self, body: s.Body) -> None:
        for item in body.items:
            if isinstance(item, s.Block):
                self.top_block(item)
        self.references(body)

    def top_block(self, block: s.Block) -> None:
        kind = KEYWORD_KINDS.get(block.type)
        if kind and len(block.labels) == 2:
            type_name = block.labels[0]
            schema = self.lookup(kind, type_name)
            if schema is None:
                if self.knows_provider_of(type_name):
                    self.issue(
                        UNKNOWN_TYPE,
                        f"unknown {KIND_LABELS[kind]} type `{type_name}`: the schemas do not have it",
                        self.label_offset(block, type_name),
                    )
                return
            self.body(block.body, block_members(schema.block), f"`{type_name}`", META_ARGUMENTS, META_BLOCKS)
        elif block.type == "provider" and len(block.labels) == 1:
            provider = self.provider_block(block.labels[0])
            if provider and (provider.get("attributes") or provider.get("block_types")):
                where = f"provider `{block.labels[0]}`"
                self.body(block.body, block_members(provider), where, PROVIDER_META_ARGUMENTS, set())

    def body(self, body: s.Body, members: dict[str, Member], where: str, meta_arguments, meta_blocks) -> None:
        counts: Counter = Counter()
        for item in body.items:
            if isinstance(item, s.Attribute):
                if item.name not in meta_arguments:
                    self.argument(item, members, where)
            elif item.type == "dynamic" and item.labels:
                self.dynamic(item, members, where)
            elif item.type not in meta_blocks:
                member = members.get(item.type)
                if member is not None and member.block:
                    counts[item.type] += 1
                self.nested_block(item, member, members, where)
        for name, count in counts.items():
            member = members[name]
            limit = 1 if member.nesting == "single" else member.max_items
            if limit is not None and count > limit:
                offset = [item for item in body.items if isinstance(item, s.Block) and item.type == name][limit].start
                self.issue(
                    WRONG_TYPE, f"block `{name}` is given {count} times in {where}; the schema allows {limit}", offset
                )

    def argument(self, item: s.Attribute, members: dict[str, Member], where: str) -> None:
        member = members.get(item.name)
        if member is None:
            self.issue(
                UNKNOWN_NAME, f"unknown argument `{item.name}` in {where}{_suggest(item.name, members)}", item.start
            )
        elif member.block:
            self.issue(
                WRONG_TYPE,
                f"`{item.name}` is a block in {where}: write `{item.name} {{ ... }}`, not `{item.name} = ...`",
                item.start,
            )
        elif member.computed_only:
            self.issue(UNKNOWN_NAME, f"`{item.name}` is read-only in {where} (computed): it cannot be set", item.start)
        else:
            self.value(item.value, member_type(member), f"`{item.name}`")

    def dynamic(self, block: s.Block, members: dict[str, Member], where: str) -> None:
        name = block.labels[0]
        member = members.get(name)
        if member is None or member.children is None:
            self.issue(
                UNKNOWN_NAME,
                f"unknown block `{name}` in {where}{_suggest(name, members)}",
                self.label_offset(block, name),
            )
            return
        for item in block.body.items if member.children else ():
            if isinstance(item, s.Block) and item.type == "content":
                self.body(item.body, member.children, f"`{name}`", set(), set())

    def nested_block(self, block: s.Block, member: Member | None, members: dict[str, Member], where: str) -> None:
        if member is None:
            self.issue(
                UNKNOWN_NAME, f"unknown block `{block.type}` in {where}{_suggest(block.type, members)}", block.start
            )
        elif member.children is None:
            self.issue(
                WRONG_TYPE,
                f"`{block.type}` is an argument in {where}: write `{block.type} = ...`, not a block",
                block.start,
            )
        elif member.children:  # a block, or an attribute of objects written as blocks
            self.body(block.body, member.children, f"`{block.type}`", set(), set())
        # a block whose schema declares nothing says nothing of its contents: they are not checked

    # --- literal values ------------------------------------------------------------------

    def value(self, node: s.Node, cty_type: Any, label: str) -> None:
        literal = _literal(node)
        if literal is None or literal[0] == "null" or cty_type in (None, "dynamic"):
            return
        kind, value = literal
        expected = cty_type if isinstance(cty_type, str) else cty_type[0]
        fits = {
            "string": kind in ("string", "number", "bool"),
            "number": kind == "number" or (kind == "string" and _number(value)),
            "bool": kind == "bool" or (kind == "string" and value in ("true", "false")),
            "list": kind == "tuple",
            "set": kind == "tuple",
            "tuple": kind == "tuple",
            "map": kind == "object",
            "object": kind == "object",
        }.get(expected, True)
        if not fits:
            self.issue(WRONG_TYPE, f"{label} takes a {_type_name(cty_type)}, not {_shown(kind, value)}", node.start)
            return
        if expected in ("list", "set") and kind == "tuple":
            for element in value.items:
                self.value(element, cty_type[1], f"an element of {label}")
        elif expected == "map" and kind == "object":
            for _, element in value.items:
                self.value(element, cty_type[1], f"a value of {label}")
        elif expected == "object" and kind == "object" and isinstance(cty_type[1], dict):
            for key, element in value.items:
                name = _key_name(key)
                if name is None:
                    continue
                if name not in cty_type[1]:
                    self.issue(
                        UNKNOWN_NAME,
                        f"unknown attribute `{name}` in the object of {label}{_suggest(name, cty_type[1])}",
                        key.start,
                    )
                else:
                    self.value(element, cty_type[1][name], f"`{name}`")

    # --- references ----------------------------------------------------------------------

    def references(self, node: Any) -> None:
        for traversal, steps in _traversals(node):
            self.reference(traversal, steps)

    def reference(self, traversal: s.ScopeTraversal, steps: list[s.Step]) -> None:
        """`type.name.attribute` (also `data.` and `ephemeral.`): the attribute must exist."""
        kind, type_name = "resource", traversal.root
        if traversal.root in ("data", "ephemeral"):
            if not steps or not isinstance(steps[0], s.Attr):
                return
            kind = "data_source" if traversal.root == "data" else "ephemeral_resource"
            type_name, steps = steps[0].name, steps[1:]
        if "_" not in type_name or not steps or not isinstance(steps[0], s.Attr):
            return
        schema = self.lookup(kind, type_name)
        if schema is None:
            return
        rest = [step for step in steps[1:] if not isinstance(step, s.Index)]
        if not rest or not isinstance(rest[0], s.Attr):
            return
        attribute = rest[0]
        members = schema.block.get("attributes") or {}
        blocks = schema.block.get("block_types") or {}
        if attribute.name in members or attribute.name in blocks:
            return
        if schema.derived and attribute.name == IMPLICIT_ID:
            return
        self.issue(
            UNKNOWN_REFERENCE,
            f"`{type_name}` has no attribute `{attribute.name}`{_suggest(attribute.name, [*members, *blocks])}",
            attribute.start + 1,
        )


def _children(node: Any) -> Iterator[Any]:
    for value in vars(node).values():
        if isinstance(value, s.Node):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, tuple):
                    yield from (part for part in item if isinstance(part, s.Node))
                elif isinstance(item, s.Node):
                    yield item


def _traversals(node: Any) -> Iterator[tuple[s.ScopeTraversal, list[s.Step]]]:
    """Every scope traversal under `node`, with its steps (a splat's steps after its source's)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, s.ScopeTraversal):
            yield current, current.steps
            continue
        if isinstance(current, s.Splat) and isinstance(current.source, s.ScopeTraversal):
            each = current.each
            tail = each.steps if isinstance(each, s.RelativeTraversal) and isinstance(each.source, s.AnonSymbol) else []
            yield current.source, [
                *current.source.steps,
                s.Index(current.marker_start, current.marker_end, None),
                *tail,
            ]
            stack.append(each)
            continue
        stack.extend(_children(current))


def check_example(body: s.Body, code: str, lookup: Lookup, knows_provider_of, provider_block) -> list:
    """The problems of one parsed example, as (rule id, message, offset) in code order."""
    checker = ExampleChecker(code, lookup, knows_provider_of, provider_block)
    checker.check(body)
    return sorted(checker.issues, key=lambda issue: issue[2])
