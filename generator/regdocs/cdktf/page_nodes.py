"""Where a Registry page's code blocks, inline code spans and first level-one heading are,
as character offsets into the page text, the way the reference pipeline's markdown parser
(remark-parse 9, CommonMark) sees them."""

from __future__ import annotations

from functools import lru_cache

import re
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token

# Only the inline rules that decide where code spans are (escapes, autolinks and raw HTML
# take precedence over backticks); emphasis, links and entities do not move them.
_MARKDOWN = (
    MarkdownIt("commonmark")
    .disable(["newline", "emphasis", "link", "image", "entity"])
    .disable(["balance_pairs", "fragments_join"])
)
_BACKTICKS = re.compile(r"`+")


@dataclass(frozen=True)
class CodeNode:
    """A code block or inline code span: `text[start:end]` is its source, `value` its content."""

    start: int
    end: int
    value: str
    line: int  # 1-based line where it starts


@dataclass(frozen=True)
class PageNodes:
    code_blocks: list[CodeNode]
    inline_code: list[CodeNode]
    first_heading: int | None  # offset of the first top-level level-one heading


_LINE_ENDING = re.compile("\r\n|\r|\n")  # as markdown-it (and the reference's parser) end lines


class _Lines:
    """Line start offsets of a text, lines ended as markdown-it ends them."""

    def __init__(self, text: str):
        self.text = text
        self.starts, self.ends = [0], []
        for match in _LINE_ENDING.finditer(text):
            self.ends.append(match.start())
            self.starts.append(match.end())
        self.ends.append(len(text))

    def line(self, number: int) -> str:
        """Line `number` (0-based) without its line ending."""
        return self.text[self.starts[number] : self.ends[number]]

    def count(self, start: int, end: int) -> int:
        """Line endings in `text[start:end]`."""
        return sum(1 for _ in _LINE_ENDING.finditer(self.text, start, end))


def _fence(token: Token, lines: _Lines) -> CodeNode:
    first, last = token.map[0], token.map[1] - 1
    start = lines.starts[first] + lines.line(first).index(token.markup)
    closing = lines.line(last)
    fence_char = token.markup[0]
    stripped = closing.strip()
    if last > first and len(stripped) >= len(token.markup) and stripped == fence_char * len(stripped):
        end = lines.starts[last] + closing.index(fence_char) + len(stripped)
    elif token.map[1] >= len(lines.starts) - 1:  # unclosed: the block runs to the end of the page
        end = len(lines.text)
    else:  # unclosed inside a container: it ends with the container
        end = lines.starts[last] + len(closing)
    value = token.content.removesuffix("\n")
    if "\r\n" in lines.text[start:end]:
        value = value.replace("\n", "\r\n")
    return CodeNode(start, end, value, first + 1)


def _indented(token: Token, lines: _Lines) -> CodeNode:
    first, last = token.map[0], token.map[1] - 1
    while last > first and not lines.line(last).strip():
        last -= 1
    start = lines.starts[first] + len(lines.line(first)) - len(lines.line(first).lstrip(" \t")) - 4
    end = lines.starts[last] + len(lines.line(last))
    return CodeNode(max(start, lines.starts[first]), end, token.content.rstrip("\n"), first + 1)


def _strip_padding(raw: str) -> str:
    """One space (or line ending) of padding off both ends, unless the span is all blank."""
    if len(raw) >= 2 and raw[0] in " \n" and raw[-1] in " \n" and raw.strip(" \r\n"):
        return raw[1:-1]
    return raw


def _inline_spans(block: Token, inline: Token, lines: _Lines) -> list[CodeNode]:
    """The code spans of one inline run, located in the page by matching markdown-it's spans
    (which carry no positions) against the block's source lines in order."""
    expected = [child for child in inline.children or [] if child.type == "code_inline"]
    if not expected:
        return []
    first, last = block.map[0], block.map[1]
    region_start = lines.starts[first]
    region_end = lines.starts[last] if last < len(lines.starts) else len(lines.text)
    region = lines.text[region_start:region_end]
    spans = []
    cursor = 0
    line, counted = first + 1, region_start  # the line of offset `counted` (spans come in order)
    for child in expected:
        found = _find_span(region, cursor, child.markup, child.content)
        if found is None:
            continue
        start, end = found
        # remark keeps line endings and indentation in the value, only the padding goes
        value = _strip_padding(region[start + len(child.markup) : end - len(child.markup)])
        line += lines.count(counted, region_start + start)
        counted = region_start + start
        spans.append(CodeNode(region_start + start, region_start + end, value, line))
        cursor = end
    return spans


def _find_span(region: str, cursor: int, markup: str, value: str) -> tuple[int, int] | None:
    for opener in _BACKTICKS.finditer(region, cursor):
        if opener.group() != markup or (opener.start() > 0 and region[opener.start() - 1] == "\\"):
            continue
        for closer in _BACKTICKS.finditer(region, opener.end()):
            if closer.group() == markup:
                if _same_text(region[opener.end() : closer.start()], value):
                    return opener.start(), closer.end()
                break
    return None


def _same_text(raw: str, content: str) -> bool:
    """Whether a span's source is markdown-it's span `content` (the block parser may or may not
    have stripped continuation-line indentation, so blanks are compared loosely)."""
    return raw.split() == content.split() and bool(raw.strip()) == bool(content.strip())


@lru_cache(maxsize=4)  # a page is read once per cdktf language; the result is only read
def find_nodes(text: str) -> PageNodes:
    lines = _Lines(text)
    code_blocks, inline_code = [], []
    first_heading = None
    tokens = _MARKDOWN.parse(text)
    for index, token in enumerate(tokens):
        if token.type == "fence":
            code_blocks.append(_fence(token, lines))
        elif token.type == "code_block":
            code_blocks.append(_indented(token, lines))
        elif token.type == "inline":
            inline_code += _inline_spans(tokens[index - 1], token, lines)
        elif first_heading is None and token.type == "heading_open" and token.tag == "h1" and token.level == 0:
            line = lines.line(token.map[0])
            first_heading = lines.starts[token.map[0]] + len(line) - len(line.lstrip(" "))
    return PageNodes(code_blocks, inline_code, first_heading)


def first_heading_offset(text: str) -> int:
    """Offset of the first top-level level-one heading, 0 when there is none."""
    heading = find_nodes(text).first_heading
    return 0 if heading is None else heading
