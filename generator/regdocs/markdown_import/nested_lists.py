"""A bullet list item as an entry, with the bullet lists indented under it as its nested entries.

The item's own lines (up to its first nested bullet) are read by the grammar's head parser;
each nested bullet becomes an entry of its own, read the same way, with its indent relative to
the parent bullet recorded as `list_indent`. Lines among the nested bullets that belong to none
of them, and nested bullets not in an entry form, stay markdown in their place. The item is an
entry only when rendering it again gives back exactly its lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from regdocs.markdown_import.blocks import ListItem
from regdocs.markdown_import.source import record_gap
from regdocs.registry.formatting import blank_lines_before
from regdocs.spec.model import Entry, Item, Markdown


@dataclass
class Grammar:
    """How one bullet's own lines are read (`parse`) and written again (`render`)."""

    parse: Callable[[list[str]], Entry | None]
    render: Callable[[Entry], str]
    nested: "Grammar | None" = None  # for the bullets indented under one; default: the same


@dataclass
class ItemReading:
    """What became of a list item's bullets: page lines (body-relative) read as entries and
    line ranges kept as markdown."""

    entry_lines: list[int]
    raw: list[tuple[int, int]]


def _dedent(lines: list[str], prefix: str) -> list[str] | None:
    """`lines` without `prefix`; None when a non-empty line does not start with it, or is only
    the prefix (it would come back empty)."""
    if not prefix:
        return lines
    if any(line and (line == prefix or not line.startswith(prefix)) for line in lines):
        return None
    return [line[len(prefix) :] for line in lines]


def leading_space(line: str) -> str:
    return line[: len(line) - len(line.lstrip(" \t"))]


def _segments(lines: list[str], start: int, end: int) -> tuple[int, tuple[int, int] | None, int]:
    """Lines [start, end) between two parts of an item: (blank lines before the text in them,
    its range or None, blank lines after it)."""
    first = start
    while first < end and lines[first] == "":
        first += 1
    if first == end:
        return end - start, None, 0
    last = end
    while lines[last - 1] == "":
        last -= 1
    return first - start, (first, last), end - last


def read_item(
    lines: list[str], item: ListItem, grammar: Grammar, prefix: str = "", reading: ItemReading | None = None
) -> Entry | None:
    """The entry of a list item whose lines start with `prefix`, or None (see the module doc).

    `reading`, when given, collects which nested bullets became entries and which stayed raw.
    """
    own = _dedent(lines[item.start : item.end], prefix)
    if own is None:
        return None
    head_end = item.children[0].start if item.children else item.end
    while head_end > item.start + 1 and lines[head_end - 1] == "":
        head_end -= 1
    entry = grammar.parse(own[: head_end - item.start])
    if entry is None or not item.children:
        return entry
    found = ItemReading([], [])
    gaps: list[int] = []

    def markdown(start: int, end: int) -> int:
        """Keep the text among lines [start, end) as markdown; the blank lines after it."""
        before, text, after = _segments(lines, start, end)
        if text is None:
            return before
        entry.entries.append(Markdown("\n".join(own[text[0] - item.start : text[1] - item.start])))
        gaps.append(before)
        found.raw.append(text)
        return after

    position = head_end
    for child in item.children:
        gap = markdown(position, child.start)
        child_prefix = prefix + leading_space(lines[child.start][len(prefix) :])
        nested = read_item(lines, child, grammar.nested or grammar, child_prefix, found)
        if nested is None:
            entry.entries.append(Markdown("\n".join(own[child.start - item.start : child.end - item.start])))
            found.raw.append((child.start, child.end))
        else:
            nested.style["list_indent"] = child_prefix[len(prefix) :]
            del nested.style["margin"]
            entry.entries.append(nested)
            found.entry_lines.append(child.start)
        gaps.append(gap)
        position = child.end
    if position < item.end:
        markdown(position, item.end)
    previous: Item = entry
    for nested_item, gap in zip(entry.entries, gaps):
        record_gap(nested_item.spacing, "before", gap, blank_lines_before(nested_item, previous))
        previous = nested_item
    if grammar.render(entry) != "\n".join(own):
        return None
    if reading is not None:
        reading.entry_lines.extend(found.entry_lines)
        reading.raw.extend(found.raw)
    return entry
