"""`regdocs import PAGE... [--out-dir DIR]`: Registry pages to YAML specs."""

from __future__ import annotations

import argparse
from pathlib import Path

from regdocs.commands.batch import read_text, run_batch
from regdocs.markdown_import import import_page
from regdocs.project.outputs import output_path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import",
        help="read Registry pages into YAML specs",
        description="Read Registry markdown pages into YAML specs that render them back byte for byte.",
    )
    parser.add_argument("pages", nargs="+", type=Path, metavar="PAGE", help="Registry markdown page")
    parser.add_argument(
        "--out-dir",
        type=Path,
        metavar="DIR",
        help="write DIR/<page name>.yaml for each page (required for several pages)",
    )
    parser.set_defaults(run=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    if args.out_dir is None and len(args.pages) > 1:
        args.parser.error("several pages need --out-dir")

    def convert(page: Path) -> tuple[str, Path | None]:
        text = import_page(read_text(page), str(page))
        return text, (output_path(page, args.out_dir, ".yaml") if args.out_dir else None)

    return run_batch(args.pages, convert, "importing")
