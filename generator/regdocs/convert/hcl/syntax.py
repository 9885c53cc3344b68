"""The syntax tree of HCL's native syntax: every node knows its source span (`start`, `end`:
offsets into the parsed text), as Go's hclsyntax does."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field


@dataclass
class Node:
    start: int
    end: int


# --- expressions ---------------------------------------------------------------------------


@dataclass
class Literal(Node):
    """A number, `true`/`false` or `null`; `text` is as written, `value` what it means."""

    kind: str  # "number", "bool" or "null"
    text: str
    value: object


@dataclass
class Attr(Node):
    name: str


@dataclass
class Index(Node):
    """A traversal step with a literal key: `[0]`, `["k"]`, or the legacy `.0`."""

    key: object  # Decimal (exact, as Go's big.Float), str, bool or None


Step = Attr | Index


@dataclass
class ScopeTraversal(Node):
    root: str
    steps: list[Step]


@dataclass
class RelativeTraversal(Node):
    source: Node
    steps: list[Step]


@dataclass
class AnonSymbol(Node):
    """The placeholder for each element of a splat."""


@dataclass
class Splat(Node):
    source: Node
    each: Node  # AnonSymbol, or a RelativeTraversal / nested expression on it
    marker_start: int
    marker_end: int


@dataclass
class IndexExpr(Node):
    collection: Node
    key: Node


@dataclass
class Call(Node):
    name: str
    args: list[Node]
    expand_final: bool


@dataclass
class Conditional(Node):
    condition: Node
    true_value: Node
    false_value: Node


@dataclass
class Binary(Node):
    operator: str  # Go hclsyntax operation names: "add", "logicalOr", ...
    lhs: Node
    rhs: Node


@dataclass
class Unary(Node):
    operator: str  # "negate" or "logicalNot"
    operand: Node


@dataclass
class Tuple(Node):
    items: list[Node]


@dataclass
class ObjectKey(Node):
    expr: Node
    bare: bool  # a bare identifier (or traversal) key rather than an expression


@dataclass
class Object(Node):
    items: list[tuple[ObjectKey, Node]]


@dataclass
class For(Node):
    key_var: str
    value_var: str
    collection: Node
    key_expr: Node | None
    value_expr: Node
    condition: Node | None
    grouped: bool
    opening: str  # "[" or "{"


@dataclass
class Parens(Node):
    expr: Node


# --- templates -----------------------------------------------------------------------------


def nfc(text: str) -> str:
    """Text as a string value: cty keeps strings in Unicode normal form C (block labels are not
    values and stay as written)."""
    return text if text.isascii() else unicodedata.normalize("NFC", text)


@dataclass
class TemplateLiteral(Node):
    """Literal text of a template: `value` is the text it stands for (escapes decoded, strip
    markers applied); the span is the source as written."""

    value: str


@dataclass
class TemplateIf(Node):
    condition: Node
    true_parts: Template
    false_parts: Template | None


@dataclass
class TemplateFor(Node):
    key_var: str
    value_var: str
    collection: Node
    body: Template
    open_end: int  # end of the `%{for ...}` directive
    close_start: int  # start of the `%{endfor}` directive


@dataclass
class Template(Node):
    """A quoted string, a heredoc, or the body of a template directive; parts are literals,
    interpolated expressions, and directives."""

    parts: list[Node] = field(default_factory=list)
    quoted: bool = False
    heredoc: bool = False

    @property
    def is_wrap(self) -> bool:
        """`"${expr}"`: a quoted template that is one interpolation (Go's TemplateWrapExpr)."""
        return self.quoted and len(self.parts) == 1 and not isinstance(self.parts[0], _TEMPLATE_ONLY)

    @property
    def is_string_literal(self) -> bool:
        return all(isinstance(part, TemplateLiteral) for part in self.parts)


_TEMPLATE_ONLY = (TemplateLiteral, TemplateIf, TemplateFor)


# --- configuration bodies ------------------------------------------------------------------


@dataclass
class Attribute(Node):
    name: str
    value: Node


@dataclass
class Block(Node):
    type: str
    labels: list[str]
    body: Body


@dataclass
class Body(Node):
    items: list[Attribute | Block]
