"""Corpus report of `regdocs convert-page`: every Registry page of the corpus whose cdktf page
(Python, TypeScript) was made by cdktf 0.18 or later turned into that page again (with the
page's cdktf version and schema set) and compared byte for byte, twice: as written fresh, and
as written over the committed page (which keeps that page's CRLF line endings, as
`convert-page --out-dir` and `generate` do; some tfe pages were committed with CRLF). Rates per
provider and per cdktf version, for the pages the reference reproduces (reproducible.json,
reproducible-typescript.json) and for all. Pages of cdktf 0.17 (another format) are counted,
not compared. cdktf 0.19.0 re-cased TypeScript inline spans by a rule not fully understood: its
row stands apart in the per-version table.

    python scripts/report_pages.py [--corpus DIR] [--misses N] [--language L]
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from regdocs.cdktf.page import cdktf_page  # noqa: E402
from regdocs.project.outputs import with_line_endings_of  # noqa: E402
from scripts.corpus import (  # noqa: E402
    LANGUAGE_NAMES,
    family,
    first_difference,
    load_pages,
    report_options,
    schema_set,
)


def print_rates(title: str, groups: dict[str, list[bool]]) -> None:
    print(f"\n## {title}")
    total = matched = 0
    for name in sorted(groups):
        ok, count = sum(groups[name]), len(groups[name])
        total, matched = total + count, matched + ok
        print(f"  {name:18} {ok}/{count} ({100 * ok / count:.1f}%)")
    print(f"  {'total':18} {matched}/{total} ({100 * matched / max(total, 1):.1f}%)")


def report_language(corpus: Path, language: str, listed: int) -> None:
    pages = load_pages(corpus, language)
    older = [page for page in pages if not page.is_current_format]
    pages = [page for page in pages if page.is_current_format]
    results = {
        (subset, mode): defaultdict(list) for subset in ("reproducible", "all") for mode in ("fresh", "in place")
    }
    by_version = {subset: defaultdict(list) for subset in ("reproducible", "all")}
    misses = []
    started = time.perf_counter()
    for page in pages:
        schemas = schema_set(corpus, page.schema_providers)
        produced = cdktf_page(page.hcl, schemas, page.cdktf_version, language).text
        in_place = with_line_endings_of(page.cdktf, produced)
        for subset in ("reproducible", "all") if page.reproducible else ("all",):
            results[subset, "fresh"][family(page)].append(produced == page.cdktf)
            results[subset, "in place"][family(page)].append(in_place == page.cdktf)
            by_version[subset][page.cdktf_version].append(in_place == page.cdktf)
        if in_place != page.cdktf:
            misses.append((page, first_difference(page.cdktf, in_place)))
    elapsed = time.perf_counter() - started
    name = LANGUAGE_NAMES[language]
    for (subset, mode), groups in results.items():
        print_rates(f"{name} pages byte-identical: {subset} pages (cdktf >= 0.18), written {mode}", groups)
    for subset, groups in by_version.items():
        print_rates(f"{name} pages byte-identical per cdktf version: {subset} pages, written in place", groups)
    print(f"\n## {name} pages of cdktf 0.17 (another format, not compared): {len(older)}")
    print(f"\n## {name} misses written in place ({len(misses)}; reproducible ones first)")
    for page, difference in sorted(misses, key=lambda item: not item[0].reproducible)[:listed]:
        marker = "R" if page.reproducible else " "
        print(f"  {marker} {page.page_id} ({page.cdktf_version}): {difference}")
    print(f"\n## {name} speed: {len(pages)} pages in {elapsed:.2f} s ({len(pages) / elapsed:.0f} pages/s)")


def main() -> int:
    options = report_options(__doc__, 30)
    if options is None:
        return 2
    corpus, listed, languages = options
    for language in languages:
        report_language(corpus, language, listed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
