"""The public corpus of Registry pages and their cdktf pages, as data for tests and reports.

The corpus lives outside the project (`../shared/corpus` or `$REGDOCS_CORPUS`); nothing of it is
copied here. A page pair is an HCL Registry page and the cdktf page (Python or TypeScript) the
reference pipeline made from it; its cdktf version is read from the cdktf page's cache-key."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from regdocs.convert import LANGUAGES, SchemaSet

if TYPE_CHECKING:
    from regdocs.cdktf.page_nodes import CodeNode

PROJECT_ROOT = Path(__file__).resolve().parent.parent
LANGUAGE_NAMES = {"python": "Python", "typescript": "TypeScript"}  # as reports title them
# the pages each language's reference run reproduces byte for byte from schemas/
REPRODUCIBLE = {"python": "reproducible.json", "typescript": "reproducible-typescript.json"}
_CACHE_KEY = re.compile(r"<!-- cache-key: cdktf-(\S+) input-([0-9a-f]+) -->")
SCHEMA_PROVIDERS = ("aws", "random", "null")


def corpus_root() -> Path | None:
    """$REGDOCS_CORPUS, else ../shared/corpus beside the project; None when it is not there."""
    configured = os.environ.get("REGDOCS_CORPUS")
    path = Path(configured) if configured else PROJECT_ROOT.parent / "shared" / "corpus"
    return path if (path / "pairs").is_dir() else None


def add_corpus_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", type=Path, help="corpus folder (default: $REGDOCS_CORPUS or ../shared/corpus)")


def report_options(doc: str, misses: int, argv: list[str] | None = None) -> tuple[Path, int, list[str]] | None:
    """A corpus report's command line (`--corpus DIR`, `--misses N`, `--language L`): the corpus,
    how many misses to list and the languages (default all), or None after saying why there is
    no corpus."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    add_corpus_argument(parser)
    parser.add_argument("--misses", type=int, default=misses, help="how many misses to list (default: %(default)s)")
    parser.add_argument("--language", choices=LANGUAGES, action="append", help="report this language (default: all)")
    args = parser.parse_args(argv)
    corpus = args.corpus or corpus_root()
    if corpus is None or not (corpus / "pairs").is_dir():
        print("corpus not found: pass --corpus DIR or set REGDOCS_CORPUS", file=sys.stderr)
        return None
    return corpus, args.misses, args.language or list(LANGUAGES)


def first_difference(expected: str, actual: str) -> str:
    """Where two texts part: the first differing line, or how their lengths differ."""
    want, got = expected.split("\n"), actual.split("\n")
    for number, (a, b) in enumerate(zip(want, got), start=1):
        if a != b:
            return f"line {number}: expected {a[:80]!r}, got {b[:80]!r}"
    return f"line {min(len(want), len(got)) + 1}: expected {len(want)} lines, got {len(got)}"


def version_tuple(version: str) -> tuple[int, int, int]:
    major, minor, patch = re.match(r"(\d+)\.(\d+)\.(\d+)", version).groups()
    return int(major), int(minor), int(patch)


@dataclass(frozen=True)
class PagePair:
    corpus: Path
    page_id: str  # path relative to the corpus, without `.hcl.md`
    provider: str
    reproducible: bool
    language: str = "python"

    @property
    def hcl_path(self) -> Path:
        return self.corpus / f"{self.page_id}.hcl.md"

    @property
    def cdktf_path(self) -> Path:
        return self.corpus / f"{self.page_id}.{self.language}.md"

    @cached_property
    def hcl(self) -> str:
        return self.hcl_path.read_bytes().decode("utf-8")

    @cached_property
    def cdktf(self) -> str:
        """The cdktf page the reference pipeline made, in the pair's language."""
        return self.cdktf_path.read_bytes().decode("utf-8")

    @cached_property
    def cdktf_version(self) -> str:
        return _CACHE_KEY.search(self.cdktf).group(1)

    @property
    def schema_providers(self) -> tuple[str, ...]:
        """The schemas the reference pipeline merged for this page."""
        if version_tuple(self.cdktf_version) < (0, 20, 0):
            return (self.provider,)
        return (self.provider, *(p for p in SCHEMA_PROVIDERS if p != self.provider))

    @property
    def is_current_format(self) -> bool:
        """Made by cdktf 0.18 or later (0.17 wrote another format, in both languages)."""
        return version_tuple(self.cdktf_version) >= (0, 18, 0)

    def block_pairs(self) -> list[tuple[CodeNode, str | None]]:
        """Each code block that went through the converter, with the code the reference wrote
        for it (None where it kept the block). Found by walking the cdktf page in step, not by
        markdown structure: a converted block inside a list item breaks that structure."""
        from regdocs.cdktf.languages import page_language  # the markdown parser loads when needed
        from regdocs.cdktf.page_nodes import find_nodes

        header = f"```{self.language}\n{page_language(self.language).do_not_edit_line}\n"
        cdktf = self.cdktf
        if "\r\n" in cdktf and "\r\n" not in self.hcl:
            cdktf = cdktf.replace("\r\n", "\n")  # the page was re-saved with CRLF later
        cursor, pairs = 0, []
        for node in find_nodes(self.hcl).code_blocks:
            original = self.hcl[node.start : node.end]
            converted_at = cdktf.find(header, cursor)
            kept_at = cdktf.find(original, cursor)
            code = None
            if converted_at != -1 and (kept_at == -1 or converted_at < kept_at):
                end = cdktf.index("\n```", converted_at + len(header))
                code = cdktf[converted_at + len(header) : end]
                cursor = end
            elif kept_at != -1:
                cursor = kept_at + len(original)
            if not node.value.strip().startswith("$"):
                pairs.append((node, code))
        return pairs


def load_pages(corpus: Path, language: str = "python") -> list[PagePair]:
    """Every Registry page of the corpus that has a cdktf page in `language`."""
    reproducible = set(json.loads((corpus / REPRODUCIBLE[language]).read_text())["pages"])
    pages = []
    for pattern in ("pairs/*/*.hcl.md", "aws-apigatewayv2/*/*.hcl.md", "seed/*.hcl.md", "features/*.hcl.md"):
        for path in sorted(corpus.glob(pattern)):
            page_id = str(path.relative_to(corpus))[: -len(".hcl.md")]
            provider = path.parent.name if pattern.startswith("pairs/") else "aws"
            page = PagePair(corpus, page_id, provider, page_id in reproducible, language)
            if page.cdktf_path.is_file():
                pages.append(page)
    return pages


def family(page: PagePair) -> str:
    """The report group of a page: the provider for pairs, else the corpus folder."""
    top = page.page_id.split("/")[0]
    return page.provider if top == "pairs" else top


def schema_documents(corpus: Path, providers: tuple[str, ...]) -> list[dict]:
    return [json.loads((corpus / "schemas" / f"{name}.json").read_text()) for name in providers]


@lru_cache(maxsize=None)
def schema_set(corpus: Path, providers: tuple[str, ...]) -> SchemaSet:
    """The schemas of `providers` merged as the reference pipeline merged them (built once)."""
    return SchemaSet(schema_documents(corpus, providers))
