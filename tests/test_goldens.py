"""The specs we commit render exactly to what out/ holds; the seed spec renders the seed page."""

import pytest
import yaml

from conftest import PROJECT_ROOT
from regdocs.api import import_page, load_spec, load_spec_text, page_path, render_page

SPECS = sorted((PROJECT_ROOT / "specs").glob("*.yaml"))
OUT = PROJECT_ROOT / "out"
SEED_SPEC = PROJECT_ROOT / "specs" / "aws_apigatewayv2_route_response.yaml"
SEED_PAGE = PROJECT_ROOT / "tests" / "expected" / "apigatewayv2_route_response.hcl.md"


@pytest.mark.parametrize("spec_path", SPECS, ids=[path.stem for path in SPECS])
def test_spec_renders_to_out(spec_path, goldens):
    spec = load_spec(spec_path)
    goldens.check(OUT / page_path(spec), render_page(spec))


@pytest.mark.parametrize("spec_path", SPECS, ids=[path.stem for path in SPECS])
def test_rendered_page_imports_back_to_the_same_page(spec_path):
    page = render_page(load_spec(spec_path))
    assert render_page(load_spec_text(import_page(page, "page.md"), "again.yaml")) == page


def test_seed_spec_renders_the_seed_page_byte_for_byte():
    assert render_page(load_spec(SEED_SPEC)).encode("utf-8") == SEED_PAGE.read_bytes()


def test_seed_page_matches_the_corpus_copy(corpus):
    assert SEED_PAGE.read_bytes() == (corpus / "seed" / "apigatewayv2_route_response.hcl.md").read_bytes()


def _keys(value) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {key for item in value.values() for key in _keys(item)}
    if isinstance(value, list):
        return {key for item in value for key in _keys(item)}
    return set()


def _properties(schema) -> set[str]:
    """Property names of every object in the schema, style and spacing keys aside."""
    found: set[str] = set()
    if isinstance(schema, dict):
        for key, item in schema.get("properties", {}).items():
            found.add(key)
            if key not in ("style", "spacing"):
                found |= _properties(item)
        for key, item in schema.items():
            if key != "properties":
                found |= _properties(item)
    elif isinstance(schema, list):
        for item in schema:
            found |= _properties(item)
    return found


def test_committed_specs_use_every_spec_field():
    from regdocs.spec.validate import spec_schema

    used = set().union(*(_keys(yaml.safe_load(path.read_text())) for path in SPECS))
    assert _properties(spec_schema()) - used == set()
