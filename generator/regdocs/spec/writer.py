"""Spec to YAML text: fields in a fixed order, defaults left out, multi-line text as `|` blocks."""

from __future__ import annotations

from dataclasses import MISSING, fields

import yaml

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
    Text,
)

_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _SpecDumper(_Dumper):  # type: ignore[misc, valid-type]
    """Safe dumper writing multi-line strings as literal blocks where YAML allows it."""


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style=style)


_SpecDumper.add_representer(str, _represent_text)
_SpecDumper.add_representer(Text, _represent_text)

# Spec field name -> YAML key, where they differ.
_KEYS = {"import_": "import"}
_SKIPPED = {"line", "path", "key_positions"}


def _changed(obj) -> dict:
    """The fields of a dataclass that differ from their defaults, in declaration order."""
    result = {}
    for spec_field in fields(obj):
        if spec_field.name in _SKIPPED:
            continue
        value = getattr(obj, spec_field.name)
        if spec_field.default_factory is not MISSING:
            default = spec_field.default_factory()
        else:
            default = spec_field.default
        if value == default and spec_field.name not in ("kind", "name"):
            continue
        result[_KEYS.get(spec_field.name, spec_field.name)] = _plain(value)
    return result


def _entry(entry: Entry) -> dict:
    data = _changed(entry)
    # The description reads best after the short fields, then the nested entries; spacing and
    # style close the entry.
    closing = ("description", "entries", "spacing", "style")
    ordered = {key: value for key, value in data.items() if key not in closing}
    for key in closing:
        if key in data:
            ordered[key] = data[key]
    return ordered


def _example(example: Example) -> dict:
    data = _changed(example)
    order = ("title", "before", "language", "valid_hcl", "code", "after", "fence", "spacing")
    return {key: data[key] for key in order if key in data}


def _step(step) -> dict:
    if isinstance(step, IdentitySchema):
        data = {"identity": [_entry(entry) for entry in step.entries]}
        if not step.comment:
            data["comment"] = False
        if step.spacing:
            data["spacing"] = dict(step.spacing)
        return data
    if isinstance(step, CodeStep):
        data = _changed(step)
        order = ("language", "valid_hcl", "code", "fence", "spacing")
        return {key: data[key] for key in order if key in data}
    return _changed(step)


def _plain(value):
    """Model values to YAML-ready lists, dicts and strings."""
    if isinstance(value, Entry):
        return _entry(value)
    if isinstance(value, Example):
        return _example(value)
    if isinstance(value, (IdentitySchema, CodeStep)):
        return _step(value)
    if isinstance(value, Import):
        data = _changed(value)
        if "steps" in data:
            data["steps"] = [_step(step) for step in value.steps]
        return data
    if isinstance(value, (Markdown, Block, Section)):
        return _changed(value)
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, Text):
        return str(value)
    return value


def spec_data(spec: Spec) -> dict:
    """The spec as plain YAML data (what `dump_spec` writes)."""
    data = _changed(spec)
    if spec.import_ is not None and "import" not in data:
        data["import"] = {}
    data.setdefault("page_style", spec.page_style)
    order = (
        "kind",
        "name",
        "page_style",
        "file_name",
        "title",
        "front_matter",
        "summary",
        "notes",
        "examples",
        "arguments",
        "attributes",
        "blocks",
        "timeouts",
        "import",
        "sections",
        "style",
        "spacing",
    )
    return {key: data[key] for key in order if key in data}


def dump_spec(spec: Spec) -> str:
    return yaml.dump(
        spec_data(spec),
        Dumper=_SpecDumper,
        sort_keys=False,
        allow_unicode=True,
        width=2**31 - 1,
        default_flow_style=False,
    )
