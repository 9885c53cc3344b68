"""Each code block of a Registry page beside its counterparts on the cdktf pages of the same
build: a cdktf page keeps the Registry page's code blocks in order, each one converted or,
when it did not convert, left as it was."""

from __future__ import annotations

from dataclasses import dataclass

from markdown_it.token import Token

from regdocs.preview.markdown import page_code
from regdocs.spec.model import HCL_LANGUAGES

LANGUAGE_LABELS = {"hcl": "HCL", "python": "Python", "typescript": "TypeScript", "csharp": "C#", "java": "Java"}


@dataclass(frozen=True)
class Counterpart:
    """One code block as a cdktf page has it."""

    language: str  # the page's language: "python", "typescript"
    code: str
    info: str  # its fence's info string
    converted: bool  # False when the block stayed as the Registry page has it


@dataclass
class PageExamples:
    """The counterparts of a page's code blocks, by the block's 0-based page line, and the
    languages whose page does not line up with the Registry page (its blocks are not shown)."""

    by_line: dict[int, list[Counterpart]]
    misaligned: list[str]


def label(language: str) -> str:
    return LANGUAGE_LABELS.get(language, language.title())


def page_examples(registry_code: list[Token], cdktf_pages: dict[str, str]) -> PageExamples:
    """Counterparts of the Registry page's code blocks (`registry_code`, in page order) on the
    cdktf pages (by language)."""
    result = PageExamples({block.map[0]: [] for block in registry_code}, [])
    for language, page in cdktf_pages.items():
        theirs = page_code(page)
        if len(theirs) != len(registry_code):
            result.misaligned.append(language)
            continue
        for block, their in zip(registry_code, theirs):
            converted = their.content != block.content
            result.by_line[block.map[0]].append(Counterpart(language, their.content, their.info.strip(), converted))
    return result


def needs_switcher(info: str, counterparts: list[Counterpart]) -> bool:
    """HCL blocks get a language switcher; so does any other block a cdktf page converted."""
    language = info.split()[0].lower() if info.strip() else ""
    return bool(counterparts) and (language in HCL_LANGUAGES or any(c.converted for c in counterparts))
