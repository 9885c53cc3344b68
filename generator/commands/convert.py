"""`regdocs convert SNIPPET... --schema FILE...`: HCL snippets to cdktf Python."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from generator.commands.conversion_options import add_conversion_arguments, schemas_for_arguments
from generator.convert import ConversionError, SchemaSet
from generator.diagnostics import Diagnostic, Report
from generator.outputs import output_path, write_atomic


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "convert",
        help="convert HCL snippets to cdktf Python",
        description="Convert HCL snippets to the Python `cdktf convert` writes.",
    )
    add_conversion_arguments(parser, "SNIPPET", "HCL files to convert", "write DIR/<name>.py for each snippet")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    schemas = schemas_for_arguments(args, "convert")
    if schemas is None:
        return EXIT_USAGE
    report = Report()
    for snippet in args.inputs:
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
        report.add(Diagnostic(f"{error.reason} (the reference converter fails here too)", str(snippet), error.line, error.column))
        return None
