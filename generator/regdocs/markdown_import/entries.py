"""One bullet list item to an Entry, in the website or the tfplugindocs (schema) grammar.

Small regular expressions read the head of one bullet line; everything after the head is
kept verbatim as the description. An entry is only returned when formatting it again gives
back exactly the item's lines, so a bullet in a shape we do not model stays raw markdown.
"""

from __future__ import annotations

import re

from regdocs.registry.formatting import schema_entry, website_entry
from regdocs.spec.model import Entry
from regdocs.spec.styles import DEFAULTS

_HEAD = re.compile(r"(?P<bullet>[*+-]) `(?P<name>[^`\s]+)`(?P<rest>.*)")
_SEPARATOR = re.compile(r"\s*[-–:]?\s*")
_CONDITION = re.compile(r"(Required|Optional) (?!-)(\S.*)")
_FLAG_WITH_TOKENS = re.compile(r"(Required|Optional|Computed), (.+)")
_WRITE_ONLY = re.compile(r"\[write-only\]\([^)]*\)", re.IGNORECASE)
_NESTED_LINK = re.compile(
    r"(?:^| )\(see \[below for nested schema\]\(#(nestedblock|nestedatt|nestedobjatt)--([\w-]+)\)\)$"
)
_DEFAULT = re.compile(r"(?:^| )Defaults to `([^`]+)`\.$")
_ALLOWED = re.compile(r"(?:^| )Valid values: ((?:`[^`]+`, )*`[^`]+`)\.$")
_DEPRECATED = "**Deprecated**"


def closing_paren(text: str, start: int) -> int | None:
    """Index of the `)` matching the `(` at `start`, skipping code spans."""
    depth = 0
    index = start
    while index < len(text):
        char = text[index]
        if char == "`":
            end = text.find("`", index + 1)
            if end < 0:
                return None
            index = end
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return None


def split_top_level(text: str) -> list[str]:
    """Split on `, ` outside code spans, links and parentheses."""
    parts, depth, code, current = [], 0, False, ""
    index = 0
    while index < len(text):
        char = text[index]
        if char == "`":
            code = not code
        elif not code and char in "([":
            depth += 1
        elif not code and char in ")]":
            depth -= 1
        if not code and depth == 0 and text.startswith(", ", index):
            parts.append(current)
            current = ""
            index += 2
            continue
        current += char
        index += 1
    parts.append(current)
    return parts


def _continuation(lines: list[str]) -> tuple[str, int] | None:
    """The later lines of an item without their common indent, and that indent."""
    filled = [line for line in lines if line]
    if not filled:
        return "\n".join(lines), 0
    indent = min(len(line) - len(line.lstrip(" ")) for line in filled)
    if any(len(line) <= indent for line in filled):
        indent = 0
    return "\n".join(line[indent:] for line in lines), indent


def _description(first: str, later: list[str]) -> tuple[str | None, int]:
    rest, indent = _continuation(later)
    if not later:
        return (first or None), 2
    return first + "\n" + rest, indent


def _apply_paren(entry: Entry, content: str) -> None:
    if content in ("Required", "Optional"):
        entry.required = content == "Required"
        return
    if content == "Computed":
        entry.computed = True
        return
    condition = _CONDITION.fullmatch(content)
    if condition:
        entry.required = condition.group(1) == "Required"
        entry.condition = condition.group(2)
        return
    flagged = _FLAG_WITH_TOKENS.fullmatch(content)
    tokens = [content]
    if flagged:
        word = flagged.group(1)
        if word == "Computed":
            entry.computed = True
        else:
            entry.required = word == "Required"
        tokens = split_top_level(flagged.group(2))
    if tokens and _WRITE_ONLY.fullmatch(tokens[0]):
        entry.write_only = True
        entry.style["write_only_label"] = tokens.pop(0)
    if tokens and tokens[-1] == "Deprecated":
        entry.deprecated = True
        entry.style["deprecated_position"] = "paren"
        tokens.pop()
    entry.annotations = tokens


