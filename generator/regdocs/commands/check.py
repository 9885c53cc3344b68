"""`regdocs check`: are the committed pages what `regdocs generate` would write? (CI)

Exit 0 when every page is current, 1 with a unified diff per stale or missing file, or when
specs fail (errors in specs or examples, two specs writing one path) or pages regdocs
generated earlier are written by no spec any more; 2 on configuration errors."""

from __future__ import annotations

import argparse
import difflib
import sys
from typing import Iterator

from regdocs.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from regdocs.commands.generate import add_project_arguments, shown_path
from regdocs.project.config import load_config
from regdocs.diagnostics import DiagnosticError, Report
from regdocs.project.outputs import existing_bytes
from regdocs.project.pipeline import build

UPDATE_COMMAND = "make docs  (regdocs generate)"
FORCED_UPDATE_COMMAND = "regdocs generate --force"  # also replaces cdktf pages with a current cache-key
PRUNE_COMMAND = "regdocs generate --prune"
NO_NEWLINE = "\\ No newline at end of file\n"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help="fail when committed pages are stale",
        description="Render every page in memory and compare with the files on disk.",
    )
    add_project_arguments(parser)
    parser.set_defaults(run=run)


def unified_diff(old: str | None, new: str, path: str) -> Iterator[str]:
    """`diff -u` of a file and what it should be, both named by `path` (`/dev/null` when the
    file is missing); a last line without a newline is marked as diff marks it."""
    lines = difflib.unified_diff(
        (old or "").splitlines(keepends=True),
        new.splitlines(keepends=True),
        fromfile=path if old is not None else "/dev/null",
        tofile=path,
    )
    for line in lines:
        if line.endswith("\n"):
            yield line
        else:
            yield line + "\n"
            yield NO_NEWLINE


def run(args: argparse.Namespace) -> int:
    report = Report()
    try:
        config = load_config(args.project_dir)
        result = build(config, report, force=args.force, upgrade_cdktf=args.upgrade_cdktf)
    except DiagnosticError as error:
        Report(error.diagnostics).print()
        return EXIT_USAGE
    report.print()
    stale = 0
    for output in result.outputs:
        destination = config.out_dir / output.path
        data = existing_bytes(destination)
        current = None if data is None else data.decode("utf-8", errors="replace")
        if current == output.text:
            continue
        stale += 1
        shown = shown_path(config, output.path)
        sys.stdout.writelines(unified_diff(current, output.text, shown))
        if current is None:
            print(f"\n{shown}: missing", file=sys.stderr)
    for orphan in result.orphans:
        print(f"{shown_path(config, orphan)}: generated earlier, but no spec writes it any more", file=sys.stderr)
    if stale:
        update = FORCED_UPDATE_COMMAND if args.force else UPDATE_COMMAND
        print(f"regdocs check: {stale} files stale or missing; update them with: {update}", file=sys.stderr)
    if result.orphans:
        print(
            f"regdocs check: {len(result.orphans)} orphaned pages; remove them with: {PRUNE_COMMAND}", file=sys.stderr
        )
    if report.has_errors:
        print("regdocs check: some specs fail (see the errors above)", file=sys.stderr)
    if stale or result.orphans or report.has_errors:
        return EXIT_FAILED
    print(f"regdocs check: {len(result.outputs)} files up to date", file=sys.stderr)
    return EXIT_OK
