"""`convert-page` over the public corpus: whole cdktf pages, byte for byte.

97 pages of the tfe provider were re-saved with CRLF line endings after generation (their
Registry pages and cache-keys use LF): no rule reproduces that from the Registry page, so they
are counted apart. `python scripts/report_pages.py` prints the figures and the misses."""

import pytest

from generator.cdktf_page import python_page
from generator.convert import SchemaSet
from scripts.corpus import load_pages, schema_documents


@pytest.fixture(scope="module")
def reproducible_pages(corpus):
    schema_sets: dict = {}
    rows = []
    for page in load_pages(corpus):
        if not (page.is_current_format and page.reproducible):
            continue
        key = page.schema_providers
        if key not in schema_sets:
            schema_sets[key] = SchemaSet(schema_documents(corpus, key))
        rows.append((page, python_page(page.hcl, schema_sets[key], page.cdktf_version).text))
    return rows


def test_reproducible_pages_are_byte_identical_but_for_crlf_re_saves(reproducible_pages):
    identical = sum(page.python == produced for page, produced in reproducible_pages)
    re_saved = sum(
        page.python != produced and page.python.replace("\r\n", "\n") == produced for page, produced in reproducible_pages
    )
    total = len(reproducible_pages)
    assert (identical + re_saved) / total >= 0.99, f"{identical} identical, {re_saved} CRLF re-saves of {total}"
    assert identical / total >= 0.85


def test_the_seed_page_and_the_aws_family(reproducible_pages):
    chosen = [(page, text) for page, text in reproducible_pages if not page.page_id.startswith("pairs/")]
    assert chosen and all(page.python == text for page, text in chosen)
