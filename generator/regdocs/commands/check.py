"""`regdocs check`: are the committed pages what `regdocs generate` would write? (CI)

Exit 0 when every page is current, 1 with a unified diff per stale or missing file, 2 on
errors (configuration, specs, examples that do not convert)."""

from __future__ import annotations

import argparse
import difflib
import sys

from regdocs.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from regdocs.commands.generate import add_project_arguments
from regdocs.project.config import load_config
from regdocs.diagnostics import DiagnosticError, Report
from regdocs.project.outputs import existing_bytes
from regdocs.project.pipeline import build

UPDATE_COMMAND = "make docs  (regdocs generate)"
FORCED_UPDATE_COMMAND = "regdocs generate --force"  # also replaces cdktf pages with a current cache-key


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help="fail when committed pages are stale",
        description="Render every page in memory and compare with the files on disk.",
    )
    add_project_arguments(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    report = Report()
    try:
        config = load_config(args.project_dir)
        result = build(config, report, force=args.force)
    except DiagnosticError as error:
        Report(error.diagnostics).print()
        return EXIT_USAGE
    if report.has_errors:
        report.print()
        return EXIT_USAGE
    stale = 0
    for output in result.outputs:
        destination = config.out_dir / output.path
        data = existing_bytes(destination)
        current = None if data is None else data.decode("utf-8", errors="replace")
        if current == output.text:
            continue
        stale += 1
        shown = config.out_dir.name + "/" + str(output.path)
        diff = difflib.unified_diff(
            (current or "").splitlines(keepends=True),
            output.text.splitlines(keepends=True),
            fromfile=shown if current is not None else "/dev/null",
            tofile=f"{shown} (generated)",
        )
        sys.stdout.writelines(diff)
        if current is None:
            print(f"\n{shown}: missing", file=sys.stderr)
    if stale:
        update = FORCED_UPDATE_COMMAND if args.force else UPDATE_COMMAND
        print(f"regdocs check: {stale} files stale or missing; update them with: {update}", file=sys.stderr)
        return EXIT_FAILED
    print(f"regdocs check: {len(result.outputs)} files up to date", file=sys.stderr)
    return EXIT_OK
