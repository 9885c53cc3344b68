"""The `regdocs` command line: dispatches to one module per subcommand.

Exit codes: 0 when every input succeeded, 1 when some input failed (the others are
still processed), 2 on usage errors.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# Subcommand modules under regdocs.commands, in the order `--help` lists them.
COMMANDS: list[str] = [
    "generate",
    "check",
    "validate",
    "new",
    "import_",
    "render",
    "convert",
    "convert_page",
    "init",
    "schema",
    "preview",
]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="regdocs",
        description="Terraform provider documentation: YAML specs to Registry and cdktf pages.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    for name in COMMANDS:
        importlib.import_module(f"regdocs.commands.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("regdocs: interrupted", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        return EXIT_FAILED
