"""The body lines of a page and helpers to slice them into verbatim text and gaps."""

from __future__ import annotations

from dataclasses import dataclass

from regdocs.markdown_import.blocks import ListItem, MdBlock


@dataclass
class Source:
    lines: list[str]

    def text(self, start: int, end: int) -> str:
        return "\n".join(self.lines[start:end])

    def block_text(self, blocks: list[MdBlock]) -> str:
        """The verbatim text from the first block to the last, blank lines included."""
        return self.text(blocks[0].start, blocks[-1].end)

    def item_lines(self, item: ListItem) -> list[str]:
        return self.lines[item.start : item.end]


def record_gap(spacing: dict[str, int], key: str, gap: int, default: int) -> None:
    """Note the blank lines before a part when they differ from the usual count."""
    if gap != default:
        spacing[key] = gap
