"""Run one conversion over several input files: each output written whole, errors collected."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

from regdocs.cli import EXIT_FAILED, EXIT_OK
from regdocs.diagnostics import Diagnostic, DiagnosticError, Report, internal_error
from regdocs.project.atomic_write import describe_fault
from regdocs.project.outputs import write_atomic

# Converts one input path to (output text, output path or None for stdout).
Conversion = Callable[[Path], tuple[str, Path | None]]


def run_batch(
    inputs: list[Path],
    convert: Conversion,
    action: str,
    report: Report | None = None,
    naming: dict[Path, tuple[int | None, int | None]] | None = None,
) -> int:
    """Convert every input; print all diagnostics together (with those the conversions added to
    `report`, such as warnings); exit 0, or 1 when some failed. `naming` gives, for inputs whose
    content names their output (a spec's `name`), the position of that name, where an output
    written twice is reported."""
    report = report if report is not None else Report()
    written: dict[Path, Path] = {}
    for source in inputs:
        try:
            text, target = convert(source)
        except DiagnosticError as error:
            report.add(*error.diagnostics)
            continue
        except Exception as error:  # noqa: BLE001 - a bug must not cost the other inputs
            report.add(internal_error(error, action, str(source)))
            continue
        if target is None:
            sys.stdout.buffer.write(text.encode("utf-8"))
            sys.stdout.flush()
            continue
        if target in written:
            line, column = (naming or {}).get(source, (None, None))
            report.add(
                Diagnostic(
                    f"output {target} was already written for {written[target]}; give the inputs distinct names",
                    str(source),
                    line,
                    column,
                )
            )
            continue
        try:
            write_atomic(target, text)
        except OSError as error:
            report.add(Diagnostic(f"cannot write {target}: {describe_fault(target, error)}", str(source)))
            continue
        written[target] = source
    report.print()
    return EXIT_FAILED if report.has_errors else EXIT_OK
