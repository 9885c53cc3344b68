"""After reading a page: move the house style most entries and blocks share up to the page.

Entries are read with every style value they use; the most common value of each becomes the
page's style (when it is not the default) and only the exceptions stay on entries. A name
listed twice in one list keeps its second bullet as markdown, since specs forbid duplicates.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterator, Mapping

from regdocs.registry.formatting import blank_lines_before, schema_entry, website_entry
from regdocs.markdown_import.source import record_gap
from regdocs.spec.model import Block, Entry, IdentitySchema, Item, Markdown, Section, Spec
from regdocs.spec.styles import DEFAULTS, ENTRY_STYLE_KEYS


def entry_lists(spec: Spec) -> Iterator[tuple[list[Item], str]]:
    """(items, parent path) of every list of arguments or attributes, nested lists included."""
    lists = [(spec.arguments, ""), (spec.attributes, "")]
    for block in spec.blocks:
        lists += [(block.arguments, block.name), (block.attributes, block.name)]
    lists += [(section.entries, "") for section in spec.sections if isinstance(section, Section)]
    for items, parent in lists:
        yield from _with_nested(items, parent)


def _with_nested(items: list[Item], parent: str) -> Iterator[tuple[list[Item], str]]:
    yield items, parent
    for item in items:
        if isinstance(item, Entry) and item.entries:
            yield from _with_nested(item.entries, f"{parent}.{item.name}" if parent else item.name)


def all_entries(spec: Spec) -> list[Entry]:
    items = [item for items, _ in entry_lists(spec) for item in items]
    if spec.import_ is not None:
        items += [entry for step in spec.import_.steps if isinstance(step, IdentitySchema) for entry in step.entries]
    return [item for item in items if isinstance(item, Entry)]


def effective_gap(items: list[Item], index: int) -> int:
    """Blank lines before items[index], as the templates lay the list out."""
    return blank_lines_before(items[index], items[index - 1] if index else None)


def demote_duplicates(spec: Spec) -> list[list[Item]]:
    """Keep the second bullet of a name listed twice as markdown; returns the list of each."""
    demoted = []
    for items, parent in entry_lists(spec):
        gaps = [effective_gap(items, index) for index in range(len(items))]
        seen: set[str] = set()
        for index, item in enumerate(items):
            if not isinstance(item, Entry):
                continue
            if item.name in seen:
                text = (
                    schema_entry(item, DEFAULTS["registry"], parent)
                    if "schema_bullet" in item.style
                    else website_entry(item, DEFAULTS["website"])
                )
                indent = str(item.style.get("list_indent", ""))  # nested markdown keeps its indent
                items[index] = Markdown("\n".join(indent + line if line else "" for line in text.split("\n")))
                demoted.append(items)
            seen.add(item.name)
        if demoted and demoted[-1] is items:
            for index, item in enumerate(items):
                item.spacing.pop("before", None)
                record_gap(item.spacing, "before", gaps[index], effective_gap(items, index))
    return demoted


def _relevant(entry: Entry, key: str) -> bool:
    """Whether a style key shows in this entry's text at all."""
    if key == "indent":
        return bool(entry.description) and "\n" in entry.description
    if key == "deprecated_position":
        return entry.deprecated
    if key == "write_only_label":
        return entry.write_only
    if key == "separator":
        return bool(
            entry.description
            or entry.required is not None
            or entry.computed
            or entry.annotations
            or entry.deprecated
            or entry.write_only
            or entry.default is not None
            or entry.allowed_values
        )
    return True


def normalize_entries(spec: Spec, style: dict, defaults: Mapping[str, object]) -> None:
    entries = all_entries(spec)
    for key in ENTRY_STYLE_KEYS:
        values: Counter = Counter()
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
            if key in entry.style and entry.style[key] == common:
                del entry.style[key]


def _form(text: str | None, name: str) -> str:
    """A block intro or heading with the block's name turned into `{name}` ("" for none)."""
    return text.replace(name, "{name}", 1) if text else ""


def normalize_blocks(blocks: list[tuple[Block, str]], style: dict, defaults: Mapping[str, object]) -> None:
    """The usual intro and heading of website-style blocks become the page's; (block, part) pairs."""
    for field_name, style_key, part in (
        ("intro", "block_intro", "arguments"),
        ("intro", "attribute_block_intro", "attributes"),
        ("heading", "block_heading", None),
    ):
        chosen = [block for block, block_part in blocks if part is None or block_part == part]
        if not chosen:
            continue
        common = Counter(_form(getattr(block, field_name), block.name) for block in chosen).most_common(1)[0][0]
        if common != defaults[style_key]:
            style[style_key] = common
        for block in chosen:
            value = getattr(block, field_name)
            setattr(block, field_name, None if _form(value, block.name) == common else (value or ""))
