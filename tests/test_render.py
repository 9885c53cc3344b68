"""Rendering: template overrides by file name, template errors, the other page style."""

import pytest

from conftest import PROJECT_ROOT
from regdocs.api import DiagnosticError, load_spec, load_spec_text, render_page

SEED = PROJECT_ROOT / "specs" / "aws_apigatewayv2_route_response.yaml"


def test_user_templates_override_builtin_ones_by_file_name(tmp_path):
    (tmp_path / "examples.md.j2").write_text("{{ gap(spec, 'examples') }}## Examples for {{ spec.name }}\n")
    page = render_page(load_spec(SEED), [tmp_path])
    assert "## Examples for aws_apigatewayv2_route_response\n" in page
    assert "## Argument Reference" in page


def test_a_page_style_folder_overrides_for_that_style_only(tmp_path):
    (tmp_path / "registry").mkdir()
    (tmp_path / "registry" / "import.md.j2").write_text("{{ gap(spec, 'import') }}## Importing\n")
    spec = load_spec(SEED)
    assert "## Importing" in render_page(spec, [tmp_path], page_style="registry")
    assert "## Importing" not in render_page(spec, [tmp_path])


def test_template_errors_are_diagnostics(tmp_path):
    (tmp_path / "page.md.j2").write_text("line one\n{% if %}\n")
    with pytest.raises(DiagnosticError) as caught:
        render_page(load_spec(SEED), [tmp_path])
    message = caught.value.diagnostics[0].format()
    assert message.startswith(f"{tmp_path / 'page.md.j2'}:2: error: template error:")


def test_other_page_style_uses_the_schema_layout():
    page = render_page(load_spec(SEED), page_style="registry")
    assert "# aws_apigatewayv2_route_response (Resource)\n" in page
    assert "## Schema\n\n### Required\n\n- `api_id` API identifier.\n" in page
    assert "### Read-Only\n\n- `id` Route response identifier.\n" in page


def test_registry_spec_in_website_style():
    spec = load_spec(PROJECT_ROOT / "specs" / "acme_gadgets.yaml")
    page = render_page(spec, page_style="website")
    assert "# Data Source: acme_gadgets\n" in page
    assert "* `workbench` - (Required) Name of the workbench.\n" in page
    assert "## Attribute Reference\n" in page


def test_timeouts_become_a_nested_schema_in_the_registry_style():
    spec = load_spec_text(
        "kind: resource\nname: shop_crate\narguments:\n  - name: size\n    required: true\n"
        "timeouts:\n  create: 5m\n",
        "s.yaml",
    )
    page = render_page(spec, page_style="registry")
    assert "- `timeouts` (Block, Optional) (see [below for nested schema](#nestedblock--timeouts))" in page
    assert "### Nested Schema for `timeouts`\n\nOptional:\n\n- `create` (String)\n" in page


def test_a_spec_written_by_hand_gets_the_house_defaults():
    spec = load_spec_text(
        "kind: data_source\nname: shop_stock\nsummary: Reads stock.\n"
        "arguments:\n  - name: item\n    required: true\n    description: Item name.\n"
        "attributes:\n  - name: count\n    description: Units in stock.\n",
        "s.yaml",
    )
    assert render_page(spec) == (
        "# Data Source: shop_stock\n\nReads stock.\n\n## Argument Reference\n\n"
        "This data source supports the following arguments:\n\n* `item` - (Required) Item name.\n\n"
        "## Attribute Reference\n\n"
        "This data source exports the following attributes in addition to the arguments above:\n\n"
        "* `count` - Units in stock.\n"
    )
