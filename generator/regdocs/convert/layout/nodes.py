"""Node predicates and context markers shared by the printing rules (prettier 2.8
`src/language-js/utils.js` and the parents prettier's rules look at)."""

from __future__ import annotations

from ..tsast import BooleanLiteral, NullLiteral, NumericLiteral, StringLiteral


class VariableDeclarator:
    """The declarator of `const name = init` (prettier's parent of `init`)."""

    __slots__ = ("name", "init")

    def __init__(self, name, init):
        self.name = name
        self.init = init


class ExpressionStatementContext:
    """Stands for an `ExpressionStatement` on the stack."""

    __slots__ = ()


EXPRESSION_STATEMENT = ExpressionStatementContext()

PRECEDENCE = {
    op: i
    for i, ops in enumerate(
        [
            ["??"],
            ["||"],
            ["&&"],
            ["|"],
            ["^"],
            ["&"],
            ["==", "===", "!=", "!=="],
            ["<", ">", "<=", ">=", "in", "instanceof"],
            [">>", "<<", ">>>"],
            ["+", "-"],
            ["*", "/", "%"],
            ["**"],
        ]
    )
    for op in ops
}
_EQUALITY = {"==", "===", "!=", "!=="}
_MULTIPLICATIVE = {"*", "/", "%"}
_BITSHIFT = {">>", "<<", ">>>"}
BITWISE_OPERATORS = {"|", "^", "&"}


def binary_operand_needs_parens(parent_op: str, node_op: str, is_right: bool) -> bool:
    """Prettier's `needsParens` for a binary expression that is an operand of another one."""
    parent_precedence, precedence = PRECEDENCE.get(parent_op), PRECEDENCE.get(node_op)
    if parent_precedence > precedence or (parent_precedence == precedence and is_right):
        return True
    if parent_precedence == precedence and not should_flatten(parent_op, node_op):
        return True
    if parent_precedence < precedence and node_op == "%":
        return parent_op in ("+", "-")
    return parent_op in BITWISE_OPERATORS


def should_flatten(parent_op: str, node_op: str) -> bool:
    """Prettier's `shouldFlatten`: print `a op1 b op2 c` as one chain."""
    if PRECEDENCE.get(node_op) != PRECEDENCE.get(parent_op):
        return False
    if parent_op == "**":
        return False
    if parent_op in _EQUALITY and node_op in _EQUALITY:
        return False
    if (node_op == "%" and parent_op in _MULTIPLICATIVE) or (parent_op == "%" and node_op in _MULTIPLICATIVE):
        return False
    if node_op != parent_op and node_op in _MULTIPLICATIVE and parent_op in _MULTIPLICATIVE:
        return False
    if parent_op in _BITSHIFT and node_op in _BITSHIFT:
        return False
    return True


def is_signed_number(node) -> bool:
    """A negative `NumericLiteral`: Babel writes `-5`, prettier reads a unary minus."""
    return type(node) is NumericLiteral and node.value < 0


def is_literal(node) -> bool:
    return type(node) in (StringLiteral, NumericLiteral, BooleanLiteral, NullLiteral)


def is_concisely_printed_array(node) -> bool:
    """Prettier's `isConciselyPrintedArray`: more than one element, all numbers."""
    return len(node.elements) > 1 and all(type(e) is NumericLiteral for e in node.elements)
