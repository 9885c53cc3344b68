"""Corpus report of `regdocs convert-page`: every Registry page of the corpus made by cdktf
0.18 or later turned into its cdktf Python page (with the page's cdktf version and schema
set) and compared byte for byte with the committed Python page.

    python scripts/report_pages.py [--corpus DIR] [--misses N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.cdktf_page import python_page  # noqa: E402
from generator.convert import SchemaSet  # noqa: E402
from scripts.corpus import corpus_root, family, load_pages, schema_documents  # noqa: E402


def first_difference(expected: str, actual: str) -> str:
    for number, (want, got) in enumerate(zip(expected.split("\n"), actual.split("\n")), start=1):
        if want != got:
            return f"line {number}: expected {want[:70]!r}, got {got[:70]!r}"
    return "lengths differ"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help="corpus folder (default: $REGDOCS_CORPUS or ../shared/corpus)")
    parser.add_argument("--misses", type=int, default=30, help="how many misses to list")
    args = parser.parse_args()
    corpus = args.corpus or corpus_root()
    if corpus is None:
        print("corpus not found: pass --corpus or set REGDOCS_CORPUS", file=sys.stderr)
        return 2
    schema_sets: dict[tuple[str, ...], SchemaSet] = {}
    results: dict[str, dict[str, list[bool]]] = {"reproducible": defaultdict(list), "all": defaultdict(list)}
    crlf_only = 0
    misses = []
    started = time.perf_counter()
    pages = [page for page in load_pages(corpus) if page.is_current_format]
    for page in pages:
        key = page.schema_providers
        if key not in schema_sets:
            schema_sets[key] = SchemaSet(schema_documents(corpus, key))
        produced = python_page(page.hcl, schema_sets[key], page.cdktf_version).text
        identical = produced == page.python
        results["all"][family(page)].append(identical)
        if page.reproducible:
            results["reproducible"][family(page)].append(identical)
        if not identical:
            if page.python.replace("\r\n", "\n") == produced and "\r\n" not in page.hcl:
                crlf_only += 1
                difference = "identical but for CRLF line endings (the committed page was re-saved with CRLF)"
            else:
                difference = first_difference(page.python, produced)
            misses.append((page, difference))
    elapsed = time.perf_counter() - started
    for title, groups in results.items():
        print(f"\n## Python pages byte-identical: {title} pages (cdktf >= 0.18)")
        total = matched = 0
        for name in sorted(groups):
            ok, count = sum(groups[name]), len(groups[name])
            total, matched = total + count, matched + ok
            print(f"  {name:18} {ok}/{count} ({100 * ok / count:.1f}%)")
        print(f"  {'total':18} {matched}/{total} ({100 * matched / max(total, 1):.1f}%)")
    print(f"\n## Misses ({len(misses)}; {crlf_only} of them only by CRLF line endings; reproducible ones first)")
    ranked = sorted(misses, key=lambda item: (not item[0].reproducible, "CRLF" in item[1]))
    for page, difference in ranked[: args.misses]:
        marker = "R" if page.reproducible else " "
        print(f"  {marker} {page.page_id}: {difference}")
    print(f"\n## Speed: {len(pages)} pages in {elapsed:.2f} s ({len(pages) / elapsed:.0f} pages/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
