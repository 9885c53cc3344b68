"""The `## Timeouts` section: an intro, then one bullet per operation with its default and what
it is used for, in the wording the page uses.

Read line by line (a list written right under its intro is one markdown paragraph): the intro
is everything before the run of bullets closing the section. Each bullet is
`` * `create` - `` followed by its default and description in one of the wordings below, the
same on every bullet of the page:

- a leading flag: `(Default `10m`)`, `(Defaults to 30 minutes)`, then the description after
  a space or `, `;
- a closing sentence: `Used when creating the widget. Default is 20 minutes.`;
- no default at all: only the description.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from regdocs.markdown_import.blocks import MdBlock
from regdocs.markdown_import.source import Source

_BULLET = re.compile(r"(?P<bullet>[ \t]*[*+-]) `(?P<name>\w+)`(?P<separator>\s*[-–:]\s*)(?P<rest>.*)")
_LEADING = re.compile(r"\((?P<words>Defaults? (?:to |is )?)(?P<quote>`?)(?P<default>[^`()]+)(?P=quote)\)")
_TRAILING = re.compile(r"(?P<words>Defaults? (?:to |is ))(?P<quote>`?)(?P<default>[^`]+?)(?P=quote)\.$")
_JOINER = re.compile(r"(,? )(?=\S)")


@dataclass
class Timeouts:
    intro: str
    values: dict[str, str | dict[str, str]]  # name -> default, or {default, description}
    bullet: str
    separator: str
    wording: str | None  # the default's template, `{default}` in it; None when no bullet has one
    joiner: str  # between the description and the default
    intro_gap: int
    list_gap: int
    lines: list[int]  # body lines of the bullets


@dataclass
class _Bullet:
    name: str
    default: str | None
    description: str | None
    wording: str | None
    joiner: str


def _read_rest(name: str, rest: str) -> _Bullet:
    """The default, description and wording of the text after a bullet's separator."""
    leading = _LEADING.match(rest)
    if leading:
        wording = f"({leading['words']}{leading['quote']}{{default}}{leading['quote']})"
        after = rest[leading.end() :]
        joiner = _JOINER.match(after)
        if not after or joiner is None:
            return _Bullet(name, leading["default"], after or None, wording, "" if after else " ")
        return _Bullet(name, leading["default"], after[joiner.end() :], wording, joiner.group(1))
    trailing = _TRAILING.search(rest)
    if trailing and (trailing.start() == 0 or rest[trailing.start() - 1] == " "):
        wording = f"{trailing['words']}{trailing['quote']}{{default}}{trailing['quote']}."
        description = rest[: trailing.start()].rstrip(" ") or None
        return _Bullet(name, trailing["default"], description, wording, " ")
    return _Bullet(name, None, rest or None, None, " ")


def parse_timeouts(source: Source, units: list[MdBlock], previous_end: int) -> tuple[Timeouts | None, int, int]:
    """(timeouts or None, bullets seen, bullets read) of a timeouts section."""
    if not units:
        return None, 0, 0
    lines = source.lines[units[0].start : units[-1].end]
    matches = []
    for line in reversed(lines):
        match = _BULLET.fullmatch(line)
        if match is None:
            break
        matches.insert(0, match)
    seen = sum(len(unit.items) for unit in units if unit.type == "bullet_list")
    bullets = [_read_rest(match["name"], match["rest"]) for match in matches]
    wordings = {bullet.wording for bullet in bullets if bullet.wording is not None}
    joiners = {bullet.joiner for bullet in bullets if bullet.wording is not None and bullet.description}
    if (
        not matches
        or len({match["bullet"] for match in matches}) != 1
        or len({match["separator"] for match in matches}) != 1
        or len(wordings) > 1
        or len(joiners) > 1
        or len({bullet.name for bullet in bullets}) < len(bullets)
        or any(bullet.default is None and bullet.description is None for bullet in bullets)
    ):
        return None, seen, 0
    intro_lines = lines[: len(lines) - len(matches)]
    while intro_lines and intro_lines[-1] == "":
        intro_lines.pop()
    list_start = units[0].start + len(lines) - len(matches)
    intro_end = units[0].start + len(intro_lines)
    values: dict[str, str | dict[str, str]] = {}
    for bullet in bullets:
        value = {"default": bullet.default, "description": bullet.description}
        values[bullet.name] = bullet.default if bullet.description is None else _present(value)
    return (
        Timeouts(
            intro="\n".join(intro_lines),
            values=values,
            bullet=matches[0]["bullet"],
            separator=matches[0]["separator"],
            wording=wordings.pop() if wordings else None,
            joiner=joiners.pop() if joiners else " ",
            intro_gap=units[0].start - previous_end,
            list_gap=list_start - intro_end if intro_lines else list_start - previous_end,
            lines=list(range(list_start, units[-1].end)),
        ),
        seen,
        seen,
    )


def _present(value: dict[str, str | None]) -> dict[str, str]:
    return {key: text for key, text in value.items() if text is not None}
