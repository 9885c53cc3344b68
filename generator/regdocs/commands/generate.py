"""`regdocs generate`: every spec to its Registry page and cdktf Python page (`make docs`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from regdocs.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from regdocs.project.config import load_config
from regdocs.diagnostics import DiagnosticError, Report
from regdocs.project.outputs import write_changed
from regdocs.project.pipeline import build, spec_files
from regdocs.progress import ProgressBar


def add_project_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--project-dir", type=Path, default=Path("."), metavar="DIR", help="project folder (default: current)"
    )
    parser.add_argument(
        "--force", action="store_true", help="convert every cdktf page, even those whose cache-key is current"
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "generate",
        help="write the Registry and cdktf pages of every spec",
        description="Render every spec under the specs folder into its Registry page and cdktf Python page. "
        "Only changed files are written; nothing is deleted.",
    )
    add_project_arguments(parser)
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
    bar = ProgressBar("regdocs generate")
    try:
        result = build(config, report, force=args.force, progress=bar)
    except DiagnosticError as error:
        bar.close()
        Report(error.diagnostics).print()
        return EXIT_USAGE
    bar.close()
    written, unchanged = write_changed(config.out_dir, result.outputs, report)
    report.print()
    specs = len(spec_files(config.specs_dir))
    print(
        f"regdocs generate: {specs} specs: {written} files written, {unchanged} unchanged, "
        f"{result.failed_conversions} failed conversions",
        file=sys.stderr,
    )
    return EXIT_FAILED if report.has_errors else EXIT_OK
