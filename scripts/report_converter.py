"""Corpus report of the HCL -> cdktf converter, in each language (Python, TypeScript).

Every HCL block of every page pair made by cdktf 0.18 or later is converted with the page's
cdktf version and schema set, and compared byte for byte with the block at the same position
on the page's cdktf page (the text after the `DO NOT EDIT` line). Rates are given for the pages
the reference itself reproduces (`reproducible.json`, `reproducible-typescript.json`) and for
all pages, per provider, per cdktf version and per HCL feature (block kinds, meta-arguments,
expression forms).

    python scripts/report_converter.py [--corpus DIR] [--misses N] [--language L]
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from regdocs.convert import ConversionError, convert_hcl  # noqa: E402
from scripts.corpus import (  # noqa: E402
    LANGUAGE_NAMES,
    PagePair,
    family,
    first_difference,
    load_pages,
    report_options,
    schema_set,
)
from scripts.hcl_features import features  # noqa: E402


@dataclass
class BlockResult:
    page: PagePair
    line: int
    features: frozenset[str]
    reference_converted: bool
    outcome: str  # "match", "differs", "failed" (we raised), "kept" (both left it as HCL)
    detail: str = ""


def convert_corpus(corpus: Path, language: str) -> tuple[list[BlockResult], float, int]:
    results = []
    conversions = 0
    elapsed = 0.0
    for page in load_pages(corpus, language):
        if not page.is_current_format:
            continue
        schemas = schema_set(corpus, page.schema_providers)
        for block, expected in page.block_pairs():
            reference_converted = expected is not None
            used = frozenset(features(block.value))
            started = time.perf_counter()
            try:
                actual = convert_hcl(block.value, schemas, page.cdktf_version, language)
            except ConversionError as error:
                actual, reason = None, error.reason
            elapsed += time.perf_counter() - started
            conversions += 1
            if actual is None:
                outcome = "failed" if reference_converted else "kept"
                results.append(BlockResult(page, block.line, used, reference_converted, outcome, reason))
                continue
            if not reference_converted:
                results.append(BlockResult(page, block.line, used, False, "differs", "reference kept the HCL"))
                continue
            if actual == expected:
                results.append(BlockResult(page, block.line, used, True, "match"))
            else:
                detail = first_difference(expected, actual)
                results.append(BlockResult(page, block.line, used, True, "differs", detail))
    return results, elapsed, conversions


def _rate(results: list[BlockResult]) -> str:
    converted = [r for r in results if r.reference_converted]
    matched = sum(r.outcome == "match" for r in converted)
    percent = 100 * matched / len(converted) if converted else 100.0
    return f"{matched}/{len(converted)} ({percent:.1f}%)"


def print_report(label: str, results: list[BlockResult], elapsed: float, conversions: int, misses: int) -> None:
    for title, selected in (
        ("pages the reference reproduces", [r for r in results if r.page.reproducible]),
        ("all pages made by cdktf 0.18 or later", results),
    ):
        for grouping, key in (
            ("provider", lambda r: family(r.page)),
            ("cdktf version", lambda r: r.page.cdktf_version),
        ):
            print(f"\n## {label} converted blocks byte-identical per {grouping}: {title}")
            groups = defaultdict(list)
            for result in selected:
                groups[key(result)].append(result)
            for group in sorted(groups):
                print(f"  {group:18} {_rate(groups[group])}")
            print(f"  {'total':18} {_rate(selected)}")
    print(f"\n## {label} converted blocks byte-identical per feature: reproducible pages | all pages (cdktf >= 0.18)")
    for name in sorted({name for r in results for name in r.features}):
        using = [r for r in results if name in r.features]
        print(f"  {name:30} {_rate([r for r in using if r.page.reproducible]):>22} | {_rate(using)}")
    kept = [r for r in results if not r.reference_converted]
    print(
        f"\n## {label}: blocks the reference left as HCL: {len(kept)}, of which we also refused "
        f"{sum(r.outcome == 'kept' for r in kept)}"
    )
    wrong = [r for r in results if r.outcome in ("differs", "failed")]
    groups: dict[str, list[BlockResult]] = defaultdict(list)
    for result in wrong:
        groups[f"{result.outcome}: {result.detail}"].append(result)
    print(f"\n## {label} misses ({len(wrong)}), most frequent first")
    for cause, members in sorted(groups.items(), key=lambda item: -len(item[1]))[:misses]:
        example = members[0]
        print(f"  {len(members):4}  {cause}  [{example.page.page_id}.hcl.md:{example.line}]")
    print(
        f"\n## {label} speed: {conversions} conversions in {elapsed:.2f} s ({1000 * elapsed / max(conversions, 1):.2f} ms each)"
    )


def main() -> int:
    options = report_options(__doc__, 40)
    if options is None:
        return 2
    corpus, misses, languages = options
    for language in languages:
        results, elapsed, conversions = convert_corpus(corpus, language)
        print_report(LANGUAGE_NAMES[language], results, elapsed, conversions, misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
