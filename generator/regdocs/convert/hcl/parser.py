"""A recursive-descent parser for HCL's native syntax (configuration bodies, expressions and
templates), following Go's hclsyntax: the same precedence, traversal and splat rules, the
same strictness about newlines, escapes and template directives."""

from __future__ import annotations

import re
from decimal import Decimal

from regdocs.convert.hcl import syntax as s
from regdocs.convert.hcl.errors import HclLimitError, HclSyntaxError

_BINARY_LEVELS: list[list[tuple[str, str]]] = [
    [("||", "logicalOr")],
    [("&&", "logicalAnd")],
    [("==", "equal"), ("!=", "notEqual")],
    [(">=", "greaterThanOrEqual"), ("<=", "lessThanOrEqual"), (">", "greaterThan"), ("<", "lessThan")],
    [("+", "add"), ("-", "subtract")],
    [("*", "multiply"), ("/", "divide"), ("%", "modulo")],
]
# first character -> (token, Go operation name, precedence level), longer tokens first
_OPERATORS_BY_CHAR: dict[str, list[tuple[str, str, int]]] = {}
for _level, _operators in enumerate(_BINARY_LEVELS):
    for _token, _name in _operators:
        _OPERATORS_BY_CHAR.setdefault(_token[0], []).append((_token, _name, _level))
for _candidates in _OPERATORS_BY_CHAR.values():
    _candidates.sort(key=lambda candidate: -len(candidate[0]))
# Go's scanner takes digits, dots and exponents greedily (`1.2.3` is one, invalid, token)
_NUMBER = re.compile(r"[0-9](?:(?:[0-9.]|[eE][+-]?[0-9])*(?:[0-9]|[eE][+-]?[0-9]))?")
_QUOTED_PLAIN = re.compile(r'[^"\\$%\r\n]*')  # text without anything a quoted template treats specially
_HEREDOC_PLAIN = re.compile(r"[^$%\r\n]*")
_GO_SPACE = "\t\n\v\f\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", '"': '"', "\\": "\\"}
_KEYWORD_LITERALS = {"true": ("bool", True), "false": ("bool", False), "null": ("null", None)}
# Nesting a snippet may have: blocks in blocks, expressions in expressions, operators in a row,
# traversal steps, template directives. Real examples stay far below; the limit keeps every
# later stage (which recurses per level) within Python's stack, with an error at the place.
MAX_NESTING = 32


# identifiers: (ID_Start | "_") (ID_Continue | "-")*, ASCII runs by regex, other characters by
# Python's identifier rules (Unicode XID_Start / XID_Continue)
_ASCII_ID_START = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_ASCII_ID_CONTINUE = re.compile(r"[A-Za-z0-9_-]*")


def _is_id_continue(char: str) -> bool:
    return char == "-" or ("a" + char).isidentifier()


