"""Validation report over the public corpus: import every Registry page of the dev corpus
(pairs, aws-apigatewayv2, seed, features) into a spec and validate it against the corpus's
provider schemas (aws, tfe, random, null merged), one page at a time.

    python scripts/report_validate.py [--corpus DIR] [--misses N] [--rule ID]

Prints the findings per rule per provider (pages in `pairs/` count once per stored version),
then a sample of each rule's findings (`--misses` per rule; `--rule` prints every finding of
one rule). The corpus schemas have no descriptions, no deprecation, and no max_items other
than 1, so S005 findings about larger limits and S006 say nothing about the pages.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from regdocs.api import import_spec, load_spec_text  # noqa: E402
from regdocs.diagnostics import DiagnosticError  # noqa: E402
from regdocs.project.config import Config  # noqa: E402
from regdocs.spec.writer import dump_spec  # noqa: E402
from regdocs.validate import SchemaIndex, validate_specs  # noqa: E402
from regdocs.validate.registry import all_rules  # noqa: E402
from scripts.corpus import add_corpus_argument, corpus_root, family, load_pages, version_tuple  # noqa: E402

SCHEMAS = ("aws", "tfe", "random", "null")
# rules about a whole project: each page is validated alone
PROJECT_RULES = ("S007", "R006", "R007")


def latest_versions(corpus: Path, pages: list) -> list:
    """Of the pages stored in several versions (pairs/), the newest of each (by cdktf version)."""
    paths = {record["id"]: record["hcl_path"] for record in json.loads((corpus / "pairs/manifest.json").read_text())}
    newest: dict[str, object] = {}
    for page in pages:
        key = paths.get(page.page_id.removeprefix("pairs/"), page.page_id)
        rank = (version_tuple(page.cdktf_version), page.page_id)
        if key not in newest or rank > (version_tuple(newest[key].cdktf_version), newest[key].page_id):
            newest[key] = page
    return [page for page in pages if newest.get(paths.get(page.page_id.removeprefix("pairs/"), page.page_id)) is page]


def validate_corpus(corpus: Path, latest: bool = False):
    """(findings by family and rule, pages by family, every finding with its page)."""
    schemas = SchemaIndex.from_files([corpus / "schemas" / f"{name}.json" for name in SCHEMAS])
    config = Config(root=PROJECT_ROOT, specs_dir=PROJECT_ROOT / "specs", out_dir=Path("/nonexistent"))
    rules = [rule for rule in all_rules() if rule not in PROJECT_RULES]
    counts: dict[str, Counter] = defaultdict(Counter)
    pages: Counter = Counter()
    found = []
    pages_of_corpus = load_pages(corpus)
    for page in latest_versions(corpus, pages_of_corpus) if latest else pages_of_corpus:
        group = family(page)
        pages[group] += 1
        spec_path = f"{page.page_id}.yaml"
        try:
            spec, _ = import_spec(page.hcl, str(page.hcl_path))
            text = dump_spec(spec)
            spec = load_spec_text(text, spec_path)
        except DiagnosticError as error:
            counts[group]["import failed"] += 1
            found.append((page, text, error.diagnostics[0]))
            continue
        for diagnostic in validate_specs(config, [spec], schemas=schemas, only=rules, sources={spec_path: text}):
            counts[group][diagnostic.rule or "(no rule)"] += 1
            found.append((page, text, diagnostic))
    return counts, pages, found


def print_table(counts: dict[str, Counter], pages: Counter) -> None:
    checked = [rule for rule in all_rules() if rule not in PROJECT_RULES]
    rules = checked + sorted({rule for counter in counts.values() for rule in counter} - set(checked))
    groups = sorted(pages)
    width = max(len(group) for group in groups)
    print(f"{'rule':<14}" + "".join(f"{group:>{max(width, 7) + 2}}" for group in groups))
    print(f"{'pages':<14}" + "".join(f"{pages[group]:>{max(width, 7) + 2}}" for group in groups))
    for rule in rules:
        print(f"{rule:<14}" + "".join(f"{counts[group][rule]:>{max(width, 7) + 2}}" for group in groups))


def _line(text: str, number: int | None) -> str:
    lines = text.splitlines()
    return lines[number - 1].strip()[:100] if number and 0 < number <= len(lines) else ""


def print_samples(found, per_rule: int, only: str | None) -> None:
    shown: Counter = Counter()
    for page, text, diagnostic in found:
        rule = diagnostic.rule or "(no rule)"
        if (only and rule != only) or (not only and shown[rule] >= per_rule):
            continue
        shown[rule] += 1
        print(f"{page.page_id}: {diagnostic.format()}")
        if diagnostic.line:
            print(f"    spec line {diagnostic.line}: {_line(text, diagnostic.line)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_corpus_argument(parser)
    parser.add_argument("--misses", type=int, default=3, help="findings shown per rule (default: %(default)s)")
    parser.add_argument("--rule", help="show every finding of this rule")
    parser.add_argument("--latest", action="store_true", help="only the newest version of each page")
    args = parser.parse_args(argv)
    corpus = args.corpus or corpus_root()
    if corpus is None:
        print("corpus not found: pass --corpus DIR or set REGDOCS_CORPUS", file=sys.stderr)
        return 0
    started = time.perf_counter()
    counts, pages, found = validate_corpus(corpus, args.latest)
    versions = "the newest version of each page" if args.latest else "every stored version"
    print(
        f"Validation findings per rule per provider ({sum(pages.values())} pages, {versions}; schemas: {', '.join(SCHEMAS)})"
    )
    print_table(counts, pages)
    print(f"({time.perf_counter() - started:.1f} s)\n")
    print_samples(found, args.misses, args.rule)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
