"""What a page documents (kind, name) and its page style: from its path in a docs tree when it
has one, else from its title, examples and front matter.

The folder decides the kind (`r/` holds resources whatever the first heading says) and the
tree decides the page style (`website/docs` or `docs`), so every page renders back to the
path it came from. The name is the one word of the title, the examples' declarations or the
front matter's page title that matches the file name (`p_x` for `r/x.html.markdown`), which
reads titles like `# p\\_x`, `` # p_x `Resource` `` or `# Resource (p_x)` alike.
"""

from __future__ import annotations

import re

from regdocs.markdown_import.header import detect_kind, kind_from_title
from regdocs.registry.locations import PageLocation, locate
from regdocs.registry.paths import PREFIXED_KINDS

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")
# Kind -> the HCL keyword declaring it in examples.
_KEYWORDS = {
    "resource": "resource",
    "data_source": "data",
    "ephemeral_resource": "ephemeral",
    "action": "action",
    "list_resource": "list",
}


def identify(
    title: str | None, front_matter: dict[str, str], codes: list[str], path: str
) -> tuple[str, str, str | None]:
    """(kind, name, page style) of the page at `path`; the style is None when the path does not
    say it (a page outside a docs tree)."""
    location = locate(path)
    if location is None:
        return (*detect_kind(title, front_matter, codes, path), None)
    return location.kind, page_name(location, title, front_matter, codes), location.page_style


def page_name(location: PageLocation, title: str | None, front_matter: dict[str, str], codes: list[str]) -> str:
    """The name of a located page: a word matching its file name; else the name a standard
    title gives, a title that is one word, or the one type the examples declare; else the
    file name itself."""
    stem = location.stem
    fallback = _UNSAFE.sub("_", stem) or "page"
    if location.kind not in PREFIXED_KINDS and location.kind != "function":
        return fallback
    title = _plain(title or "")
    declared = _declared(location.kind, codes)
    for word in _WORD.findall(title) + declared + _WORD.findall(front_matter.get("page_title", "")):
        if word == stem or word.endswith("_" + stem):
            return word
    standard = kind_from_title(title)
    if standard and standard[0] == location.kind:
        return standard[1]
    if _WORD.fullmatch(title):
        return title
    return declared[0] if len(set(declared)) == 1 else fallback


def _plain(title: str) -> str:
    """A title without markdown escapes of `_` and code spans' backticks, trimmed."""
    return title.replace("\\_", "_").replace("`", " ").strip()


def _declared(kind: str, codes: list[str]) -> list[str]:
    keyword = _KEYWORDS.get(kind)
    if keyword is None:
        return []
    pattern = re.compile(rf'^{keyword}\s+"([A-Za-z][A-Za-z0-9_]*)"', re.MULTILINE)
    return [name for code in codes for name in pattern.findall(code)]
