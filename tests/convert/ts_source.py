"""Test helper: parse the TypeScript subset the converter emits into `tsast` nodes, so
layout tests can be written as source text.

Accepted: `import { A, B } from "m";`, `import * as X from "m";`, `interface I { f: any; }`,
the converter's class template, `const x = e;`, `e;`, `;`, and `/*...*/` comments before
statements (stored in `t.addComment` call order, i.e. reversed, as Babel prepends them).
Expressions: strings (either quote, JS escapes), numbers (with `-`), `true`, `false`,
`null`, `this`, names, `a.b` (a dotted `Identifier` when `dotted` and every part is a
name, else `MemberExpression`), calls, `new`, arrays, objects with name or string keys,
`+` and parentheses.
"""

from __future__ import annotations

import re

from regdocs.convert.tsast import (
    ArrayExpression,
    BinaryExpression,
    BooleanLiteral,
    CallExpression,
    ClassDeclaration,
    EmptyStatement,
    ExpressionStatement,
    Identifier,
    ImportDeclaration,
    ImportNamespaceDeclaration,
    InterfaceDeclaration,
    MemberExpression,
    NewExpression,
    NullLiteral,
    NumericLiteral,
    ObjectExpression,
    ObjectProperty,
    Program,
    StringLiteral,
    ThisExpression,
    VariableDeclaration,
)

_TOKEN = re.compile(
    r"""(?P<ws>\s+)
    |(?P<comment>/\*.*?\*/)
    |(?P<str>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
    |(?P<num>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)
    |(?P<name>[A-Za-z_$][A-Za-z0-9_$]*)
    |(?P<punct>[{}()\[\];,:.+=*-])""",
    re.S | re.X,
)
_ESCAPES = {"n": 10, "r": 13, "t": 9, "b": 8, "f": 12, "v": 11, "0": 0}


def parse_program(source: str, dotted: bool = True) -> Program:
    return _Parser(source, dotted).program()


def parse_expression(source: str, dotted: bool = True):
    parser = _Parser(source, dotted)
    expr = parser.expression()
    parser.expect("")
    return expr


def _tokenize(source: str) -> list[tuple[str, str]]:
    tokens, pos = [], 0
    while pos < len(source):
        match = _TOKEN.match(source, pos)
        if not match:
            raise SyntaxError(f"unexpected {source[pos:pos + 20]!r}")
        if match.lastgroup != "ws":
            tokens.append((match.lastgroup, match.group()))
        pos = match.end()
    tokens.append(("eof", ""))
    return tokens


