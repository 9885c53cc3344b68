"""A Registry page to a spec: split the page, read each part, check the spec renders it back.

Every part is read by general rules. The spec is then rendered and compared with the page;
a part whose rendering differs is kept as free markdown instead (counted in the stats), so an
imported spec renders the page it came from.
"""

from __future__ import annotations

from regdocs.markdown_import.examples import heading_text, parse_examples
from regdocs.markdown_import.front_matter import parse_front_matter
from regdocs.markdown_import.hcl_marks import mark_invalid_hcl
from regdocs.markdown_import.header import split_notes
from regdocs.markdown_import.identity import identify
from regdocs.markdown_import.import_section import parse_import_steps, parse_standard_import
from regdocs.markdown_import.layout import PageLayout, RawSection, comment_text, split_layout
from regdocs.markdown_import.normalize import (
    demote_duplicates,
    entry_lists,
    normalize_blocks,
    normalize_entries,
)
from regdocs.markdown_import.reference import parse_items, parse_reference, parse_schema
from regdocs.markdown_import.source import record_gap
from regdocs.markdown_import.stats import ImportStats
from regdocs.markdown_import.timeouts import parse_timeouts
from regdocs.registry.paths import file_name_for
from regdocs.registry.render import render_page
from regdocs.spec.layout import default_sections
from regdocs.spec.model import Block, Section, Spec
from regdocs.spec.styles import COMMON, DEFAULTS, KIND_LABELS, fill
from regdocs.spec.writer import dump_spec

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
# The spec fields each standard section fills; a later section claiming one stays free.
CLAIMS = {
    "examples": {"examples"},
    "arguments": {"arguments"},
    "attributes": {"attributes"},
    "schema": {"arguments", "attributes"},
    "timeouts": {"timeouts"},
    "import": {"import"},
}
REFERENCE_KINDS = ("arguments", "attributes", "schema", "timeouts")
DEFAULT_QUOTING = {"description": "|-"}
MAX_REPAIRS = 12


