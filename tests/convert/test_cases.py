"""Hand-written snippets against a hand-written provider schema (`acme_schema.json`), each
exercising one part of the converter. The expected Python (`<case>.expected`) and TypeScript
(`<case>.expected.ts`) of every case were produced by the reference converter (@cdktf/hcl2cdk
0.20.1, for Python with bindings generated from the same schema) when the case was written; a
case the reference rejects expects our error message, the same in both languages (the
reference fails in stages the languages share)."""

import json
from pathlib import Path

import pytest

from regdocs.convert import ConversionError, SchemaSet, convert_hcl

CASES = Path(__file__).parent / "cases"
SNIPPETS = sorted(CASES.glob("*.tf"))
GOLDEN_SUFFIXES = {"python": ".expected", "typescript": ".expected.ts"}


@pytest.fixture(scope="module")
def schemas() -> SchemaSet:
    return SchemaSet([json.loads((Path(__file__).parent / "acme_schema.json").read_text())])


@pytest.mark.parametrize("language", GOLDEN_SUFFIXES)
@pytest.mark.parametrize("snippet", SNIPPETS, ids=[path.stem for path in SNIPPETS])
def test_case(snippet, language, schemas, goldens):
    try:
        code = convert_hcl(snippet.read_text(), schemas, "0.20.1", language)
    except ConversionError as error:
        assert snippet.stem.endswith("_fails"), f"{snippet.name} should convert: {error.reason}"
        goldens.check(snippet.with_suffix(".error"), error.reason + "\n")
        return
    assert not snippet.stem.endswith("_fails"), f"the reference rejects {snippet.name}"
    golden = snippet.with_suffix(GOLDEN_SUFFIXES[language])
    goldens.check(golden, code if code.endswith("\n") else code + "\n")


@pytest.mark.parametrize("language", GOLDEN_SUFFIXES)
def test_cdktf_0_20_0_drops_import_blocks(schemas, language):
    code = convert_hcl((CASES / "import_blocks.tf").read_text(), schemas, "0.20.0", language)
    assert "import_from" not in code and "generate_config_for_import" not in code
    assert "importFrom" not in code and "generateConfigForImport" not in code
