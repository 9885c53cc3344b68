"""A page's kind, page style and file name from its place in a docs tree."""

from pathlib import PurePosixPath

import pytest

from regdocs.api import import_spec, page_path, render_page
from regdocs.registry.locations import locate, page_stem, tree_relative


@pytest.mark.parametrize(
    "path, style, kind, folder, stem",
    [
        ("website/docs/r/x.html.markdown", "website", "resource", "r", "x"),
        ("/src/p/website/docs/d/x.html.md", "website", "data_source", "d", "x"),
        ("website/docs/r/x.markdown", "website", "resource", "r", "x"),
        ("website/docs/index.html.markdown", "website", "provider", "", "index"),
        ("docs/resources/x.md", "registry", "resource", "resources", "x"),
        ("docs/data-sources/x.md", "registry", "data_source", "data-sources", "x"),
        ("docs/ephemeral-resources/x.md", "registry", "ephemeral_resource", "ephemeral-resources", "x"),
        ("docs/actions/x.md", "registry", "action", "actions", "x"),
        ("docs/list-resources/x.md", "registry", "list_resource", "list-resources", "x"),
        ("docs/functions/x.md", "registry", "function", "functions", "x"),
        ("docs/guides/a-b.md", "registry", "guide", "guides", "a-b"),
        ("docs/index.md", "registry", "provider", "", "index"),
        ("C:\\p\\docs\\guides\\g.md", "registry", "guide", "guides", "g"),
    ],
)
def test_pages_are_located_by_their_path(path, style, kind, folder, stem):
    location = locate(path)
    assert (location.page_style, location.kind, location.folder, location.stem) == (style, kind, folder, stem)


@pytest.mark.parametrize(
    "path",
    [
        "docs/CONTRIBUTING.md",  # not the index
        "docs/resources/sub/x.md",  # pages sit directly in their folder
        "docs/cdktf/python/resources/x.md",
        "website/docs/r/x.txt",
        "notes/r/x.md",
        "x.md",
    ],
)
def test_other_files_are_not_pages(path):
    assert locate(path) is None


def test_stems_and_tree_relative_paths():
    assert page_stem("x.html.markdown") == "x"
    assert page_stem("x.hcl.md") == "x.hcl"
    assert page_stem("x.yaml") == "x"
    assert tree_relative(PurePosixPath("website/docs/r/x.html.md")) == PurePosixPath("r/x.html.md")
    assert tree_relative(PurePosixPath("docs/index.md")) == PurePosixPath("index.md")


def _page(title: str, front_matter: str = "", code: str = "") -> str:
    example = f"\n## Example Usage\n\n```terraform\n{code}\n```\n" if code else ""
    return f"{front_matter}# {title}\n\nManages a thing.\n{example}"


@pytest.mark.parametrize(
    "path, title, kind, name",
    [
        ("docs/resources/x.md", "p\\_x", "resource", "p_x"),
        ("docs/resources/x.md", "p_x ", "resource", "p_x"),
        ("docs/data-sources/x.md", "p_x `Resource`", "data_source", "p_x"),
        ("website/docs/r/x.html.markdown", "Resource (p_x)", "resource", "p_x"),
        ("website/docs/d/x.html.markdown", "Resource: p_x", "data_source", "p_x"),
        ("docs/functions/x.md", "function: x", "function", "x"),
        ("docs/functions/x.md", "x (Function)", "function", "x"),
        ("docs/guides/x.md", "Resource: p_x", "guide", "x"),
        ("website/docs/r/long_name.html.markdown", "p_short", "resource", "p_short"),
    ],
)
def test_the_folder_decides_the_kind_and_the_file_the_name(path, title, kind, name):
    text = _page(title)
    spec, _ = import_spec(text, path)
    assert (spec.kind, spec.name) == (kind, name)
    assert str(page_path(spec)) == path


def test_the_name_can_come_from_the_examples():
    text = _page("A fine resource", code='resource "p_x" "a" {\n}')
    spec, _ = import_spec(text, "website/docs/r/x.html.markdown")
    assert spec.name == "p_x"


@pytest.mark.parametrize(
    "path, front_matter",
    [
        ("website/docs/r/x.html.markdown", ""),  # no layout: in website/docs
        ("docs/resources/x.md", '---\nlayout: "p"\npage_title: "p_x"\n---\n\n'),  # layout: in docs/
        ("website/docs/guides/x.html.md", ""),
        ("docs/index.md", "---\nlayout: p\n---\n\n"),
    ],
)
def test_the_tree_and_extension_come_from_the_path(path, front_matter):
    text = _page("Resource: p_x", front_matter)
    spec, _ = import_spec(text, path)
    assert str(page_path(spec)) == path
    assert render_page(spec) == text
