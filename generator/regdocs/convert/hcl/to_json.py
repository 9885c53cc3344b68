"""A parsed configuration as the JSON document `@cdktf/hcl2json` makes of it: literals as
values (`-` and `!` on a literal evaluated), `"${x}"` as what `x` alone becomes, every other
expression as `"${<source>}"`, templates rebuilt, keys sorted as Go's encoder sorts them and
reordered as JavaScript's JSON.parse does."""

from __future__ import annotations

from decimal import Context, Decimal
from typing import Any

from regdocs.convert.hcl import syntax as s
from regdocs.convert.hcl.errors import HclSyntaxError
from regdocs.convert.js import js_ordered_items

_EXACT = Context(prec=1000)


class _NullInTemplate(HclSyntaxError):
    """A directive branch that is a lone `${null}`: Go fails to turn it into a string."""


class _Converter:
    def __init__(self, source: str):
        self.src = source

    def error(self, message: str, node: s.Node, kind: type = HclSyntaxError) -> HclSyntaxError:
        line = self.src.count("\n", 0, node.start) + 1
        return kind(message, line, node.start - (self.src.rfind("\n", 0, node.start) + 1) + 1)

    def text(self, node: s.Node) -> str:
        return self.src[node.start : node.end]

    def wrap(self, node: s.Node) -> str:
        return "${" + self.text(node) + "}"

    # --- values -------------------------------------------------------------------------

    def value(self, node: s.Node) -> Any:
        if isinstance(node, s.Literal):
            return node.value  # a number too large for a double is Infinity, as in JavaScript
        if isinstance(node, s.Unary) and isinstance(node.operand, s.Literal):
            operand = node.operand
            if node.operator == "negate" and operand.kind == "number":
                return -operand.value  # `-0` is JavaScript's -0
            if node.operator == "logicalNot" and operand.kind == "bool":
                return not operand.value
            if operand.kind == "null":
                raise self.error(f"`{self.text(node)}`: the operand must not be null", node)
            raise self.error(f"`{self.text(node)}`: the operand has the wrong type", operand)
        if isinstance(node, s.Template):
            if node.is_wrap:
                return self.value(node.parts[0])
            return self.template(node)
        if isinstance(node, s.Tuple):
            return [self.value(item) for item in node.items]
        if isinstance(node, s.Object):
            return _sorted({self.key(key): self.value(value) for key, value in node.items})
        return self.wrap(node)

    def key(self, key: s.ObjectKey) -> str:
        return self.text(key.expr) if key.bare else self.string(key.expr)

    def template(self, template: s.Template) -> str:
        parts = template.parts
        if len(parts) == 1 and isinstance(parts[0], s.Literal) and parts[0].kind == "null":
            raise self.error("null cannot be used in a string template", parts[0], _NullInTemplate)
        return "".join(self.string(part) for part in parts)

    def string(self, part: s.Node) -> str:
        """A template part (or object key) as text: literals and nested templates evaluated,
        conditionals and loops as directives, anything else as `${<source>}`."""
        if isinstance(part, s.TemplateLiteral):
            return s.nfc(part.value).replace("${", "$${")
        if isinstance(part, s.Literal):
            return _plain_number(part.text) if part.kind == "number" else part.text
        if isinstance(part, s.Template):
            return self.string(part.parts[0]) if part.is_wrap else self.template(part)
        if isinstance(part, (s.TemplateIf, s.Conditional)):
            return self.conditional(part)
        if isinstance(part, s.TemplateFor):
            variables = f"{part.key_var}, {part.value_var}" if part.key_var else part.value_var
            header = "%{for " + variables + " in " + self.text(part.collection) + "}"
            return header + self.template(part.body) + "%{endfor}"
        return self.wrap(part)

    def conditional(self, part: s.TemplateIf | s.Conditional) -> str:
        """`%{if}`: without the whole directive when its true branch is a lone null, without
        `%{else}` when the false branch is one or is empty (as hcl2json does)."""
        if isinstance(part, s.TemplateIf):
            true_value, false_value = part.true_parts, part.false_parts
        else:
            true_value, false_value = part.true_value, part.false_value
        try:
            true_text = self.string(true_value)
        except _NullInTemplate:
            return ""
        try:
            false_text = "" if false_value is None else self.string(false_value)
        except _NullInTemplate:
            false_text = ""
        otherwise = "%{else}" + false_text if false_text else ""
        return "%{if " + self.text(part.condition) + "}" + true_text + otherwise + "%{endif}"

    # --- bodies -------------------------------------------------------------------------

    def body(self, body: s.Body) -> dict:
        """Blocks nest by label; attributes come after them (replacing a block of their name)."""
        document: dict[str, Any] = {}
        for item in body.items:
            if isinstance(item, s.Block):
                target = document
                key = item.type
                for label in item.labels:
                    target = self.member(target, key, dict, item)
                    key = label
                self.member(target, key, list, item).append(self.body(item.body))
        for item in body.items:
            if isinstance(item, s.Attribute):
                document[item.name] = self.value(item.value)
        return _sorted_deep(document)

    def member(self, target: dict, key: str, kind: type, block: s.Block) -> Any:
        member = target.setdefault(key, kind())
        if not isinstance(member, kind):
            raise self.error(f"blocks `{block.type}` cannot be both labelled and unlabelled", block)
        return member


def _plain_number(text: str) -> str:
    """A number literal as Go's `big.Float.Text('f', -1)` writes it: no exponent, no trailing zeros."""
    value = Decimal(text)
    return "0" if value == 0 else format(value.normalize(_EXACT), "f")


def _sorted(mapping: dict) -> dict:
    """Go's encoder sorts keys by their bytes; JSON.parse then puts array-index keys first."""
    ordered = {key: mapping[key] for key in sorted(mapping, key=lambda k: k.encode("utf-8"))}
    return dict(js_ordered_items(ordered))


def _sorted_deep(document: dict) -> dict:
    """Sorted at every level (block label maps are built unsorted; values are already sorted)."""
    return {key: _sorted_deep(value) if isinstance(value, dict) else value for key, value in _sorted(document).items()}


def config_to_json(source: str, body: s.Body) -> dict:
    return _Converter(source).body(body)