class SpecBuilder:
    """One reading of a page; the parts named in `free` are kept as free markdown, and the
    sections in `plain` as markdown without entries."""

    def __init__(self, layout: PageLayout, path: str, free: set, plain: frozenset = frozenset()):
        self.layout, self.source, self.path, self.free, self.plain = layout, layout.source, path, free, plain
        self.spec = Spec(kind="resource", name="page")
        self.style: dict = {}
        self.stats = ImportStats(offset=layout.page.body_offset)
        self.position = 0
        self.website_blocks: list[tuple[Block, str]] = []
        self.timeouts_separator: str | None = None
        self.list_kinds: dict[int, str] = {}

    def build(self) -> tuple[Spec, ImportStats]:
        spec, page = self.spec, self.layout.page
        if page.crlf:
            self.style["line_endings"] = "crlf"
        record_gap(spec.spacing, "end", page.final_newlines, 1)
        fields = self._front_matter()
        header = list(self.layout.header)
        title = heading_text(self.source, header[0], 1) if header else None
        if title is not None:
            record_gap(spec.spacing, "title", header[0].start, 1 if spec.front_matter is not None else 0)
            self.position = header.pop(0).end
        codes = [block.text for raw in self.layout.sections for block in raw.units if block.type == "fence"]
        spec.kind, spec.name, tree_style = identify(title, fields, codes, self.path)
        has_layout = "layout" in fields or spec.front_matter is None
        spec.page_style = tree_style or ("website" if has_layout else "registry")
        spec.file_name = file_name_for(spec, self.path)
        self._title(title)
        self._summary(header)
        claimed: set[str] = set()
        for index, raw in enumerate(self.layout.sections):
            kind = SECTION_TITLES.get(raw.title.strip())
            readable = kind is not None and index not in self.free and not CLAIMS[kind] & claimed
            if readable and (kind == "schema" or raw.comment is None) and self._read(raw, kind):
                claimed |= CLAIMS[kind]
                self._standard_section(raw, kind)
            else:
                self._free_section(raw, kind, index)
                self.stats.raw_at(raw.start, raw.end, self._why_free(index, kind, claimed))
            self.position = raw.end
        self._finish()
        return spec, self.stats

    # -- the parts of a page -----------------------------------------------------------------
    def _front_matter(self) -> dict[str, str]:
        lines = self.layout.page.front_matter
        if lines is None:
            return {}
        parsed = parse_front_matter(lines)
        if parsed is None or "front_matter" in self.free:
            self.spec.front_matter = "\n".join(lines)
            return parsed.fields if parsed else {}
        self.spec.front_matter = parsed.fields
        if parsed.comment is not None:
            self.style["front_matter_comment"] = parsed.comment
        quoting = {key: value for key, value in parsed.quoting.items() if value != DEFAULT_QUOTING.get(key, '"')}
        indents = {key: value for key, value in parsed.indent.items() if value != 2}
        if quoting:
            self.style["front_matter_quoting"] = quoting
        if indents:
            self.style["front_matter_indent"] = indents
        return parsed.fields

    def _title(self, title: str | None) -> None:
        spec = self.spec
        if title is None:
            spec.title = ""
            return
        template = DEFAULTS[spec.page_style]["titles"].get(spec.kind)
        if template is not None and fill(template, name=spec.name) == title:
            return
        use_placeholder = spec.name in title and "{" not in title
        spec.title = title.replace(spec.name, "{name}") if use_placeholder else title

    def _summary(self, header) -> None:
        summary, notes = (header, []) if "header" in self.free else split_notes(self.source, header)
        if header:
            self.stats.raw_at(header[0].start, header[-1].end, "page header")
        if summary:
            self.spec.summary = self.source.block_text(summary)
            record_gap(self.spec.spacing, "summary", summary[0].start - self.position, 1)
            self.position = summary[-1].end
        if notes:
            self.spec.notes = [self.source.text(note.start, note.end) for note in notes]
            record_gap(self.spec.spacing, "notes", notes[0].start - self.position, 1)
            self.position = notes[-1].end

    def _standard_section(self, raw: RawSection, kind: str) -> None:
        spec = self.spec
        read_as = kind
        if kind == "import":
            read_as = "import (standard wording)" if spec.import_.using is not None else "import (free steps)"
        self.stats.sections[read_as] += 1
        spec.sections.append(kind)
        record_gap(spec.spacing, kind, raw.start - self.position, 1)
        if raw.title != DEFAULTS[spec.page_style][f"{kind}_heading"]:
            self.style[f"{kind}_heading"] = raw.title
        if kind in ("arguments", "attributes", "schema"):
            for items, _ in entry_lists(spec):
                self.list_kinds.setdefault(id(items), kind)

    def _why_free(self, index: int, kind: str | None, claimed: set[str]) -> str:
        if index in self.plain:
            return "free section kept as markdown: its entries did not render back"
        if kind is None:
            return "free section"
        if index in self.free:
            return f"{kind} section kept as markdown: its structured rendering differed"
        if CLAIMS[kind] & claimed:
            return f"second {kind} section"
        return f"{kind} section not in a form we read"

    def _free_section(self, raw: RawSection, kind: str | None, index: int) -> None:
        """A section kept as it is: its bullets as entries where they read as such (unless a
        first reading of them did not render back), the rest as markdown."""
        self.stats.sections["free" if kind is None else f"{kind} (kept free)"] += 1
        if kind in REFERENCE_KINDS:
            self.stats.count(kind, sum(len(unit.items) for unit in raw.units if unit.type == "bullet_list"), 0)
            self.stats.degraded_sections.append(kind)
        section = Section(title=raw.title)
        if raw.comment is not None:
            section.comment = comment_text(self.source, raw.comment)
        record_gap(section.spacing, "heading", raw.start - self.position, 1)
        # The hand-written bullet grammar; a tfplugindocs schema kept free stays markdown.
        readable = index not in self.plain and kind != "schema"
        entries = parse_items(self.source, raw.units, raw.heading.end) if readable else None
        if entries is not None and entries.structured:
            section.entries = entries.items
            self.stats.count("free sections", entries.bullets, entries.structured)
            self._reading(entries)
            self.list_kinds[id(section.entries)] = "free sections"
        elif raw.units:
            section.body = self.source.block_text(raw.units)
            record_gap(section.spacing, "body", raw.units[0].start - raw.heading.end, 1)
        self.spec.sections.append(section)

    def _read(self, raw: RawSection, kind: str) -> bool:
        """Read a standard section into the spec; False when it is to stay free."""
        spec, source, units, start = self.spec, self.source, raw.units, raw.heading.end
        if kind == "examples":
            spec.examples = parse_examples(source, units, start)
            self.stats.raw_at(raw.start, raw.end, "examples section")
        elif kind in ("arguments", "attributes"):
            result = parse_reference(source, units, start, kind)
            self._reading(result)
            setattr(spec, kind, result.items)
            spec.blocks.extend(result.blocks)
            self.website_blocks.extend((block, kind) for block in result.blocks)
            self.stats.count(kind, result.bullets, result.structured)
            self._reference_style(kind, result)
        elif kind == "schema":
            comment = comment_text(source, raw.comment) if raw.comment is not None else ""
            if comment != COMMON["schema_comment"]:
                self.style["schema_comment"] = comment
            result, spec.arguments, spec.attributes = parse_schema(source, units, start)
            self._reading(result)
            spec.blocks.extend(result.blocks)
            self.stats.count("schema", result.bullets, result.structured)
            spec.spacing.update({f"schema_{key}": gap for key, gap in result.spacing.items()})
        elif kind == "timeouts":
            return self._timeouts(units, start)
        else:
            spec.import_ = parse_standard_import(source, units, start, spec.name)
            if spec.import_ is None:
                spec.import_, identity = parse_import_steps(source, units, start)
                self.stats.count("identity", len(identity), len(identity))
                self.stats.entries_at(identity)
            self.stats.raw_at(raw.start, raw.end, "import section")
        return True

    def _reading(self, result) -> None:
        """Note which bullets of a reference section became entries, and which stayed raw."""
        self.stats.entries_at(result.reading.entry_lines)
        for start, end in result.reading.raw:
            self.stats.raw_at(start, end, "bullet not in an entry form")

    def _reference_style(self, kind: str, result) -> None:
        """Record the intro wording and spacing of an argument or attribute section."""
        defaults = DEFAULTS[self.spec.page_style]
        if result.groups:
            self.style["argument_groups"] = True
            for key, text in zip(("required_intro", "optional_intro"), result.groups):
                if text != defaults[key]:
                    self.style[key] = text
        elif result.intro is None:
            self.style[f"{kind}_intro"] = ""
        elif result.intro != fill(str(defaults[f"{kind}_intro"]), kind=KIND_LABELS[self.spec.kind]):
            self.style[f"{kind}_intro"] = result.intro
        for key, gap in result.spacing.items():
            self.spec.spacing[f"{kind}_intro" if key == "intro" else key] = gap

    def _timeouts(self, units, start: int) -> bool:
        timeouts, seen, read = parse_timeouts(self.source, units, start)
        if timeouts is None:
            return False
        self.stats.count("timeouts", seen, read)
        self.stats.entries_at(timeouts.lines)
        self.spec.timeouts = timeouts.values
        for key, value in (
            ("timeouts_intro", timeouts.intro),
            ("timeouts_bullet", timeouts.bullet),
            ("timeouts_default", timeouts.wording or COMMON["timeouts_default"]),
            ("timeouts_joiner", timeouts.joiner),
        ):
            if value != COMMON[key]:
                self.style[key] = value
        self.timeouts_separator = timeouts.separator
        record_gap(self.spec.spacing, "timeouts_intro", timeouts.intro_gap, 1)
        record_gap(self.spec.spacing, "timeouts_list", timeouts.list_gap, 1)
        return True

    def _finish(self) -> None:
        spec = self.spec
        for items in demote_duplicates(spec):
            self.stats.structured[self.list_kinds.get(id(items), "arguments")] -= 1
        defaults = DEFAULTS[spec.page_style]
        normalize_entries(spec, self.style, defaults)
        if self.timeouts_separator not in (None, self.style.get("separator", defaults["separator"])):
            self.style["timeouts_separator"] = self.timeouts_separator
        normalize_blocks(self.website_blocks, self.style, defaults)
        if spec.sections == default_sections(spec):
            spec.sections = []
        spec.style = self.style


