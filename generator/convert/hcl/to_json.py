"""A parsed configuration as the JSON document `@cdktf/hcl2json` makes of it: literals as
values, every other expression as `"${<source>}"`, templates rebuilt, keys sorted as Go's
encoder sorts them and reordered as JavaScript's JSON.parse does."""

from __future__ import annotations

import math
from typing import Any

from generator.convert.hcl import syntax as s
from generator.convert.js import js_ordered_items


class _Converter:
    def __init__(self, source: str):
        self.src = source

    def text(self, node: s.Node) -> str:
        return self.src[node.start : node.end]

    def wrap(self, node: s.Node) -> str:
        return "${" + self.text(node) + "}"

    # --- values -------------------------------------------------------------------------

    def value(self, node: s.Node) -> Any:
        if isinstance(node, s.Literal):
            return _literal(node.value)
        if isinstance(node, s.Unary) and isinstance(node.operand, s.Literal):
            operand = node.operand.value
            if node.operator == "negate" and isinstance(operand, float):
                return _literal(-operand or 0.0)
            if node.operator == "logicalNot" and isinstance(operand, bool):
                return not operand
        if isinstance(node, s.Template):
            if node.is_wrap:
                return self.wrap(node.parts[0])
            return self.template(node.parts)
        if isinstance(node, s.Tuple):
            return [self.value(item) for item in node.items]
        if isinstance(node, s.Object):
            return _sorted({self.key(key): self.value(value) for key, value in node.items})
        return self.wrap(node)

    def key(self, key: s.ObjectKey) -> str:
        expr = key.expr
        if key.bare or isinstance(expr, s.Literal):
            return self.text(expr)
        value = self.value(expr)
        return value if isinstance(value, str) else self.wrap(expr)

    def template(self, parts: list[s.Node]) -> str:
        out = []
        for part in parts:
            if isinstance(part, s.TemplateLiteral):
                out.append(part.value.replace("${", "$${"))
            elif isinstance(part, s.TemplateIf):
                out.append("%{if " + self.text(part.condition) + "}" + self.template(part.true_parts.parts))
                if part.false_parts is not None:
                    out.append("%{else}" + self.template(part.false_parts.parts))
                out.append("%{endif}")
            elif isinstance(part, s.TemplateFor):
                variables = f"{part.key_var}, {part.value_var}" if part.key_var else part.value_var
                header = "%{for " + variables + " in " + self.text(part.collection) + "}"
                out.append(header + self.template(part.body.parts) + "%{endfor}")
            else:
                out.append(self.wrap(part))
        return "".join(out)

    # --- bodies -------------------------------------------------------------------------

    def body(self, body: s.Body) -> dict:
        document: dict[str, Any] = {}
        for item in body.items:
            if isinstance(item, s.Attribute):
                document[item.name] = self.value(item.value)
                continue
            target = document
            key = item.type
            for label in item.labels:
                target = target.setdefault(key, {})
                key = label
            target.setdefault(key, []).append(self.body(item.body))
        return _sorted_deep(document)


def _literal(value: Any) -> Any:
    if isinstance(value, float) and math.isinf(value):
        return None  # JSON has no infinity: Go writes null
    return value


def _sorted(mapping: dict) -> dict:
    """Go's encoder sorts keys by their bytes; JSON.parse then puts array-index keys first."""
    ordered = {key: mapping[key] for key in sorted(mapping, key=lambda k: k.encode("utf-8"))}
    return dict(js_ordered_items(ordered))


def _sorted_deep(document: dict) -> dict:
    """Sorted at every level (block label maps are built unsorted; values are already sorted)."""
    return {key: _sorted_deep(value) if isinstance(value, dict) else value for key, value in _sorted(document).items()}


def config_to_json(source: str, body: s.Body) -> dict:
    return _Converter(source).body(body)
