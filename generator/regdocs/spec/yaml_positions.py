"""YAML safe loading that keeps the 1-based line and column of every key and value.

Built on the composer of yaml's safe loader: the node tree carries marks, which we keep on
the Python values (`Text`, `PositionedDict`, `PositionedList`) while constructing them.
"""

from __future__ import annotations

import yaml

from regdocs.diagnostics import Diagnostic
from regdocs.spec.model import Text

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_constructor = yaml.SafeLoader("")
_STR_TAG = "tag:yaml.org,2002:str"


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


def compose(text: str, path: str) -> yaml.Node | None:
    """The node tree of one YAML document; a Diagnostic error when the text is not YAML."""
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
    except yaml.YAMLError as error:
        raise YamlError(Diagnostic(f"malformed YAML: {error}", path)) from None


def to_python(node: yaml.Node, path: str, problems: list[Diagnostic]):
    """Plain values with positions; duplicate keys are reported into `problems`."""
    line, column = _position(node)
    if isinstance(node, yaml.MappingNode):
        result = PositionedDict()
        result.line, result.column = line, column
        for key_node, value_node in node.value:
            key = to_python(key_node, path, problems)
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
            result[key_text] = to_python(value_node, path, problems)
            result.key_positions[key_text] = (key_line, key_column)
        return result
    if isinstance(node, yaml.SequenceNode):
        result = PositionedList(to_python(item, path, problems) for item in node.value)
        result.line, result.column = line, column
        return result
    construct = _constructor.yaml_constructors.get(node.tag)
    if construct is None:
        problems.append(Diagnostic(f"unsupported YAML tag `{node.tag}`; remove it", path, line, column))
        return Scalar(None, line, column)
    value = node.value if node.tag == _STR_TAG else construct(_constructor, node)  # a string is its node's value
    if isinstance(value, str):
        literal = node.style in ("|", ">")
        return Text(value, line + 1 if literal else line, column, literal=node.style == "|")
    return Scalar(value, line, column)
