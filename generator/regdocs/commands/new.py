"""`regdocs new KIND NAME... | --all`: start specs from the provider schema, where `generate`
looks for them (`specs/r/x.yaml`, mirroring the page's place in the docs tree). An existing
spec is never overwritten; what the schema cannot say is left as `TODO(regdocs)` placeholders
that `regdocs validate` reports until they are filled in.

Exit 0 when every requested spec was written or already existed, 1 when a name is not in the
schemas, 2 on usage or configuration errors."""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from pathlib import Path, PurePosixPath

from regdocs.api import load_spec, page_path
from regdocs.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from regdocs.commands.options import add_project_dir_option, add_schema_option
from regdocs.diagnostics import Diagnostic, DiagnosticError, Report
from regdocs.project.config import load_config
from regdocs.project.outputs import write_atomic
from regdocs.project.pipeline import spec_files
from regdocs.registry.locations import page_stem
from regdocs.scaffold import HouseStyle, scaffold_spec
from regdocs.spec.model import Spec
from regdocs.spec.writer import dump_spec
from regdocs.validate.schema_index import SCHEMA_GROUPS, SchemaIndex

KINDS = tuple(SCHEMA_GROUPS)
HEADER = (
    "# Started by `regdocs new` from the provider schema: fill in each TODO(regdocs)\n"
    "# (`regdocs validate` lists them) and make the example realistic.\n"
)
_TOP_KEY = re.compile(r"^(kind|name):\s*['\"]?([^'\"\s#]+)", re.MULTILINE)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "new",
        help="start specs from the provider schema",
        description="Write a spec for each named resource, data source or ephemeral resource from the provider "
        "schemas, where generate looks for it. Existing specs are never overwritten.",
    )
    parser.add_argument("kind", nargs="?", choices=KINDS, metavar="KIND", help=f"one of {', '.join(KINDS)}")
    parser.add_argument("names", nargs="*", metavar="NAME", help="type names (aws_s3_bucket)")
    parser.add_argument("--all", action="store_true", help="every resource (of KIND, if given) that has no spec yet")
    add_schema_option(parser, "a provider schema (after the configured ones)")
    add_project_dir_option(parser)
    parser.set_defaults(run=run, parser=parser)


def existing_specs(paths: list[Path]) -> tuple[set[tuple[str, str]], list[Spec]]:
    """The (kind, name) of every spec, and the specs that load (for the house style)."""
    documented, loaded = set(), []
    for path in paths:
        try:
            spec = load_spec(path)
        except DiagnosticError:  # still someone's spec: read its kind and name as text
            keys = dict(_TOP_KEY.findall(path.read_bytes().decode("utf-8", errors="replace")))
            documented.add((keys.get("kind", ""), keys.get("name", "")))
            continue
        loaded.append(spec)
        documented.add((spec.kind, str(spec.name)))
    return documented, loaded


def spec_path(spec: Spec, page_style: str | None) -> PurePosixPath:
    """Where a new spec goes under the specs folder: the page's folder and stem (`r/x.yaml`)."""
    page = page_path(spec, page_style)
    return PurePosixPath(page.parent.name, f"{page_stem(page.name)}.yaml")


def _requested(args, schemas: SchemaIndex, report: Report) -> list[tuple[str, str]]:
    if args.all:
        return [(entry.kind, entry.name) for entry in schemas.entries() if args.kind in (None, entry.kind)]
    wanted = []
    for name in args.names:
        if schemas.resource(args.kind, name) is None:
            known = [entry.name for entry in schemas.entries() if entry.kind == args.kind]
            close = difflib.get_close_matches(name, known, n=1)
            hint = f"; did you mean `{close[0]}`?" if close else ""
            report.add(Diagnostic(f"the schemas have no {args.kind} `{name}`{hint}", "regdocs new"))
        else:
            wanted.append((args.kind, name))
    return wanted


def run(args: argparse.Namespace) -> int:
    if args.all == bool(args.names) or (not args.all and args.kind is None):
        args.parser.error("give KIND and NAME..., or --all (optionally with KIND)")
    try:
        config = load_config(args.project_dir)
        schemas = SchemaIndex.from_files([*config.schemas, *args.schema])
    except DiagnosticError as error:
        Report(error.diagnostics).print()
        return EXIT_USAGE
    if not schemas:
        print("regdocs new: error: no provider schema: pass --schema FILE or set `schemas`", file=sys.stderr)
        return EXIT_USAGE
    report = Report()
    documented, loaded = existing_specs(spec_files(config.specs_dir))
    house = HouseStyle.from_specs(loaded, config.page_style)
    written = kept = 0
    for kind, name in _requested(args, schemas, report):
        if (kind, name) in documented:
            kept += 1
            continue
        spec = scaffold_spec(kind, name, schemas.resource(kind, name), house)
        target = config.specs_dir / spec_path(spec, config.page_style)
        if target.exists():
            report.add(Diagnostic(f"{target} exists (not overwritten) but is not the spec of {kind} `{name}`"))
            continue
        write_atomic(target, HEADER + dump_spec(spec))
        documented.add((kind, name))
        written += 1
    report.print()
    print(f"regdocs new: {written} specs written, {kept} already had one", file=sys.stderr)
    return EXIT_FAILED if report.has_errors else EXIT_OK
