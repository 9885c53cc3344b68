"""jsii-rosetta's output tree: nested prefixes/children with indentation requests, written to a
sink that applies an indent only when a line break is actually written."""

from __future__ import annotations

import re
from typing import Union

Item = Union[str, "OTree"]


class OTree:
    """`prefix` items, then `children` joined by `separator` under an `indent` request, then
    `suffix`; empty strings and empty trees are dropped when the tree is built."""

    __slots__ = ("prefix", "children", "indent", "separator", "suffix", "can_break_line", "render_once")

    def __init__(
        self,
        prefix: list[Item],
        children: list[Item] = (),
        indent: int = 0,
        separator: str = "",
        suffix: str = "",
        can_break_line: bool = False,
        render_once: str | None = None,
    ):
        self.prefix = _simplify(prefix)
        self.children = _simplify(children)
        self.indent = indent
        self.separator = separator
        self.suffix = suffix
        self.can_break_line = can_break_line
        self.render_once = render_once

    @property
    def is_empty(self) -> bool:
        return not self.prefix and not self.children


def _simplify(items) -> list[Item]:
    return [item for item in items if item and (type(item) is str or item.prefix or item.children)]


NO_SYNTAX = OTree([])


class Sink:
    """Collects text; an indent request applies at the next written line break, and only the
    last unconsumed request counts."""

    def __init__(self) -> None:
        self._indents = [0]
        self._pending = 0
        self._fragments: list[str] = []
        self._rendered_once: set[str] = set()

    def write(self, item: Item) -> None:
        if type(item) is str:
            self._write_text(item)
        else:
            self._write_tree(item)

    def _write_text(self, text: str) -> None:
        if "\n" in text:
            self._apply_pending_indent()
            text = text.replace("\n", "\n" + " " * self._indents[-1])
        self._fragments.append(text)

    def _write_tree(self, tree: OTree) -> None:
        if tree.render_once is not None:
            if tree.render_once in self._rendered_once:
                return
            self._rendered_once.add(tree.render_once)
        for item in tree.prefix:
            self.write(item)
        depth = self._request_indent(tree.indent)
        mark = len(self._fragments)
        for child in tree.children:
            if tree.separator and self._wrote_text_since(mark):
                self._write_text(tree.separator)
            mark = len(self._fragments)
            self.write(child)
        if depth is not None:
            del self._indents[depth:]
            self._pending = 0
        if tree.suffix:
            self._write_text(tree.suffix)

    def _request_indent(self, amount: int) -> int | None:
        if amount == 0:
            return None
        self._pending = amount
        return len(self._indents)

    def _apply_pending_indent(self) -> None:
        if self._pending:
            self._indents.append(self._indents[-1] + self._pending)
            self._pending = 0

    def _wrote_text_since(self, mark: int) -> bool:
        return any(not fragment.isspace() and fragment for fragment in self._fragments[mark:])

    def text(self) -> str:
        joined = re.sub(r"[ \t]+$", "", "".join(self._fragments), flags=re.MULTILINE)
        return joined.lstrip("\n").rstrip("\n")


def render(tree: OTree) -> str:
    sink = Sink()
    sink.write(tree)
    return sink.text()
