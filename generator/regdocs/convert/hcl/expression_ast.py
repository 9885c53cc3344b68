"""Expressions as `@cdktf/hcl2json`'s getExpressionAst describes them (Go's syntax tree as
JSON): node types, metadata with the source text of each part, children in order. The
converter navigates these trees exactly as the reference does."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Context, Decimal
from typing import Any

from regdocs.convert.hcl import syntax as s
from regdocs.convert.js import js_ordered_items

_TEN_DIGITS = Context(prec=10, rounding=ROUND_HALF_EVEN, Emax=10**9, Emin=-(10**9))
_ARITHMETIC = {"add", "subtract", "multiply", "divide", "modulo"}


class ExprNode:
    """One node: `type` (`templateWrap`, `scopeTraversal`, ... or "" for structural nodes),
    `meta` (the Go metadata, `value` being the node's source text) and `children`."""

    __slots__ = ("type", "meta", "children")

    def __init__(self, type_: str, meta: dict, children: list[ExprNode] | None = None):
        self.type = type_
        self.meta = meta
        self.children = children or []

    def to_json(self) -> dict:
        """The node as a plain structure (without the source ranges Go also reports)."""
        result: dict[str, Any] = {"type": self.type, "meta": self.meta}
        result["children"] = [child.to_json() for child in self.children]
        return result

    def __repr__(self) -> str:
        return f"ExprNode({self.type!r}, {self.meta.get('value')!r})"


def _number_text(value: Decimal) -> str:
    """Go's `big.Float.String()`: %g with ten significant digits (a two-digit exponent at least)."""
    if not value:
        return "0"
    sign, digit_tuple, exponent = value.normalize(_TEN_DIGITS).as_tuple()
    digits = "".join(map(str, digit_tuple))
    point = len(digits) + exponent  # the decimal point comes after this many digits
    if point - 1 < -4 or point - 1 >= 10:
        text = digits[0] + ("." + digits[1:] if len(digits) > 1 else "") + f"e{point - 1:+03d}"
    elif point <= 0:
        text = "0." + "0" * -point + digits
    elif point >= len(digits):
        text = digits + "0" * (point - len(digits))
    else:
        text = digits[:point] + "." + digits[point:]
    return "-" + text if sign else text


def _segment(step: s.Step) -> str | None:
    if isinstance(step, s.Attr):
        return step.name
    key = step.key
    if isinstance(key, bool) or key is None:
        return None  # Go reports no segment for other key types
    if isinstance(key, Decimal):
        return _number_text(key)
    return f'"{key}"'


def _traversal(steps: list[s.Step]) -> list[dict]:
    parts = []
    for step in steps:
        part = {"type": "nameTraversal" if isinstance(step, s.Attr) else "indexTraversal"}
        segment = _segment(step)
        if segment is not None:
            part["segment"] = segment
        parts.append(part)
    return parts


def _accessor(steps: list[s.Step]) -> str:
    """Go's fullAccessor: segments joined, but with nothing before a step while it is empty."""
    text = ""
    for step in steps:
        segment = _segment(step) or ""
        if not text:
            text = segment
        elif isinstance(step, s.Attr):
            text += "." + segment
        else:
            text += f"[{segment}]"
    return text


class _Builder:
    def __init__(self, source: str):
        self.src = source

    def text(self, node: s.Node | None) -> str:
        return "" if node is None else self.src[node.start : node.end]

    def node(self, n: s.Node) -> ExprNode:
        method = getattr(self, "_" + type(n).__name__)
        return method(n)

    def _Literal(self, n: s.Literal) -> ExprNode:
        kind = "dynamic" if n.kind == "null" else n.kind
        return ExprNode("literalValue", {"type": kind, "value": n.text})

    def _TemplateLiteral(self, n: s.TemplateLiteral) -> ExprNode:
        return ExprNode("literalValue", {"type": "string", "value": self.text(n)})

    def _Template(self, n: s.Template) -> ExprNode:
        children = [self.node(part) for part in n.parts]
        return ExprNode("templateWrap" if n.is_wrap else "template", {"value": self.text(n)}, children)

    def _TemplateIf(self, n: s.TemplateIf) -> ExprNode:
        false_node = self.node(n.false_parts) if n.false_parts else _empty_template()
        meta = {
            "conditionExpression": self.text(n.condition),
            "falseExpression": self.text(n.false_parts),
            "trueExpression": self.text(n.true_parts),
            "value": self.text(n),
        }
        return ExprNode("conditional", meta, [self.node(n.condition), self.node(n.true_parts), false_node])

    def _TemplateFor(self, n: s.TemplateFor) -> ExprNode:
        meta = {
            "closeRangeValue": self.src[n.close_start : n.end],
            "collectionExpression": self.text(n.collection),
            "groupedValue": False,
            "keyVar": n.key_var,
            "openRangeValue": self.src[n.start : n.open_end],
            "valVar": n.value_var,
            "value": self.text(n),
            "valueExpression": self.text(n.body),
        }
        for_node = ExprNode("for", meta, [self.node(n.collection), self.node(n.body)])
        return ExprNode("templateJoin", {"value": self.text(n)}, [for_node])

    def _ScopeTraversal(self, n: s.ScopeTraversal) -> ExprNode:
        steps = [s.Attr(n.start, n.start + len(n.root), n.root), *n.steps]
        meta = {"fullAccessor": _accessor(steps), "traversal": _traversal(steps), "value": self.text(n)}
        return ExprNode("scopeTraversal", meta)

    def _RelativeTraversal(self, n: s.RelativeTraversal) -> ExprNode:
        meta = {
            "fullAccessor": _accessor(n.steps),
            "sourceExpression": self.text(n.source),
            "traversal": _traversal(n.steps),
            "value": self.text(n),
        }
        return ExprNode("relativeTraversal", meta, [self.node(n.source)])

    def _AnonSymbol(self, n: s.AnonSymbol) -> ExprNode:
        return ExprNode("", {})

    def _Splat(self, n: s.Splat) -> ExprNode:
        meta = {
            "anonSymbolExpression": self.src[n.marker_start : n.marker_end],
            "eachExpression": self.text(n.each),
            "sourceExpression": self.text(n.source),
            "value": self.text(n),
        }
        return ExprNode("splat", meta, [self.node(n.source), self.node(n.each)])

    def _IndexExpr(self, n: s.IndexExpr) -> ExprNode:
        meta = {
            "collectionExpression": self.text(n.collection),
            "keyExpression": self.text(n.key),
            "value": self.text(n),
        }
        return ExprNode("index", meta, [self.node(n.collection), self.node(n.key)])

    def _Call(self, n: s.Call) -> ExprNode:
        meta = {"expandedFinalArgument": n.expand_final, "name": n.name, "value": self.text(n)}
        return ExprNode("function", meta, [self.node(arg) for arg in n.args])

    def _Conditional(self, n: s.Conditional) -> ExprNode:
        meta = {
            "conditionExpression": self.text(n.condition),
            "falseExpression": self.text(n.false_value),
            "trueExpression": self.text(n.true_value),
            "value": self.text(n),
        }
        children = [self.node(n.condition), self.node(n.true_value), self.node(n.false_value)]
        return ExprNode("conditional", meta, children)

    def _Binary(self, n: s.Binary) -> ExprNode:
        meta = {
            "lhsExpression": self.text(n.lhs),
            "operator": n.operator,
            "returnType": "number" if n.operator in _ARITHMETIC else "bool",
            "rhsExpression": self.text(n.rhs),
            "value": self.text(n),
        }
        return ExprNode("binaryOp", meta, [self.node(n.lhs), self.node(n.rhs)])

    def _Unary(self, n: s.Unary) -> ExprNode:
        meta = {
            "operator": n.operator,
            "returnType": "number" if n.operator == "negate" else "bool",
            "value": self.text(n),
            "valueExpression": self.text(n.operand),
        }
        return ExprNode("unaryOp", meta, [self.node(n.operand)])

    def _Tuple(self, n: s.Tuple) -> ExprNode:
        return ExprNode("tuple", {"value": self.text(n)}, [self.node(item) for item in n.items])

    def _Object(self, n: s.Object) -> ExprNode:
        items: dict[str, str] = {}
        children = []
        for key, value in n.items:
            items[self.text(key.expr)] = self.text(value)
            children.append(ExprNode("", {}, [] if _is_keyword(key.expr) else [self.node(key.expr)]))
            children.append(self.node(value))
        ordered = dict(js_ordered_items({k: items[k] for k in sorted(items, key=lambda k: k.encode("utf-8"))}))
        return ExprNode("object", {"items": ordered, "value": self.text(n)}, children)

    def _For(self, n: s.For) -> ExprNode:
        meta: dict[str, Any] = {
            "closeRangeValue": "]" if n.opening == "[" else "}",
            "collectionExpression": self.text(n.collection),
        }
        if n.condition is not None:
            meta["conditionalExpression"] = self.text(n.condition)
        meta["groupedValue"] = n.grouped
        if n.key_expr is not None:
            meta["keyExpression"] = self.text(n.key_expr)
        meta.update(
            keyVar=n.key_var,
            openRangeValue=n.opening,
            valVar=n.value_var,
            value=self.text(n),
            valueExpression=self.text(n.value_expr),
        )
        parts = [n.collection, n.key_expr, n.value_expr, n.condition]
        return ExprNode("for", meta, [self.node(part) for part in parts if part is not None])

    def _Parens(self, n: s.Parens) -> ExprNode:
        return ExprNode("", {}, [self.node(n.expr)])


def _is_keyword(key: s.Node) -> bool:
    """A one-word key (a name, `true`, `null`, ...): Go's walker does not visit it."""
    return (isinstance(key, s.ScopeTraversal) and not key.steps) or (
        isinstance(key, s.Literal) and key.kind != "number"
    )


def _empty_template() -> ExprNode:
    return ExprNode("template", {"value": ""}, [ExprNode("literalValue", {"type": "string", "value": ""})])


def expression_node(source: str, expr: s.Node) -> ExprNode:
    return _Builder(source).node(expr)
