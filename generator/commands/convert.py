"""`regdocs convert SNIPPET... --schema FILE...`: HCL snippets to cdktf Python."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from generator.convert import DEFAULT_CDKTF_VERSION, ConversionError, SchemaSet, parse_cdktf_version
from generator.diagnostics import Diagnostic, DiagnosticError, Report
from generator.outputs import output_path, write_atomic
from generator.schema_files import load_schema_set


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "convert",
        help="convert HCL snippets to cdktf Python",
        description="Convert HCL snippets to the Python `cdktf convert` writes.",
    )
    parser.add_argument("snippets", nargs="+", type=Path, metavar="SNIPPET", help="HCL files to convert")
    parser.add_argument(
        "--schema",
        action="append",
        type=Path,
        default=[],
        metavar="FILE",
        help="provider schema (`terraform providers schema -json`); repeat to merge several, in order",
    )
    parser.add_argument("--out-dir", type=Path, metavar="DIR", help="write DIR/<name>.py for each snippet")
    parser.add_argument(
        "--cdktf-version",
        default=DEFAULT_CDKTF_VERSION,
        metavar="V",
        help=f"reproduce the converter of this cdktf version (default {DEFAULT_CDKTF_VERSION})",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if len(args.snippets) > 1 and args.out_dir is None:
        print("regdocs convert: error: several snippets need --out-dir", file=sys.stderr)
        return EXIT_USAGE
    try:
        parse_cdktf_version(args.cdktf_version)
    except ValueError as error:
        print(f"regdocs convert: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    try:
        schemas = load_schema_set(args.schema)
    except DiagnosticError as error:
        Report(error.diagnostics).print()
        return EXIT_USAGE

    report = Report()
    for snippet in args.snippets:
        python = _convert_one(snippet, schemas, args.cdktf_version, report)
        if python is None:
            continue
        if args.out_dir is None:
            sys.stdout.write(python + "\n")
        else:
            write_atomic(output_path(snippet, args.out_dir, ".py"), python + "\n")
    report.print()
    return EXIT_FAILED if report.has_errors else EXIT_OK


def _convert_one(snippet: Path, schemas: SchemaSet, version: str, report: Report) -> str | None:
    try:
        hcl = snippet.read_bytes().decode("utf-8")
    except OSError as error:
        report.add(Diagnostic(f"cannot read the snippet: {error.strerror}", str(snippet)))
        return None
    except UnicodeDecodeError:
        report.add(Diagnostic("the snippet is not UTF-8 text", str(snippet)))
        return None
    from generator.convert import convert_hcl  # the converter loads on first use

    try:
        return convert_hcl(hcl, schemas, version)
    except ConversionError as error:
        report.add(Diagnostic(f"{error.reason} (the reference converter fails here too)", str(snippet), error.line))
        return None
