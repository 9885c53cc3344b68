"""Each code block of a Registry page beside its counterparts on the cdktf pages of the same
build: the cdktf page keeps the Registry page's code blocks in order, each one converted or,
when it did not convert, left as it was."""

from __future__ import annotations

from dataclasses import dataclass

from regdocs.cdktf.page_nodes import find_nodes
from regdocs.project.pipeline import HCL_LANGUAGES

LANGUAGE_LABELS = {"hcl": "HCL", "python": "Python", "typescript": "TypeScript", "csharp": "C#", "java": "Java"}



@dataclass(frozen=True)
class Counterpart:
    """One code block as a cdktf page has it."""

    language: str  # the page's language: "python", "typescript"
    code: str
    converted: bool  # False when the block stayed as the Registry page has it


@dataclass
class PageExamples:
    """The counterparts of a page's code blocks, by the block's 0-based page line, and the
    languages whose page does not line up with the Registry page (its blocks are not shown)."""

    by_line: dict[int, list[Counterpart]]
    misaligned: list[str]


def label(language: str) -> str:
    return LANGUAGE_LABELS.get(language, language.title())


def _normalized(code: str) -> str:
    return code.replace("\r\n", "\n")


def page_examples(registry_page: str, cdktf_pages: dict[str, str]) -> PageExamples:
    """Counterparts of every code block of `registry_page` on the cdktf pages (by language)."""
    blocks = find_nodes(registry_page).code_blocks
    result = PageExamples({block.line - 1: [] for block in blocks}, [])
    for language, page in cdktf_pages.items():
        theirs = find_nodes(page).code_blocks
        if len(theirs) != len(blocks):
            result.misaligned.append(language)
            continue
        for block, their in zip(blocks, theirs):
            code = _normalized(their.value)
            converted = code != _normalized(block.value)
            result.by_line[block.line - 1].append(Counterpart(language, code, converted))
    return result


def needs_switcher(info: str, counterparts: list[Counterpart]) -> bool:
    """HCL blocks get a language switcher; so does any other block a cdktf page converted."""
    language = info.split()[0].lower() if info.strip() else ""
    return bool(counterparts) and (language in HCL_LANGUAGES or any(c.converted for c in counterparts))
