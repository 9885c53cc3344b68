"""A Registry page to a spec: split the page, read each part, check the spec renders it back.

Every part is read by general rules. The spec is then rendered and compared with the page;
a part whose rendering differs is kept as free markdown instead (counted in the stats), so an
imported spec always renders the page it came from whenever the free form can.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from generator.markdown_import.blocks import MdBlock, parse_blocks
from generator.markdown_import.examples import heading_text, parse_examples
from generator.markdown_import.front_matter import parse_front_matter
from generator.markdown_import.header import detect_kind, split_notes
from generator.markdown_import.import_section import parse_import_steps, parse_standard_import
from generator.markdown_import.page import PageText, split_page
from generator.markdown_import.reference import parse_reference, parse_schema
from generator.markdown_import.source import Source, record_gap
from generator.markdown_import.stats import ImportStats
from generator.formatting import schema_entry, website_entry
from generator.paths import file_name_for
from generator.spec.model import Block, Entry, IdentitySchema, Markdown, Section, Spec
from generator.spec.layout import default_sections
from generator.spec.styles import COMMON, DEFAULTS, KIND_LABELS, fill

SECTION_TITLES = {
    "Example Usage": "examples",
    "Argument Reference": "arguments",
    "Arguments Reference": "arguments",
    "Attribute Reference": "attributes",
    "Attributes Reference": "attributes",
    "Schema": "schema",
    "Timeouts": "timeouts",
    "Import": "import",
}
# The spec fields each standard section fills; a second section claiming one stays free.
CLAIMS = {
    "examples": {"examples"},
    "arguments": {"arguments"},
    "attributes": {"attributes"},
    "schema": {"arguments", "attributes"},
    "timeouts": {"timeouts"},
    "import": {"import"},
}
_TIMEOUT = re.compile(r"(?P<bullet>[*+-]) `(?P<name>\w+)` - \(Default `(?P<default>[^`]+)`\)")
MAX_REPAIRS = 12


@dataclass
class RawSection:
    """An H2 section as found on the page, before it is read."""

    heading: MdBlock
    title: str
    units: list[MdBlock]
    comment: MdBlock | None = None

    @property
    def start(self) -> int:
        return self.comment.start if self.comment else self.heading.start


@dataclass
class Layout:
    """The page cut into front matter, header blocks and raw sections."""

    page: PageText
    source: Source
    header: list[MdBlock] = field(default_factory=list)
    sections: list[RawSection] = field(default_factory=list)


def _split(text: str) -> Layout:
    page = split_page(text)
    source = Source(page.body)
    layout = Layout(page, source)
    for block in parse_blocks(page.body):
        title = heading_text(source, block, 2)
        if title is not None:
            previous = layout.sections[-1].units if layout.sections else layout.header
            comment = None
            if previous and _is_comment_line(source, previous[-1]) and previous[-1].end == block.start:
                comment = previous.pop()
            layout.sections.append(RawSection(block, title, [], comment))
        elif layout.sections:
            layout.sections[-1].units.append(block)
        else:
            layout.header.append(block)
    return layout


def _is_comment_line(source: Source, block: MdBlock) -> bool:
    line = source.lines[block.start]
    return block.type == "html" and block.end == block.start + 1 and line.startswith("<!-- ") and line.endswith(" -->")


class PageImporter:
    """Reads one page; `build(free)` makes the spec with the parts in `free` kept as markdown."""

    def __init__(self, text: str, path: str):
        self.text = text
        self.path = path
        self.layout = _split(text)
        self.source = self.layout.source

    # -- regions, for locating a difference ------------------------------------------------
    def region_of(self, page_line: int) -> str | int:
        """The part of the page holding `page_line`: "front_matter", "header" or a section index."""
        body_line = page_line - self.layout.page.body_offset
        if body_line < 0:
            return "front_matter"
        region: str | int = "header"
        for index, section in enumerate(self.layout.sections):
            if body_line >= section.start:
                region = index
        return region

    def region_name(self, region: str | int) -> str:
        if isinstance(region, int):
            return f"section `{self.layout.sections[region].title}`"
        return region.replace("_", " ")

    # -- building ------------------------------------------------------------------------------
    def build(self, free: set) -> tuple[Spec, ImportStats]:
        layout, source = self.layout, self.source
        spec = Spec(kind="resource", name="page")
        style: dict = {}
        stats = ImportStats()
        if layout.page.crlf:
            style["line_endings"] = "crlf"
        record_gap(spec.spacing, "end", layout.page.final_newlines, 1)
        front_fields = self._front_matter(spec, style, "front_matter" in free)
        position = 0
        header = list(layout.header)
        title = None
        if header and heading_text(source, header[0], 1) is not None:
            title = heading_text(source, header[0], 1)
            record_gap(spec.spacing, "title", header[0].start, 1 if spec.front_matter is not None else 0)
            position = header[0].end
            header = header[1:]
        codes = [block.text for raw in layout.sections for block in raw.units if block.type == "fence"]
        spec.kind, spec.name = detect_kind(title, front_fields, codes, self.path)
        spec.page_style = "website" if "layout" in front_fields or spec.front_matter is None else "registry"
        spec.file_name = file_name_for(spec, self.path)
        defaults = DEFAULTS[spec.page_style]
        label = KIND_LABELS[spec.kind]
        self._title(spec, title)
        summary, notes = (header, []) if "header" in free else split_notes(source, header)
        if summary:
            spec.summary = source.block_text(summary)
            record_gap(spec.spacing, "summary", summary[0].start - position, 1)
            position = summary[-1].end
        if notes:
            spec.notes = [source.text(note.start, note.end) for note in notes]
            record_gap(spec.spacing, "notes", notes[0].start - position, 1)
            position = notes[-1].end
        claimed: set[str] = set()
        website_blocks: list[tuple[Block, str]] = []
        list_kinds: dict[int, str] = {}
        for index, raw in enumerate(layout.sections):
            kind = SECTION_TITLES.get(raw.title.strip())
            usable = kind is not None and index not in free and not (CLAIMS[kind] & claimed)
            if usable and kind != "schema" and raw.comment is not None:
                usable = False
            if usable:
                usable = self._section(spec, style, stats, raw, kind, label, website_blocks)
            if usable and kind in ("arguments", "attributes", "schema"):
                for items, _ in _entry_lists(spec):
                    list_kinds.setdefault(id(items), kind)
            if usable:
                stats.sections[_read_as(spec, kind)] += 1
                claimed |= CLAIMS[kind]
                spec.sections.append(kind)
                record_gap(spec.spacing, kind, raw.start - position, 1)
                if raw.title != defaults[f"{kind}_heading"]:
                    style[f"{kind}_heading"] = raw.title
            else:
                stats.sections["free" if kind is None else f"{kind} (kept free)"] += 1
                self._free_section(spec, raw, position)
                if kind in ("arguments", "attributes", "schema", "timeouts"):
                    stats.count(kind, sum(len(u.items) for u in raw.units if u.type == "bullet_list"), 0)
                    stats.degraded_sections.append(kind)
            position = raw.units[-1].end if raw.units else raw.heading.end
        for kind in _demote_duplicates(spec, list_kinds):
            stats.structured[kind] -= 1
        _normalize_entries(spec, style, defaults)
        _normalize_blocks(website_blocks, style, defaults)
        if spec.sections == default_sections(spec):
            spec.sections = []
        spec.style = style
        return spec, stats

    def _front_matter(self, spec: Spec, style: dict, raw: bool) -> dict[str, str]:
        lines = self.layout.page.front_matter
        if lines is None:
            return {}
        parsed = None if raw else parse_front_matter(lines)
        if parsed is None:
            spec.front_matter = "\n".join(lines)
            return {}
        spec.front_matter = parsed.fields
        if parsed.comment is not None:
            style["front_matter_comment"] = parsed.comment
        quoting = {
            key: value
            for key, value in parsed.quoting.items()
            if value != ("|-" if key == "description" else '"')
        }
        if quoting:
            style["front_matter_quoting"] = quoting
        indents = {key: value for key, value in parsed.indent.items() if value != 2}
        if indents:
            style["front_matter_indent"] = indents
        return parsed.fields

    def _title(self, spec: Spec, title: str | None) -> None:
        if title is None:
            spec.title = ""
            return
        template = DEFAULTS[spec.page_style]["titles"].get(spec.kind)
        if template is not None and fill(template, name=spec.name) == title:
            return
        spec.title = title.replace(spec.name, "{name}") if spec.name in title and "{" not in title else title

    def _free_section(self, spec: Spec, raw: RawSection, position: int) -> None:
        section = Section(title=raw.title)
        if raw.comment is not None:
            section.comment = self.source.lines[raw.comment.start][5:-4]
        record_gap(section.spacing, "heading", raw.start - position, 1)
        if raw.units:
            section.body = self.source.block_text(raw.units)
            record_gap(section.spacing, "body", raw.units[0].start - raw.heading.end, 1)
        spec.sections.append(section)

    def _section(self, spec, style, stats, raw: RawSection, kind: str, label: str, website_blocks) -> bool:
        """Read a standard section into the spec; False when it is to stay free."""
        source, units, start = self.source, raw.units, raw.heading.end
        if kind == "examples":
            spec.examples = parse_examples(source, units, start)
            return True
        if kind in ("arguments", "attributes"):
            result = parse_reference(source, units, start, kind)
            setattr(spec, kind, result.items)
            spec.blocks.extend(result.blocks)
            website_blocks.extend((block, kind) for block in result.blocks)
            stats.count(kind, result.bullets, result.structured)
            _reference_style(spec, style, kind, result, label)
            return True
        if kind == "schema":
            if raw.comment is None:
                style["schema_comment"] = ""
            elif source.lines[raw.comment.start] != f"<!-- {COMMON['schema_comment']} -->":
                style["schema_comment"] = source.lines[raw.comment.start][5:-4]
            result, arguments, attributes = parse_schema(source, units, start, style)
            spec.arguments, spec.attributes = arguments, attributes
            spec.blocks.extend(result.blocks)
            stats.count("schema", result.bullets, result.structured)
            for key, gap in result.spacing.items():
                spec.spacing[f"schema_{key}"] = gap
            return True
        if kind == "timeouts":
            return self._timeouts(spec, style, stats, units, start)
        spec.import_ = parse_standard_import(source, units, start, spec.name)
        if spec.import_ is None:
            spec.import_, identity = parse_import_steps(source, units, start)
            stats.count("identity", identity, identity)
        return True

    def _timeouts(self, spec, style, stats, units: list[MdBlock], start: int) -> bool:
        source = self.source
        if len(units) != 2 or units[0].type != "paragraph" or units[1].type != "bullet_list":
            return False
        items = units[1].items
        if any(b[0] != a[1] for a, b in zip(items, items[1:])):
            return False
        matches = [_TIMEOUT.fullmatch("\n".join(source.item_lines(item))) for item in items]
        stats.count("timeouts", len(items), sum(match is not None for match in matches))
        if any(match is None for match in matches) or len({m["bullet"] for m in matches}) != 1:
            return False
        spec.timeouts = {match["name"]: match["default"] for match in matches}
        intro = source.text(units[0].start, units[0].end)
        if intro != COMMON["timeouts_intro"]:
            style["timeouts_intro"] = intro
        if matches[0]["bullet"] != COMMON["timeouts_bullet"]:
            style["timeouts_bullet"] = matches[0]["bullet"]
        record_gap(spec.spacing, "timeouts_intro", units[0].start - start, 1)
        record_gap(spec.spacing, "timeouts_list", units[1].start - units[0].end, 1)
        return True


def _read_as(spec: Spec, kind: str) -> str:
    if kind == "import" and spec.import_ is not None:
        return "import (standard wording)" if spec.import_.using is not None else "import (free steps)"
    return kind


def _reference_style(spec: Spec, style: dict, kind: str, result, label: str) -> None:
    """Record the intro wording and spacing of an argument or attribute section."""
    defaults = DEFAULTS[spec.page_style]
    if result.groups:
        style["argument_groups"] = True
        for key, text in zip(("required_intro", "optional_intro"), result.groups):
            if text != defaults[key]:
                style[key] = text
    elif result.intro is None:
        style[f"{kind}_intro"] = ""
    elif result.intro != fill(str(defaults[f"{kind}_intro"]), kind=label):
        style[f"{kind}_intro"] = result.intro
    for key, gap in result.spacing.items():
        spec.spacing[f"{kind}_{key}" if key == "intro" else key] = gap


def all_entries(spec: Spec) -> list[Entry]:
    items = list(spec.arguments) + list(spec.attributes)
    for block in spec.blocks:
        items += block.arguments + block.attributes
    if spec.import_ is not None:
        for step in spec.import_.steps:
            if isinstance(step, IdentitySchema):
                items += step.entries
    return [item for item in items if isinstance(item, Entry)]


def _entry_lists(spec: Spec):
    """(items, parent path) of every list of entries in the spec."""
    yield spec.arguments, ""
    yield spec.attributes, ""
    for block in spec.blocks:
        yield block.arguments, block.name
        yield block.attributes, block.name


def _demote_duplicates(spec: Spec, list_kinds: dict[int, str]) -> list[str]:
    """A name listed twice in one list (a slip on the page) keeps its second bullet as markdown.

    Returns the section kind of each demoted bullet.
    """
    demoted = []
    for items, parent in _entry_lists(spec):
        gaps = [_effective_gap(items, index) for index in range(len(items))]
        seen: set[str] = set()
        changed = False
        for index, item in enumerate(items):
            if isinstance(item, Entry) and item.name in seen:
                text = (schema_entry(item, DEFAULTS["registry"], parent) if "schema_bullet" in item.style
                        else website_entry(item, DEFAULTS["website"]))
                items[index] = Markdown(text)
                demoted.append(list_kinds.get(id(items), "arguments"))
                changed = True
            elif isinstance(item, Entry):
                seen.add(item.name)
        if changed:
            for index, item in enumerate(items):
                item.spacing.pop("before", None)
                record_gap(item.spacing, "before", gaps[index], _effective_gap(items, index))
    return demoted


def _effective_gap(items: list, index: int) -> int:
    item = items[index]
    previous = items[index - 1] if index else None
    default = 0 if isinstance(item, Entry) and isinstance(previous, Entry) else 1
    return item.spacing.get("before", default)


def _relevant(entry: Entry, key: str) -> bool:
    if key == "indent":
        return bool(entry.description) and "\n" in entry.description
    if key == "deprecated_position":
        return entry.deprecated
    if key == "write_only_label":
        return entry.write_only
    if key == "separator":
        return bool(entry.description or entry.required is not None or entry.computed or entry.annotations
                    or entry.deprecated or entry.write_only or entry.default is not None)
    return True


def _normalize_entries(spec: Spec, style: dict, defaults) -> None:
    """Move the style most entries share to the page; keep only exceptions on entries."""
    entries = all_entries(spec)
    for key in ("bullet", "schema_bullet", "separator", "indent", "deprecated_position", "write_only_label"):
        values = Counter()
        for entry in entries:
            if key in entry.style and not _relevant(entry, key):
                del entry.style[key]
            elif key in entry.style:
                values[entry.style[key]] += 1
        if not values:
            continue
        common = values.most_common(1)[0][0]
        if common != defaults[key]:
            style[key] = common
        for entry in entries:
            if entry.style.get(key, object()) == common:
                del entry.style[key]


def _template(text: str | None, name: str) -> str:
    """A block intro or heading with the block's name turned into `{name}`."""
    if not text:
        return ""
    return text.replace(name, "{name}", 1)


