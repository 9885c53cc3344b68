"""`regdocs convert SNIPPET... --schema FILE...`: HCL snippets to cdktf Python or TypeScript."""

from __future__ import annotations

import argparse
from pathlib import Path

from regdocs.cli import EXIT_USAGE
from regdocs.commands.batch import run_batch
from regdocs.input_files import read_text
from regdocs.commands.conversion_options import add_conversion_arguments, schemas_for_arguments
from regdocs.convert import ConversionError, ConversionLimitError
from regdocs.diagnostics import Diagnostic, DiagnosticError
from regdocs.project.outputs import output_path

_SUFFIXES = {"python": ".py", "typescript": ".ts"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "convert",
        help="convert HCL snippets to cdktf Python or TypeScript",
        description="Convert HCL snippets to the Python (or, with --language typescript, the TypeScript) "
        "`cdktf convert` writes.",
    )
    add_conversion_arguments(parser, "SNIPPET", "HCL files to convert", "write DIR/<name>.py (or .ts) for each snippet")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    schemas = schemas_for_arguments(args, "convert")
    if schemas is None:
        return EXIT_USAGE
    from regdocs.convert import convert_hcl  # the converter loads on first use

    def convert(snippet: Path) -> tuple[str, Path | None]:
        try:
            code = convert_hcl(read_text(snippet), schemas, args.cdktf_version, args.language)
        except ConversionError as error:
            reason = error.reason
            if not isinstance(error, ConversionLimitError):
                reason += " (the reference converter fails here too)"
            raise DiagnosticError([Diagnostic(reason, str(snippet), error.line, error.column)]) from None
        target = output_path(snippet, args.out_dir, _SUFFIXES[args.language]) if args.out_dir else None
        return (code if code.endswith("\n") else code + "\n"), target

    return run_batch(args.inputs, convert, "converting")