class Parser:
    def __init__(self, text: str, newlines_ignored: bool = False):
        self.src = text
        self.pos = 1 if text.startswith("\ufeff") else 0  # one leading byte-order mark is skipped
        self.newlines_ignored = [newlines_ignored]  # inside (...), [...], ${...} newlines are spaces
        self.depth = 0  # levels of nesting open at the current position

    def deeper(self, levels: int = 1, position: int | None = None) -> None:
        """Open `levels` levels of nesting; an error past MAX_NESTING (close them with `depth -= levels`)."""
        self.depth += levels
        if self.depth > MAX_NESTING:
            raise self.error(
                f"the code nests more than {MAX_NESTING} levels deep (blocks, expressions, operators or "
                "traversal steps), more than regdocs reads; split it into locals",
                position,
                HclLimitError,
            )

    # --- errors and positions -----------------------------------------------------------

    def error(self, message: str, position: int | None = None, kind: type = HclSyntaxError) -> HclSyntaxError:
        position = self.pos if position is None else position
        line = self.src.count("\n", 0, position) + 1
        column = position - (self.src.rfind("\n", 0, position) + 1) + 1
        return kind(message, line, column)

    def peek(self, text: str) -> bool:
        return self.src.startswith(text, self.pos)

    def at_end(self) -> bool:
        return self.pos >= len(self.src)

    def expect(self, text: str, message: str) -> None:
        if not self.peek(text):
            raise self.error(message)
        self.pos += len(text)

    # --- whitespace and comments --------------------------------------------------------

    def skip(self, newlines: bool | None = None) -> None:
        """Skip blanks and comments; newlines too when `newlines` (default: by context)."""
        if newlines is None:
            newlines = self.newlines_ignored[-1]
        src, length = self.src, len(self.src)
        while self.pos < length:
            char = src[self.pos]
            if char in " \t" or (char == "\n" and newlines):
                self.pos += 1
            elif char == "\r":
                if not src.startswith("\n", self.pos + 1):
                    raise self.error("invalid character: a carriage return must be followed by a newline")
                self.pos += 1
            elif char == "#" or src.startswith("//", self.pos):
                end = src.find("\n", self.pos)
                self.pos = length if end == -1 else end
            elif src.startswith("/*", self.pos):
                end = src.find("*/", self.pos + 2)
                if end == -1:
                    raise self.error("unterminated comment")
                self.pos = end + 2
            else:
                return

    def number(self) -> str:
        """A number token (its text); Go rejects the ones that are not numbers."""
        start = self.pos
        text = _NUMBER.match(self.src, start).group()
        try:
            float(text)
        except ValueError:
            raise self.error("invalid number literal", start) from None
        self.pos += len(text)
        return text

    def legacy_index(self, dot: int) -> s.Index:
        """`.0`: a number token after a dot (`.0.1` is one token, which Go rejects)."""
        if "." in _NUMBER.match(self.src, self.pos).group():
            raise self.error("invalid legacy index syntax: chained indexes need brackets, like [0][1]")
        value = Decimal(self.number())
        return s.Index(dot, self.pos, value)

    def identifier(self) -> str | None:
        src, start = self.src, self.pos
        match = _ASCII_ID_START.match(src, start)
        if match:
            end = match.end()
        elif start < len(src) and not src[start].isascii() and src[start].isidentifier():
            end = _ASCII_ID_CONTINUE.match(src, start + 1).end()
        else:
            return None
        while end < len(src) and not src[end].isascii() and _is_id_continue(src[end]):
            end = _ASCII_ID_CONTINUE.match(src, end + 1).end()
        self.pos = end
        return src[start:end]

    # --- bodies -------------------------------------------------------------------------

    def parse_config(self) -> s.Body:
        body = self.parse_body(closing=False)
        if not self.at_end():
            raise self.error("unexpected `}`")
        return body

    def parse_body(self, closing: bool) -> s.Body:
        start = self.pos
        items: list[s.Attribute | s.Block] = []
        seen: dict[str, int] = {}
        while True:
            self.skip(newlines=True)
            if self.at_end() or (closing and self.peek("}")):
                break
            item = self.parse_item()
            if isinstance(item, s.Attribute):
                if item.name in seen:
                    raise self.error(f'attribute "{item.name}" redefined', item.start)
                seen[item.name] = item.start
            items.append(item)
        return s.Body(start, self.pos, items)

    def _end_of_item(self, single_line_block: bool = False) -> None:
        self.skip(newlines=False)
        if self.at_end() or self.peek("\n") or (single_line_block and self.peek("}")):
            return
        raise self.error("missing newline after an argument or block")

    def parse_item(self, single_line_block: bool = False) -> s.Attribute | s.Block:
        start = self.pos
        name = self.identifier()
        if name is None:
            raise self.error("expected an argument or block definition")
        self.skip(newlines=False)
        if self.peek("=") and not self.peek("=="):
            self.pos += 1
            self.skip(newlines=False)
            value = self.parse_expression()
            self._end_of_item(single_line_block)
            return s.Attribute(start, value.end, name, value)
        if single_line_block:
            raise self.error("a single-line block may only hold one argument")
        labels = []
        while not self.peek("{"):
            if self.peek('"'):
                label = self.parse_quoted_template()
                if not label.is_string_literal:
                    raise self.error("block labels cannot contain interpolations", label.start)
                labels.append("".join(part.value for part in label.parts))
            else:
                label_name = self.identifier()
                if label_name is None:
                    raise self.error(f"expected `=` or a block label after `{name}`")
                labels.append(label_name)
            self.skip(newlines=False)
        self.pos += 1
        self.skip(newlines=False)
        if self.peek("}"):
            body = s.Body(self.pos, self.pos, [])
        elif self.peek("\n"):
            self.deeper(position=start)
            body = self.parse_body(closing=True)
            self.depth -= 1
            if not self.peek("}"):
                raise self.error(f"unclosed block `{name}`", start)
        else:
            inner = self.parse_item(single_line_block=True)
            self.skip(newlines=False)
            if not self.peek("}"):
                raise self.error("expected `}` to close a single-line block")
            body = s.Body(inner.start, inner.end, [inner])
        self.pos += 1
        self._end_of_item()
        return s.Block(start, self.pos, name, labels, body)

    # --- expressions --------------------------------------------------------------------

    def parse_expression(self) -> s.Node:
        self.deeper()
        expression = self._conditional()
        self.depth -= 1
        return expression

    def _conditional(self) -> s.Node:
        condition = self.parse_binary()
        self.skip()
        if not self.peek("?"):
            return condition
        self.pos += 1
        self.skip()
        true_value = self.parse_expression()
        self.skip()
        self.expect(":", "expected `:` in a conditional expression")
        self.skip()
        false_value = self.parse_expression()
        return s.Conditional(condition.start, false_value.end, condition, true_value, false_value)

    def _binary_operator(self) -> tuple[str, str, int] | None:
        """The binary operator at the current position, if any: (token, name, level)."""
        for token, name, level in _OPERATORS_BY_CHAR.get(self.src[self.pos : self.pos + 1], ()):
            if self.src.startswith(token, self.pos):
                following = self.src[self.pos + len(token) : self.pos + len(token) + 1]
                if token == "/" and following in "/*" and following:
                    return None  # a comment
                return token, name, level
        return None

    def parse_binary(self, min_level: int = 0) -> s.Node:
        """Binary operators by precedence climbing (all left-associative: each operator in a
        row nests the expression before it one level deeper)."""
        lhs = self.parse_unary()
        chained = 0
        while True:
            saved = self.pos
            self.skip()
            operator = self._binary_operator()
            if operator is None or operator[2] < min_level:
                self.pos = saved
                self.depth -= chained
                return lhs
            self.deeper()
            chained += 1
            token, name, level = operator
            self.pos += len(token)
            self.skip()
            rhs = self.parse_binary(level + 1)
            lhs = s.Binary(lhs.start, rhs.end, name, lhs, rhs)

    def parse_unary(self) -> s.Node:
        start = self.pos
        if self.peek("-") or (self.peek("!") and not self.peek("!=")):
            operator = "negate" if self.peek("-") else "logicalNot"
            self.deeper()
            self.pos += 1
            self.skip()
            operand = self.parse_unary()
            self.depth -= 1
            return s.Unary(start, operand.end, operator, operand)
        return self.parse_traversals(self.parse_primary())

    def parse_primary(self) -> s.Node:
        start = self.pos
        if self.at_end():
            raise self.error("expected the start of an expression, but found the end of the file")
        char = self.src[self.pos]
        if "0" <= char <= "9":
            text = self.number()
            return s.Literal(start, self.pos, "number", text, float(text))
        if char == '"':
            return self.parse_quoted_template()
        if self.peek("<<"):
            return self.parse_heredoc()
        if char == "[":
            return self.parse_tuple()
        if char == "{":
            return self.parse_object()
        if char == "(":
            self.pos += 1
            self.newlines_ignored.append(True)
            self.skip()
            inner = self.parse_expression()
            self.skip()
            self.newlines_ignored.pop()
            self.expect(")", "expected `)`")
            return s.Parens(start, self.pos, inner)
        name = self.identifier()
        if name is None:
            if char in "\r\n":
                raise self.error("expected the start of an expression, but found the end of the line")
            raise self.error(f"invalid expression: unexpected `{char}`")
        after_name = self.pos
        self.skip()
        if self.peek("::"):
            raise self.error("provider-defined functions (`provider::...`) are not supported")
        if self.peek("("):  # `true(...)` too is a function call
            return self.parse_call(start, name)
        self.pos = after_name
        if name in _KEYWORD_LITERALS:
            kind, value = _KEYWORD_LITERALS[name]
            return s.Literal(start, after_name, kind, name, value)
        return s.ScopeTraversal(start, after_name, name, [])

    def parse_call(self, start: int, name: str) -> s.Call:
        self.pos += 1
        self.newlines_ignored.append(True)
        args: list[s.Node] = []
        expand_final = False
        self.skip()
        while not self.peek(")"):
            if expand_final:
                raise self.error("`...` may only follow the last argument")
            args.append(self.parse_expression())
            self.skip()
            if self.peek("..."):
                self.pos += 3
                expand_final = True
                self.skip()
            if self.peek(","):
                self.pos += 1
                self.skip()
            elif not self.peek(")"):
                raise self.error("expected `,` or `)` in the function call")
        self.newlines_ignored.pop()
        self.pos += 1
        return s.Call(start, self.pos, name, args, expand_final)

    # --- traversals and splats ----------------------------------------------------------

    def parse_traversals(self, expr: s.Node) -> s.Node:
        steps = 0
        while True:
            saved = self.pos
            self.skip()
            if self.peek(".") or self.peek("["):
                self.deeper()
                steps += 1
            if self.peek(".") and not self.peek("..."):
                dot = self.pos
                self.pos += 1
                self.skip()
                if self.peek("*"):
                    expr = self._attribute_splat(expr, dot)
                    continue
                if "0" <= self.src[self.pos : self.pos + 1] <= "9":
                    expr = _traverse(expr, self.legacy_index(dot))
                    continue
                name = self.identifier()
                if name is None:
                    raise self.error("expected an attribute name after `.`")
                expr = _traverse(expr, s.Attr(dot, self.pos, name))
            elif self.peek("["):
                open_bracket = self.pos
                self.pos += 1
                self.newlines_ignored.append(True)
                self.skip()
                if self.peek("*"):
                    self.pos += 1
                    self.skip()
                    self.newlines_ignored.pop()
                    self.expect("]", "expected `]` after `[*`")
                    anon = s.AnonSymbol(open_bracket, self.pos)
                    each = self.parse_traversals(anon)
                    expr = s.Splat(
                        expr.start, each.end, expr, each, open_bracket, self.pos if each is anon else anon.end
                    )
                    continue
                key = self.parse_expression()
                self.skip()
                self.newlines_ignored.pop()
                self.expect("]", "expected `]` to close the index")
                literal_key = _literal_key(key)
                if literal_key is not _NO_KEY:
                    expr = _traverse(expr, s.Index(open_bracket, self.pos, literal_key))
                else:
                    expr = s.IndexExpr(expr.start, self.pos, expr, key)
            else:
                self.pos = saved
                self.depth -= steps
                return expr

    def _attribute_splat(self, source: s.Node, dot: int) -> s.Splat:
        """`.*` then attribute-only steps (HIL's legacy splat)."""
        self.pos += 1
        marker_end = self.pos
        anon = s.AnonSymbol(dot, marker_end)
        steps: list[s.Step] = []
        while True:
            saved = self.pos
            self.skip()
            if not self.peek(".") or self.peek("..."):
                self.pos = saved
                break
            step_start = self.pos
            self.deeper()
            self.pos += 1
            self.skip()
            if "0" <= self.src[self.pos : self.pos + 1] <= "9":
                steps.append(self.legacy_index(step_start))
                continue
            name = self.identifier()
            if name is None:
                raise self.error("expected an attribute name after `.` in a splat")
            steps.append(s.Attr(step_start, self.pos, name))
        self.depth -= len(steps)
        if not steps:
            return s.Splat(source.start, marker_end, source, anon, dot, marker_end)
        each = s.RelativeTraversal(steps[0].start, steps[-1].end, anon, steps)
        return s.Splat(source.start, each.end, source, each, dot, marker_end)

    # --- collections --------------------------------------------------------------------

    def _is_for(self) -> bool:
        """Whether the bracket just read opens a for expression (its first token is `for`)."""
        saved = self.pos
        self.skip(newlines=True)
        is_for = self.identifier() == "for"
        self.pos = saved
        return is_for

    def parse_tuple(self) -> s.Node:
        start = self.pos
        self.pos += 1
        if self._is_for():
            return self.parse_for(start, "[")
        self.newlines_ignored.append(True)
        items: list[s.Node] = []
        self.skip()
        while not self.peek("]"):
            items.append(self.parse_expression())
            self.skip()
            if self.peek(","):
                self.pos += 1
                self.skip()
            elif not self.peek("]"):
                raise self.error("expected `,` or `]` in the list")
        self.newlines_ignored.pop()
        self.pos += 1
        return s.Tuple(start, self.pos, items)

    def parse_object(self) -> s.Node:
        start = self.pos
        self.pos += 1
        if self._is_for():
            return self.parse_for(start, "{")
        self.newlines_ignored.append(False)
        items: list[tuple[s.ObjectKey, s.Node]] = []
        while True:
            self.skip(newlines=True)
            if self.peek("}"):
                break
            key_start = self.pos
            key_expr = self.parse_expression()
            bare = isinstance(key_expr, s.ScopeTraversal)
            key = s.ObjectKey(key_start, key_expr.end, key_expr, bare)
            self.skip()
            if self.peek("=") and not self.peek("=="):
                self.pos += 1
            elif self.peek(":"):
                self.pos += 1
            else:
                raise self.error("expected `=` or `:` after an object key")
            self.skip()
            value = self.parse_expression()
            items.append((key, value))
            self.skip(newlines=False)
            if self.peek(","):
                self.pos += 1
            elif not (self.peek("\n") or self.peek("}")):
                raise self.error("expected a newline, `,` or `}` after an object item")
        self.newlines_ignored.pop()
        self.pos += 1
        return s.Object(start, self.pos, items)

    def for_variables(self) -> tuple[str, str]:
        """`k, v in` or `v in` of a for expression or directive: (key variable or "", value variable)."""
        first = self.identifier()
        if first is None:
            raise self.error("expected a variable name after `for`")
        self.skip()
        key_var, value_var = "", first
        if self.peek(","):
            self.pos += 1
            self.skip()
            key_var, value_var = first, self.identifier()
            if value_var is None:
                raise self.error("expected a variable name after `,` in `for`")
            self.skip()
        if self.identifier() != "in":
            raise self.error("expected `in` after the variables of `for`")
        self.skip()
        return key_var, value_var

    def parse_for(self, start: int, opening: str) -> s.For:
        self.newlines_ignored.append(True)
        self.skip()
        self.pos += 3
        self.skip()
        key_var, value_var = self.for_variables()
        collection = self.parse_expression()
        self.skip()
        self.expect(":", "expected `:` in the for expression")
        self.skip()
        first_expr = self.parse_expression()
        self.skip()
        key_expr, value_expr = None, first_expr
        if self.peek("=>"):
            if opening == "[":
                raise self.error("a key expression is not valid when building a list")
            self.pos += 2
            self.skip()
            key_expr, value_expr = first_expr, self.parse_expression()
            self.skip()
        elif opening == "{":
            raise self.error("expected `=>` in the object for expression")
        grouped = False
        if self.peek("..."):
            if opening == "[":
                raise self.error("grouping (`...`) is not valid when building a list")
            grouped = True
            self.pos += 3
            self.skip()
        condition = None
        if self.peek("if") and not _is_id_continue(self.src[self.pos + 2 : self.pos + 3] or " "):
            self.pos += 2
            self.skip()
            condition = self.parse_expression()
            self.skip()
        closing = "]" if opening == "[" else "}"
        self.newlines_ignored.pop()
        self.expect(closing, f"expected `{closing}` to close the for expression")
        return s.For(start, self.pos, key_var, value_var, collection, key_expr, value_expr, condition, grouped, opening)

    # --- templates ----------------------------------------------------------------------

    def parse_quoted_template(self) -> s.Template:
        start = self.pos
        self.pos += 1
        tokens = self._template_tokens(quoted=True)
        parts = _template_parts(tokens, self) or [s.TemplateLiteral(start + 1, start + 1, "")]
        return s.Template(start, self.pos, parts, quoted=True)

    def parse_heredoc(self) -> s.Template:
        start = self.pos
        self.pos += 2
        flush = self.peek("-")
        self.pos += flush
        marker = self.identifier()
        newline = re.compile(r"\r?\n").match(self.src, self.pos)
        if marker is None or not newline:
            raise self.error("invalid heredoc introduction: expected `<<EOT` and a newline", start)
        self.pos = body_start = newline.end()
        tokens = self._template_tokens(quoted=False, marker=marker)
        parts = _template_parts(tokens, self, flush) or [s.TemplateLiteral(body_start, body_start, "")]
        return s.Template(start, self.pos, parts, heredoc=True)

    def _closing_marker_at(self, position: int, marker: str) -> int | None:
        """End offset of a heredoc's closing line when one starts at `position`."""
        end = self.src.find("\n", position)
        if end == -1 or self.src[position:end].strip(_GO_SPACE) != marker:
            return None
        return end - 1 if self.src[end - 1] == "\r" else end

    def _template_tokens(self, quoted: bool, marker: str | None = None) -> list:
        """Literal runs (`_Lit`), interpolations and directives (`_Seq`) up to the end of the
        quoted string or heredoc (the closing quote or marker is consumed)."""
        src = self.src
        tokens: list = []
        literal_start = self.pos
        text: list[str] = []
        line_start = True

        def flush_literal(end: int) -> None:
            nonlocal text
            if end > literal_start or text:
                tokens.append(_Lit(literal_start, end, "".join(text)))
            text = []

        while True:
            if self.pos >= len(src):
                raise self.error("unterminated template string: no closing marker was found")
            if not quoted and line_start:
                closing_end = self._closing_marker_at(self.pos, marker)
                if closing_end is not None:
                    flush_literal(self.pos)
                    self.pos = closing_end
                    return tokens
            char = src[self.pos]
            line_start = False
            if quoted and char == '"':
                flush_literal(self.pos)
                self.pos += 1
                return tokens
            if quoted and char in "\r\n":
                raise self.error("quoted strings may not be split over multiple lines; use \\n or a heredoc")
            if src.startswith("$${", self.pos) or src.startswith("%%{", self.pos):
                text.append(char + "{")
                self.pos += 3
            elif src.startswith("${", self.pos) or src.startswith("%{", self.pos):
                flush_literal(self.pos)
                tokens.append(self._sequence())
                literal_start = self.pos
            elif quoted and char == "\\":
                text.append(self._escape())
            elif not quoted and char == "\r" and not src.startswith("\n", self.pos + 1):
                raise self.error("invalid character: a carriage return must be followed by a newline")
            elif not quoted and char == "\n":
                # heredoc literals are one token per line, as Go's scanner emits them
                text.append(char)
                self.pos += 1
                flush_literal(self.pos)
                literal_start = self.pos
                line_start = True
            else:
                plain = (_QUOTED_PLAIN if quoted else _HEREDOC_PLAIN).match(src, self.pos)
                if plain.end() > self.pos:
                    text.append(plain.group())
                    self.pos = plain.end()
                else:
                    text.append(char)
                    self.pos += 1

    def _escape(self) -> str:
        start = self.pos
        selector = self.src[self.pos + 1 : self.pos + 2]
        if selector in _ESCAPES:
            self.pos += 2
            return _ESCAPES[selector]
        if selector in ("u", "U"):
            digits = 4 if selector == "u" else 8
            hex_digits = self.src[self.pos + 2 : self.pos + 2 + digits]
            if len(hex_digits) == digits and all(c in "0123456789abcdefABCDEF" for c in hex_digits):
                code = int(hex_digits, 16)
                if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
                    raise self.error(f"invalid escape sequence: cannot encode U+{code:04X} in UTF-8", start)
                self.pos += 2 + digits
                return chr(code)
        raise self.error(f'invalid escape sequence: "{selector}" is not a valid escape sequence selector', start)

    def _sequence(self) -> _Seq:
        """`${ expr }` or `%{ directive }` with their strip markers."""
        start = self.pos
        is_directive = self.src[self.pos] == "%"
        self.pos += 2
        strip_left = self.peek("~")
        if strip_left:
            self.pos += 1
        self.newlines_ignored.append(True)
        self.skip()
        if is_directive:
            directive = self._directive()
        else:
            directive = ("interp", self.parse_expression())
        self.skip()
        self.newlines_ignored.pop()
        strip_right = self.peek("~")
        if strip_right:
            self.pos += 1
        self.expect("}", "expected `}` to end the template sequence")
        return _Seq(start, self.pos, directive, strip_left, strip_right)

    def _directive(self) -> tuple:
        keyword_start = self.pos
        keyword = self.identifier()
        if keyword == "if":
            self.skip()
            return ("if", self.parse_expression())
        if keyword in ("else", "endif", "endfor"):
            return (keyword,)
        if keyword == "for":
            self.skip()
            key_var, value_var = self.for_variables()
            return ("for", key_var, value_var, self.parse_expression())
        raise self.error("invalid template directive: expected if, else, endif, for or endfor", keyword_start)


