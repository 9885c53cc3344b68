"""The options `convert` and `convert-page` share: inputs, schemas, output folder, version,
language."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from regdocs.commands.options import add_schema_option
from regdocs.convert import DEFAULT_CDKTF_VERSION, DEFAULT_LANGUAGE, LANGUAGES, SchemaSet, parse_cdktf_version
from regdocs.diagnostics import DiagnosticError, Report
from regdocs.project.schema_files import load_schema_set


def add_conversion_arguments(parser: argparse.ArgumentParser, inputs: str, help_inputs: str, help_out_dir: str) -> None:
    parser.add_argument("inputs", nargs="+", type=Path, metavar=inputs, help=help_inputs)
    add_schema_option(parser, "provider schema (`terraform providers schema -json`); repeat to merge several, in order")
    parser.add_argument("--out-dir", type=Path, metavar="DIR", help=help_out_dir)
    parser.add_argument(
        "--cdktf-version",
        default=DEFAULT_CDKTF_VERSION,
        metavar="V",
        help=f"reproduce this cdktf version (default {DEFAULT_CDKTF_VERSION})",
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default=DEFAULT_LANGUAGE,
        help=f"the language to write (default {DEFAULT_LANGUAGE})",
    )


def schemas_for_arguments(args: argparse.Namespace, command: str) -> SchemaSet | None:
    """The merged schemas, or None after printing why the arguments cannot be used."""
    if len(args.inputs) > 1 and args.out_dir is None:
        print(f"regdocs {command}: error: several inputs need --out-dir", file=sys.stderr)
        return None
    try:
        parse_cdktf_version(args.cdktf_version)
        return load_schema_set(args.schema)
    except ValueError as error:
        print(f"regdocs {command}: error: {error}", file=sys.stderr)
    except DiagnosticError as error:
        Report(error.diagnostics).print()
    return None
