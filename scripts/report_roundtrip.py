"""Round-trip report over the public corpus: import each page, write and read its YAML spec,
render it again, and compare bytes.

    python scripts/report_roundtrip.py [--corpus DIR] [--misses N]

Prints, per provider, how many pages come back byte-identical (with the first differing line
of each miss), how many argument and attribute bullets became structured entries per section
kind, how many output paths match the page's original path, and the time taken; then the same
per provider of the wild pages (`wild/manifest.json`: pages of providers regdocs was not
developed against), each imported from its repository path and rendered back: pages at their
path, byte-identical, both, specs that fail to import, load or render, and how many
entry-looking bullets became entries, with why the others stayed raw.

An entry-looking bullet is an item of a bullet list, at any depth, anywhere in the page body
(outside code blocks), whose text starts with a code span holding one word: `` `name` ``,
whatever follows it. That is how an argument or attribute is written, so every such bullet
counts, wherever it is: a reference section, a free section, a guide, the page header. Only
the Markdown parser decides what is a bullet (CommonMark, as the Registry reads pages).
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from markdown_it import MarkdownIt

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from regdocs.api import import_spec, load_spec_text, page_path, render_page  # noqa: E402
from regdocs.markdown_import.page import split_page  # noqa: E402
from regdocs.spec.writer import dump_spec  # noqa: E402
from scripts.corpus import first_difference, report_options  # noqa: E402

# The pages the targets are measured on, and an extra group shown apart.
TARGET_GLOBS = ("pairs/*/*.hcl.md", "aws-apigatewayv2/*/*.hcl.md", "seed/*.hcl.md")
EXTRA_GLOBS = ("features/*.hcl.md",)
# Section kinds whose bullets are argument or attribute entries.
REFERENCE_KINDS = ("arguments", "attributes", "schema", "timeouts")
WIDTHS = (6, 8, 10, 6, 7)  # columns of the wild table
_NAME_SPAN = re.compile(r"`[^`\s]+`")
_MARKDOWN = MarkdownIt("commonmark")


@dataclass
class Measurement:
    pages: Counter = field(default_factory=Counter)
    identical: Counter = field(default_factory=Counter)
    misses: list[tuple[str, str]] = field(default_factory=list)
    bullets: Counter = field(default_factory=Counter)
    structured: Counter = field(default_factory=Counter)
    sections: Counter = field(default_factory=Counter)
    repaired: list[tuple[str, str]] = field(default_factory=list)
    paths_checked: int = 0
    paths_matching: int = 0
    seconds: float = 0.0

    def rate(self, group: str | None = None) -> float:
        pages = self.pages[group] if group else sum(self.pages.values())
        same = self.identical[group] if group else sum(self.identical.values())
        return same / pages if pages else 0.0

    def structure_rate(self) -> float:
        seen = sum(self.bullets[kind] for kind in REFERENCE_KINDS)
        made = sum(self.structured[kind] for kind in REFERENCE_KINDS)
        return made / seen if seen else 0.0


def _group(corpus: Path, page: Path) -> str:
    parts = page.relative_to(corpus).parts
    return parts[1] if parts[0] == "pairs" else parts[0]


def _original_paths(corpus: Path) -> dict[Path, str]:
    """Page file -> its path in the provider repository, from the pairs manifest."""
    manifest = corpus / "pairs" / "manifest.json"
    if not manifest.is_file():
        return {}
    return {corpus / "pairs" / f"{item['id']}.hcl.md": item["hcl_path"] for item in json.loads(manifest.read_text())}


def entry_looking_bullets(text: str) -> list[int]:
    """0-based page lines where an entry-looking bullet starts (see the module doc)."""
    page = split_page(text)
    tokens = _MARKDOWN.parse("\n".join(page.body) + "\n")
    lists: list[str] = []
    found = []
    for index, token in enumerate(tokens):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            lists.append(token.type)
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif token.type == "list_item_open" and lists[-1] == "bullet_list_open" and token.map:
            first = tokens[index + 2] if index + 2 < len(tokens) else None
            if tokens[index + 1].type == "paragraph_open" and first and _NAME_SPAN.match(first.content):
                found.append(token.map[0] + page.body_offset)
    return found


def why_raw(line: int, raw: list[tuple[int, int, str]]) -> str:
    """The reason of the innermost part kept as markdown that holds `line`."""
    holding = [(end - start, reason) for start, end, reason in raw if start <= line < end]
    return min(holding)[1] if holding else "elsewhere"


def round_trip(text: str, path: str):
    """(rendered text, spec, import stats) of import -> YAML -> load -> render."""
    spec, stats = import_spec(text, path)
    loaded = load_spec_text(dump_spec(spec), f"{path}.yaml")
    return render_page(loaded), loaded, stats


def measure(corpus: Path, globs=TARGET_GLOBS) -> Measurement:
    result = Measurement()
    originals = _original_paths(corpus)
    started = time.perf_counter()
    for pattern in globs:
        for page in sorted(corpus.glob(pattern)):
            group = _group(corpus, page)
            text = page.read_bytes().decode("utf-8")
            original = originals.get(page)
            result.pages[group] += 1
            try:
                rendered, spec, stats = round_trip(text, original or str(page))
            except Exception as error:  # noqa: BLE001 - a report lists failures, it does not stop
                result.misses.append((str(page.relative_to(corpus)), f"error: {error!r}"))
                continue
            result.bullets.update(stats.bullets)
            result.structured.update(stats.structured)
            result.sections.update(stats.sections)
            if stats.repaired:
                result.repaired.append((str(page.relative_to(corpus)), ", ".join(stats.repaired)))
            if rendered == text:
                result.identical[group] += 1
            else:
                result.misses.append((str(page.relative_to(corpus)), first_difference(text, rendered)))
            if original is not None:
                result.paths_checked += 1
                result.paths_matching += str(page_path(spec)) == original
    result.seconds = time.perf_counter() - started
    return result


@dataclass
class WildMeasurement:
    """Per provider of the wild pages: pages, pages rendered back at their original path,
    byte-identical pages, both, specs that fail to import, load or render; entry-looking bullets
    and those read as entries, and why the others stayed raw."""

    pages: Counter = field(default_factory=Counter)
    at_path: Counter = field(default_factory=Counter)
    identical: Counter = field(default_factory=Counter)
    both: Counter = field(default_factory=Counter)
    failures: Counter = field(default_factory=Counter)
    bullets: Counter = field(default_factory=Counter)
    structured: Counter = field(default_factory=Counter)
    raw: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    parts: Counter = field(default_factory=Counter)  # how front matter and import sections were read
    misses: list[tuple[str, str]] = field(default_factory=list)  # not byte-identical, or failed
    wrong_paths: list[tuple[str, str]] = field(default_factory=list)  # (page, where it rendered to)
    seconds: float = 0.0

    def structure_rate(self, provider: str | None = None) -> float:
        seen = self.bullets[provider] if provider else sum(self.bullets.values())
        made = self.structured[provider] if provider else sum(self.structured.values())
        return made / seen if seen else 1.0


def measure_wild(corpus: Path) -> WildMeasurement | None:
    """Round trip and structure of every wild page, imported from its path in its repository;
    None when the corpus has no wild pages."""
    manifest = corpus / "wild" / "manifest.json"
    if not manifest.is_file():
        return None
    result = WildMeasurement()
    started = time.perf_counter()
    for record in json.loads(manifest.read_text()):
        provider, path = record["provider"], record["path"]
        shown = f"{provider}/{path}"
        result.pages[provider] += 1
        text = (corpus / "wild" / provider / path).read_bytes().decode("utf-8")
        bullets = entry_looking_bullets(text)
        result.bullets[provider] += len(bullets)
        try:
            spec, stats = import_spec(text, path)
        except Exception as error:  # noqa: BLE001 - a report lists failures, it does not stop
            result.failures[provider] += 1
            result.raw[provider]["the page did not import"] += len(bullets)
            result.misses.append((shown, "import error: " + str(error).split("\n")[0]))
            continue
        for line in bullets:
            if line in stats.entry_lines:
                result.structured[provider] += 1
            else:
                result.raw[provider][why_raw(line, stats.raw)] += 1
        if isinstance(spec.front_matter, str):
            result.parts["front matter kept as text"] += 1
        elif spec.front_matter is not None:
            result.parts["front matter read as fields"] += 1
        result.parts.update({kind: count for kind, count in stats.sections.items() if kind.startswith("import")})
        try:
            loaded = load_spec_text(dump_spec(spec), f"{path}.yaml")
            rendered = render_page(loaded)
        except Exception as error:  # noqa: BLE001
            result.failures[provider] += 1
            result.misses.append((shown, "error: " + str(error).split("\n")[0]))
            continue
        same, rendered_path = rendered == text, str(page_path(loaded))
        result.identical[provider] += same
        result.at_path[provider] += rendered_path == path
        result.both[provider] += same and rendered_path == path
        if not same:
            result.misses.append((shown, first_difference(text, rendered)))
        if rendered_path != path:
            result.wrong_paths.append((shown, rendered_path))
    result.seconds = time.perf_counter() - started
    return result


def print_wild(wild: WildMeasurement, misses: int) -> None:
    print("\nWild pages: import from the repository path -> YAML spec -> render")
    columns = (wild.pages, wild.at_path, wild.identical, wild.both, wild.failures)
    print(f"  {'provider':20} {'pages':>6} {'at path':>8} {'identical':>10} {'both':>6} {'failed':>7}", end="")
    print(f"  {'entries / entry-looking bullets':>32}")
    for provider in sorted(wild.pages):
        print(
            f"  {provider:20} " + " ".join(f"{column[provider]:{width}}" for column, width in zip(columns, WIDTHS)),
            end="",
        )
        made = f"{wild.structured[provider]} / {wild.bullets[provider]}"
        print(f"  {made:>23} {wild.structure_rate(provider):8.1%}")
    totals = [sum(column.values()) for column in columns]
    print(f"  {'total':20} " + " ".join(f"{total:{width}}" for total, width in zip(totals, WIDTHS)), end="")
    made = f"{sum(wild.structured.values())} / {sum(wild.bullets.values())}"
    print(f"  {made:>23} {wild.structure_rate():8.1%}   both: {totals[3] / totals[0]:.2%}")
    reasons: Counter = Counter()
    for counts in wild.raw.values():
        reasons.update(counts)
    print("  Entry-looking bullets left raw, by why (the providers with most of them):")
    for reason, count in reasons.most_common():
        top = sorted(((counts[reason], name) for name, counts in wild.raw.items() if counts[reason]), reverse=True)
        print(f"    {count:6}  {reason}  (" + ", ".join(f"{name} {number}" for number, name in top[:4]) + ")")
    print("  Front matter and import sections, by how they were read:")
    for kind, count in sorted(wild.parts.items()):
        print(f"    {count:6}  {kind}")
    for title, listed in (("Wild misses", wild.misses), ("Wild pages rendered elsewhere", wild.wrong_paths)):
        print(f"  {title}: {len(listed)}")
        for page, difference in listed[:misses]:
            print(f"    {page}: {difference}")
    print(f"  Time: {wild.seconds:.1f}s for {totals[0]} wild pages")


def print_report(target: Measurement, extra: Measurement | None, misses: int) -> None:
    print("Round trip (import -> YAML spec -> render), byte-identical pages")
    for group in sorted(target.pages):
        print(f"  {group:20} {target.identical[group]:5} / {target.pages[group]:5}  {target.rate(group):7.2%}")
    total = sum(target.pages.values())
    print(f"  {'total':20} {sum(target.identical.values()):5} / {total:5}  {target.rate():7.2%}")
    if extra is not None and extra.pages:
        for group in sorted(extra.pages):
            print(
                f"  {group + ' (extra)':20} {extra.identical[group]:5} / {extra.pages[group]:5}  {extra.rate(group):7.2%}"
            )
    print("\nStructure: top-level bullets of argument and attribute sections")
    print(f"  {'section kind':20} {'bullets':>8} {'entries':>8} {'raw':>6}")
    for kind in sorted(target.bullets):
        seen, made = target.bullets[kind], target.structured[kind]
        note = "" if kind in REFERENCE_KINDS else "  (not in the target)"
        print(f"  {kind:20} {seen:8} {made:8} {seen - made:6}{note}")
    seen = sum(target.bullets[kind] for kind in REFERENCE_KINDS)
    made = sum(target.structured[kind] for kind in REFERENCE_KINDS)
    print(f"  {'total':20} {seen:8} {made:8} {seen - made:6}  {target.structure_rate():7.2%} structured")
    print("\nSections (## headings) by how they were read")
    for kind, count in sorted(target.sections.items()):
        print(f"  {kind:32} {count:6}")
    print(f"\nParts kept as free markdown because their structured rendering differed: {len(target.repaired)} pages")
    for page, parts in target.repaired[:misses]:
        print(f"  {page}: {parts}")
    if target.paths_checked:
        print(f"\nOutput path equals the page's original path: {target.paths_matching} / {target.paths_checked}")
    print(f"\nMisses: {len(target.misses)}")
    for page, difference in target.misses[:misses]:
        print(f"  {page}: {difference}")
    if len(target.misses) > misses:
        print(f"  ... and {len(target.misses) - misses} more (--misses N shows more)")
    print(f"\nTime: {target.seconds:.1f}s for {total} pages")


def main(argv: list[str] | None = None) -> int:
    options = report_options(__doc__, 50, argv)
    if options is None:
        return 2
    corpus, misses, _ = options  # the Registry pages are the same for every language
    target = measure(corpus)
    extra = measure(corpus, EXTRA_GLOBS)
    print_report(target, extra, misses)
    wild = measure_wild(corpus)
    if wild is not None:
        print_wild(wild, misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
