"""The languages the converter writes: one back-end module per language, each printing the
laid-out TypeScript program (`layout`) in its language. Everything before the back-end (the
HCL parser, the program, the layout) is shared, so both languages succeed or fail together."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from regdocs.convert import tsast as ts
from regdocs.convert.bindings import SchemaSet

LANGUAGES = ("python", "typescript")
DEFAULT_LANGUAGE = "python"


@dataclass(frozen=True)
class Backend:
    """`render(program, its printed TypeScript text, schemas)` -> the code in one language;
    `positions`: whether it reads where layout printed each node (`ts_start`, `ts_end`)."""

    render: Callable[[ts.Program, str, SchemaSet], str]
    positions: bool


def check_language(language: str) -> str:
    """`language` when the converter writes it (ValueError naming the known ones otherwise)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r} (expected one of: {', '.join(LANGUAGES)})")
    return language


def backend(language: str) -> Backend:
    """The back-end of `language`, imported on first use (each loads only what it needs)."""
    if check_language(language) == "typescript":
        from regdocs.convert.typescript import render_typescript

        return Backend(render_typescript, positions=False)
    from regdocs.convert.python import render_python

    return Backend(render_python, positions=True)
