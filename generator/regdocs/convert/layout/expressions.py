"""Prettier's estree printing of expressions (prettier 2.8 `src/language-js/print/*`), for
the node kinds of `tsast`, as prettier sees them after re-parsing Babel's text.

`ExpressionPrinter.print(node)` returns the node's document inside a `Span` that records
the node's offsets.
Prettier's path is modelled by `stack` (the view nodes being printed, innermost last).
A dotted `Identifier` (`VariableType.STRING`) is printed through its *view*: the member
expression prettier parses from the text Babel wrote for it.
"""

from __future__ import annotations

from ..tsast import (
    ArrayExpression,
    BinaryExpression,
    BooleanLiteral,
    CallExpression,
    Identifier,
    MemberExpression,
    NewExpression,
    NullLiteral,
    NumericLiteral,
    ObjectExpression,
    ObjectProperty,
    StringLiteral,
    ThisExpression,
)
from . import tokens
from .assignment import print_assignment
from .binaryish import print_binaryish
from .call_arguments import print_call_arguments
from .doc import (
    LINE,
    SOFTLINE,
    Fill,
    Group,
    IfBreak,
    Indent,
    Span,
    join,
)
from .member_chain import print_member_chain
from .nodes import (
    EXPRESSION_STATEMENT,
    VariableDeclarator,
    binary_operand_needs_parens,
    is_concisely_printed_array,
)


