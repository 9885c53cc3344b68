"""`regdocs import PAGE|DIR... [--out-dir DIR]`: Registry pages to YAML specs.

A folder gives its Registry pages (see `markdown_import.tree`); with `--out-dir`, specs mirror
the docs tree: `website/docs/r/x.html.markdown` -> `DIR/r/x.yaml`."""

from __future__ import annotations

import argparse
from pathlib import Path

from regdocs.commands.batch import run_batch
from regdocs.commands.options import add_schema_option
from regdocs.cli import EXIT_USAGE
from regdocs.diagnostics import Diagnostic, DiagnosticError, Report
from regdocs.input_files import read_text
from regdocs.markdown_import import import_page
from regdocs.markdown_import.tree import registry_pages, spec_relative_path
from regdocs.validate.import_drift import import_with_schema
from regdocs.validate.schema_index import SchemaIndex


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import",
        help="read Registry pages into YAML specs",
        description="Read Registry markdown pages into YAML specs that render them back byte for byte. "
        "A folder gives its Registry pages (cdktf/ pages are skipped).",
    )
    parser.add_argument("pages", nargs="+", type=Path, metavar="PAGE|DIR", help="Registry markdown page or folder")
    parser.add_argument(
        "--out-dir",
        type=Path,
        metavar="DIR",
        help="write each spec at its page's place in the docs tree, e.g. DIR/r/<name>.yaml "
        "(required for several pages)",
    )
    add_schema_option(parser, "a provider schema: fill in each entry's tf_type and report the drift from it")
    parser.set_defaults(run=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    pages: list[Path] = []
    folder_of: dict[Path, Path] = {}
    report = Report()
    for given in args.pages:
        found = registry_pages(given) if given.is_dir() else [given]
        if not found:
            report.add(Diagnostic("no markdown pages in this folder", str(given)))
        folder_of.update({page: given for page in found if page is not given})
        pages += found
    if args.out_dir is None and (len(pages) > 1 or len(args.pages) > 1 or args.pages[0].is_dir()):
        args.parser.error("several pages (or a folder) need --out-dir")

    try:
        schemas = SchemaIndex.from_files(args.schema) if args.schema else None
    except DiagnosticError as error:
        Report(error.diagnostics).print()
        return EXIT_USAGE

    def convert(page: Path) -> tuple[str, Path | None]:
        target = args.out_dir / spec_relative_path(page, folder_of.get(page)) if args.out_dir else None
        if schemas is None:
            return import_page(read_text(page), str(page.resolve())), target
        text, drift = import_with_schema(read_text(page), str(page.resolve()), str(target or "<stdout>"), schemas)
        report.add(*drift)
        return text, target

    return run_batch(pages, convert, "importing", report)
