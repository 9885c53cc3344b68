"""`regdocs render SPEC... [--out-dir DIR | --repo-dir DIR]`: YAML specs to Registry pages."""

from __future__ import annotations

import argparse
from pathlib import Path

from regdocs.commands.batch import run_batch
from regdocs.project.outputs import output_path
from regdocs.registry.paths import page_path
from regdocs.registry.render import render_page
from regdocs.spec.loader import load_spec
from regdocs.spec.model import PAGE_STYLES


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "render",
        help="render YAML specs into Registry pages",
        description="Render YAML specs into Terraform Registry markdown pages through the Jinja templates.",
    )
    parser.add_argument("specs", nargs="+", type=Path, metavar="SPEC", help="YAML spec")
    destination = parser.add_mutually_exclusive_group()
    destination.add_argument(
        "--out-dir",
        type=Path,
        metavar="DIR",
        help="write DIR/<spec name>.md for each spec (required for several specs)",
    )
    destination.add_argument(
        "--repo-dir",
        type=Path,
        metavar="DIR",
        help="write each page at its provider-repository path under DIR, "
        "e.g. DIR/website/docs/r/<name>.html.markdown",
    )
    parser.add_argument(
        "--templates",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="folder of templates overriding the built-in ones by file name (repeatable)",
    )
    parser.add_argument("--page-style", choices=PAGE_STYLES, help="render in this page style instead of the spec's own")
    parser.set_defaults(run=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    if args.out_dir is None and args.repo_dir is None and len(args.specs) > 1:
        args.parser.error("several specs need --out-dir or --repo-dir")
    for folder in args.templates:
        if not folder.is_dir():
            args.parser.error(f"--templates {folder}: not a folder")

    def convert(source: Path) -> tuple[str, Path | None]:
        spec = load_spec(source)
        text = render_page(spec, args.templates, args.page_style)
        if args.repo_dir is not None:
            return text, args.repo_dir / page_path(spec, args.page_style)
        return text, (output_path(source, args.out_dir, ".md") if args.out_dir else None)

    return run_batch(args.specs, convert, "rendering")
