"""`convert-page` over the public corpus: whole cdktf pages, byte for byte.

97 pages of the tfe provider were committed with CRLF line endings (their Registry pages and
cache-keys use LF): nothing in the Registry page says so, but a page written over such a page
keeps its line endings, as `convert-page --out-dir` and `generate` do. Both figures are
checked. `python scripts/report_pages.py` prints them per provider, with the misses."""

import pytest

from regdocs.cdktf.page import cdktf_page
from regdocs.project.outputs import with_line_endings_of
from scripts.corpus import load_pages, schema_set


@pytest.fixture(scope="module")
def reproducible_pages(corpus):
    rows = []
    for page in load_pages(corpus):
        if page.is_current_format and page.reproducible:
            schemas = schema_set(corpus, page.schema_providers)
            rows.append((page, cdktf_page(page.hcl, schemas, page.cdktf_version).text))
    return rows


def test_reproducible_pages_are_byte_identical(reproducible_pages):
    total = len(reproducible_pages)
    fresh = sum(page.python == produced for page, produced in reproducible_pages)
    in_place = sum(page.python == with_line_endings_of(page.python, produced) for page, produced in reproducible_pages)
    assert in_place / total >= 0.99, f"{in_place} of {total} identical when written over the committed page"
    assert fresh / total >= 0.85, f"{fresh} of {total} identical when written fresh"


def test_the_seed_page_and_the_aws_family(reproducible_pages):
    chosen = [(page, text) for page, text in reproducible_pages if not page.page_id.startswith("pairs/")]
    assert chosen and all(page.python == text for page, text in chosen)
