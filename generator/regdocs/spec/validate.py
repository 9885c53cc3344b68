"""Check positioned spec data against the shipped JSON Schema, then rules a schema cannot say.

The schema interpreter covers the subset `schema.json` uses: type, enum, properties, required,
additionalProperties, items, oneOf (chosen by type and required keys), minimum and $ref.
"""

from __future__ import annotations

import difflib
import json
import re
from functools import lru_cache
from importlib.resources import files

from regdocs.diagnostics import Diagnostic
from regdocs.spec.as_provider_schema import parse_tf_type
from regdocs.spec.model import STANDARD_SECTIONS
from regdocs.spec.yaml_positions import PositionedDict, PositionedList, Scalar

_TYPE_NAMES = {
    "string": "a string",
    "boolean": "true or false",
    "integer": "a whole number",
    "object": "a mapping",
    "array": "a list",
    "null": "empty (null)",
}
SAFE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")
MAX_FILE_NAME = 255  # bytes, on the usual file systems
LONGEST_PAGE_EXTENSION = ".html.markdown"


@lru_cache(maxsize=1)
def spec_schema() -> dict:
    """The JSON Schema of a spec, as shipped in the package."""
    return json.loads(files("regdocs.spec").joinpath("schema.json").read_text(encoding="utf-8"))


def _type_of(value) -> str:
    if isinstance(value, PositionedDict):
        return "object"
    if isinstance(value, PositionedList):
        return "array"
    if isinstance(value, str):
        return "string"
    inner = value.value if isinstance(value, Scalar) else value
    if isinstance(inner, bool):
        return "boolean"
    if isinstance(inner, int):
        return "integer"
    if inner is None:
        return "null"
    return type(inner).__name__


def _shown(value) -> str:
    kind = _type_of(value)
    if kind == "string":
        return f'the string "{value}"' if len(value) < 40 and "\n" not in value else "a string"
    if kind in ("object", "array"):
        return _TYPE_NAMES[kind]
    return f"`{value.value if isinstance(value, Scalar) else value}`"


def _suggest(word: str, choices) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1)
    if close:
        return f"; did you mean `{close[0]}`?"
    if len(choices) > 8:
        return "; docs/spec.md lists the known keys"
    return "; expected one of: " + ", ".join(f"`{choice}`" for choice in choices)


