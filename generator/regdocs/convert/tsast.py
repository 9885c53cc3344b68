"""The TypeScript program the converter builds, before it is laid out and printed as Python.

The reference converter builds a Babel AST, prints it with Babel, formats the text with
prettier and lets jsii-rosetta translate it to Python. These classes are the subset of
Babel's node types that the converter produces, with the same names and meaning.

Stage contracts:
- the front end (statements, values, coercion) builds these nodes;
- `layout` prints them as prettier would print Babel's output and, when the back-end reads
  them, records on every node `ts_start`/`ts_end`: the node's character offsets in the
  printed TypeScript text;
- a language back-end (`languages`) renders the output: TypeScript is the printed text,
  Python is rendered from the nodes, the offsets and the printed text.

Nodes compare by identity (`eq=False`) so they can be used as dictionary keys.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union


@dataclass(eq=False)
class Node:
    """Common part of every node: where layout placed it in the TypeScript text."""

    ts_start: int = field(default=-1, init=False, repr=False, kw_only=True)
    ts_end: int = field(default=-1, init=False, repr=False, kw_only=True)


# --- expressions -------------------------------------------------------------------------


@dataclass(eq=False)
class Identifier(Node):
    """A name. May hold a dotted path when the reference builds it that way
    (`VariableType.STRING`, `aws.instance.Instance`)."""

    name: str


@dataclass(eq=False)
class ThisExpression(Node):
    pass


@dataclass(eq=False)
class StringLiteral(Node):
    """A string; `value` is the cooked (unescaped) text."""

    value: str


@dataclass(eq=False)
class NumericLiteral(Node):
    """A number; `value` is the JavaScript double it denotes."""

    value: float


@dataclass(eq=False)
class BooleanLiteral(Node):
    value: bool


@dataclass(eq=False)
class NullLiteral(Node):
    pass


@dataclass(eq=False)
class MemberExpression(Node):
    """`object.property` (never computed)."""

    object: Expression
    property: Identifier


@dataclass(eq=False)
class CallExpression(Node):
    callee: Expression
    arguments: list[Expression]


@dataclass(eq=False)
class NewExpression(Node):
    callee: Expression
    arguments: list[Expression]


@dataclass(eq=False)
class ArrayExpression(Node):
    elements: list[Expression]


@dataclass(eq=False)
class ObjectProperty(Node):
    """`key: value`; a StringLiteral key is written quoted by Babel (prettier may unquote it)."""

    key: Identifier | StringLiteral
    value: Expression


@dataclass(eq=False)
class ObjectExpression(Node):
    properties: list[ObjectProperty]
    # How jsii-rosetta types this object literal, decided by the front end from the
    # provider bindings: see regdocs.convert.python. None means "no contextual type".
    type_info: object | None = field(default=None, kw_only=True)


@dataclass(eq=False)
class BinaryExpression(Node):
    operator: str
    left: Expression
    right: Expression


Expression = Union[
    Identifier,
    ThisExpression,
    StringLiteral,
    NumericLiteral,
    BooleanLiteral,
    NullLiteral,
    MemberExpression,
    CallExpression,
    NewExpression,
    ArrayExpression,
    ObjectExpression,
    BinaryExpression,
]


# --- statements --------------------------------------------------------------------------


@dataclass(eq=False)
class Statement(Node):
    """Statements may carry leading block comments (`t.addComment(node, "leading", text)`)."""

    leading_comments: list[str] = field(default_factory=list, kw_only=True)


@dataclass(eq=False)
class ExpressionStatement(Statement):
    expression: Expression


@dataclass(eq=False)
class VariableDeclaration(Statement):
    """`const name = init;`"""

    name: str
    init: Expression


@dataclass(eq=False)
class EmptyStatement(Statement):
    """`;` -- the reference uses it to carry a lone comment."""


@dataclass(eq=False)
class ImportDeclaration(Statement):
    """`import { A, B } from "source";` -- the reference writes it as template text and parses
    it: `source` is the string's value, `source_text` its content as written (escapes kept,
    as prettier prints them)."""

    names: list[str]
    source: str
    source_text: str


@dataclass(eq=False)
class ImportNamespaceDeclaration(Statement):
    """`import * as name from "source";` (`source`, `source_text` as in ImportDeclaration)."""

    name: str
    source: str
    source_text: str


@dataclass(eq=False)
class InterfaceDeclaration(Statement):
    """`interface Name { field: any; ... }` -- the exploded constructor config."""

    name: str
    fields: list[str]


@dataclass(eq=False)
class ClassDeclaration(Statement):
    """The converted program's class:

    class <name> extends <superclass> {
      constructor(scope: Construct, name: string[, config: <config_type>]) {
        super(scope, name);
        <body>
      }
    }
    """

    name: str
    superclass: str
    body: list[Statement]
    config_type: str | None = None


@dataclass(eq=False)
class Program(Node):
    body: list[Statement]
