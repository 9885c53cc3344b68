"""The `## Example Usage` section to examples: title, prose before and after, one code block."""

from __future__ import annotations

from regdocs.markdown_import.blocks import MdBlock
from regdocs.markdown_import.source import Source, record_gap
from regdocs.spec.model import Example


def heading_text(source: Source, block: MdBlock, level: int) -> str | None:
    """The text after `### ` of a one-line ATX heading of `level`, verbatim, or None."""
    marker = "#" * level + " "
    line = source.lines[block.start]
    if block.is_heading(level) and block.end == block.start + 1 and line.startswith(marker):
        return line[len(marker) :]
    return None


def plain_fence(source: Source, block: MdBlock) -> bool:
    """A fence we can rebuild exactly: unindented, closed by its own marker, bare info."""
    if block.type != "fence" or block.end - block.start < 2:
        return False
    opening, closing = source.lines[block.start], source.lines[block.end - 1]
    return opening == block.markup + block.info and closing == block.markup


def fence_fields(source: Source, block: MdBlock) -> dict:
    code = source.text(block.start + 1, block.end - 1)
    return {
        "code": code + "\n" if block.end - block.start > 2 else "",
        "language": block.info or None,
        "fence": block.markup,
    }


def parse_examples(source: Source, blocks: list[MdBlock], previous_end: int) -> list[Example]:
    examples: list[Example] = []
    current = Example()
    pending: list[MdBlock] = []
    position = previous_end

    def take_pending(example: Example, part: str) -> None:
        nonlocal pending, position
        if pending:
            setattr(example, part, source.block_text(pending))
            record_gap(example.spacing, part, pending[0].start - position, 1)
            position = pending[-1].end
            pending = []

    def finish(example: Example) -> None:
        if example.code is not None:
            take_pending(example, "after")
        else:
            take_pending(example, "before")
        if example.title is not None or example.before is not None or example.code is not None:
            examples.append(example)

    for block in blocks:
        title = heading_text(source, block, 3)
        if title is not None:
            finish(current)
            current = Example(title=title)
            record_gap(current.spacing, "title", block.start - position, 1)
            position = block.end
        elif plain_fence(source, block):
            if current.code is not None:
                examples.append(current)
                current = Example()
            take_pending(current, "before")
            fields = fence_fields(source, block)
            current.code, current.language, current.fence = (
                fields["code"],
                fields["language"],
                fields["fence"],
            )
            record_gap(current.spacing, "code", block.start - position, 1)
            position = block.end
        else:
            pending.append(block)
    finish(current)
    return examples
