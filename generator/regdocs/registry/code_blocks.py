"""Every fenced code block of a spec's page, in page order, with the spec line it comes from.

The conversion pipeline reads these to convert HCL examples and to report problems as
`spec.yaml:<line>`. Example and import-step code is a field of its own; code blocks written
inside markdown text (a free section, a note) are found with markdown-it's line maps.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt

from regdocs.registry.formatting import cli_import_code, import_block_code
from regdocs.spec.layout import page_sections
from regdocs.spec.model import Block, CodeStep, Entry, IdentitySchema, Markdown, Section, Spec
from regdocs.spec.styles import page_style


@dataclass(frozen=True)
class CodeBlock:
    """One fenced code block of the page.

    `line` is the 1-based spec line of the block's first code line (None when unknown, as for
    a spec built in memory). `generated` marks code regdocs writes from fields (the standard
    import wording), whose `line` is that of the fields.
    """

    code: str
    language: str | None
    line: int | None
    location: str
    generated: bool = False
    lines_exact: bool = False  # code line k is spec line `line + k - 1` (a `|` block scalar)
    valid_hcl: bool = True  # False for code a spec marks as deliberately not HCL
    column: int | None = None  # 1-based spec column of the code's first column (a `|` block scalar)

    def spec_column(self, code_column: int | None) -> int | None:
        """The spec column of a column of the code, when the code's lines are the spec's."""
        if self.column is None or code_column is None or not self.lines_exact:
            return None
        return self.column + code_column - 1

    @property
    def in_markdown(self) -> bool:
        """Whether the block is written inside a markdown text field (not a code field of its own)."""
        return not self.generated and not self.location.endswith(".code")

    def spec_line(self, code_line: int | None) -> int | None:
        """The spec line of the code's 1-based line `code_line`, or of the block when that
        cannot be told."""
        if self.line is None or code_line is None or not self.lines_exact:
            return self.line
        return self.line + code_line - 1


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark")


def _line(text: str, offset: int = 0) -> int | None:
    """The spec line of line `offset` of a text field (exact for `|` block scalars)."""
    line = getattr(text, "line", None)
    if line is None:
        return None
    return line + offset if _literal(text) else line


def _literal(text: str) -> bool:
    """Whether `text` is a `|` block scalar, whose lines are the spec's lines one for one."""
    return getattr(text, "literal", False)


def _in_markdown(text: str | None, location: str) -> list[CodeBlock]:
    if not text or ("```" not in text and "~~~" not in text):  # no fence: nothing to parse
        return []
    blocks = []
    for token in _parser().parse(text):
        if token.type == "fence" and token.map is not None:
            blocks.append(
                CodeBlock(
                    token.content,
                    token.info or None,
                    _line(text, token.map[0] + 1),
                    location,
                    lines_exact=_literal(text),
                )
            )
    return blocks


def _in_items(items: list, location: str) -> list[CodeBlock]:
    found = []
    for index, item in enumerate(items):
        where = f"{location}[{index}]"
        if isinstance(item, Entry):
            found += _in_markdown(item.description, f"{where}.description")
            found += _in_items(item.entries, f"{where}.entries")
        elif isinstance(item, Markdown):
            found += _in_markdown(item.markdown, f"{where}.markdown")
    return found


def _in_blocks(blocks: list[Block], part: str) -> list[CodeBlock]:
    found = []
    for index, block in enumerate(blocks):
        found += _in_items(getattr(block, part), f"blocks[{index}].{part}")
    return found


def _in_import(spec: Spec) -> list[CodeBlock]:
    spec_import = spec.import_
    if spec_import is None:
        return []
    style = page_style(spec.page_style, spec.style)
    if spec_import.using is not None:
        found = [
            CodeBlock(
                import_block_code(spec_import, spec.name),
                style["import_block_language"],
                spec_import.line,
                "import",
                generated=True,
            )
        ]
        if spec_import.id is not None:
            found.append(
                CodeBlock(
                    cli_import_code(spec_import, spec.name, style["import_cli_prompt"]),
                    style["import_cli_language"],
                    spec_import.line,
                    "import",
                    generated=True,
                )
            )
        return found + _in_markdown(spec_import.after, "import.after")
    found = []
    for index, step in enumerate(spec_import.steps):
        where = f"import.steps[{index}]"
        if isinstance(step, CodeStep):
            found.append(
                CodeBlock(
                    step.code,
                    step.language,
                    _line(step.code),
                    f"{where}.code",
                    lines_exact=_literal(step.code),
                    valid_hcl=step.valid_hcl,
                    column=getattr(step.code, "column", None),
                )
            )
        elif isinstance(step, Markdown):
            found += _in_markdown(step.markdown, f"{where}.markdown")
        elif isinstance(step, IdentitySchema):
            found += _in_items(step.entries, f"{where}.identity")
    return found


def code_blocks(spec: Spec) -> list[CodeBlock]:
    """The fenced code blocks of the page `render_page(spec)` writes, in page order."""
    found = _in_markdown(spec.summary, "summary")
    for index, note in enumerate(spec.notes):
        found += _in_markdown(note, f"notes[{index}]")
    for section in page_sections(spec, spec.page_style):
        if isinstance(section, Section):
            index = spec.sections.index(section)
            found += _in_markdown(section.body, f"sections[{index}].body")
            found += _in_items(section.entries, f"sections[{index}].entries")
        elif section == "examples":
            for index, example in enumerate(spec.examples):
                where = f"examples[{index}]"
                found += _in_markdown(example.before, f"{where}.before")
                if example.code is not None:
                    found.append(
                        CodeBlock(
                            example.code,
                            example.language,
                            _line(example.code),
                            f"{where}.code",
                            lines_exact=_literal(example.code),
                            valid_hcl=example.valid_hcl,
                            column=getattr(example.code, "column", None),
                        )
                    )
                found += _in_markdown(example.after, f"{where}.after")
        elif section in ("arguments", "schema"):
            found += _in_items(spec.arguments, "arguments") + _in_blocks(spec.blocks, "arguments")
            if section == "schema":
                found += _in_items(spec.attributes, "attributes") + _in_blocks(spec.blocks, "attributes")
        elif section == "attributes":
            found += _in_items(spec.attributes, "attributes") + _in_blocks(spec.blocks, "attributes")
        elif section == "import":
            found += _in_import(spec)
    return found
