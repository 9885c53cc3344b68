"""Corpus report of `regdocs convert-page`: every Registry page of the corpus made by cdktf
0.18 or later turned into its cdktf Python page (with the page's cdktf version and schema
set) and compared byte for byte with the committed Python page, twice: as written fresh, and
as written over the committed page (which keeps that page's CRLF line endings, as
`convert-page --out-dir` and `generate` do; some tfe pages were committed with CRLF).

    python scripts/report_pages.py [--corpus DIR] [--misses N]
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from regdocs.cdktf.page import cdktf_page  # noqa: E402
from regdocs.project.outputs import with_line_endings_of  # noqa: E402
from scripts.corpus import family, first_difference, load_pages, report_options, schema_set  # noqa: E402


def main() -> int:
    options = report_options(__doc__, 30)
    if options is None:
        return 2
    corpus, listed = options
    results = {
        (subset, mode): defaultdict(list) for subset in ("reproducible", "all") for mode in ("fresh", "in place")
    }
    misses = []
    started = time.perf_counter()
    pages = [page for page in load_pages(corpus) if page.is_current_format]
    for page in pages:
        produced = cdktf_page(page.hcl, schema_set(corpus, page.schema_providers), page.cdktf_version).text
        in_place = with_line_endings_of(page.python, produced)
        for subset in ("reproducible", "all") if page.reproducible else ("all",):
            results[subset, "fresh"][family(page)].append(produced == page.python)
            results[subset, "in place"][family(page)].append(in_place == page.python)
        if in_place != page.python:
            misses.append((page, first_difference(page.python, in_place)))
    elapsed = time.perf_counter() - started
    for (subset, mode), groups in results.items():
        print(f"\n## Python pages byte-identical: {subset} pages (cdktf >= 0.18), written {mode}")
        total = matched = 0
        for name in sorted(groups):
            ok, count = sum(groups[name]), len(groups[name])
            total, matched = total + count, matched + ok
            print(f"  {name:18} {ok}/{count} ({100 * ok / count:.1f}%)")
        print(f"  {'total':18} {matched}/{total} ({100 * matched / max(total, 1):.1f}%)")
    print(f"\n## Misses written in place ({len(misses)}; reproducible ones first)")
    for page, difference in sorted(misses, key=lambda item: not item[0].reproducible)[:listed]:
        marker = "R" if page.reproducible else " "
        print(f"  {marker} {page.page_id}: {difference}")
    print(f"\n## Speed: {len(pages)} pages in {elapsed:.2f} s ({len(pages) / elapsed:.0f} pages/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
