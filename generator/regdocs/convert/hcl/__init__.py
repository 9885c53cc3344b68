"""HCL native syntax, parsed the way the reference converter's `@cdktf/hcl2json` (Go HCL v2)
parses it: `parse_config` gives the JSON document of a snippet, `expression_ast` the syntax
tree of one expression, `HclSyntaxError` where Go rejects the input."""

from __future__ import annotations

from functools import lru_cache

from regdocs.convert.hcl.errors import HclLimitError, HclSyntaxError
from regdocs.convert.hcl.expression_ast import ExprNode, expression_node
from regdocs.convert.hcl.parser import parse_config_syntax, parse_expression_syntax
from regdocs.convert.hcl.to_json import config_to_json
from regdocs.convert.hcl.wrap import replace_quotes, wrap_terraform_expression

__all__ = [
    "ExprNode",
    "HclLimitError",
    "HclSyntaxError",
    "expression_ast",
    "parse_config",
    "replace_quotes",
    "wrap_terraform_expression",
]


def parse_config(text: str) -> dict:
    """The snippet as hcl2json's JSON document (numbers as floats, JavaScript key order)."""
    return config_to_json(text, parse_config_syntax(text))


@lru_cache(maxsize=4096)
def expression_ast(text: str) -> ExprNode:
    """The syntax tree of `text` parsed as one expression, as hcl2json's getExpressionAst
    (cached: the converter parses most values twice; the trees are never modified)."""
    return expression_node(text, parse_expression_syntax(text))
