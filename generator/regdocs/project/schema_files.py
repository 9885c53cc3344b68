"""Reading provider schema files (`terraform providers schema -json`) given on the command line
or in the configuration."""

from __future__ import annotations

import json
from pathlib import Path

from regdocs.convert.bindings import SchemaSet
from regdocs.diagnostics import Diagnostic, DiagnosticError


def load_schema_set(paths: list[Path]) -> SchemaSet:
    """The documents at `paths`, merged in order; DiagnosticError names every unreadable one."""
    schemas, problems = SchemaSet(), []
    for path in paths:
        try:
            document = json.loads(path.read_bytes())
        except OSError as error:
            problems.append(Diagnostic(f"cannot read the schema: {error.strerror}", str(path)))
            continue
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            line = getattr(error, "lineno", None)
            column = getattr(error, "colno", None)
            problems.append(
                Diagnostic(f"the schema is not valid JSON: {getattr(error, 'msg', error)}", str(path), line, column)
            )
            continue
        if not isinstance(document, dict) or not isinstance(document.get("provider_schemas"), dict):
            problems.append(
                Diagnostic(
                    "not a provider schema: expected an object with `provider_schemas` "
                    "(the output of `terraform providers schema -json`)",
                    str(path),
                )
            )
            continue
        schemas.add(document)
    if problems:
        raise DiagnosticError(problems)
    return schemas
