"""`regdocs generate`: every spec to its Registry page and cdktf Python page (`make docs`)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from regdocs.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from regdocs.project.config import load_config
from regdocs.diagnostics import Diagnostic, DiagnosticError, Level, Report
from regdocs.project.build_cache import BuildCache
from regdocs.project.manifest import MANIFEST, prune
from regdocs.project.outputs import write_changed
from regdocs.project.pipeline import build, spec_files
from regdocs.progress import ProgressBar

ORPHAN_WARNING = "generated earlier, but no spec writes it any more; `regdocs generate --prune` removes it"


def shown_path(config, path) -> str:
    """An output's path as shown to people: relative to the project folder."""
    return os.path.relpath(config.out_dir / path, config.root)


def add_project_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--project-dir", type=Path, default=Path("."), metavar="DIR", help="project folder (default: current)"
    )
    parser.add_argument(
        "--force", action="store_true", help="convert every cdktf page, even those whose cache-key is current"
    )
    parser.add_argument(
        "--upgrade-cdktf",
        action="store_true",
        help="convert again the cdktf pages made by another cdktf version than the configured one "
        "(without it, a page whose cache-key input is current is kept whichever version made it)",
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "generate",
        help="write the Registry and cdktf pages of every spec",
        description="Render every spec under the specs folder into its Registry page and cdktf Python page. "
        "Only changed files are written; nothing is deleted but, with --prune, the pages regdocs generated "
        "earlier that no spec writes any more (listed in the outputs manifest, .regdocs-manifest).",
    )
    add_project_arguments(parser)
    parser.add_argument(
        "--prune", action="store_true", help="delete pages generated earlier that no spec writes any more"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        config = load_config(args.project_dir)
    except DiagnosticError as error:
        Report(error.diagnostics).print()
        return EXIT_USAGE
    if not config.specs_dir.is_dir():
        print(f"regdocs generate: error: no specs folder at {config.specs_dir}", file=sys.stderr)
        return EXIT_USAGE
    report = Report()
    # every page is converted (force, upgrade) or every spec validated: nothing to reuse
    cache = None if args.force or args.upgrade_cdktf or config.validate else BuildCache(config)
    bar = ProgressBar("regdocs generate")
    try:
        result = build(
            config,
            report,
            force=args.force,
            upgrade_cdktf=args.upgrade_cdktf,
            progress=bar,
            keep_orphans=not args.prune,
            cache=cache,
        )
    except DiagnosticError as error:
        bar.close()
        Report(error.diagnostics).print()
        return EXIT_USAGE
    bar.close()
    pages = [output for output in result.outputs if output.path != MANIFEST]
    manifest = [output for output in result.outputs if output.path == MANIFEST]
    written, unchanged = write_changed(config.out_dir, pages, report)
    removed = prune(config.out_dir, result.orphans) if args.prune else []
    for orphan in [] if args.prune else result.orphans:
        report.add(Diagnostic(ORPHAN_WARNING, shown_path(config, orphan), level=Level.WARNING))
    write_changed(config.out_dir, manifest, report)  # last: it lists what is on disk
    if cache is not None:
        cache.save(result.specs)
    report.print()
    specs = len(spec_files(config.specs_dir))
    pruned = f", {len(removed)} removed" if args.prune else ""
    print(
        f"regdocs generate: {specs} specs: {written} files written, {unchanged} unchanged{pruned}, "
        f"{result.failed_conversions} failed conversions",
        file=sys.stderr,
    )
    return EXIT_FAILED if report.has_errors else EXIT_OK
