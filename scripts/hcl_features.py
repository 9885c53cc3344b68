"""The HCL constructs a snippet uses, to break the converter report down by feature."""

from __future__ import annotations

import re

from regdocs.convert.hcl import HclSyntaxError, parse_config

META_ARGUMENTS = ("count", "for_each", "depends_on", "lifecycle", "provider", "provisioner", "connection", "dynamic")
_EXPRESSIONS = {
    "heredoc": re.compile(r"<<-?\w+"),
    "template directive": re.compile(r"%\{"),
    "interpolation": re.compile(r"\$\{"),
    "for expression": re.compile(r"[\[{]\s*for\s"),
    "splat": re.compile(r"\[\*\]|\.\*"),
    "conditional": re.compile(r"\s\?\s"),
    "function call": re.compile(r"(?<![\w.])[a-z][a-z0-9_]*\("),
    "index": re.compile(r"\w\[\d+\]"),
}


def features(hcl: str) -> set[str]:
    """Top-level block kinds (`resource`, `variable`, ...), meta-arguments used inside
    resources, data sources and modules, and expression forms, by name. Empty when the
    snippet is not HCL."""
    try:
        document = parse_config(hcl)
    except HclSyntaxError:
        return set()
    found = {f"block: {kind}" for kind in document}
    for kind in ("resource", "data", "module"):
        for body in _bodies(document.get(kind), depth=1 if kind == "module" else 2):
            found |= {f"meta: {name}" for name in META_ARGUMENTS if name in body}
    found |= {f"expr: {name}" for name, pattern in _EXPRESSIONS.items() if pattern.search(hcl)}
    return found


def _bodies(tree: object, depth: int) -> list[dict]:
    """The block bodies `depth` label levels below `tree` (hcl2json nests bodies in lists)."""
    if depth == 0:
        return [body for body in (tree if isinstance(tree, list) else [tree]) if isinstance(body, dict)]
    if not isinstance(tree, dict):
        return []
    return [body for child in tree.values() for body in _bodies(child, depth - 1)]
