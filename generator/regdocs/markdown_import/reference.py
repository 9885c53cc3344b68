"""Argument and attribute sections to entries and nested blocks.

Two grammars: the hand-written website style (an intro sentence, `*` bullets, nested blocks
introduced by "The `x` block supports:" or a `### x` heading) and the tfplugindocs `## Schema`
(Required / Optional / Read-Only groups, `Nested Schema for` sections with anchors).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from regdocs.markdown_import.blocks import MdBlock
from regdocs.markdown_import.entries import parse_schema_entry, parse_website_entry
from regdocs.markdown_import.examples import heading_text
from regdocs.markdown_import.nested_lists import Grammar, ItemReading, leading_space, read_item
from regdocs.markdown_import.source import Source, record_gap
from regdocs.registry.formatting import schema_entry, website_entry
from regdocs.registry.template_helpers import required_flags
from regdocs.spec.model import Block, Entry, Item, Markdown
from regdocs.spec.styles import COMMON, DEFAULTS

CALLOUT = re.compile(r"(->|~>|!>) ")
_BLOCK_NAME = re.compile(r"`([\w.\-\[\]]+)`((?: `[\w.\-\[\]]+`)*)")
_ANCHOR = re.compile(r'<a id="(nestedblock|nestedatt|nestedobjatt)--([\w-]+)"></a>')


@dataclass
class ReferenceSection:
    """What one argument or attribute section holds."""

    intro: str | None = None
    items: list[Item] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    spacing: dict[str, int] = field(default_factory=dict)
    groups: tuple[str, str] | None = None
    bullets: int = 0
    structured: int = 0
    reading: ItemReading = field(default_factory=lambda: ItemReading([], []))


WEBSITE = Grammar(parse_website_entry, lambda entry: website_entry(entry, DEFAULTS["website"]))


def schema_grammar(parent: str, anchors: dict[str, str], required: bool | None = None) -> Grammar:
    """The tfplugindocs grammar for entries of the block at `parent`; `required` is the group's,
    `anchors` the nested schemas of the section (path -> anchor)."""

    def parse(lines: list[str]) -> Entry | None:
        entry = parse_schema_entry(lines, parent, anchors)
        if entry is not None and required is not None:
            entry.required = required
        return entry

    grammar = Grammar(parse, lambda entry: schema_entry(entry, DEFAULTS["registry"], parent, anchors))
    if required is not None:
        grammar.nested = schema_grammar(parent, anchors)
    return grammar


class _ItemCollector:
    """Appends entries and markdown to one list, merging neighbouring markdown."""

    def __init__(self, source: Source, result: ReferenceSection, position: int):
        self.source, self.result, self.position = source, result, position
        self.pending: list[tuple[int, int]] = []
        self.target: list[Item] = result.items
        self.group: bool | None = None
        self.after_entry = False

    def switch(self, target: list[Item], group: bool | None = None) -> None:
        """Collect into `target` from now on; `group` is the tfplugindocs group (required or
        not) of its markdown, None for none."""
        self.flush()
        self.target = target
        self.group = group
        self.after_entry = False

    def markdown(self, start: int, end: int) -> None:
        self.pending.append((start, end))

    def flush(self) -> None:
        if not self.pending:
            return
        start, end = self.pending[0][0], self.pending[-1][1]
        item = Markdown(self.source.text(start, end), required=self.group)
        record_gap(item.spacing, "before", start - self.position, 1)
        self.target.append(item)
        self.position = end
        self.pending = []
        self.after_entry = False

    def entry(self, entry: Entry, start: int, end: int) -> None:
        self.flush()
        record_gap(entry.spacing, "before", start - self.position, 0 if self.after_entry else 1)
        self.target.append(entry)
        self.position = end
        self.after_entry = True

    def mark(self, position: int) -> None:
        """A heading or intro was placed: gaps now count from its end."""
        self.flush()
        self.position = position
        self.after_entry = False


def is_callout(source: Source, block: MdBlock) -> bool:
    return block.type == "paragraph" and bool(CALLOUT.match(source.lines[block.start]))


def _one_line_paragraph(block: MdBlock) -> bool:
    return block.type == "paragraph" and block.end == block.start + 1


def _block_start(source: Source, units: list[MdBlock], index: int) -> tuple[Block, int] | None:
    """A nested block beginning at units[index], and how many units its head uses."""
    unit = units[index]
    following = units[index + 1] if index + 1 < len(units) else None
    heading = heading_text(source, unit, 3)
    if heading is not None:
        name = heading.strip("`")
        if not re.fullmatch(r"[\w.\-\[\]]+", name) or following is None:
            return None
        if following.type == "bullet_list":
            return Block(name=name, heading=heading), 1
        after = units[index + 2] if index + 2 < len(units) else None
        if _one_line_paragraph(following) and after is not None and after.type == "bullet_list":
            block = Block(name=name, heading=heading, intro=source.lines[following.start])
            record_gap(block.spacing, "intro", following.start - unit.end, 1)
            return block, 2
        return None
    if _one_line_paragraph(unit) and not is_callout(source, unit) and following is not None:
        line = source.lines[unit.start]
        match = _BLOCK_NAME.search(line)
        if match and following.type == "bullet_list" and not line.startswith(("*", "-", "+")):
            # "`outer` `inner` block ...": the path of a block nested in another
            path = [match.group(1)] + [part.strip("` ") for part in match.group(2).split("` `") if part]
            return Block(name=".".join(path), intro=line), 1
    return None


def _add_list(collector: _ItemCollector, source: Source, unit: MdBlock, result: ReferenceSection, grammar) -> None:
    reading = result.reading
    for item in unit.items:
        margin = leading_space(source.lines[item.start])
        entry = read_item(source.lines, item, grammar, margin, reading)
        result.bullets += 1
        if entry is None:
            collector.markdown(item.start, item.end)
            reading.raw.append((item.start, item.end))
        else:
            result.structured += 1
            entry.style["margin"] = margin
            reading.entry_lines.append(item.start)
            collector.entry(entry, item.start, item.end)


def _groups(source: Source, units: list[MdBlock], intro: str | None) -> tuple[str, str] | None:
    """Arguments split as "...required:" + required bullets, "...optional:" + optional ones."""
    if intro is None or len(units) < 4:
        return None
    required_list, optional_intro, optional_list = units[1], units[2], units[3]
    if required_list.type != "bullet_list" or optional_list.type != "bullet_list":
        return None
    if not _one_line_paragraph(optional_intro) or is_callout(source, optional_intro):
        return None
    required = [read_item(source.lines, item, WEBSITE) for item in required_list.items]
    optional = [read_item(source.lines, item, WEBSITE) for item in optional_list.items]
    if all(e is not None and e.required is True for e in required) and all(
        e is not None and e.required is False for e in optional
    ):
        return intro, source.lines[optional_intro.start]
    return None


def parse_reference(source: Source, units: list[MdBlock], previous_end: int, part: str) -> ReferenceSection:
    """A website-style `## Argument Reference` or `## Attribute Reference` section."""
    result = ReferenceSection()
    position = previous_end
    index = 0
    if units and units[0].type == "paragraph" and not is_callout(source, units[0]):
        result.intro = source.text(units[0].start, units[0].end)
        record_gap(result.spacing, "intro", units[0].start - position, 1)
        position = units[0].end
        index = 1
    collector = _ItemCollector(source, result, position)
    if part == "arguments":
        result.groups = _groups(source, units, result.intro)
    while index < len(units):
        unit = units[index]
        if result.groups and index == 2:
            record_gap(result.spacing, "optional_intro", unit.start - collector.position, 1)
            collector.mark(unit.end)
            index += 1
            continue
        start = None if result.groups and index < 4 else _block_start(source, units, index)
        if start is not None and any(block.name == start[0].name for block in result.blocks):
            start = None  # a second block of that name: its head stays markdown, as specs need unique blocks
        if start is not None:
            block, used = start
            collector.flush()
            record_gap(
                block.spacing,
                "heading" if block.heading is not None else "intro",
                unit.start - collector.position,
                1,
            )
            result.blocks.append(block)
            collector.switch(getattr(block, part))
            collector.mark(units[index + used - 1].end)
            index += used
            continue
        if unit.type == "bullet_list":
            _add_list(collector, source, unit, result, WEBSITE)
        else:
            collector.markdown(unit.start, unit.end)
        index += 1
    collector.flush()
    return result


def parse_items(source: Source, units: list[MdBlock], previous_end: int) -> ReferenceSection:
    """The bullets of a free section as entries where they read as such, the rest as markdown,
    in page order."""
    result = ReferenceSection()
    collector = _ItemCollector(source, result, previous_end)
    for unit in units:
        if unit.type == "bullet_list":
            _add_list(collector, source, unit, result, WEBSITE)
        else:
            collector.markdown(unit.start, unit.end)
    collector.flush()
    return result


def _nested_anchor(source: Source, units: list[MdBlock], index: int):
    """(kind, path, title, gap, end, units used) of `<a id="nestedblock--x"></a>` + `### title`.

    The anchor line is an HTML block or a paragraph; markdown-it may fold a heading written
    right under it into the HTML block.
    """
    unit = units[index]
    anchor = _ANCHOR.fullmatch(source.lines[unit.start]) if unit.type in ("html", "paragraph") else None
    if anchor is None:
        return None
    kind, path = anchor.group(1), anchor.group(2).replace("--", ".")
    if unit.end == unit.start + 2 and source.lines[unit.start + 1].startswith("### "):
        return kind, path, source.lines[unit.start + 1][4:], 0, unit.end, 1
    following = units[index + 1] if index + 1 < len(units) else None
    title = heading_text(source, following, 3) if following is not None else None
    if unit.end == unit.start + 1 and title is not None:
        return kind, path, title, following.start - unit.end, following.end, 2
    return None


def _section_anchors(source: Source, units: list[MdBlock]) -> dict[str, str]:
    """Path -> anchor of every nested schema anchor line of a section."""
    found = {}
    for unit in units:
        if unit.type in ("html", "paragraph"):
            anchor = _ANCHOR.fullmatch(source.lines[unit.start])
            if anchor:
                found[anchor.group(2).replace("--", ".")] = f"{anchor.group(1)}--{anchor.group(2)}"
    return found


def parse_schema(
    source: Source, units: list[MdBlock], previous_end: int
) -> tuple[ReferenceSection, list[Item], list[Item]]:
    """A tfplugindocs `## Schema` section: its arguments, attributes and nested blocks."""
    result = ReferenceSection()
    arguments: list[Item] = []
    attributes: list[Item] = []
    collector = _ItemCollector(source, result, previous_end)
    collector.target = arguments
    groups = {
        COMMON["schema_required"]: ("required", True),
        COMMON["schema_optional"]: ("optional", False),
        COMMON["schema_read_only"]: ("read_only", None),
    }
    required: bool | None = True
    block: Block | None = None
    parent = ""
    anchors = _section_anchors(source, units)
    index = 0
    while index < len(units):
        unit = units[index]
        heading = heading_text(source, unit, 3)
        label = (
            source.lines[unit.start][:-1]
            if _one_line_paragraph(unit) and source.lines[unit.start].endswith(":")
            else None
        )
        anchor = _nested_anchor(source, units, index)
        if (block is None and heading in groups) or (block is not None and label in groups) or anchor:
            collector.flush()
        if block is None and heading in groups:
            key, required = groups[heading]
            record_gap(result.spacing, key, unit.start - collector.position, 1)
            collector.switch(attributes if required is None else arguments, required)
            collector.mark(unit.end)
        elif block is not None and label in groups:
            key, required = groups[label]
            record_gap(block.spacing, key, unit.start - collector.position, 1)
            collector.switch(block.attributes if required is None else block.arguments, required)
            collector.mark(unit.end)
        elif anchor:
            kind, path, title, heading_gap, end, used = anchor
            block = Block(name=path, nested_attributes=kind == "nestedatt", object_attributes=kind == "nestedobjatt")
            if title != COMMON["nested_schema_title"].replace("{name}", path):
                block.heading = title
            record_gap(block.spacing, "anchor", unit.start - collector.position, 2)
            record_gap(block.spacing, "heading", heading_gap, 0)
            result.blocks.append(block)
            parent = path
            collector.switch(block.arguments)
            collector.mark(end)
            index += used
            continue
        elif unit.type == "bullet_list":
            _add_list(collector, source, unit, result, schema_grammar(parent, anchors, required))
        else:
            collector.markdown(unit.start, unit.end)
        index += 1
    collector.flush()
    for items in [arguments] + [block.arguments for block in result.blocks]:
        _settle_groups(items)
    return result, arguments, attributes


def _settle_groups(arguments: list[Item]) -> None:
    """Keep a markdown item's group only where the default placement would get it wrong."""
    read = [item.required for item in arguments if isinstance(item, Markdown)]
    for item in arguments:
        if isinstance(item, Markdown):
            item.required = None
    defaults = [flag for item, flag in zip(arguments, required_flags(arguments)) if isinstance(item, Markdown)]
    markdown = [item for item in arguments if isinstance(item, Markdown)]
    for item, group, default in zip(markdown, read, defaults):
        if group is not None and group != default:
            item.required = group