class _Lit:
    __slots__ = ("start", "end", "value")

    def __init__(self, start: int, end: int, value: str):
        self.start, self.end, self.value = start, end, value


class _Seq:
    __slots__ = ("start", "end", "directive", "strip_left", "strip_right")

    def __init__(self, start, end, directive, strip_left, strip_right):
        self.start, self.end, self.directive = start, end, directive
        self.strip_left, self.strip_right = strip_left, strip_right


_NO_KEY = object()


def _literal_key(key: s.Node) -> object:
    """The literal value of an index key (Go turns those into traversal steps)."""
    if isinstance(key, s.Literal):
        return Decimal(key.text) if key.kind == "number" else key.value
    if isinstance(key, s.Template) and key.is_string_literal and not key.heredoc:
        return s.nfc("".join(part.value for part in key.parts))
    return _NO_KEY


def _traverse(expr: s.Node, step: s.Step) -> s.Node:
    if isinstance(expr, (s.ScopeTraversal, s.RelativeTraversal)):
        expr.steps.append(step)
        expr.end = step.end
        return expr
    return s.RelativeTraversal(expr.start, step.end, expr, [step])


def _flush_heredoc(tokens: list) -> None:
    """`<<-` heredocs: remove the smallest indentation of their lines (Go's rule)."""
    smallest = None
    adjust = []
    newline = True
    for token in tokens:
        if newline:
            newline = False
            if isinstance(token, _Lit):
                trimmed = token.value.lstrip(_GO_SPACE)
                if not trimmed and token.value.endswith("\n"):
                    spaces = None  # a blank line does not count
                else:
                    spaces = len(token.value) - len(trimmed)
                    adjust.append(token)
            else:
                spaces = 0
            if spaces is not None and (smallest is None or spaces < smallest):
                smallest = spaces
        if isinstance(token, _Lit) and token.value.endswith("\n"):
            newline = True
    for token in adjust:
        token.value = token.value[smallest or 0 :]
        token.start += smallest or 0