def _decode_string(raw: str) -> str:
    """A JS string literal's value (escapes decoded, UTF-16 surrogate pairs joined)."""
    units, body, i = [], raw[1:-1], 0
    while i < len(body):
        if body[i] != "\\":
            encoded = body[i].encode("utf-16-le", "surrogatepass")
            units.extend(int.from_bytes(encoded[k : k + 2], "little") for k in (0, 2)[: len(encoded) // 2])
            i += 1
            continue
        escape = body[i + 1]
        if escape == "x":
            units.append(int(body[i + 2 : i + 4], 16))
            i += 4
        elif escape == "u":
            units.append(int(body[i + 2 : i + 6], 16))
            i += 6
        else:
            units.append(_ESCAPES.get(escape, ord(escape)))
            i += 2
    data = b"".join(u.to_bytes(2, "little") for u in units)
    return data.decode("utf-16-le", errors="surrogatepass")


class _Parser:
    def __init__(self, source: str, dotted: bool):
        self.tokens = _tokenize(source)
        self.i = 0
        self.dotted = dotted

    def peek(self, k: int = 0) -> str:
        return self.tokens[self.i + k][1]

    def next(self) -> tuple[str, str]:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def expect(self, text: str) -> None:
        kind, value = self.next()
        if value != text:
            raise SyntaxError(f"expected {text!r}, got {value!r}")

    def name(self) -> str:
        kind, value = self.next()
        if kind != "name":
            raise SyntaxError(f"expected a name, got {value!r}")
        return value

    def statements(self, end: str) -> list:
        body = []
        while True:
            comments = []
            while self.tokens[self.i][0] == "comment":
                comments.append(self.next()[1][2:-2])
            if self.peek() == end:
                if comments:
                    raise SyntaxError("comment without statement")
                return body
            statement = self.statement()
            statement.leading_comments = comments[::-1]
            body.append(statement)

    def program(self) -> Program:
        return Program(self.statements(""))

    def statement(self):
        word = self.peek()
        if word == ";":
            self.next()
            return EmptyStatement()
        if word == "import":
            return self.import_declaration()
        if word == "interface":
            self.next()
            name, fields = self.name(), []
            self.expect("{")
            while self.peek() != "}":
                fields.append(self.name())
                for text in (":", "any", ";"):
                    self.expect(text)
            self.expect("}")
            return InterfaceDeclaration(name, fields)
        if word == "class":
            return self.class_declaration()
        if word == "const":
            self.next()
            name = self.name()
            self.expect("=")
            init = self.expression()
            self.expect(";")
            return VariableDeclaration(name, init)
        expr = self.expression()
        self.expect(";")
        return ExpressionStatement(expr)

    def import_declaration(self):
        self.expect("import")
        if self.peek() == "*":
            self.next()
            self.expect("as")
            name = self.name()
            self.expect("from")
            raw = self.next()[1]
            self.expect(";")
            return ImportNamespaceDeclaration(name, _decode_string(raw), raw[1:-1])
        self.expect("{")
        names = []
        while self.peek() != "}":
            names.append(self.name())
            if self.peek() == ",":
                self.next()
        self.expect("}")
        self.expect("from")
        raw = self.next()[1]
        self.expect(";")
        return ImportDeclaration(names, _decode_string(raw), raw[1:-1])

    def class_declaration(self):
        self.expect("class")
        name = self.name()
        self.expect("extends")
        superclass = self.name()
        for text in (
            "{",
            "constructor",
            "(",
            "scope",
            ":",
            "Construct",
            ",",
            "name",
            ":",
            "string",
        ):
            self.expect(text)
        config_type = None
        if self.peek() == ",":
            for text in (",", "config", ":"):
                self.expect(text)
            config_type = self.name()
        for text in (")", "{", "super", "(", "scope", ",", "name", ")", ";"):
            self.expect(text)
        body = self.statements("}")
        self.expect("}")
        self.expect("}")
        return ClassDeclaration(name, superclass, body, config_type)

    def expression(self):
        left = self.unary()
        while self.peek() == "+":
            self.next()
            left = BinaryExpression("+", left, self.unary())
        return left

    def unary(self):
        if self.peek() == "-" and self.tokens[self.i + 1][0] == "num":
            self.next()
            return NumericLiteral(-float(self.next()[1]))
        return self.postfix(self.primary())

    def postfix(self, expr, calls: bool = True):
        while True:
            if self.peek() == ".":
                self.next()
                prop = self.name()
                if self.dotted and type(expr) is Identifier:
                    expr = Identifier(expr.name + "." + prop)
                else:
                    expr = MemberExpression(expr, Identifier(prop))
            elif self.peek() == "(" and calls:
                expr = CallExpression(expr, self.arguments())
            else:
                return expr

    def arguments(self) -> list:
        self.expect("(")
        args = []
        while self.peek() != ")":
            args.append(self.expression())
            if self.peek() == ",":
                self.next()
        self.expect(")")
        return args

    def primary(self):
        kind, value = self.next()
        if kind == "str":
            return StringLiteral(_decode_string(value))
        if kind == "num":
            return NumericLiteral(float(value))
        if value in ("true", "false"):
            return BooleanLiteral(value == "true")
        if value == "null":
            return NullLiteral()
        if value == "this":
            return ThisExpression()
        if value == "new":
            callee = self.postfix(Identifier(self.name()), calls=False)
            return NewExpression(callee, self.arguments())
        if value == "(":
            expr = self.expression()
            self.expect(")")
            return expr
        if value == "[":
            elements = []
            while self.peek() != "]":
                elements.append(self.expression())
                if self.peek() == ",":
                    self.next()
            self.expect("]")
            return ArrayExpression(elements)
        if value == "{":
            return self.object()
        if kind == "name":
            return Identifier(value)
        raise SyntaxError(f"unexpected {value!r}")

    def object(self):
        properties = []
        while self.peek() != "}":
            kind, value = self.next()
            key = StringLiteral(_decode_string(value)) if kind == "str" else Identifier(value)
            self.expect(":")
            properties.append(ObjectProperty(key, self.expression()))
            if self.peek() == ",":
                self.next()
        self.expect("}")
        return ObjectExpression(properties)
