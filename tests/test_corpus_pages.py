"""`convert-page` over the public corpus: whole cdktf pages, byte for byte, in each language.

97 pages of the tfe provider were committed with CRLF line endings (their Registry pages and
cache-keys use LF): nothing in the Registry page says so, but a page written over such a page
keeps its line endings, as `convert-page --out-dir` and `generate` do. Both figures are
checked. `python scripts/report_pages.py` prints them per provider and cdktf version, with the
misses."""

import pytest

from regdocs.cdktf.page import cdktf_page
from regdocs.convert import LANGUAGES
from regdocs.project.outputs import with_line_endings_of
from scripts.corpus import load_pages, schema_set


@pytest.fixture(scope="module", params=LANGUAGES)
def reproducible_pages(corpus, request):
    rows = []
    for page in load_pages(corpus, request.param):
        if page.is_current_format and page.reproducible:
            schemas = schema_set(corpus, page.schema_providers)
            rows.append((page, cdktf_page(page.hcl, schemas, page.cdktf_version, request.param).text))
    return rows


def test_reproducible_pages_are_byte_identical(reproducible_pages):
    total = len(reproducible_pages)
    fresh = sum(page.cdktf == produced for page, produced in reproducible_pages)
    in_place = sum(page.cdktf == with_line_endings_of(page.cdktf, produced) for page, produced in reproducible_pages)
    assert in_place / total >= 0.99, f"{in_place} of {total} identical when written over the committed page"
    assert fresh / total >= 0.85, f"{fresh} of {total} identical when written fresh"


def test_the_seed_page_and_the_aws_family(reproducible_pages):
    chosen = [(page, text) for page, text in reproducible_pages if not page.page_id.startswith("pairs/")]
    assert chosen and all(page.cdktf == text for page, text in chosen)


def test_both_languages_convert_the_same_blocks(corpus):
    """Where the reference made both pages with one cdktf version, the blocks it converted are
    the same in both (its failures come from stages the languages share); so are ours."""
    typescript = {page.page_id: page for page in load_pages(corpus, "typescript") if page.is_current_format}
    compared = 0
    for python in load_pages(corpus, "python"):
        other = typescript.get(python.page_id)
        if other is None or other.cdktf_version != python.cdktf_version:
            continue
        converted = [code is not None for _, code in python.block_pairs()]
        assert converted == [code is not None for _, code in other.block_pairs()], python.page_id
        schemas = schema_set(corpus, python.schema_providers)
        pages = [cdktf_page(python.hcl, schemas, python.cdktf_version, language) for language in LANGUAGES]
        assert len({(page.converted, tuple(f.line for f in page.failures)) for page in pages}) == 1, python.page_id
        if python.reproducible:
            assert pages[0].converted == sum(converted), python.page_id
        compared += 1
    assert compared > 700
