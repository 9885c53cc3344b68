"""The anchors a Registry page provides and the `#anchor` links it has, read line by line
(linear, without building a markdown tree): ATX and setext headings give GitHub-style slugs,
`<a id>` / `<a name>` give their names; fenced code and inline code are left out."""

from __future__ import annotations

import re
import unicodedata

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_CODE_SPAN = re.compile(r"(`+)(.+?)\1", re.DOTALL)
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(?<![\w\\])([*_]{1,3})(?=\S)(.+?)(?<=\S)\1(?!\w)")
_HTML_ANCHOR = re.compile(r"""<a\s[^>]*?\b(?:id|name)\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_LINK_TARGET = re.compile(r"""\]\(\s*<?#([^)\s>]*)>?(?:\s+["'][^)]*["'])?\s*\)|\bhref\s*=\s*["']#([^"']*)["']""")
_PARAGRAPH_START = re.compile(r"^ {0,3}(?:[-*+]\s|\d+[.)]\s|[>|<#]|$)")


def slug(text: str) -> str:
    """A heading's anchor as GitHub and the Registry make it: lower case, punctuation dropped,
    spaces as `-`."""
    kept = []
    for char in text.strip().lower():
        if char == " ":
            kept.append("-")
        elif char in "-_" or char.isalnum() or unicodedata.category(char).startswith("M"):
            kept.append(char)
    return "".join(kept)


def heading_text(markdown: str) -> str:
    """The text of a heading's inline markdown: code spans, links and emphasis unwrapped."""
    text = _CODE_SPAN.sub(lambda match: match.group(2).strip(), markdown)
    text = _LINK.sub(lambda match: match.group(1), text)
    previous = None
    while previous != text:
        previous, text = text, _EMPHASIS.sub(lambda match: match.group(2), text)
    return re.sub(r"<[^>]+>", "", text)


def _without_front_matter(lines: list[str]) -> list[str]:
    if lines and lines[0].rstrip() == "---":
        for index in range(1, len(lines)):
            if lines[index].rstrip() == "---":
                return [""] * (index + 1) + lines[index + 1 :]
    return lines


def page_anchors(page: str) -> tuple[set[str], list[str]]:
    """The anchors the page provides and the targets of its `#` links, in page order."""
    anchors: set[str] = set()
    links: list[str] = []
    seen: dict[str, int] = {}
    fence: str | None = None
    previous = ""  # the last line of a paragraph, which a setext underline makes a heading

    def heading(text: str) -> None:
        base = slug(heading_text(text))
        count = seen.get(base, 0)
        seen[base] = count + 1
        anchors.add(base if count == 0 else f"{base}-{count}")

    for line in _without_front_matter(page.replace("\r\n", "\n").split("\n")):
        opener = _FENCE.match(line)
        if fence is not None:
            if opener and opener.group(1)[0] == fence[0] and len(opener.group(1)) >= len(fence):
                fence = None
            continue
        if opener:
            fence, previous = opener.group(1), ""
            continue
        atx = _ATX.match(line)
        if atx:
            heading(atx.group(2) or "")
            previous = ""
        elif previous and _SETEXT.match(line):
            heading(previous)
            previous = ""
            continue
        else:
            previous = line.strip() if line.strip() and not _PARAGRAPH_START.match(line) else ""
        text = _CODE_SPAN.sub("", line)
        anchors.update(_HTML_ANCHOR.findall(text))
        links += [markdown or html for markdown, html in _LINK_TARGET.findall(text)]
    return anchors, links