class ExpressionPrinter:
    """Builds prettier documents for expressions; subclassed by the statement printer."""

    def __init__(self, positions: bool = True):
        self.positions = positions  # record where each node is printed (Span)
        self.stack: list = []
        self._views: dict[int, object] = {}
        self._origins: dict[int, object] = {}  # view root id -> dotted Identifier
        self._synthetic: set[int] = set()
        # ids of the nodes whose document prettier labels "member-chain"
        self.member_chains: set[int] = set()

    # --- views ----------------------------------------------------------------------------

    def view(self, node):
        """The node prettier sees: a dotted Identifier becomes a member expression."""
        if type(node) is not Identifier or "." not in node.name:
            return node
        found = self._views.get(id(node))
        if found is None:
            names = node.name.split(".")
            found = self._synthetic_identifier(names[0])
            for name in names[1:]:
                found = MemberExpression(found, self._synthetic_identifier(name))
                self._synthetic.add(id(found))
            self._views[id(node)] = found
            self._origins[id(found)] = node
        return found

    def _synthetic_identifier(self, name):
        ident = Identifier(name)
        self._synthetic.add(id(ident))
        return ident

    def mark_target(self, view_node):
        """The tsast node whose offsets a printed view node gives, or None."""
        if id(view_node) in self._synthetic:
            return self._origins.get(id(view_node))
        return view_node

    @property
    def parent(self):
        return self.stack[-2] if len(self.stack) > 1 else None

    # --- dispatch -------------------------------------------------------------------------

    def print(self, node):
        """Prettier's `print()`: the node's document with position marks (inside the
        parentheses prettier may add)."""
        v = self.view(node)
        self.stack.append(v)
        try:
            doc = self._print_view(v)
            parens = self._needs_parens(v)
        finally:
            self.stack.pop()
        target = self.mark_target(v)
        if target is not None and self.positions:
            doc = Span(target, doc)
        return ["(", doc, ")"] if parens else doc

    def _print_view(self, node):
        t = type(node)
        if t is StringLiteral:
            return tokens.string_text(node.value)
        if t is Identifier:
            return node.name
        if t is MemberExpression:
            return self.print_member_expression(node)
        if t is CallExpression or t is NewExpression:
            return self.print_call_expression(node)
        if t is ObjectExpression:
            return self.print_object(node)
        if t is ArrayExpression:
            return self.print_array(node)
        if t is NumericLiteral:
            return tokens.number_text(node.value)
        if t is BooleanLiteral:
            return "true" if node.value else "false"
        if t is NullLiteral:
            return "null"
        if t is ThisExpression:
            return "this"
        if t is BinaryExpression:
            return print_binaryish(self, node)
        if t is ObjectProperty:
            return self.print_property(node)
        raise TypeError(f"cannot print {t.__name__} as an expression")

    def _needs_parens(self, node) -> bool:
        """Prettier's `needsParens` for the node kinds we print."""
        parent = self.parent
        if parent is None:
            return False
        t = type(node)
        pt = type(parent)
        if t is ObjectExpression:
            return self._starts_expression_statement(node)
        if t is StringLiteral:
            return parent is EXPRESSION_STATEMENT
        if t is BinaryExpression:
            if pt is MemberExpression and parent.object is node:
                return True
            if (pt is CallExpression or pt is NewExpression) and parent.callee is node:
                return True
            if pt is BinaryExpression:
                return binary_operand_needs_parens(parent.operator, node.operator, parent.right is node)
            return False
        if t is NumericLiteral:
            return pt is MemberExpression and parent.object is node
        if pt is NewExpression and parent.callee is node:
            probe = node
            while True:
                if type(probe) is CallExpression:
                    return True
                if type(probe) is not MemberExpression:
                    return False
                probe = self.view(probe.object)
        return False

    def _starts_expression_statement(self, node) -> bool:
        """Whether `node` is the first token of the enclosing expression statement."""
        for i in range(len(self.stack) - 2, -1, -1):
            if self.stack[i] is EXPRESSION_STATEMENT:
                probe = self.stack[i + 1]
                break
        else:
            return False
        while probe is not node:
            t = type(probe)
            if t is BinaryExpression:
                probe = self.view(probe.left)
            elif t is MemberExpression:
                probe = self.view(probe.object)
            elif t is CallExpression:
                probe = self.view(probe.callee)
            else:
                return False
        return True

    # --- member expressions ---------------------------------------------------------------

    def print_member_expression(self, node):
        """Prettier's `printMemberExpression` (never computed)."""
        parent = self.parent
        first_non_member = None
        for ancestor in reversed(self.stack[:-1]):
            if type(ancestor) is not MemberExpression:
                first_non_member = ancestor
                break
        obj = self.view(node.object)
        object_doc = self.print(node.object)
        lookup = [".", self.print(node.property)]
        object_is_chain = id(obj) in self.member_chains
        should_inline = (
            type(first_non_member) is NewExpression
            or (type(obj) is Identifier and type(node.property) is Identifier and type(parent) is not MemberExpression)
            or (
                type(parent) is VariableDeclarator
                and ((type(obj) is CallExpression and len(obj.arguments) > 0) or object_is_chain)
            )
        )
        if object_is_chain:
            self.member_chains.add(id(node))
        if should_inline:
            return [object_doc, lookup]
        return [object_doc, Group(Indent([SOFTLINE, lookup]))]

    # --- calls ----------------------------------------------------------------------------

    def print_call_expression(self, node):
        """Prettier's `printCallExpression`."""
        is_new = type(node) is NewExpression
        callee = self.view(node.callee)
        if not is_new and self._is_commonjs_or_amd_call(node, callee):
            args = [self.print(a) for a in node.arguments]
            return [self.print(node.callee), "(", join(", ", args), ")"]
        if not is_new and type(callee) is MemberExpression:
            return print_member_chain(self, node)
        if is_new and type(callee) is Identifier and not callee.name:
            # `new (this, "id", {...})`: Babel's text for a class without a name, which prettier
            # reads as `new` of a parenthesized sequence expression, called with no arguments
            expressions = [self.print(argument) for argument in node.arguments]
            return ["new (", Group(join([",", LINE], expressions)), ")()"]
        contents = [
            "new " if is_new else "",
            self.print(node.callee),
            print_call_arguments(self, node),
        ]
        if type(callee) is CallExpression:
            return Group(contents)
        return contents

    def _is_commonjs_or_amd_call(self, node, callee) -> bool:
        """`require(...)` and AMD `define(...)` calls, whose arguments never break."""
        args = node.arguments
        if type(callee) is not Identifier or not args:
            return False
        if callee.name == "require":
            return True
        if callee.name != "define" or self.parent is not EXPRESSION_STATEMENT:
            return False
        return (
            len(args) == 1
            or (len(args) == 2 and type(args[0]) is ArrayExpression)
            or (len(args) == 3 and type(args[0]) is StringLiteral and type(args[1]) is ArrayExpression)
        )

    # --- arrays ---------------------------------------------------------------------------

    def print_array(self, node):
        """Prettier's `printArray`."""
        elements = node.elements
        if not elements:
            return "[]"
        should_break = len(elements) > 1 and all(
            _is_multi_entry_collection(e, elements[i + 1] if i + 1 < len(elements) else None)
            for i, e in enumerate(elements)
        )
        if is_concisely_printed_array(node):
            group_id = object()
            trailing = IfBreak(",", "", group_id)
            parts = []
            last = len(elements) - 1
            for i, element in enumerate(elements):
                parts.append([self.print(element), trailing if i == last else ","])
                if i != last:
                    parts.append(LINE)
            items = Fill(parts)
        else:
            group_id = None
            items = []
            for i, element in enumerate(elements):
                if i:
                    items.append(",")
                    items.append(LINE)
                items.append(Group(self.print(element)))
            items.append(IfBreak(","))
        return Group(["[", Indent([SOFTLINE, items]), SOFTLINE, "]"], should_break, group_id)

    # --- objects --------------------------------------------------------------------------

    def print_object(self, node):
        """Prettier's `printObject`: Babel writes a newline after `{`, so a non-empty object
        is always expanded."""
        if not node.properties:
            return "{}"
        props = []
        for i, prop in enumerate(node.properties):
            if i:
                props.append(",")
                props.append(LINE)
            props.append(Group(self.print(prop)))
        return Group(["{", Indent([LINE, props]), IfBreak(","), LINE, "}"], True)

    def print_property(self, node):
        """Prettier's `printProperty`: `key: value` as an assignment."""
        key = node.key
        if type(key) is StringLiteral:
            text = tokens.unquoted_key(key.value)
            if text is None:
                text = tokens.string_text(key.value)
        else:
            text = _unquoted_source_key(key.name)
        key_doc = Span(key, text) if self.positions else text
        return print_assignment(self, node, key_doc, len(text), ":", node.value)


def _unquoted_source_key(text: str) -> str:
    """A key printed from source text: prettier reads a quoted one as a string key and
    unquotes it when it has no escapes and is safe to unquote."""
    if len(text) > 1 and text[0] == text[-1] == '"' and "\\" not in text:
        return tokens.unquoted_key(text[1:-1]) or text
    return text


def _is_multi_entry_collection(element, next_element) -> bool:
    t = type(element)
    if t is not ArrayExpression and t is not ObjectExpression:
        return False
    if next_element is not None and type(next_element) is not t:
        return False
    entries = element.elements if t is ArrayExpression else element.properties
    return len(entries) > 1
