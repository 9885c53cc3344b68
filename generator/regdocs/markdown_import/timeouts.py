"""The `## Timeouts` section: an intro sentence and one `(Default `10m`)` bullet per operation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from regdocs.markdown_import.blocks import MdBlock
from regdocs.markdown_import.source import Source

_TIMEOUT = re.compile(r"(?P<bullet>[*+-]) `(?P<name>\w+)` - \(Default `(?P<default>[^`]+)`\)")


@dataclass
class Timeouts:
    intro: str
    defaults: dict[str, str]
    bullet: str
    intro_gap: int
    list_gap: int


def parse_timeouts(source: Source, units: list[MdBlock], previous_end: int) -> tuple[Timeouts | None, int, int]:
    """(timeouts or None, bullets seen, bullets read) of a timeouts section."""
    if len(units) != 2 or units[0].type != "paragraph" or units[1].type != "bullet_list":
        return None, sum(len(unit.items) for unit in units), 0
    items = units[1].items
    matches = [_TIMEOUT.fullmatch("\n".join(source.item_lines(item))) for item in items]
    read = sum(match is not None for match in matches)
    tight = all(later.start == earlier.end for earlier, later in zip(items, items[1:]))
    if read < len(items) or not tight or len({match["bullet"] for match in matches}) != 1:
        return None, len(items), read
    return (
        Timeouts(
            intro=source.text(units[0].start, units[0].end),
            defaults={match["name"]: match["default"] for match in matches},
            bullet=matches[0]["bullet"],
            intro_gap=units[0].start - previous_end,
            list_gap=units[1].start - units[0].end,
        ),
        len(items),
        read,
    )
