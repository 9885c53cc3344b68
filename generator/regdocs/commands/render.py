"""`regdocs render SPEC|DIR... [--out-dir DIR | --repo-dir DIR]`: YAML specs to Registry pages.

A folder gives every spec under it. `--repo-dir` writes each page at its provider-repository
path, `--out-dir` at its place in the docs tree (`r/x.html.markdown`), as `import` read it."""

from __future__ import annotations

import argparse
from pathlib import Path

from regdocs.commands.batch import run_batch
from regdocs.project.pipeline import spec_files
from regdocs.registry.locations import tree_relative
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
    parser.add_argument("specs", nargs="+", type=Path, metavar="SPEC|DIR", help="YAML spec, or a folder of specs")
    destination = parser.add_mutually_exclusive_group()
    destination.add_argument(
        "--out-dir",
        type=Path,
        metavar="DIR",
        help="write each page at its place in the docs tree, e.g. DIR/r/<name>.html.markdown "
        "(required for several specs)",
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
    specs = [found for given in args.specs for found in (spec_files(given) if given.is_dir() else [given])]
    if args.out_dir is None and args.repo_dir is None and (len(specs) != 1 or args.specs[0].is_dir()):
        args.parser.error("several specs (or a folder) need --out-dir or --repo-dir")
    for folder in args.templates:
        if not folder.is_dir():
            args.parser.error(f"--templates {folder}: not a folder")

    naming: dict[Path, tuple[int | None, int | None]] = {}

    def convert(source: Path) -> tuple[str, Path | None]:
        spec = load_spec(source)
        name = spec.file_name or spec.name
        naming[source] = (getattr(name, "line", None), getattr(name, "column", None))
        text = render_page(spec, args.templates, args.page_style)
        if args.repo_dir is not None:
            return text, args.repo_dir / page_path(spec, args.page_style)
        return text, (args.out_dir / tree_relative(page_path(spec, args.page_style)) if args.out_dir else None)

    return run_batch(specs, convert, "rendering", naming=naming)