class _Checker:
    """Walks positioned data along the schema, collecting a Diagnostic per problem."""

    def __init__(self, path: str):
        self.path = path
        self.root = spec_schema()
        self.problems: list[Diagnostic] = []

    def error(self, node, message: str, position: tuple[int, int] | None = None) -> None:
        """Report at `position`, else at the node's own position."""
        line, column = position or (getattr(node, "line", None), getattr(node, "column", None))
        self.problems.append(Diagnostic(message, self.path, line, column))

    def resolve(self, schema: dict) -> dict:
        while "$ref" in schema:
            schema = self.root["$defs"][schema["$ref"].rsplit("/", 1)[1]]
        return schema

    def check(self, value, schema: dict, label: str, position=None) -> None:
        schema = self.resolve(schema)
        if "oneOf" in schema:
            branch = self._branch(value, schema["oneOf"], label, position)
            if branch is not None:
                self.check(value, branch, label, position)
            return
        if "enum" in schema:
            if not isinstance(value, str) or value not in schema["enum"]:
                self.error(value, f"{label} is {_shown(value)}{_suggest(str(value), schema['enum'])}", position)
            return
        expected = schema.get("type")
        if expected is not None:
            allowed = expected if isinstance(expected, list) else [expected]
            actual = _type_of(value)
            if actual not in allowed:
                wanted = " or ".join(_TYPE_NAMES[name] for name in allowed)
                self.error(value, f"{label} must be {wanted}, not {_shown(value)}", position)
                return
        if isinstance(value, PositionedDict):
            self._mapping(value, schema, label)
        elif isinstance(value, PositionedList) and "items" in schema:
            for index, item in enumerate(value):
                self.check(item, schema["items"], f"item {index + 1} of {label}")
        elif _type_of(value) == "integer" and "minimum" in schema and value.value < schema["minimum"]:
            self.error(value, f"{label} must be at least {schema['minimum']}, not {value.value}", position)

    def _branch(self, value, branches: list[dict], label: str, position) -> dict | None:
        resolved = [self.resolve(branch) for branch in branches]
        if isinstance(value, str):
            for branch in resolved:
                if "enum" in branch or branch.get("type") == "string":
                    return branch
        if isinstance(value, PositionedDict):
            for branch in resolved:
                if branch.get("type") == "object" and all(key in value for key in branch.get("required", [])):
                    return branch
            keys = [
                f"`{branch['required'][0]}` ({branch.get('title', 'an item')})"
                for branch in resolved
                if branch.get("required")
            ]
            self.error(value, f"{label} needs {' or '.join(keys)}", position)
            return None
        kinds = sorted({_TYPE_NAMES.get(branch.get("type", "string"), "a string") for branch in resolved})
        self.error(value, f"{label} must be {' or '.join(kinds)}, not {_shown(value)}", position)
        return None

    def _mapping(self, value: PositionedDict, schema: dict, label: str) -> None:
        properties = schema.get("properties", {})
        for key in schema.get("required", []):
            if key not in value:
                choices = self.resolve(properties.get(key, {})).get("enum")
                example = f"`{key}: {choices[0]}` (or {', '.join(choices[1:])})" if choices else f"`{key}: ...`"
                self.error(value, f"{label} is missing `{key}`; add {example}")
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            position = value.key_positions[key]
            if key in properties:
                self.check(item, properties[key], f"`{key}`")
            elif extra is False:
                self.error(value, f"unknown key `{key}` in {label}{_suggest(key, properties)}", position)
            elif isinstance(extra, dict):
                self.check(item, extra, f"`{key}`")


def check_schema(data, path: str) -> list[Diagnostic]:
    checker = _Checker(path)
    checker.check(data, checker.root, "the spec")
    return checker.problems


def check_rules(data: PositionedDict, path: str) -> list[Diagnostic]:
    """Rules beyond the schema: safe names, unique names, section references, import form."""
    problems: list[Diagnostic] = []
    for key in ("name", "file_name"):
        value = data.get(key)
        if isinstance(value, str) and (not SAFE_NAME.fullmatch(value) or ".." in value):
            escapes = any(part in value for part in ("/", "\\", ".."))
            problem = "would put the page outside the output folder" if escapes else "cannot be a file name"
            problems.append(
                Diagnostic(
                    f"`{key}` {str(value)!r} {problem}; use only letters, digits, `_`, `-` and `.`",
                    path,
                    value.line,
                    value.column,
                )
            )
        elif isinstance(value, str) and len(value.encode("utf-8")) > MAX_FILE_NAME - len(LONGEST_PAGE_EXTENSION):
            problems.append(
                Diagnostic(
                    f"`{key}` is {len(value.encode('utf-8'))} bytes long, too long for the page's file name "
                    f"(file systems take {MAX_FILE_NAME} bytes); use a shorter one",
                    path,
                    value.line,
                    value.column,
                )
            )
    for label, items in _entry_lists(data):
        seen: dict[str, int] = {}
        for item in items:
            entry_name = item.get("name") if isinstance(item, PositionedDict) else None
            if not isinstance(entry_name, str):
                continue
            if entry_name in seen:
                problems.append(
                    Diagnostic(
                        f"duplicate {label} `{entry_name}` (first on line {seen[entry_name]}); rename or remove one",
                        path,
                        entry_name.line,
                        entry_name.column,
                    )
                )
            else:
                seen[entry_name] = entry_name.line
    problems += _check_tf_types(data, path)
    problems += _check_blocks(data, path)
    problems += _check_sections(data, path)
    problems += _check_import(data, path)
    return problems


