"""The languages the converter writes: one back-end module per language, each printing the
laid-out TypeScript program (`layout`) in its language. Everything before the back-end (the
HCL parser, the program, the layout) is shared, so both languages succeed or fail together."""

from __future__ import annotations

from typing import Callable

from regdocs.convert import tsast as ts
from regdocs.convert.bindings import SchemaSet

LANGUAGES = ("python", "typescript")
DEFAULT_LANGUAGE = "python"

# The laid-out program, its printed TypeScript text, the schemas -> the code in one language.
Backend = Callable[[ts.Program, str, SchemaSet], str]


def check_language(language: str) -> str:
    """`language` when the converter writes it (ValueError naming the known ones otherwise)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r} (expected one of: {', '.join(LANGUAGES)})")
    return language


def backend(language: str) -> Backend:
    """The back-end of `language`, imported on first use (each loads only what it needs)."""
    if check_language(language) == "typescript":
        from regdocs.convert.typescript import render_typescript

        return render_typescript
    from regdocs.convert.python import render_python

    return render_python
