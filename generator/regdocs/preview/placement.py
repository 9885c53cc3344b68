"""Where on the page a spec's problem belongs: the page line of the part the problem's spec line
made (a code block, an argument's bullet, a section heading), found from the spec's own
positions; None (the top of the page) when the problem has no spec line or no part matches."""

from __future__ import annotations

import re
from pathlib import Path

from markdown_it.token import Token

from regdocs.diagnostics import Diagnostic
from regdocs.registry.code_blocks import code_blocks
from regdocs.spec.layout import page_sections
from regdocs.spec.model import Block, Entry, Section, Spec
from regdocs.spec.styles import page_style as resolve_style

_TOP_LEVEL_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")
# the section of the page each top-level spec key is shown in, by page style
_KEY_SECTIONS = {
    "website": {"examples": "examples", "arguments": "arguments", "blocks": "arguments", "attributes": "attributes"},
    "registry": {"examples": "examples", "arguments": "schema", "blocks": "schema", "attributes": "schema"},
}


def _top_level_keys(spec_text: str) -> list[tuple[int, str]]:
    """(1-based line, key) of each top-level key of the spec's YAML, in order."""
    found = []
    for number, line in enumerate(spec_text.splitlines(), start=1):
        match = _TOP_LEVEL_KEY.match(line)
        if match:
            found.append((number, match.group(1)))
    return found


class _Page:
    """The page's block tokens, searched for headings, bullets and text by page line."""

    def __init__(self, tokens: list[Token]):
        self.tokens = tokens

    def _inline(self, index: int) -> str:
        following = self.tokens[index + 1 : index + 3]
        return next((token.content for token in following if token.type == "inline"), "")

    def heading(self, text: str, level: str = "h2") -> int | None:
        for index, token in enumerate(self.tokens):
            if token.type == "heading_open" and token.tag == level and self._inline(index).strip() == text.strip():
                return token.map[0]
        return None

    def first_heading(self) -> int | None:
        return next((token.map[0] for token in self.tokens if token.type == "heading_open"), None)

    def item(self, name: str, after: int) -> int | None:
        """The first bullet at or after page line `after` that opens with `` `name` ``."""
        for index, token in enumerate(self.tokens):
            if token.type == "list_item_open" and token.map[0] >= after:
                if self._inline(index).lstrip().startswith(f"`{name}`"):
                    return token.map[0]
        return None

    def text(self, fragment: str, after: int = 0) -> int | None:
        """The first paragraph or heading at or after page line `after` holding `fragment`."""
        for token in self.tokens:
            if token.type == "inline" and token.map and token.map[0] >= after and fragment in token.content:
                return token.map[0]
        return None

    def code_lines(self) -> list[int]:
        return [token.map[0] for token in self.tokens if token.type in ("fence", "code_block")]


class Placement:
    """Places the problems of one spec on its page."""

    def __init__(self, spec: Spec, page_style: str | None, tokens: list[Token]):
        self.spec = spec
        self.style_name = page_style or spec.page_style
        self.style = resolve_style(self.style_name, spec.style)
        self.page = _Page(tokens)
        self._keys: list[tuple[int, str]] | None = None

    def line_of(self, problem: Diagnostic) -> int | None:
        if problem.line is None or problem.path != self.spec.path:
            return None
        in_code = self._in_code(problem.line)
        return in_code if in_code is not None else self._in_key(problem.line)

    def _in_code(self, line: int) -> int | None:
        blocks, page_lines = code_blocks(self.spec), self.page.code_lines()
        if len(blocks) != len(page_lines):
            return None
        for block, page_line in zip(blocks, page_lines):
            if block.line is None:
                continue
            last = block.line + (block.code.count("\n") if block.lines_exact else 0)
            if block.line <= line <= last:
                return page_line
        return None

    def _key_at(self, line: int) -> str | None:
        if self._keys is None:
            try:
                self._keys = _top_level_keys(Path(self.spec.path).read_text(encoding="utf-8"))
            except (OSError, TypeError, UnicodeDecodeError):
                self._keys = []
        key = None
        for start, name in self._keys:
            if start > line:
                break
            key = name
        return key

    def section(self, name: str) -> int | None:
        """The heading line of a standard section (`arguments`, `import`...)."""
        if name not in page_sections(self.spec, self.style_name):
            if self.style_name == "registry" and name in ("arguments", "attributes", "timeouts"):
                name = "schema"
            else:
                return None
        return self.page.heading(self.style.get(f"{name}_heading", ""))

    def _in_key(self, line: int) -> int | None:
        key = self._key_at(line)
        spec = self.spec
        if key in ("summary", "notes"):
            texts = [spec.summary] if key == "summary" else spec.notes
            owner = _last_before(line, [text for text in texts if text])
            return self.page.text(owner.splitlines()[0]) if owner else self.page.first_heading()
        if key == "sections":
            owner = _last_before(line, [s for s in spec.sections if isinstance(s, Section)])
            return self.page.heading(owner.title) if owner else None
        if key in ("examples", "arguments", "attributes", "blocks"):
            section = self.section(_KEY_SECTIONS[self.style_name][key])
            items = spec.blocks if key == "blocks" else getattr(spec, key)
            return self._in_items(line, items, section) if key != "examples" else section
        if key in ("timeouts", "import"):
            return self.section(key)
        return self.page.first_heading()

    def _in_items(self, line: int, items: list, section: int | None) -> int | None:
        owner = _last_before(line, items)
        if section is None or owner is None:
            return section
        if isinstance(owner, Entry):
            item = self.page.item(owner.name, section)
            return section if item is None else item
        if isinstance(owner, Block):
            start = self.page.text(f"`{owner.name}`", section)
            start = section if start is None else start
            entry = _last_before(line, [*owner.arguments, *owner.attributes])
            item = self.page.item(entry.name, start) if isinstance(entry, Entry) else None
            return start if item is None else item
        return section


def _last_before(line: int, nodes: list):
    """The node starting last at or before `line` (by `line` attributes)."""
    owner = None
    for node in nodes:
        start = getattr(node, "line", None)
        if start is not None and start <= line and (owner is None or start >= owner.line):
            owner = node
    return owner
