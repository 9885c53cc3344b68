"""Reading provider schema files (`terraform providers schema -json`) given on the command line
or in the configuration: read, parsed and checked for shape, every problem reported at its line
in the file."""

from __future__ import annotations

import json
from pathlib import Path

from regdocs.convert.bindings import SchemaSet
from regdocs.diagnostics import Diagnostic, DiagnosticError
from regdocs.input_files import decode_utf8, read_bytes
from regdocs.json_positions import locate, too_deep
from regdocs.project.schema_shape import MAX_NESTING, shape_problems

MAX_PROBLEMS = 20  # per file: a document of the wrong shape need not list every instance


def read_schema(path: Path) -> dict:
    """One schema document; DiagnosticError with the line of each problem."""
    text = decode_utf8(read_bytes(path, "the schema"), str(path), "the schema")
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise DiagnosticError(
            [Diagnostic(f"the schema is not valid JSON: {error.msg}", str(path), error.lineno, error.colno)]
        ) from None
    except RecursionError:
        line, column = too_deep(text, MAX_NESTING) or (1, 1)
        raise DiagnosticError(
            [Diagnostic(f"the schema nests more than {MAX_NESTING} levels deep", str(path), line, column)]
        ) from None
    problems = []
    for where, message in shape_problems(document):
        line, column = locate(text, where)
        shown = ".".join(str(step) for step in where) or "the document"
        problems.append(Diagnostic(f"not a provider schema: {shown}: {message}", str(path), line, column))
        if len(problems) == MAX_PROBLEMS:
            break
    if problems:
        raise DiagnosticError(problems)
    return document


def load_schema_set(paths: list[Path]) -> SchemaSet:
    """The documents at `paths`, merged in order; DiagnosticError names every problem."""
    schemas, problems = SchemaSet(), []
    for path in paths:
        try:
            schemas.add(read_schema(path))
        except DiagnosticError as error:
            problems += error.diagnostics
    if problems:
        raise DiagnosticError(problems)
    return schemas
