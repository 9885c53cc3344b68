"""A page body as top-level markdown blocks with their source line ranges.

markdown-it-py gives the block tokens and their `.map` line ranges; the text of every block
is then sliced from the original lines, so nothing is re-serialised.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from markdown_it import MarkdownIt


@dataclass
class ListItem:
    """One bullet list item: lines [start, end) of the body, and the items of the bullet lists
    nested directly in it."""

    start: int
    end: int
    children: list["ListItem"] = field(default_factory=list)


@dataclass
class MdBlock:
    """One top-level block: lines [start, end) of the body, trailing blank lines excluded."""

    type: str
    start: int
    end: int
    tag: str = ""
    text: str = ""
    info: str = ""
    markup: str = ""
    items: list[ListItem] = field(default_factory=list)

    def is_heading(self, level: int) -> bool:
        return self.type == "heading" and self.tag == f"h{level}"


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    # block structure only: inline content (links, emphasis, code spans) is never read here, and
    # parsing it costs more than linear time on some lines (thousands of `[` or `_`)
    return MarkdownIt("commonmark").enable("table").disable("inline")


_OPENERS = {
    "heading_open": "heading",
    "paragraph_open": "paragraph",
    "bullet_list_open": "bullet_list",
    "ordered_list_open": "ordered_list",
    "blockquote_open": "blockquote",
    "table_open": "table",
}
_SINGLE = {"fence": "fence", "html_block": "html", "code_block": "code", "hr": "hr"}


def _trim(lines: list[str], start: int, end: int) -> int:
    """End of the range once trailing empty lines are dropped."""
    while end > start + 1 and lines[end - 1] == "":
        end -= 1
    return end


def parse_blocks(lines: list[str]) -> list[MdBlock]:
    """The top-level blocks of `lines`; non-empty lines no token covers become `other` blocks."""
    # markdown-it ends a line at a lone carriage return too; here only "\n" does (a CRLF line
    # keeps its "\r"), so a lone "\r" inside a line is a blank to the parser, keeping its line map
    tokens = _parser().parse("\n".join(line[:-1].replace("\r", " ") + line[-1:] for line in lines) + "\n")
    blocks: list[MdBlock] = []
    # Open containers: (token type, the ListItem of a list item); items nest in items through bullet lists.
    open_containers: list[tuple[str, ListItem | None]] = []
    for index, token in enumerate(tokens):
        if token.nesting == 1:
            item = None
            if token.type == "list_item_open" and token.map is not None:
                start, end = token.map
                item = ListItem(start, _trim(lines, start, min(end, len(lines))))
                _attach(item, open_containers, blocks)
            open_containers.append((token.type, item))
        elif token.nesting == -1 and open_containers:
            open_containers.pop()
        if token.level != 0 or token.map is None:
            continue
        kind = _OPENERS.get(token.type) or _SINGLE.get(token.type)
        if kind is None:
            continue
        start, end = token.map
        block = MdBlock(kind, start, _trim(lines, start, min(end, len(lines))), tag=token.tag)
        if kind in ("heading", "paragraph"):
            block.text = tokens[index + 1].content
        elif kind == "fence":
            block.info, block.markup, block.text = token.info, token.markup, token.content
        blocks.append(block)
    return _fill_gaps(lines, blocks)


def _attach(item: ListItem, open_containers: list, blocks: list[MdBlock]) -> None:
    """Add a list item to its top-level list, or to the item whose bullet list holds it."""
    if len(open_containers) == 1 and blocks:
        blocks[-1].items.append(item)
    elif len(open_containers) >= 2 and open_containers[-1][0] == "bullet_list_open":
        kind, parent = open_containers[-2]
        if kind == "list_item_open" and parent is not None:
            parent.children.append(item)


def _fill_gaps(lines: list[str], blocks: list[MdBlock]) -> list[MdBlock]:
    """Add `other` blocks for non-empty lines between blocks (link definitions, spaces...)."""
    result: list[MdBlock] = []
    position = 0
    for block in blocks + [MdBlock("end", len(lines), len(lines))]:
        run_start = None
        for number in range(position, block.start):
            if lines[number] != "" and run_start is None:
                run_start = number
            if run_start is not None and (lines[number] == "" or number == block.start - 1):
                run_end = number + 1 if lines[number] != "" else number
                result.append(MdBlock("other", run_start, run_end))
                run_start = None
        if block.type != "end":
            result.append(block)
            position = max(position, block.end)
    return result
