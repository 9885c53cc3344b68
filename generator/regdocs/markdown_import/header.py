"""The top of a page: what it documents (kind and name), its title, summary and notes."""

from __future__ import annotations

import re
from pathlib import PurePath

from regdocs.markdown_import.blocks import MdBlock
from regdocs.markdown_import.reference import is_callout
from regdocs.markdown_import.source import Source
from regdocs.spec.styles import REGISTRY_TITLES, WEBSITE_TITLES

_IDENTIFIER = re.compile(r"[A-Za-z][\w-]*")
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")
_DECLARATION = re.compile(r'^(resource|data|ephemeral|action) "([\w-]+)"', re.MULTILINE)
_DECLARED_KINDS = {
    "resource": "resource",
    "data": "data_source",
    "ephemeral": "ephemeral_resource",
    "action": "action",
}


# Other title forms in use besides the defaults of each page style.
VARIANT_TITLES = {"ephemeral_resource": "Ephemeral Resource: {name}"}


def kind_from_title(title: str) -> tuple[str, str, str] | None:
    """(kind, name, page style) when the title has a standard form like `Resource: x`."""
    tables = (("website", WEBSITE_TITLES), ("registry", REGISTRY_TITLES), ("website", VARIANT_TITLES))
    for page_style, table in tables:
        for kind, template in table.items():
            prefix, _, suffix = template.partition("{name}")
            if title.startswith(prefix) and title.endswith(suffix):
                name = title[len(prefix) : len(title) - len(suffix)]
                if _IDENTIFIER.fullmatch(name):
                    return kind, name, page_style
    return None


def detect_kind(title: str | None, front_matter: dict[str, str], codes: list[str], path: str) -> tuple[str, str]:
    """What the page documents: from its title form, else its examples, else its front matter."""
    if title is not None:
        standard = kind_from_title(title)
        if standard:
            return standard[0], standard[1]
        if _IDENTIFIER.fullmatch(title):
            for code in codes:
                for keyword, declared in _DECLARATION.findall(code):
                    if declared == title:
                        return _DECLARED_KINDS[keyword], title
            page_title = front_matter.get("page_title", "")
            return ("data_source" if "Data Source" in page_title else "resource"), title
    stem = _UNSAFE.sub("_", PurePath(path).name.split(".")[0]) or "page"
    page_title = front_matter.get("page_title", "")
    if page_title.startswith("Provider") or (title or "").endswith("Provider"):
        return "provider", stem
    return "guide", stem


def split_notes(source: Source, blocks: list[MdBlock]) -> tuple[list[MdBlock], list[MdBlock]]:
    """The summary blocks and the run of callout paragraphs (`->`, `~>`, `!>`) closing them."""
    notes: list[MdBlock] = []
    for block in reversed(blocks):
        if not is_callout(source, block) or (notes and notes[0].start - block.end != 1):
            break
        notes.insert(0, block)
    return blocks[: len(blocks) - len(notes)], notes
