"""The converter over the public corpus: measured against the Python and the TypeScript the
reference wrote.

The figures are also printed, with the misses, by `python scripts/report_converter.py`."""

import pytest

from regdocs.convert import LANGUAGES, ConversionError, convert_hcl
from regdocs.convert.hcl import HclSyntaxError, expression_ast, parse_config
from scripts.corpus import load_pages, schema_set


@pytest.fixture(scope="module", params=LANGUAGES)
def results(corpus, request):
    """(page, reference code or None, ours or ConversionError) for every converted block."""
    rows = []
    for page in load_pages(corpus, request.param):
        if not page.is_current_format:
            continue
        schemas = schema_set(corpus, page.schema_providers)
        for block, expected in page.block_pairs():
            try:
                ours = convert_hcl(block.value, schemas, page.cdktf_version, request.param)
            except ConversionError as error:
                ours = error
            rows.append((page, expected, ours))
    return rows


def _rate(rows) -> float:
    converted = [(expected, ours) for _, expected, ours in rows if expected is not None]
    return sum(expected == ours for expected, ours in converted) / len(converted)


def test_reproducible_pages_convert_byte_for_byte(results):
    rate = _rate([row for row in results if row[0].reproducible])
    assert rate >= 0.995, f"{rate:.1%} of the reference's conversions reproduced (measured 100% in both languages)"


def test_all_pages_of_cdktf_0_18_and_later(results):
    rate = _rate(results)
    assert rate >= 0.96, f"{rate:.1%} (pages generated with older provider schemas differ)"


def test_blocks_the_reference_kept_are_refused_too(results):
    kept = [ours for page, expected, ours in results if expected is None and page.reproducible]
    refused = sum(isinstance(ours, ConversionError) for ours in kept)
    assert refused / len(kept) >= 0.99


def test_every_corpus_block_parses_or_fails_cleanly(corpus):
    """Including the cdktf 0.17 pages: no error but HclSyntaxError, every string value too."""
    for page in load_pages(corpus):
        for block, _ in page.block_pairs():
            try:
                document = parse_config(block.value)
            except HclSyntaxError:
                continue
            for value in _strings(document):
                try:
                    expression_ast(f'"{value}"')
                except HclSyntaxError:
                    pass


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
