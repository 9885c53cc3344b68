"""Hand-written snippets against a hand-written provider schema (`acme_schema.json`), each
exercising one part of the converter. The expected Python of every case (`<case>.expected`) was produced by the
reference converter (@cdktf/hcl2cdk 0.20.1 with bindings generated from the same schema)
when the case was written; a case the reference rejects expects our error message."""

import json
from pathlib import Path

import pytest

from regdocs.convert import ConversionError, SchemaSet, convert_hcl

CASES = Path(__file__).parent / "cases"
SNIPPETS = sorted(CASES.glob("*.tf"))


@pytest.fixture(scope="module")
def schemas() -> SchemaSet:
    return SchemaSet([json.loads((Path(__file__).parent / "acme_schema.json").read_text())])


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[path.stem for path in SNIPPETS])
def test_case(snippet, schemas, goldens):
    try:
        python = convert_hcl(snippet.read_text(), schemas, "0.20.1")
    except ConversionError as error:
        assert snippet.stem.endswith("_fails"), f"{snippet.name} should convert: {error.reason}"
        goldens.check(snippet.with_suffix(".error"), error.reason + "\n")
        return
    assert not snippet.stem.endswith("_fails"), f"the reference rejects {snippet.name}"
    goldens.check(snippet.with_suffix(".expected"), python + "\n")


def test_cdktf_0_20_0_drops_import_blocks(schemas):
    python = convert_hcl((CASES / "import_blocks.tf").read_text(), schemas, "0.20.0")
    assert "import_from" not in python and "generate_config_for_import" not in python
