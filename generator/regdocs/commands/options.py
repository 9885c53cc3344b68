"""Command-line options several subcommands share."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_schema_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    """`--schema FILE`, repeatable: provider schemas, merged in order."""
    parser.add_argument("--schema", action="append", type=Path, default=[], metavar="FILE", help=help_text)


def add_project_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--project-dir", type=Path, default=Path("."), metavar="DIR", help="project folder (default: current)"
    )
