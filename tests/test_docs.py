"""The examples in README.md and docs/spec.md work as they say."""

import re

from conftest import PROJECT_ROOT
from regdocs.api import load_spec_text, render_page


def fenced(path, language):
    return re.findall(rf"```{language}\n(.*?)```", path.read_text(), re.DOTALL)


def test_readme_tour_spec_renders():
    spec = load_spec_text(fenced(PROJECT_ROOT / "README.md", "yaml")[0], "README.md")
    page = render_page(spec)
    assert "# Resource: acme_crate\n" in page
    assert "* `label` - (Optional) Label printed on the lid. Defaults to `blank`.\n" in page


def test_spec_reference_small_example_renders_as_shown():
    doc = PROJECT_ROOT / "docs" / "spec.md"
    spec_text = fenced(doc, "yaml")[1]
    expected = fenced(doc, "markdown")[0]
    assert render_page(load_spec_text(spec_text, "spec.md")) == expected


def test_spec_reference_lists_every_style_key():
    from regdocs.spec.styles import STYLE_KEYS

    text = (PROJECT_ROOT / "docs" / "spec.md").read_text()
    assert [key for key in STYLE_KEYS if f"| `{key}` |" not in text] == []
