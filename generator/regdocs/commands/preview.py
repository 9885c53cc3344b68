"""`regdocs preview [SPEC...] --out DIR | --serve [--port N]`: every page as the Registry shows
it, with its cdktf languages and its problems, as a static site or served on this machine."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from regdocs.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from regdocs.commands.generate import add_project_arguments
from regdocs.diagnostics import DiagnosticError, Report
from regdocs.preview.site import INDEX, build_site
from regdocs.progress import ProgressBar
from regdocs.project.config import load_config
from regdocs.project.outputs import read_existing, write_atomic

DEFAULT_PORT = 8000


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "preview",
        help="show every page as the Registry does, with its cdktf languages and problems",
        description="Render every spec (or the SPECs given) as HTML the way the Terraform Registry shows its "
        "page, with a tab per cdktf language on each example and the spec's problems beside the part of the "
        "page they concern: written as a static site (--out) or served on 127.0.0.1 (--serve), rebuilding a "
        "page when its spec or a template changes.",
    )
    parser.add_argument("specs", nargs="*", type=Path, metavar="SPEC", help="spec to preview (default: every spec)")
    parser.add_argument(
        "--out", type=Path, metavar="DIR", help="write the site to DIR (index.html and a page per spec)"
    )
    parser.add_argument("--serve", action="store_true", help="serve the preview, rebuilt on edits, until interrupted")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port to serve on (default {DEFAULT_PORT})")
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to serve on (default 127.0.0.1: this machine only)"
    )
    add_project_arguments(parser)
    parser.set_defaults(run=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    if args.out is None and not args.serve:
        args.parser.error("give --out DIR to write the site, or --serve to serve it")
    if not 0 <= args.port <= 65535:
        args.parser.error(f"--port {args.port}: not a port number")
    try:
        config = load_config(args.project_dir)
    except DiagnosticError as error:
        Report(error.diagnostics).print()
        return EXIT_USAGE
    missing = [path for path in args.specs if not path.is_file()]
    if missing:
        args.parser.error(f"no such spec: {missing[0]}")
    if not args.specs and not config.specs_dir.is_dir():
        print(f"regdocs preview: error: no specs folder at {config.specs_dir}", file=sys.stderr)
        return EXIT_USAGE
    only = list(args.specs) or None
    if args.serve:
        from regdocs.preview.server import serve

        return serve(config, args.host, args.port, only=only, force=args.force)
    return _write(config, args.out, only, args.force)


def _write(config, out: Path, only: list[Path] | None, force: bool) -> int:
    report = Report()
    bar = ProgressBar("regdocs preview")
    try:
        site = build_site(
            config, report, only=only, force=force, progress=bar, previous=lambda path: read_existing(out / path)
        )
    except DiagnosticError as error:
        bar.close()
        Report(error.diagnostics).print()
        return EXIT_USAGE
    bar.close()
    try:
        for path, text in site.files.items():
            if read_existing(out / path) != text:
                write_atomic(out / path, text)
    except OSError as error:
        print(f"regdocs preview: error: cannot write {error.filename}: {error.strerror}", file=sys.stderr)
        return EXIT_FAILED
    report.print()
    errors, warnings = sum(page.errors for page in site.pages), sum(page.warnings for page in site.pages)
    notes = sum(page.notes for page in site.pages)
    print(
        f"regdocs preview: {len(site.pages)} pages, {errors} errors, {warnings} warnings, {notes} notes; "
        f"open {out / INDEX}",
        file=sys.stderr,
    )
    return EXIT_FAILED if report.has_errors else EXIT_OK
