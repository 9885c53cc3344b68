"""`regdocs convert-page PAGE... --schema FILE...`: Registry pages to cdktf Python pages."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.cdktf_page import python_page
from generator.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from generator.convert import DEFAULT_CDKTF_VERSION, parse_cdktf_version
from generator.diagnostics import Diagnostic, DiagnosticError, Level, Report
from generator.outputs import write_atomic
from generator.schema_files import load_schema_set


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "convert-page",
        help="turn Registry pages into cdktf Python pages",
        description="Turn Registry pages into their cdktf Python pages, as the cdktf docs pipeline did: "
        "every code block converted (a block that does not convert stays as it is and is reported), "
        "the do-not-edit comment, and the cache-key comment.",
    )
    parser.add_argument("pages", nargs="+", type=Path, metavar="PAGE", help="Registry markdown pages")
    parser.add_argument(
        "--schema", action="append", type=Path, default=[], metavar="FILE", help="provider schema; repeat to merge"
    )
    parser.add_argument("--out-dir", type=Path, metavar="DIR", help="write DIR/<page file name> for each page")
    parser.add_argument(
        "--cdktf-version",
        default=DEFAULT_CDKTF_VERSION,
        metavar="V",
        help=f"the cdktf version to reproduce and record in the cache-key (default {DEFAULT_CDKTF_VERSION})",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if len(args.pages) > 1 and args.out_dir is None:
        print("regdocs convert-page: error: several pages need --out-dir", file=sys.stderr)
        return EXIT_USAGE
    try:
        parse_cdktf_version(args.cdktf_version)
        schemas = load_schema_set(args.schema)
    except ValueError as error:
        print(f"regdocs convert-page: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except DiagnosticError as error:
        Report(error.diagnostics).print()
        return EXIT_USAGE

    report = Report()
    for page_path in args.pages:
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
            write_atomic(args.out_dir / page_path.name, page.text)
    report.print()
    return EXIT_FAILED if report.has_errors else EXIT_OK
