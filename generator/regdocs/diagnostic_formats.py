"""Diagnostics printed for people and for machines: text (`path:line:col: level: message [rule]`),
a JSON list, or GitHub Actions workflow annotations."""

from __future__ import annotations

import json
from typing import Iterable

from regdocs.diagnostics import Diagnostic, Level

FORMATS = ("text", "json", "github")
_GITHUB_COMMANDS = {Level.ERROR: "error", Level.WARNING: "warning", Level.NOTE: "notice"}


def as_text(diagnostics: Iterable[Diagnostic]) -> str:
    return "".join(diagnostic.format() + "\n" for diagnostic in diagnostics)


def as_json(diagnostics: Iterable[Diagnostic]) -> str:
    """A JSON list of `{path, line, column, level, rule, message}` (null where unknown), one
    finding a line."""
    records = [
        {
            "path": diagnostic.path,
            "line": diagnostic.line,
            "column": diagnostic.column,
            "level": diagnostic.level.value,
            "rule": diagnostic.rule,
            "message": diagnostic.message,
        }
        for diagnostic in diagnostics
    ]
    if not records:
        return "[]\n"
    return "[\n" + ",\n".join(json.dumps(record, ensure_ascii=False) for record in records) + "\n]\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def as_github(diagnostics: Iterable[Diagnostic]) -> str:
    """GitHub Actions annotations: `::error file=...,line=...,col=...,title=...::message`."""
    lines = []
    for diagnostic in diagnostics:
        properties = [
            f"{key}={_escape_property(str(value))}"
            for key, value in (
                ("file", diagnostic.path),
                ("line", diagnostic.line),
                ("col", diagnostic.column),
                ("title", diagnostic.rule),
            )
            if value is not None
        ]
        command = _GITHUB_COMMANDS[diagnostic.level]
        head = f"{command} {','.join(properties)}" if properties else command
        lines.append(f"::{head}::{_escape_data(diagnostic.message)}\n")
    return "".join(lines)


PRINTERS = {"text": as_text, "json": as_json, "github": as_github}


def formatted(diagnostics: Iterable[Diagnostic], output_format: str) -> str:
    """The diagnostics in one of FORMATS."""
    return PRINTERS[output_format](list(diagnostics))