def _extract_default(entry: Entry) -> None:
    """Move closing `Valid values: `a`, `b`.` and `Defaults to `x`.` sentences into fields."""
    if not entry.description:
        return
    match = _DEFAULT.search(entry.description)
    if match:
        entry.default = match.group(1)
        entry.description = entry.description[: match.start()] or None
    match = _ALLOWED.search(entry.description or "")
    if match:
        entry.allowed_values = [value.strip("`") for value in match.group(1).split(", ")]
        entry.description = entry.description[: match.start()] or None


def parse_website_entry(lines: list[str]) -> Entry | None:
    """`` * `name` - (Optional) text`` and its continuation lines, or None."""
    head = _HEAD.fullmatch(lines[0])
    if head is None:
        return None
    entry = Entry(name=head["name"])
    entry.style["bullet"] = head["bullet"]
    rest = head["rest"]
    separator = _SEPARATOR.match(rest).group(0)  # type: ignore[union-attr]
    entry.style["separator"] = separator
    rest = rest[len(separator) :]
    if rest.startswith(_DEPRECATED + " ("):
        entry.deprecated = True
        entry.style["deprecated_position"] = "before"
        rest = rest[len(_DEPRECATED) + 1 :]
    if rest.startswith("("):
        end = closing_paren(rest, 0)
        if end is not None:
            _apply_paren(entry, rest[1:end])
            rest = rest[end + 1 :]
            if rest:
                entry.style["flag_separator"] = " " if rest.startswith(" ") else ""
                rest = rest[len(entry.style["flag_separator"]) :]
    if rest.startswith(_DEPRECATED) and not entry.deprecated:
        entry.deprecated = True
        entry.style.setdefault("deprecated_position", "after")
        rest = rest[len(_DEPRECATED) :]
        rest = rest[1:] if rest.startswith(" ") else rest
    entry.description, indent = _description(rest, lines[1:])
    entry.style["indent"] = indent
    entry.style["margin"] = ""
    entry.style.setdefault("deprecated_position", "after")
    entry.style.setdefault("write_only_label", DEFAULTS["website"]["write_only_label"])
    _extract_default(entry)
    if website_entry(entry, DEFAULTS["website"]) != "\n".join(lines):
        if entry.default is None and not entry.allowed_values:
            return None
        entry.description, entry.default, entry.allowed_values = _description(rest, lines[1:])[0], None, []
        if website_entry(entry, DEFAULTS["website"]) != "\n".join(lines):
            return None
    return entry


def parse_schema_entry(lines: list[str], parent: str = "", anchors: dict[str, str] | None = None) -> Entry | None:
    """`` - `name` (String, Sensitive) text (see [below for nested schema](#...))``, or None."""
    head = _HEAD.fullmatch(lines[0])
    if head is None:
        return None
    entry = Entry(name=head["name"])
    entry.style["schema_bullet"] = head["bullet"]
    rest = head["rest"]
    if rest.startswith(" ("):
        end = closing_paren(rest, 1)
        if end is None:
            return None
        tokens = split_top_level(rest[2:end])
        if tokens and _WRITE_ONLY.fullmatch(tokens[-1]):
            entry.write_only = True
            entry.style["write_only_label"] = tokens.pop()
        if tokens and tokens[-1] == "Deprecated":
            entry.deprecated = True
            tokens.pop()
        if tokens and tokens[-1] == "Sensitive":
            entry.sensitive = True
            tokens.pop()
        entry.type = ", ".join(tokens) or None
        rest = rest[end + 1 :]
        if rest:
            entry.style["flag_separator"] = " " if rest.startswith(" ") else ""
            rest = rest[len(entry.style["flag_separator"]) :]
    else:
        rest = rest[1:] if rest.startswith(" ") else rest
    description, indent = _description(rest, lines[1:])
    entry.style["indent"] = indent
    entry.style["margin"] = ""
    if description:
        nested = _NESTED_LINK.search(description)
        if nested:
            entry.nested = True
            description = description[: nested.start()] or None
    entry.description = description
    entry.style.setdefault("write_only_label", DEFAULTS["registry"]["write_only_label"])
    if schema_entry(entry, DEFAULTS["registry"], parent, anchors) != "\n".join(lines):
        return None
    return entry
