"""Prettier's printing of the program and its statements (prettier 2.8 `printer-estree`,
`print/statement.js`, `class.js`, `interface.js`, `module.js`, `comments.js`), including
the block comments Babel wrote in front of statements.

`Statement.leading_comments` lists comment texts in the order of the `t.addComment` calls;
Babel prepends each, so they print in reverse order.

Comment attachment: prettier drops empty statements and hands their comments to the next
statement of the same body (leading), or, failing that, to the previous one (trailing,
printed on its own line after it), or, failing that, to the body itself (dangling).
"""

from __future__ import annotations

from ..tsast import (
    ClassDeclaration,
    EmptyStatement,
    ExpressionStatement,
    ImportDeclaration,
    ImportNamespaceDeclaration,
    InterfaceDeclaration,
    Program,
    VariableDeclaration,
)
from . import babel_text, tokens
from .assignment import print_assignment
from .doc import (
    HARDLINE,
    LINE,
    LITERALLINE,
    SOFTLINE,
    Group,
    IfBreak,
    Indent,
    LineSuffix,
    Span,
    join,
)
from .expressions import ExpressionPrinter
from .nodes import EXPRESSION_STATEMENT, VariableDeclarator

_CLASS_BODY_COLUMN = 4


class ProgramPrinter(ExpressionPrinter):
    """Builds the document of a whole program."""

    def print_program(self, program: Program):
        body = self.print_statements(program.body, 0)
        doc = [body, HARDLINE] if body else ""
        return Span(program, doc)

    def print_statements(self, statements, column: int, head=None):
        """Prettier's `printStatementSequence` plus comment attachment; `column` is where
        Babel printed the statements (it re-indents comment lines to it); `head` is the
        document of a fixed first statement (`super(scope, name);`)."""
        printed = [] if head is None else [head]
        leading: dict[int, list] = {}
        pending: list = []
        for statement in statements:
            # `t.addComment(node, "leading", text)` prepends: the last added prints first.
            comments = [babel_text.block_comment(c, column) for c in reversed(statement.leading_comments)]
            if type(statement) is EmptyStatement:
                pending.extend(comments)
            else:
                leading[id(statement)] = pending + comments
                pending = []
                printed.append(statement)
        parts = []
        for i, statement in enumerate(printed):
            if i:
                parts.append(HARDLINE)
            if statement is head:
                parts.append(head)
                continue
            for comment in leading[id(statement)]:
                parts.append(_print_comment(comment))
                parts.append(HARDLINE)
            parts.append(self.print_statement(statement))
        if printed:
            for comment in pending:
                parts.append(LineSuffix([HARDLINE, _print_comment(comment)]))
        elif pending:
            parts.append(join(HARDLINE, [_print_comment(c) for c in pending]))
        return parts

    def print_statement(self, node):
        t = type(node)
        if t is ExpressionStatement:
            self.stack.append(EXPRESSION_STATEMENT)
            try:
                doc = [self.print(node.expression), ";"]
            finally:
                self.stack.pop()
        elif t is VariableDeclaration:
            doc = self._print_variable_declaration(node)
        elif t is ImportDeclaration:
            doc = self._print_import(node)
        elif t is ImportNamespaceDeclaration:
            doc = [
                "import * as ",
                node.name,
                " from ",
                tokens.print_string(f'"{node.source_text}"'),
                ";",
            ]
        elif t is InterfaceDeclaration:
            doc = self._print_interface(node)
        elif t is ClassDeclaration:
            doc = self._print_class(node)
        else:
            raise TypeError(f"cannot print {t.__name__} as a statement")
        return Span(node, doc) if self.positions else doc

    def _print_variable_declaration(self, node):
        declarator = VariableDeclarator(node.name, node.init)
        self.stack.append(declarator)
        try:
            printed = print_assignment(self, declarator, node.name, len(node.name), " =", node.init)
        finally:
            self.stack.pop()
        return Group(["const ", printed, ";"])

    def _print_import(self, node):
        source = tokens.print_string(f'"{node.source_text}"')
        if not any(node.names):  # a class without a name: babel writes `{  }`, prettier drops it
            return ["import ", source, ";"]
        if len(node.names) > 1:
            specifiers = Group(
                [
                    "{",
                    Indent([LINE, join([",", LINE], node.names)]),
                    IfBreak(","),
                    LINE,
                    "}",
                ]
            )
        else:
            specifiers = ["{ ", *node.names, " }"]
        return ["import ", specifiers, " from ", source, ";"]

    def _print_interface(self, node):
        if not node.fields:
            return Group(["interface ", node.name, " {}"])
        members = join([";", LINE], [[name, ": any"] for name in node.fields])
        body = Group(["{", Indent([LINE, members]), IfBreak(";"), LINE, "}"], True)
        return Group(["interface ", node.name, " ", body])

    def _print_class(self, node):
        params = ["scope: Construct", "name: string"]
        if node.config_type is not None:
            params.append("config: " + node.config_type)
        parameters = Group(["(", Indent([SOFTLINE, join([",", LINE], params)]), SOFTLINE, ")"])
        body = self.print_statements(node.body, _CLASS_BODY_COLUMN, "super(scope, name);")
        block = ["{", Indent([HARDLINE, body]), HARDLINE, "}"]
        constructor = ["constructor", parameters, " ", block]
        return [
            "class ",
            node.name,
            " extends ",
            node.superclass,
            " {",
            Indent([HARDLINE, constructor]),
            HARDLINE,
            "}",
        ]


def _print_comment(babel_comment: str):
    """Prettier's `printComment` for a block comment as Babel wrote it (`/*...*/`):
    JSDoc-like comments (every line starting with `*`) are re-indented, others kept."""
    value = babel_comment[2:-2]
    lines = value.split("\n")
    starred = ("*" + value + "*").split("\n")
    if len(lines) > 1 and all(line.strip()[:1] == "*" for line in starred):
        last = len(lines) - 1
        reindented = [lines[0].rstrip()]
        reindented += [" " + line.strip() for line in lines[1:last]]
        reindented.append(" " + lines[last].lstrip())
        return ["/*", join(HARDLINE, reindented), "*/"]
    return ["/*", join(LITERALLINE, lines), "*/"]
