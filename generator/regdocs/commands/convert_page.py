"""`regdocs convert-page PAGE... --schema FILE...`: Registry pages to cdktf Python or TypeScript pages."""

from __future__ import annotations

import argparse
from pathlib import Path

from regdocs.cdktf.page import cdktf_page
from regdocs.cli import EXIT_USAGE
from regdocs.commands.batch import run_batch
from regdocs.input_files import read_text
from regdocs.commands.conversion_options import add_conversion_arguments, schemas_for_arguments
from regdocs.diagnostics import Diagnostic, Level, Report
from regdocs.project.outputs import read_existing, with_line_endings_of


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "convert-page",
        help="turn Registry pages into cdktf Python or TypeScript pages",
        description="Turn Registry pages into their cdktf Python (or, with --language typescript, TypeScript) "
        "pages, as the cdktf docs pipeline did: "
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

    def convert(page_path: Path) -> tuple[str, Path | None]:
        page = cdktf_page(read_text(page_path), schemas, args.cdktf_version, args.language)
        for failure in page.failures:
            warning = f"code block left as it is: {failure.reason}"
            report.add(Diagnostic(warning, str(page_path), failure.line, level=Level.WARNING))
        if args.out_dir is None:
            return page.text, None
        target = args.out_dir / page_path.name
        return with_line_endings_of(read_existing(target), page.text), target

    return run_batch(args.inputs, convert, "converting the page", report)
