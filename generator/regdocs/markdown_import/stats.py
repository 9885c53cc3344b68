"""What an import made of a page's bullets: structured entries or raw markdown, per section."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class ImportStats:
    """Bullet items seen and bullet items that became entries, per section kind.

    `sections` counts the H2 sections by how they were read (`arguments`, `import (free steps)`,
    `free`...); `degraded_sections` are reference sections kept as free markdown; `repaired` names the
    parts of the page kept free because their structured rendering differed from the page.
    `entry_lines` are the 0-based page lines where a bullet read as an entry starts, and `raw` the
    page line ranges kept as markdown, each with why, so a report can say what became of any bullet.
    """

    bullets: Counter = field(default_factory=Counter)
    structured: Counter = field(default_factory=Counter)
    degraded_sections: list[str] = field(default_factory=list)
    sections: Counter = field(default_factory=Counter)
    repaired: list[str] = field(default_factory=list)
    entry_lines: set[int] = field(default_factory=set)
    raw: list[tuple[int, int, str]] = field(default_factory=list)
    offset: int = 0  # page line of body line 0

    def count(self, kind: str, seen: int, structured: int) -> None:
        self.bullets[kind] += seen
        self.structured[kind] += structured

    def entries_at(self, body_lines) -> None:
        """Bullets starting at these body lines became entries."""
        self.entry_lines.update(line + self.offset for line in body_lines)

    def raw_at(self, start: int, end: int, reason: str) -> None:
        """Body lines [start, end) stay markdown, for `reason`."""
        self.raw.append((start + self.offset, end + self.offset, reason))

    def merge(self, other: "ImportStats") -> None:
        self.bullets.update(other.bullets)
        self.structured.update(other.structured)
        self.degraded_sections.extend(other.degraded_sections)
        self.sections.update(other.sections)
        self.repaired.extend(other.repaired)
