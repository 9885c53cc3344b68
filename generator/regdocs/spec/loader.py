"""Read a spec file: YAML with positions, checked against the schema and rules, built into a Spec."""

from __future__ import annotations

from pathlib import Path

from regdocs.diagnostics import Diagnostic, DiagnosticError
from regdocs.input_files import read_text
from regdocs.spec.model import (
    Block,
    CodeStep,
    Entry,
    Example,
    IdentitySchema,
    Import,
    Markdown,
    Section,
    Spec,
)
from regdocs.spec.validate import check_rules, check_schema
from regdocs.spec.yaml_positions import (
    PositionedDict,
    PositionedList,
    Scalar,
    YamlError,
    compose,
    to_python,
)


def _plain(value):
    """Positioned values to plain ones; strings stay `Text` so they keep their line."""
    if isinstance(value, Scalar):
        return value.value
    if isinstance(value, PositionedList):
        return [_plain(item) for item in value]
    if isinstance(value, PositionedDict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def _fields(data: PositionedDict, renames: dict[str, str] | None = None) -> dict:
    renames = renames or {}
    result = {renames.get(key, key): _plain(value) for key, value in data.items()}
    result["line"] = data.line
    return result


def _entry(data: PositionedDict) -> Entry:
    fields = _fields(data)
    fields["entries"] = _items(data.get("entries"))
    return Entry(**fields)


def _items(values) -> list:
    return [_entry(item) if "name" in item else Markdown(**_fields(item)) for item in values or []]


def _block(data: PositionedDict) -> Block:
    fields = _fields(data)
    fields["arguments"] = _items(data.get("arguments"))
    fields["attributes"] = _items(data.get("attributes"))
    return Block(**fields)


def _example(data: PositionedDict) -> Example:
    example = Example(**_fields(data))
    if example.code and not example.code.endswith("\n"):
        example.code = type(example.code)(
            example.code + "\n", example.code.line, example.code.column, example.code.literal
        )
    return example


def _step(data: PositionedDict):
    if "identity" in data:
        fields = _fields(data)
        fields["entries"] = [_entry(item) for item in data["identity"]]
        del fields["identity"]
        return IdentitySchema(**fields)
    if "code" in data:
        step = CodeStep(**_fields(data))
        if step.code and not step.code.endswith("\n"):
            step.code += "\n"
        return step
    return Markdown(**_fields(data))


def _import(data: PositionedDict) -> Import:
    fields = _fields(data)
    fields["steps"] = [_step(step) for step in data.get("steps") or []]
    return Import(**fields)


def _section(data) -> str | Section:
    if isinstance(data, str):
        return data
    fields = _fields(data)
    fields["entries"] = _items(data.get("entries"))
    return Section(**fields)


def build_spec(data: PositionedDict, path: str) -> Spec:
    """A Spec from checked data."""
    fields = {key: _plain(value) for key, value in data.items() if key != "import"}
    fields["examples"] = [_example(item) for item in data.get("examples") or []]
    fields["arguments"] = _items(data.get("arguments"))
    fields["attributes"] = _items(data.get("attributes"))
    fields["blocks"] = [_block(item) for item in data.get("blocks") or []]
    fields["sections"] = [_section(item) for item in data.get("sections") or []]
    fields["style"] = {key: ("" if value is None else value) for key, value in (fields.get("style") or {}).items()}
    if "import" in data:
        fields["import_"] = _import(data["import"])
    return Spec(**fields, path=path, key_positions=dict(data.key_positions))


def load_spec_text(text: str, path: str) -> Spec:
    """Parse, check and build a spec from its YAML text; DiagnosticError lists every problem."""
    try:
        node = compose(text, path)
    except YamlError as error:
        raise DiagnosticError([error.diagnostic]) from None
    if node is None:
        raise DiagnosticError([Diagnostic("the spec is empty; it needs at least `kind` and `name`", path, 1, 1)])
    problems: list[Diagnostic] = []
    try:
        data = to_python(node, path, problems, text=text)
    except YamlError as error:
        raise DiagnosticError([error.diagnostic]) from None
    if not problems:  # duplicate keys and unreadable values first: they change what the schema sees
        problems += check_schema(data, path)
    if not problems:
        problems += check_rules(data, path)
    if problems:
        raise DiagnosticError(problems)
    return build_spec(data, path)


def load_spec(path: str | Path) -> Spec:
    """Read and check the spec at `path`."""
    path = Path(path)
    return load_spec_text(read_text(path, "the spec"), str(path))
