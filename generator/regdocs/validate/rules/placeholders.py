"""`T` rules: what `regdocs new` left for the maintainer to write."""

from __future__ import annotations

import re

from regdocs.diagnostics import Level
from regdocs.validate.registry import Finding, rule

# Marks text a maintainer must still write; `regdocs new` puts it where the schema says nothing.
TODO_MARKER = "TODO(regdocs)"


@rule("T001", "unfinished", Level.WARNING, f"the spec still holds a `{TODO_MARKER}` placeholder to fill in")
def unfinished(context, options):
    for number, text in enumerate(context.source_lines, start=1):
        column = text.find(TODO_MARKER)
        if column >= 0:
            rest = re.split(r"[\"']|\s#", text[column + len(TODO_MARKER) :])[0].strip(": ")
            what = f": {rest}" if rest else ""
            yield Finding(f"still to be written{what}", number, column + 1)
