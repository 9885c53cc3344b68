"""Where a key is defined in TOML text, for errors about configuration values (tomllib keeps no
positions). A line scanner that knows table headers, dotted and quoted keys, and skips the
inside of multi-line strings and arrays; it reads text tomllib has already accepted."""

from __future__ import annotations

import re
import tomllib

Position = tuple[int, int]

_BARE = r"[A-Za-z0-9_-]+"
_QUOTED = r'"(?:[^"\\]|\\.)*"|\'[^\']*\''
_KEY = rf"(?:{_BARE}|{_QUOTED})(?:[ \t]*\.[ \t]*(?:{_BARE}|{_QUOTED}))*"
_HEADER = re.compile(rf"[ \t]*\[\[?[ \t]*(?P<key>{_KEY})[ \t]*\]\]?")
_ASSIGNMENT = re.compile(rf"[ \t]*(?P<key>{_KEY})[ \t]*=")
_PART = re.compile(rf"{_BARE}|{_QUOTED}")
_STRING = re.compile(r'"""|\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#.*')
_TOML_ERROR_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


def _parts(key: str) -> tuple[str, ...]:
    return tuple(tomllib.loads(f"k = {part}")["k"] if part[0] in "\"'" else part for part in _PART.findall(key))


def key_positions(text: str) -> dict[tuple[str, ...], Position]:
    """The full dotted path of every table header and key assignment -> its 1-based position
    (the first definition when a path appears twice, as with arrays of tables)."""
    found: dict[tuple[str, ...], Position] = {}
    table: tuple[str, ...] = ()
    open_string: str | None = None
    brackets = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if open_string is None and brackets == 0:
            header = _HEADER.match(line)
            assignment = None if header else _ASSIGNMENT.match(line)
            if header:
                table = _parts(header["key"])
                found.setdefault(table, (number, header.start("key") + 1))
            elif assignment:
                path = (*table, *_parts(assignment["key"]))
                for end in range(len(table) + 1, len(path) + 1):
                    found.setdefault(path[:end], (number, assignment.start("key") + 1))
                line = line[assignment.end() :]
        open_string, brackets = _scan_value(line, open_string, brackets)
    return found


def _scan_value(line: str, open_string: str | None, brackets: int) -> tuple[str | None, int]:
    """The multi-line string still open and the array brackets still open after `line`."""
    position = 0
    while position <= len(line):
        if open_string is not None:
            end = line.find(open_string, position)
            if end < 0:
                return open_string, brackets
            open_string, position = None, end + 3
            continue
        match = _STRING.search(line, position)
        segment = line[position : match.start() if match else len(line)]
        brackets += segment.count("[") + segment.count("{") - segment.count("]") - segment.count("}")
        if match is None or match.group().startswith("#"):
            return None, max(brackets, 0)
        if match.group() in ('"""', "'''"):
            open_string = match.group()
        position = match.end()
    return open_string, max(brackets, 0)


def position_of(text: str, path: tuple[str, ...]) -> Position:
    """Where `path` (or the longest part of it that is written out) is defined; (1, 1) when none is."""
    positions = key_positions(text)
    for end in range(len(path), 0, -1):
        if path[:end] in positions:
            return positions[path[:end]]
    return 1, 1


def decode_error_position(error: tomllib.TOMLDecodeError, text: str) -> Position:
    """The position tomllib gives in its message (`(at line 3, column 5)`), else the end."""
    match = _TOML_ERROR_AT.search(str(error))
    if match:
        return int(match[1]), int(match[2])
    lines = text.splitlines() or [""]
    return len(lines), len(lines[-1]) + 1