def _template_parts(tokens: list, parser: Parser, flush: bool = False) -> list[s.Node]:
    """Strip markers applied, then (`<<-` heredocs) the indentation removed, then literal runs
    merged and directives nested -- in Go's order, which decides which lines are trimmed."""
    for index, token in enumerate(tokens):
        if isinstance(token, _Lit):
            before = tokens[index - 1] if index > 0 else None
            after = tokens[index + 1] if index + 1 < len(tokens) else None
            if isinstance(before, _Seq) and before.strip_right:
                token.value = token.value.lstrip(" \t\r\n")
            if isinstance(after, _Seq) and after.strip_left:
                token.value = token.value.rstrip(" \t\r\n")
    if flush:
        _flush_heredoc(tokens)
    parts, _ = _nest(tokens, 0, parser, None)
    return parts


def _merge(parts: list, lit: _Lit) -> None:
    if parts and isinstance(parts[-1], s.TemplateLiteral):
        previous = parts[-1]
        parts[-1] = s.TemplateLiteral(previous.start, lit.end, previous.value + lit.value)
    else:
        parts.append(s.TemplateLiteral(lit.start, lit.end, lit.value))


def _body(parts: list, fallback: int) -> s.Template:
    if not parts:
        return s.Template(fallback, fallback, [s.TemplateLiteral(fallback, fallback, "")])
    return s.Template(parts[0].start, parts[-1].end, parts)


