"""`regdocs schema`: print the JSON Schema of specs, for editors and tools outside a checkout.

regdocs schema > .regdocs-spec.schema.json
# then, first line of a spec:  # yaml-language-server: $schema=.regdocs-spec.schema.json
"""

from __future__ import annotations

import argparse
import sys
from importlib.resources import files

from regdocs.cli import EXIT_OK


def schema_text() -> str:
    """The JSON Schema the spec loader checks specs against, as shipped in the package."""
    return files("regdocs.spec").joinpath("schema.json").read_text(encoding="utf-8")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "schema",
        help="print the JSON Schema of specs",
        description="Print the JSON Schema (draft 2020-12) of regdocs specs, for editors such as the YAML "
        "language server: save it and name it in a spec's `# yaml-language-server: $schema=...` line.",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    sys.stdout.write(schema_text())
    sys.stdout.flush()
    return EXIT_OK
