"""`regdocs init`: adopt regdocs in a provider repository.

Finds the Registry docs (`website/docs` before `docs/`), imports every page into a spec under
`specs/` (mirroring the docs tree), writes `regdocs.toml` so that `generate` writes back into
the repository's own docs folders, and prints what it found. Right after it, `generate`
changes no committed byte: every Registry page renders back as it is, and cdktf pages made
from the current Registry page are kept whichever cdktf version made them.

Exit 0 when every page was adopted, 1 when some would not reproduce (they get no spec and
are left alone), 2 when there is nothing to adopt or the repository is configured already.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path, PurePosixPath

from regdocs.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from regdocs.diagnostics import DiagnosticError, Report
from regdocs.project.adoption import Survey, config_text, survey_tree, write_adoption
from regdocs.project.config import CONFIG_FILE, config_table
from regdocs.project.docs_tree import find_docs_trees, read_tree

SHOWN = 20  # problems listed by name; the rest are counted


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "init",
        help="adopt regdocs in a provider repository",
        description="Import every Registry page of a provider repository into specs and configure "
        "regdocs to generate the pages back into the repository's docs folders, changing no byte.",
    )
    parser.add_argument(
        "--project-dir", type=Path, default=Path("."), metavar="DIR", help="the repository (default: current)"
    )
    parser.add_argument(
        "--docs", type=PurePosixPath, metavar="DIR", help="the docs tree to adopt (default: website/docs, else docs)"
    )
    parser.add_argument("--specs-dir", default="specs", metavar="DIR", help="where the specs go (default: specs)")
    parser.add_argument("--dry-run", action="store_true", help="print what init finds; write nothing")
    parser.set_defaults(run=run)


def _fail(message: str) -> int:
    print(f"regdocs init: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def run(args: argparse.Namespace) -> int:
    repository: Path = args.project_dir
    try:
        path, table = config_table(repository)
    except DiagnosticError as error:
        Report(error.diagnostics).print()
        return EXIT_USAGE
    if table or (repository / CONFIG_FILE).is_file():
        return _fail(f"regdocs is configured already in {path}; init adopts a repository once")
    specs = repository / args.specs_dir
    if specs.exists() and (not specs.is_dir() or any(specs.iterdir())):
        return _fail(f"{specs} exists and is not empty; choose another folder with --specs-dir")
    trees, passed = find_docs_trees(repository)
    if args.docs is not None:
        trees = [tree for tree in [read_tree(repository, args.docs)] if tree is not None]
        if not trees:
            return _fail(f"{repository / args.docs} holds no Registry pages")
    elif not trees:
        return _fail(f"no Registry docs in {repository}: neither website/docs nor docs holds Registry pages")
    notes = [
        f"{other.relative}/ holds Registry pages too: left alone (`--docs {other.relative}` adopts it)"
        for other in trees[1:]
    ]
    if args.docs is None:
        notes += [
            f"{folder}/ holds no Registry pages (none with front matter at a page's place): left alone"
            for folder in passed
        ]
    survey = survey_tree(repository, trees[0])
    _print_survey(survey, notes)
    if not args.dry_run:
        write_adoption(repository, survey, args.specs_dir)
        print(f"\nWrote {len(survey.adopted)} specs under {args.specs_dir}/ and {CONFIG_FILE}:")
        print("".join(f"  {line}\n" for line in config_text(survey, args.specs_dir).splitlines()), end="")
        _print_next_steps(survey)
    Report([reason for _, reason in survey.not_reproduced]).print()  # where each page differs
    return EXIT_FAILED if survey.not_reproduced else EXIT_OK


def _print_survey(survey: Survey, notes: list[str]) -> None:
    tree = survey.tree
    print(f"Registry docs: {tree.relative}/ ({len(tree.pages)} pages)")
    print("".join(f"  {note}\n" for note in notes), end="")
    if tree.others:
        print(f"  {len(tree.others)} other markdown files in {tree.relative}/ are not Registry pages: left alone")
    folders = Counter(str(adopted.spec.parent) if adopted.spec.parent.parts else "index" for adopted in survey.adopted)
    by_folder = ", ".join(f"{folder}: {count}" for folder, count in sorted(folders.items()))
    print(f"Pages imported: {len(survey.adopted)} of {len(tree.pages)} ({by_folder})")
    if survey.not_reproduced:
        print(f"Pages that would not reproduce: {len(survey.not_reproduced)} (no spec; generate leaves them alone)")
        for page, reason in survey.not_reproduced[:SHOWN]:
            print(f"  {page}:{reason.line}: {reason.message}")
        if len(survey.not_reproduced) > SHOWN:
            print(f"  ... and {len(survey.not_reproduced) - SHOWN} more")
    print("cdktf pages of the imported pages:")
    for language, pages in survey.cdktf.items():
        current = sum(pages.current.values())
        versions = ", ".join(f"{version}: {count}" for version, count in sorted(pages.current.items()))
        made_by = f" (made by cdktf {versions})" if versions else ""
        print(f"  {language:11} current {current}{made_by}, stale {len(pages.stale)}, missing {len(pages.missing)}")
        if pages.unmanaged:
            print(f"  {'':11} {len(pages.unmanaged)} cdktf pages have no imported Registry page: left alone")


def _print_next_steps(survey: Survey) -> None:
    languages = [language for language in survey.languages if language in survey.cdktf]
    stale = sum(len(survey.cdktf[language].stale) for language in languages)
    missing = sum(len(survey.cdktf[language].missing) for language in languages)
    old = sum(
        count
        for language in languages
        for version, count in survey.cdktf[language].current.items()
        if version != survey.cdktf_version
    )
    print("\nNext:")
    print(f"  regdocs generate   # writes {missing} missing cdktf pages, converts {stale} stale ones; nothing else")
    print("  regdocs check      # in CI: fails when a page is not what generate writes")
    if old:
        print(
            f"  {old} cdktf pages made by other cdktf versions are kept as they are; "
            f"`regdocs generate --upgrade-cdktf` converts them with cdktf {survey.cdktf_version}"
        )
