"""`regdocs validate [SPEC...]`: check specs against the provider schemas, their examples and
the Registry's rules; every finding names its rule (`regdocs validate --list-rules`).

Exit 0 without errors, 1 with errors (or warnings, with --strict), 2 on usage or
configuration errors."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from regdocs.api import load_spec
from regdocs.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from regdocs.commands.options import add_project_dir_option, add_schema_option
from regdocs.diagnostic_formats import FORMATS, formatted
from regdocs.diagnostics import Diagnostic, DiagnosticError, Level, Report
from regdocs.project.config import load_config
from regdocs.project.pipeline import spec_files
from regdocs.spec.model import Spec
from regdocs.validate import SchemaIndex, validate_specs
from regdocs.validate.registry import GROUPS, all_rules
from regdocs.validate.settings import rule_settings


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check specs against the provider schema, their examples and the Registry's rules",
        description="Check specs against the provider schemas (`terraform providers schema -json`), check their "
        "HCL examples and the Registry's rules for pages. Each finding is `path:line:col: level: message [rule]`; "
        "[tool.regdocs.rules] sets each rule's level or turns it off.",
    )
    parser.add_argument("specs", nargs="*", type=Path, metavar="SPEC", help="spec files or folders (default: all)")
    add_project_dir_option(parser)
    add_schema_option(parser, "a provider schema (after the configured ones)")
    parser.add_argument(
        "--all", action="store_true", dest="all_resources", help="also report schema resources with no spec"
    )
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument("--strict", action="store_true", help="warnings fail too (exit 1)")
    parser.add_argument("--list-rules", action="store_true", help="list the rules and exit")
    parser.set_defaults(run=run)


def list_rules() -> str:
    lines = []
    for group, title in GROUPS.items():
        lines.append(f"{group}: {title}")
        for rule in all_rules().values():
            if rule.group == group:
                options = "".join(f" [{name} = {value!r}]" for name, value in rule.options.items())
                lines.append(f"  {rule.id}  {rule.name:<28} {rule.level.value:<8} {rule.summary}{options}")
    return "\n".join(lines) + "\n"


def _spec_paths(args: argparse.Namespace, specs_dir: Path) -> list[Path]:
    if not args.specs:
        return spec_files(specs_dir)
    paths = []
    for given in args.specs:
        paths += spec_files(given) if given.is_dir() else [given]
    return paths


def summary(diagnostics: list[Diagnostic], specs: int) -> str:
    counts = Counter(diagnostic.level for diagnostic in diagnostics)
    parts = [
        f"{counts[level]} {level.value}{'s' if counts[level] != 1 else ''}"
        for level in (Level.ERROR, Level.WARNING, Level.NOTE)
    ]
    return f"regdocs validate: {', '.join(parts)} in {specs} specs"


def run(args: argparse.Namespace) -> int:
    if args.list_rules:
        sys.stdout.write(list_rules())
        return EXIT_OK
    try:
        config = load_config(args.project_dir)
        settings = rule_settings(config.rules, str(config.file or config.root / "pyproject.toml"))
        schemas = SchemaIndex.from_files([*config.schemas, *args.schema])
    except DiagnosticError as error:
        Report(error.diagnostics).print()
        return EXIT_USAGE
    if not args.specs and not config.specs_dir.is_dir():
        print(f"regdocs validate: error: no specs folder at {config.specs_dir}", file=sys.stderr)
        return EXIT_USAGE
    paths = _spec_paths(args, config.specs_dir)
    specs: list[Spec] = []
    diagnostics: list[Diagnostic] = []
    for path in paths:
        try:
            specs.append(load_spec(path))
        except DiagnosticError as error:
            diagnostics.extend(error.diagnostics)
    try:
        diagnostics += validate_specs(
            config, specs, schemas=schemas, settings=settings, all_resources=args.all_resources
        )
    except DiagnosticError as error:
        Report(error.diagnostics).print()
        return EXIT_USAGE
    sys.stdout.write(formatted(diagnostics, args.format))
    print(summary(diagnostics, len(paths)), file=sys.stderr)
    failing = {Level.ERROR, Level.WARNING} if args.strict else {Level.ERROR}
    return EXIT_FAILED if any(diagnostic.level in failing for diagnostic in diagnostics) else EXIT_OK