def _entry_lists(data: PositionedDict):
    for key, label in (("arguments", "argument"), ("attributes", "attribute")):
        if isinstance(data.get(key), PositionedList):
            yield from _with_nested(label, data[key])
    for block in data.get("blocks") or []:
        if not isinstance(block, PositionedDict):
            continue
        for key, label in (("arguments", "argument"), ("attributes", "attribute")):
            if isinstance(block.get(key), PositionedList):
                yield from _with_nested(f"{label} of block `{block.get('name')}`", block[key])
    for section in data.get("sections") or []:
        if isinstance(section, PositionedDict) and isinstance(section.get("entries"), PositionedList):
            yield from _with_nested(f"entry of section `{section.get('title')}`", section["entries"])
    steps = data.get("import", {}).get("steps") if isinstance(data.get("import"), PositionedDict) else None
    for step in steps or []:
        if isinstance(step, PositionedDict) and isinstance(step.get("identity"), PositionedList):
            yield "identity attribute", step["identity"]


def _check_tf_types(data: PositionedDict, path: str) -> list[Diagnostic]:
    """Every `tf_type` is a Terraform type (it becomes the schema the examples convert with)."""
    problems = []
    for _, items in _entry_lists(data):
        for item in items:
            tf_type = item.get("tf_type") if isinstance(item, PositionedDict) else None
            if not isinstance(tf_type, str):
                continue
            try:
                parse_tf_type(tf_type)
            except ValueError as error:
                problems.append(
                    Diagnostic(
                        f"`tf_type`: {error}; write a type such as string, number, bool, list(string), "
                        "map(number) or object({a = string})",
                        path,
                        tf_type.line,
                        tf_type.column,
                    )
                )
    return problems


def _with_nested(label: str, items: PositionedList):
    """A list of entries and the `entries` lists nested in them."""
    yield label, items
    for item in items:
        if isinstance(item, PositionedDict) and isinstance(item.get("entries"), PositionedList):
            yield from _with_nested(f"entry nested in `{item.get('name')}`", item["entries"])


def _check_blocks(data: PositionedDict, path: str) -> list[Diagnostic]:
    problems = []
    seen: dict[tuple[str, str], int] = {}
    for block in data.get("blocks") or []:
        name = block.get("name") if isinstance(block, PositionedDict) else None
        if not isinstance(name, str):
            continue
        for part in ("arguments", "attributes"):
            if part not in block:
                continue
            if (name, part) in seen:
                problems.append(
                    Diagnostic(
                        f"block `{name}` lists its {part} twice (first on line {seen[(name, part)]}); merge the two",
                        path,
                        name.line,
                        name.column,
                    )
                )
            else:
                seen[(name, part)] = name.line
    return problems


def _check_sections(data: PositionedDict, path: str) -> list[Diagnostic]:
    problems = []
    seen: set[str] = set()
    for section in data.get("sections") or []:
        if section == "import" and "import" not in data:
            problems.append(
                Diagnostic(
                    "section `import` is listed but the spec has no `import`; add one or leave the section out",
                    path,
                    section.line,
                    section.column,
                )
            )
        if isinstance(section, str) and section in STANDARD_SECTIONS:
            if section in seen:
                problems.append(
                    Diagnostic(
                        f"section `{section}` is listed twice in `sections`; keep one",
                        path,
                        section.line,
                        section.column,
                    )
                )
            seen.add(section)
    return problems


def _check_import(data: PositionedDict, path: str) -> list[Diagnostic]:
    spec_import = data.get("import")
    if not isinstance(spec_import, PositionedDict):
        return []
    standard = [key for key in ("using", "id", "identity", "address") if key in spec_import]
    if "steps" in spec_import and standard:
        return [
            Diagnostic(
                f"`import` mixes free `steps` with `{standard[0]}`; use either steps or the standard "
                "`using` + `id` form",
                path,
                spec_import.line,
                spec_import.column,
            )
        ]
    if standard and ("using" not in spec_import or not ({"id", "identity"} & spec_import.keys())):
        missing = "using" if "using" not in spec_import else "id"
        return [
            Diagnostic(
                f"`import` is missing `{missing}`; the standard import wording needs `using` and `id` (or `identity`)",
                path,
                spec_import.line,
                spec_import.column,
            )
        ]
    return []
