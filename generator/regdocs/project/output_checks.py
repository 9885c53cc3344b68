"""Checks `generate` and `check` make on every run, whatever the cdktf cache-keys say, so both
give the same verdict on the same tree: provider-defined functions in examples (a note), two
specs writing one path, and (with `validate = true`) every validation rule."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from regdocs.diagnostics import Diagnostic
from regdocs.project.config import Config
from regdocs.spec.model import Spec
from regdocs.validate import SchemaIndex, validate_specs
from regdocs.validate.examples import parse_example, spec_position
from regdocs.validate.registry import all_rules
from regdocs.validate.rules.pages import clash_message, first_writers

# the rules every run checks; `validate = true` adds the others
ALWAYS = ("E002",)
SYNTAX_RULE = "E001"
DUPLICATE_OUTPUT = "R006"


def spec_findings(config: Config, specs: list[Spec]) -> list[Diagnostic]:
    """The notes on provider-defined functions, or with `validate = true` every rule but the
    duplicate-path one (the pipeline checks every output path itself)."""
    if config.validate:
        return validate_specs(config, specs, only=[rule for rule in all_rules() if rule != DUPLICATE_OUTPUT])
    return validate_specs(config, specs, schemas=SchemaIndex({}), only=ALWAYS)


def syntax_problems(block, spec_path: Path) -> list[Diagnostic]:
    """The syntax error of an HCL example, at its spec position (none for valid HCL that only
    cdktf cannot convert, such as provider-defined functions)."""
    error = parse_example(block).error
    if error is None:
        return []
    lines = spec_path.read_bytes().decode("utf-8", errors="replace").splitlines() if spec_path.is_file() else []
    line, column = spec_position(block, error.line, error.column, lines)
    rule = all_rules()[SYNTAX_RULE]
    return [
        Diagnostic(f"this example is not valid HCL: {error.message}", str(spec_path), line, column, rule.level, rule.id)
    ]


def without_clashes(outputs: list, spec_of: Callable[[Path], Spec | None]) -> tuple[list, list[Diagnostic]]:
    """The outputs with each path written once, and an error for each later spec writing a
    path an earlier one writes (its outputs are left out); `spec_of` gives a spec by path, for
    the positions."""
    problems, losers = [], set()
    for later, first, path in first_writers([(str(output.path), output) for output in outputs]):
        if later.source in losers:
            continue
        losers.add(later.source)
        first_spec, later_spec = spec_of(first.source), spec_of(later.source)
        problems.append(
            Diagnostic(
                clash_message(path, str(first.source), getattr(getattr(first_spec, "name", None), "line", None)),
                str(later.source),
                getattr(getattr(later_spec, "name", None), "line", None),
                getattr(getattr(later_spec, "name", None), "column", None),
                level=all_rules()[DUPLICATE_OUTPUT].level,
                rule=DUPLICATE_OUTPUT,
            )
        )
    return [output for output in outputs if output.source not in losers], problems
