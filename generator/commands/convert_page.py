"""`regdocs convert-page PAGE... --schema FILE...`: Registry pages to cdktf Python pages."""

from __future__ import annotations

import argparse
import sys

from generator.cdktf_page import python_page
from generator.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from generator.commands.conversion_options import add_conversion_arguments, schemas_for_arguments
from generator.diagnostics import Diagnostic, Level, Report
from generator.outputs import read_existing, with_line_endings_of, write_atomic


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "convert-page",
        help="turn Registry pages into cdktf Python pages",
        description="Turn Registry pages into their cdktf Python pages, as the cdktf docs pipeline did: "
        "every code block converted (a block that does not convert stays as it is and is reported), "
        "the do-not-edit comment, and the cache-key comment. A page written over one that uses CRLF "
        "line endings keeps them.",
    )
    add_conversion_arguments(parser, "PAGE", "Registry markdown pages", "write DIR/<page file name> for each page")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    schemas = schemas_for_arguments(args, "convert-page")
    if schemas is None:
        return EXIT_USAGE
    report = Report()
    for page_path in args.inputs:
        try:
            registry_page = page_path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as error:
            reason = error.strerror if isinstance(error, OSError) else "the page is not UTF-8 text"
            report.add(Diagnostic(f"cannot read the page: {reason}", str(page_path)))
            continue
        page = python_page(registry_page, schemas, args.cdktf_version)
        for failure in page.failures:
            report.add(
                Diagnostic(f"code block left as it is: {failure.reason}", str(page_path), failure.line, level=Level.WARNING)
            )
        if args.out_dir is None:
            sys.stdout.write(page.text)
        else:
            target = args.out_dir / page_path.name
            write_atomic(target, with_line_endings_of(read_existing(target), page.text))
    report.print()
    return EXIT_FAILED if report.has_errors else EXIT_OK