def _nest(tokens: list, index: int, parser: Parser, until: tuple | None):
    """Parts from tokens[index:] up to a directive named in `until`; returns (parts, index)."""
    parts: list[s.Node] = []
    while index < len(tokens):
        token = tokens[index]
        if isinstance(token, _Lit):
            _merge(parts, token)
            index += 1
            continue
        kind = token.directive[0]
        if until and kind in until:
            return parts, index
        if kind == "interp":
            parts.append(token.directive[1])
            index += 1
        elif kind == "if":
            parser.deeper(position=token.start)
            true_parts, index = _nest(tokens, index + 1, parser, ("else", "endif"))
            false_parts = None
            if index < len(tokens) and tokens[index].directive[0] == "else":
                else_token = tokens[index]
                false_parts, index = _nest(tokens, index + 1, parser, ("endif",))
                false_template = _body(false_parts, else_token.end)
            else:
                false_template = None
            if index >= len(tokens) or tokens[index].directive[0] != "endif":
                raise parser.error("unclosed `%{if}` directive", token.start)
            end_token = tokens[index]
            parser.depth -= 1
            true_template = _body(true_parts, token.end)
            parts.append(s.TemplateIf(token.start, end_token.end, token.directive[1], true_template, false_template))
            index += 1
        elif kind == "for":
            parser.deeper(position=token.start)
            body_parts, index = _nest(tokens, index + 1, parser, ("endfor",))
            parser.depth -= 1
            if index >= len(tokens):
                raise parser.error("unclosed `%{for}` directive", token.start)
            end_token = tokens[index]
            _, key_var, value_var, collection = token.directive
            body = _body(body_parts, token.end)
            parts.append(
                s.TemplateFor(
                    token.start, end_token.end, key_var, value_var, collection, body, token.end, end_token.start
                )
            )
            index += 1
        else:
            raise parser.error(f"unexpected `%{{{kind}}}` directive", token.start)
    if until:
        raise parser.error(f"missing `%{{{until[-1]}}}`")
    return parts, index


def parse_config_syntax(text: str) -> s.Body:
    return Parser(text).parse_config()


def parse_expression_syntax(text: str) -> s.Node:
    """A whole text as one expression (trailing blanks, comments and newlines allowed)."""
    parser = Parser(text, newlines_ignored=True)
    parser.skip(newlines=True)
    expr = parser.parse_expression()
    parser.skip(newlines=True)
    if not parser.at_end():
        raise parser.error("extra characters after the expression")
    return expr
