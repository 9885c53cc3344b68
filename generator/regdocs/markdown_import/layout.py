"""A page cut into front matter, the blocks before the first `##` heading, and `##` sections."""

from __future__ import annotations

from dataclasses import dataclass, field

from regdocs.markdown_import.blocks import MdBlock, parse_blocks
from regdocs.markdown_import.examples import heading_text
from regdocs.markdown_import.page import PageText, split_page
from regdocs.markdown_import.source import Source


@dataclass
class RawSection:
    """An H2 section as found on the page, before it is read.

    `comment` is an HTML comment line written right above the heading (tfplugindocs puts
    one above `## Schema`); it belongs to the section, not to the one before.
    """

    heading: MdBlock
    title: str
    units: list[MdBlock]
    comment: MdBlock | None = None

    @property
    def start(self) -> int:
        return self.comment.start if self.comment else self.heading.start

    @property
    def end(self) -> int:
        return self.units[-1].end if self.units else self.heading.end


@dataclass
class PageLayout:
    page: PageText
    source: Source
    header: list[MdBlock] = field(default_factory=list)
    sections: list[RawSection] = field(default_factory=list)

    def region_of(self, page_line: int) -> str | int:
        """The part holding a 0-based page line: "front_matter", "header" or a section index."""
        body_line = page_line - self.page.body_offset
        if body_line < 0:
            return "front_matter"
        region: str | int = "header"
        for index, section in enumerate(self.sections):
            if body_line >= section.start:
                region = index
        return region

    def region_name(self, region: str | int) -> str:
        if isinstance(region, int):
            return f"section `{self.sections[region].title}`"
        return region.replace("_", " ")


def comment_text(source: Source, block: MdBlock) -> str | None:
    """The text of a one-line `<!-- text -->` HTML block, else None."""
    line = source.lines[block.start]
    if block.type == "html" and block.end == block.start + 1 and line.startswith("<!-- ") and line.endswith(" -->"):
        return line[5:-4]
    return None


def split_layout(text: str) -> PageLayout:
    page = split_page(text)
    source = Source(page.body)
    layout = PageLayout(page, source)
    for block in parse_blocks(page.body):
        title = heading_text(source, block, 2)
        if title is not None:
            previous = layout.sections[-1].units if layout.sections else layout.header
            comment = None
            if previous and comment_text(source, previous[-1]) is not None and previous[-1].end == block.start:
                comment = previous.pop()
            layout.sections.append(RawSection(block, title, [], comment))
        elif layout.sections:
            layout.sections[-1].units.append(block)
        else:
            layout.header.append(block)
    return layout
