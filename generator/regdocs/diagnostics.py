"""Errors and warnings collected as data, printed together as `path:line:col: level: message`."""

from __future__ import annotations

import enum
import sys
from dataclasses import dataclass, field
from typing import Iterable, TextIO


class Level(enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"  # information that fails nothing (e.g. what cdktf cannot convert)


@dataclass(frozen=True)
class Diagnostic:
    """One problem found in one input; line and column are 1-based. `rule` is the stable id
    of the validation rule that found it (`S002`), None for problems no rule owns."""

    message: str
    path: str | None = None
    line: int | None = None
    column: int | None = None
    level: Level = Level.ERROR
    rule: str | None = None

    def format(self) -> str:
        location = ":".join(str(part) for part in (self.path, self.line, self.column) if part is not None)
        prefix = f"{location}: " if location else ""
        suffix = f" [{self.rule}]" if self.rule else ""
        return f"{prefix}{self.level.value}: {self.message}{suffix}"


def internal_error(error: BaseException, action: str, path: str | None = None) -> Diagnostic:
    """An unexpected exception, reported against the input it happened on (a bug in regdocs:
    the other inputs still go on)."""
    return Diagnostic(f"internal error while {action}: {error!r}; please report it", path)


class DiagnosticError(Exception):
    """Raised when an input cannot be processed; carries every problem found in it."""

    def __init__(self, diagnostics: Iterable[Diagnostic]):
        self.diagnostics = list(diagnostics)
        super().__init__("\n".join(d.format() for d in self.diagnostics))


@dataclass
class Report:
    """Diagnostics of one command run, in the order they were found."""

    diagnostics: list[Diagnostic] = field(default_factory=list)

    def add(self, *diagnostics: Diagnostic) -> None:
        self.diagnostics.extend(diagnostics)

    @property
    def has_errors(self) -> bool:
        return any(d.level is Level.ERROR for d in self.diagnostics)

    def print(self, stream: TextIO | None = None) -> None:
        stream = stream or sys.stderr
        for diagnostic in self.diagnostics:
            print(diagnostic.format(), file=stream)
