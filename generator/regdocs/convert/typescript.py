"""The TypeScript back-end: hcl2cdk answers with the text prettier printed for its program (its
"translator" for TypeScript is the identity), so the laid-out program's text is the output as
it is, trailing line break included. Python's back-end translates the same text (`python`)."""

from __future__ import annotations

from regdocs.convert import tsast as ts
from regdocs.convert.bindings import SchemaSet


def render_typescript(program: ts.Program, ts_text: str, schemas: SchemaSet) -> str:
    """The TypeScript `cdktf convert` writes for `program`: prettier's text (`ts_text`)."""
    return ts_text
