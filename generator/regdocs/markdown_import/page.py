"""A page's raw layout: line endings, front matter lines, body lines, trailing newlines."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class PageText:
    """The page split into its parts; lines carry no line terminators."""

    front_matter: list[str] | None
    body: list[str]
    body_offset: int
    crlf: bool
    final_newlines: int


def split_page(text: str) -> PageText:
    crlf = "\r\n" in text and text.count("\r\n") == text.count("\n")
    if crlf:
        text = text.replace("\r\n", "\n")
    stripped = text.rstrip("\n")
    final_newlines = len(text) - len(stripped)
    lines = stripped.split("\n")
    front_matter = None
    offset = 0
    if lines and lines[0] == "---" and "---" in lines[1:]:
        closing = lines.index("---", 1)
        front_matter = lines[1:closing]
        offset = closing + 1
    return PageText(front_matter, lines[offset:], offset, crlf, final_newlines)
