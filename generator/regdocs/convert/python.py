"""The Python back-end: what jsii-rosetta prints for the laid-out TypeScript program.

Line breaks and comments come from the printed TypeScript text (the whitespace and comments
before a node, as rosetta reads them); object literals render as keyword arguments, struct
classes or dicts according to their `type_info` (see `rosetta_types`)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace

from regdocs.convert import tsast as ts
from regdocs.convert.js import number_to_string
from regdocs.convert.layout.nodes import binary_operand_needs_parens
from regdocs.convert.naming import rosetta_mangle
from regdocs.convert.otree import NO_SYNTAX, OTree, render
from regdocs.convert.bindings import SchemaSet
from regdocs.convert.rosetta_types import UNKNOWN, LiteralType, annotate_object_types


@dataclass(frozen=True)
class _Context:
    tail_position: bool = False
    as_keywords: bool = False
    in_map: bool = False
    exploded_config: bool = False


@dataclass(frozen=True)
class _Range:
    kind: str  # "other" (whitespace) or "blockcomment"
    start: int
    end: int


def _scan(text: str, start: int, end: int) -> list[_Range]:
    """Whitespace runs and block comments between two offsets (rosetta's scanText)."""
    ranges = []
    position = block_start = start
    while position < end:
        if text.startswith("/*", position):
            if position > block_start:
                ranges.append(_Range("other", block_start, position))
            close = text.find("*/", position + 2)
            close = len(text) if close == -1 else close + 2
            ranges.append(_Range("blockcomment", position, close))
            position = block_start = close
        else:
            position += 1
    if position > block_start:
        ranges.append(_Range("other", block_start, position))
    return ranges


def _newlines(text: str) -> str:
    return "\n" * min(2, text.count("\n"))


def _comment_lines(comment: str) -> str:
    """`/* text */` as `# text` lines (rosetta's stripCommentMarkers + commentRange)."""
    body = comment[2:-2]
    body = re.sub(r"^[ \t]+", "", body)
    body = re.sub(r"[ \t]+$", "", body)
    body = re.sub(r"^[ \t]*\*[ \t]?", "", body, flags=re.MULTILINE)
    return "\n".join(f"# {line}" for line in body.split("\n"))


class PythonRenderer:
    def __init__(self, ts_text: str):
        self.text = ts_text
        self.synthetic_imports: list[str] = []
        self.config_fields: list[str] = []
        self._trivia_at: dict[int, list[OTree]] = {}

    # --- positions and trivia --------------------------------------------------------------

    def _full_start(self, start: int) -> int:
        """Where the trivia before offset `start` begins: the end of the previous token."""
        position = start
        while position > 0:
            if self.text[position - 1].isspace():
                position -= 1
            elif self.text.endswith("*/", 0, position):
                position = self.text.rfind("/*", 0, position - 2)
            else:
                break
        return position

    def _trivia(self, start: int) -> list[OTree]:
        """The whitespace and comments before offset `start`, as rosetta attaches them (nested
        nodes often start at one offset: their trees are built once and written once)."""
        if start in self._trivia_at:
            return self._trivia_at[start]
        trees = []
        for piece in _scan(self.text, self._full_start(start), start):
            content = self.text[piece.start : piece.end]
            if piece.kind == "other":
                trees.append(OTree([_newlines(content)], render_once=f"ws-{piece.start}"))
            else:
                trees.append(OTree([_comment_lines(content)], render_once=f"comment-{piece.start}"))
        self._trivia_at[start] = trees
        return trees

    def _with_trivia(self, start: int, tree: OTree) -> OTree:
        trivia = self._trivia(start)
        if trivia and not tree.is_empty:
            return OTree([*trivia, tree], can_break_line=True)
        return tree

    def _newline_before(self, node: ts.Node | None) -> bool:
        if node is None:
            return False
        return any(
            "\n" in self.text[piece.start : piece.end]
            for piece in _scan(self.text, self._full_start(node.ts_start), node.ts_start)
            if piece.kind == "other"
        )

    def _mirror_newline(self, first: ts.Node | None, suffix: str) -> str:
        return ("\n" if self._newline_before(first) else "") + suffix

    # --- program structure -----------------------------------------------------------------

    def program(self, program: ts.Program) -> str:
        for statement in program.body:
            if isinstance(statement, ts.InterfaceDeclaration):
                self.config_fields = list(statement.fields)
        statements = [self.statement(statement, _Context()) for statement in program.body]
        body = render(OTree(statements))
        if self.synthetic_imports:
            body = f"from cdktf import {', '.join(self.synthetic_imports)}\n{body}"
        return body

    def statement(self, node: ts.Statement, context: _Context) -> OTree:
        if isinstance(node, ts.ImportDeclaration):
            return self._with_trivia(node.ts_start, OTree([_import_line(node)], can_break_line=True))
        if isinstance(node, ts.ImportNamespaceDeclaration):
            module = _python_module(node.source)
            return self._with_trivia(node.ts_start, OTree([f"import {module} as {rosetta_mangle(node.name)}"]))
        if isinstance(node, (ts.InterfaceDeclaration, ts.EmptyStatement)):
            return NO_SYNTAX
        if isinstance(node, ts.ClassDeclaration):
            return self._with_trivia(node.ts_start, self._class(node))
        if isinstance(node, ts.ExpressionStatement):
            tree = OTree([self.expression(node.expression, context)], can_break_line=True)
            return self._with_trivia(node.ts_start, tree)
        if isinstance(node, ts.VariableDeclaration):
            name_start = node.ts_start + len("const ")
            declaration = OTree([rosetta_mangle(node.name), " = ", self.expression(node.init, context)])
            return self._with_trivia(node.ts_start, OTree([self._with_trivia(name_start, declaration)]))
        raise TypeError(f"cannot render {type(node).__name__}")

    def _class(self, node: ts.ClassDeclaration) -> OTree:
        parameters = ["self", "scope", "name"]
        if node.config_type is not None:
            parameters.append(OTree([], ["*", *self.config_fields], separator=", "))
        signature = OTree(["def ", "__init__", "(", OTree([], parameters, separator=", "), "): "], [])
        context = _Context(exploded_config=node.config_type is not None)
        statements = [OTree(["\n", "super().__init__(scope, name)"])]
        statements += [self.statement(statement, context) for statement in node.body]
        block = OTree([], statements, indent=4, can_break_line=True)
        constructor = OTree(["\n", signature], [block], can_break_line=True)
        return OTree([f"class {node.name}({node.superclass}): "], [constructor], indent=4, can_break_line=True)

    # --- expressions -----------------------------------------------------------------------

    def expression(self, node: ts.Expression, context: _Context) -> OTree:
        if isinstance(node, ts.Identifier):
            if self._explodes(node.name, context):
                return OTree([self._exploded_config()])
            return OTree([".".join(rosetta_mangle(part) for part in node.name.split("."))])
        if isinstance(node, ts.ThisExpression):
            return OTree(["self"])
        if isinstance(node, ts.StringLiteral):
            return OTree([json.dumps(node.value, ensure_ascii=False)])
        if isinstance(node, ts.NumericLiteral):
            return OTree([_numeric_text(self.text[node.ts_start : node.ts_end])])
        if isinstance(node, ts.BooleanLiteral):
            return OTree(["True" if node.value else "False"])
        if isinstance(node, ts.NullLiteral):
            return OTree(["null"])
        if isinstance(node, ts.MemberExpression):
            if context.exploded_config and isinstance(node.object, ts.Identifier) and node.object.name == "config":
                return OTree([rosetta_mangle(node.property.name)])
            return OTree([self.expression(node.object, context), ".", rosetta_mangle(node.property.name)])
        if isinstance(node, (ts.CallExpression, ts.NewExpression)):
            return self._with_trivia(node.ts_start, self._call(node, context))
        if isinstance(node, ts.ArrayExpression):
            elements = [self.expression(element, context) for element in node.elements]
            first = node.elements[0] if node.elements else None
            return OTree(["["], elements, separator=", ", indent=4, suffix=self._mirror_newline(first, "]"))
        if isinstance(node, ts.ObjectExpression):
            return self._object(node, context)
        if isinstance(node, ts.BinaryExpression):
            left = self._operand(node, node.left, context, is_right=False)
            right = self._operand(node, node.right, context, is_right=True)
            return OTree([left, " ", node.operator, " ", right])
        raise TypeError(f"cannot render {type(node).__name__}")

    def _operand(self, parent: ts.BinaryExpression, node: ts.Expression, context: _Context, is_right: bool) -> OTree:
        """An operand, in the parentheses prettier printed around it (rosetta keeps them)."""
        tree = self.expression(node, context)
        needs_parens = isinstance(node, ts.BinaryExpression) and binary_operand_needs_parens(
            parent.operator, node.operator, is_right
        )
        if needs_parens:
            return OTree(["(", tree, ")"])
        return tree

    def _call(self, node: ts.CallExpression | ts.NewExpression, context: _Context) -> OTree:
        if isinstance(node, ts.NewExpression) and isinstance(node.callee, ts.Identifier) and not node.callee.name:
            return self._nameless_new(node, context)
        callee = self.expression(node.callee, replace(context, tail_position=False))
        last = len(node.arguments) - 1
        arguments = [
            self.expression(argument, replace(context, tail_position=index == last))
            for index, argument in enumerate(node.arguments)
        ]
        return OTree([callee, "(", OTree([], arguments, separator=", ", indent=4), ")"], can_break_line=True)

    def _nameless_new(self, node: ts.NewExpression, context: _Context) -> OTree:
        """`new (this, "id", {...})`: a construct without a class name (a resource type with no
        `_`) reads as `new` of a parenthesized comma expression, without arguments; rosetta
        writes the commas as binary operators and none of the operands is a tail argument."""
        operands = [self.expression(argument, replace(context, tail_position=False)) for argument in node.arguments]
        return OTree(["(", OTree([], operands, separator=" , "), ")()"], can_break_line=True)

    def _object(self, node: ts.ObjectExpression, context: _Context) -> OTree:
        literal_type: LiteralType = node.type_info or UNKNOWN
        if literal_type.kind == "struct":
            if context.tail_position:
                prefix, suffix, keywords = "", "", True
            else:
                if literal_type.jsii:
                    self.synthetic_imports.append(literal_type.name)
                prefix, suffix, keywords = f"{literal_type.name}(", ")", True
            inner = replace(context, as_keywords=keywords)
        elif literal_type.kind == "map":
            prefix, suffix, keywords = "{", "}", False
            inner = replace(context, as_keywords=False, in_map=True)
        elif context.tail_position:
            prefix, suffix, keywords = "", "", True
            inner = replace(context, tail_position=False, as_keywords=True)
        else:
            prefix, suffix, keywords = "{", "}", False
            inner = replace(context, tail_position=False, as_keywords=False)
        properties = [self._property(prop, inner) for prop in node.properties]
        first = node.properties[0] if node.properties else None
        return OTree([prefix], properties, separator=", ", indent=4, suffix=self._mirror_newline(first, suffix))

    def _property(self, node: ts.ObjectProperty, context: _Context) -> OTree:
        printed_key = self.text[node.key.ts_start : node.key.ts_end]
        if printed_key[:1] in ("'", '"'):
            value = node.key.value if isinstance(node.key, ts.StringLiteral) else _js_string_value(printed_key)
            name = value if context.in_map else rosetta_mangle(value)
        elif printed_key[:1].isdigit():
            name = printed_key
        elif self._explodes(printed_key, context):
            name = self._exploded_config()
        else:
            name = rosetta_mangle(printed_key)
        if context.in_map or not context.as_keywords:
            name = f'"{name}"'
        value_context = replace(context, in_map=False, tail_position=False)
        tree = OTree([name, "=" if context.as_keywords else ": ", self.expression(node.value, value_context)])
        tree.can_break_line = True
        return self._with_trivia(node.ts_start, tree)

    @staticmethod
    def _explodes(identifier: str, context: _Context) -> bool:
        """Rosetta writes the constructor's `config` parameter as its fields wherever the
        identifier `config` appears in a tail-position argument (an object key included)."""
        return identifier == "config" and context.exploded_config and context.tail_position

    def _exploded_config(self) -> str:
        return ", ".join(f"{field}={field}" for field in self.config_fields)


def _numeric_text(literal: str) -> str:
    """Rosetta prints a numeric literal's TypeScript token value: the number as JavaScript
    writes it (`1e21` -> `1e+21`, `0.10` -> `0.1`); `Infinity` is an identifier and stays."""
    if not literal[-1:].isdigit() and not literal.endswith("."):
        return literal
    return number_to_string(float(literal))


def _js_string_value(literal: str) -> str:
    """The value of a quoted JavaScript string literal as printed by prettier."""
    if literal[0] == "'":
        literal = '"' + literal[1:-1].replace("\\'", "'").replace('"', '\\"') + '"'
    return json.loads(literal)


def _python_module(source: str) -> str:
    """The Python module of an import source, after hcl2cdk's `...gen.providers.` rewriting."""
    module = source.removeprefix("@").replace("/", ".").replace("-", "_")
    for generated, rewritten in (("...gen.providers.", "imports."), ("...gen.modules.", "imports.")):
        if module.startswith(generated):
            return rewritten + module[len(generated) :]
    return module


def _import_line(node: ts.ImportDeclaration) -> str:
    names = ", ".join(rosetta_mangle(name) for name in node.names)
    return f"from {_python_module(node.source)} import {names}"


def render_python(program: ts.Program, ts_text: str, schemas: SchemaSet) -> str:
    """The Python back-end: jsii-rosetta's translation of `program`, whose nodes carry their
    offsets in `ts_text`, its object literals typed from the bindings of `schemas`."""
    annotate_object_types(program, schemas)
    return PythonRenderer(ts_text).program(program)
