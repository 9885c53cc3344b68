"""YAML safe loading that keeps the 1-based line and column of every key and value.

Built on the composer of yaml's safe loader: the node tree carries marks, which we keep on
the Python values (`Text`, `PositionedDict`, `PositionedList`) while constructing them.

Limits, each an error at the place: values nest at most MAX_DEPTH levels; aliases may be
used, but they repeat at most MAX_REPEATED values in all (an alias bomb, 9 nested lists of
9 aliases each, would expand to 9^9 values: it is refused at once).
"""

from __future__ import annotations

import datetime
import re

import yaml

from regdocs.diagnostics import Diagnostic
from regdocs.spec.model import Text

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_constructor = yaml.SafeLoader("")
_STR_TAG = "tag:yaml.org,2002:str"
MAX_DEPTH = 64
MAX_REPEATED = 100_000
# Characters YAML does not allow in a stream (YAML 1.1 `c-printable`), found before parsing so
# that the error points at the character itself.
_UNPRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class YamlError(Exception):
    """The text is not YAML; carries the diagnostic to report."""

    def __init__(self, diagnostic: Diagnostic):
        super().__init__(diagnostic.format())
        self.diagnostic = diagnostic


class Positioned:
    """A value's 1-based line and column in the spec file."""

    line: int = 0
    column: int = 0


class PositionedDict(dict, Positioned):
    """A mapping remembering its own position and the position of each key."""

    def __init__(self) -> None:
        super().__init__()
        self.key_positions: dict[str, tuple[int, int]] = {}


class PositionedList(list, Positioned):
    """A sequence remembering its position."""


class Scalar(Positioned):
    """A non-string scalar (int, bool, null...) with its position."""

    def __init__(self, value, line: int, column: int):
        self.value, self.line, self.column = value, line, column


def _position(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _line_column(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def compose(text: str, path: str) -> yaml.Node | None:
    """The node tree of one YAML document; a Diagnostic error when the text is not YAML."""
    bad = _UNPRINTABLE.search(text)
    if bad is not None:
        line, column = _line_column(text, bad.start())
        raise YamlError(
            Diagnostic(
                f"malformed YAML: the character U+{ord(bad.group()):04X} is not allowed in YAML; remove it "
                '(in a double-quoted string it can be written as an escape such as "\\x07")',
                path,
                line,
                column,
            )
        )
    try:
        return yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "invalid YAML"
        raise YamlError(
            Diagnostic(
                f"malformed YAML: {problem}; check the indentation and quoting around here",
                path,
                mark.line + 1 if mark else None,
                mark.column + 1 if mark else None,
            )
        ) from None
    except yaml.reader.ReaderError as error:  # the C reader counts UTF-8 bytes, the Python one characters
        offset = (
            error.position
            if _Loader is yaml.SafeLoader
            else len(text.encode()[: error.position].decode(errors="replace"))
        )
        line, column = _line_column(text, offset)
        raise YamlError(Diagnostic(f"malformed YAML: {error.reason}", path, line, column)) from None
    except yaml.YAMLError as error:
        raise YamlError(Diagnostic(f"malformed YAML: {error}", path, 1, 1)) from None


class _Walk:
    """The nodes converted so far, how many values aliases repeated, the text's lines."""

    def __init__(self, text: str | None) -> None:
        self.seen: set[int] = set()
        self.repeated = 0
        self.lines = text.split("\n") if text is not None else None

    def content_column(self, first_line: int, fallback: int) -> int:
        """1-based column where the content of a block scalar starts (its first line that is
        not blank, from the 0-based line `first_line`)."""
        for line in (self.lines or [])[first_line:]:
            if line.strip():
                return len(line) - len(line.lstrip(" ")) + 1
        return fallback


def to_python(
    node: yaml.Node,
    path: str,
    problems: list[Diagnostic],
    depth: int = 0,
    walk: _Walk | None = None,
    text: str | None = None,
):
    """Plain values with positions; duplicate keys and unreadable values are reported into
    `problems` (such a value is None); YamlError when a limit is passed. With the `text` the
    node was composed from, a block scalar's column is that of its content."""
    walk = walk or _Walk(text)
    line, column = _position(node)
    if id(node) in walk.seen:  # reached again through an alias
        walk.repeated += 1
        if walk.repeated > MAX_REPEATED:
            raise YamlError(
                Diagnostic(
                    f"aliases of this value repeat more than {MAX_REPEATED:,} values in all; write the "
                    "repeated values out or use fewer aliases",
                    path,
                    line,
                    column,
                )
            )
    else:
        walk.seen.add(id(node))
    if depth > MAX_DEPTH:
        raise YamlError(Diagnostic(f"the values nest more than {MAX_DEPTH} levels deep here", path, line, column))
    if isinstance(node, yaml.MappingNode):
        result = PositionedDict()
        result.line, result.column = line, column
        for key_node, value_node in node.value:
            key = to_python(key_node, path, problems, depth + 1, walk)
            key_text = str(key.value if isinstance(key, Scalar) else key)
            key_line, key_column = _position(key_node)
            if key_text in result:
                first_line = result.key_positions[key_text][0]
                problems.append(
                    Diagnostic(
                        f"duplicate key `{key_text}` (first given on line {first_line}); keep only one",
                        path,
                        key_line,
                        key_column,
                    )
                )
                continue
            result[key_text] = to_python(value_node, path, problems, depth + 1, walk)
            result.key_positions[key_text] = (key_line, key_column)
        return result
    if isinstance(node, yaml.SequenceNode):
        result = PositionedList(to_python(item, path, problems, depth + 1, walk) for item in node.value)
        result.line, result.column = line, column
        return result
    construct = _constructor.yaml_constructors.get(node.tag)
    if construct is None:
        problems.append(Diagnostic(f"unsupported YAML tag `{node.tag}`; remove it", path, line, column))
        return Scalar(None, line, column)
    try:
        value = node.value if node.tag == _STR_TAG else construct(_constructor, node)  # a string is its node's value
        if not isinstance(value, (str, int, float, bool, type(None), bytes, datetime.date)):
            raise TypeError("a collection tag on a single value")
    except (yaml.YAMLError, ValueError, TypeError, KeyError, AttributeError, OverflowError) as error:
        reason = (
            "not a value of this type" if isinstance(error, KeyError) else getattr(error, "problem", None) or str(error)
        )
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        problems.append(Diagnostic(f"cannot read this value as `{tag}`: {reason}; quote it", path, line, column))
        return Scalar(None, line, column)
    if isinstance(value, str):
        if node.style in ("|", ">"):
            return Text(value, line + 1, walk.content_column(line, column), literal=node.style == "|")
        return Text(value, line, column)
    return Scalar(value, line, column)