def import_spec(text: str, path: str) -> tuple[Spec, ImportStats]:
    """Read a page into a spec that renders it back byte for byte (see the module doc)."""
    layout = split_layout(text)
    free: set = set()
    plain: set = set()
    spec, stats = SpecBuilder(layout, path, free).build()
    for _ in range(MAX_REPAIRS):
        rendered = render_page(spec)
        if rendered == text:
            break
        region = layout.region_of(_first_difference(rendered, text))
        if region in free and isinstance(region, int) and region not in plain:
            plain.add(region)
        else:
            if region in free:
                region = _previous_region(region)
                if region is None or region in free:
                    break
            free.add(region)
        spec, stats = SpecBuilder(layout, path, free, frozenset(plain)).build()
    stats.repaired = [layout.region_name(region) for region in sorted(free, key=str)]
    mark_invalid_hcl(spec)
    spec.path = path
    return spec, stats


def import_page(text: str, path: str) -> str:
    """The YAML spec of a Registry page (see `import_spec`)."""
    spec, _ = import_spec(text, path)
    return dump_spec(spec)


def _previous_region(region: str | int) -> str | int | None:
    if isinstance(region, int):
        return region - 1 if region > 0 else "header"
    return "front_matter" if region == "header" else None


def _first_difference(left: str, right: str) -> int:
    """0-based number of the first line where two texts differ."""
    for number, (a, b) in enumerate(zip(left.split("\n"), right.split("\n"))):
        if a != b:
            return number
    return min(left.count("\n"), right.count("\n"))