def _normalize_blocks(blocks: list[tuple[Block, str]], style: dict, defaults) -> None:
    """Pick the page's usual block intro and heading; keep the others on their blocks."""
    for field_name, style_key in (("intro", "block_intro"), ("intro", "attribute_block_intro"), ("heading", "block_heading")):
        chosen = [block for block, part in blocks if field_name == "heading" or
                  (part == "arguments") == (style_key == "block_intro")]
        if not chosen:
            continue
        forms = Counter(_template(getattr(block, field_name), block.name) for block in chosen)
        common = forms.most_common(1)[0][0]
        if common != defaults[style_key]:
            style[style_key] = common
        for block in chosen:
            value = getattr(block, field_name)
            if _template(value, block.name) == common:
                setattr(block, field_name, None)
            elif not value:
                setattr(block, field_name, "")


def import_spec(text: str, path: str) -> tuple[Spec, ImportStats]:
    """Read a page into a spec that renders it back, byte for byte when the page allows."""
    from generator.render import render_page

    importer = PageImporter(text, path)
    free: set = set()
    spec, stats = importer.build(free)
    for _ in range(MAX_REPAIRS):
        rendered = render_page(spec)
        if rendered == text:
            break
        line = _first_difference(rendered, text)
        region = importer.region_of(line)
        if region in free:
            previous = _previous_region(importer, region)
            if previous is None or previous in free:
                break
            region = previous
        free.add(region)
        spec, stats = importer.build(free)
    stats.repaired = [importer.region_name(region) for region in sorted(free, key=str)]
    spec.path = path
    return spec, stats


def _previous_region(importer: PageImporter, region: str | int) -> str | int | None:
    if isinstance(region, int):
        return region - 1 if region > 0 else "header"
    return "front_matter" if region == "header" else None


def _first_difference(left: str, right: str) -> int:
    for number, (a, b) in enumerate(zip(left.split("\n"), right.split("\n"))):
        if a != b:
            return number
    return min(left.count("\n"), right.count("\n"))


def import_page(text: str, path: str) -> str:
    """The spec YAML for a page (see `import_spec`)."""
    from generator.spec.writer import dump_spec

    spec, _ = import_spec(text, path)
    return dump_spec(spec)
