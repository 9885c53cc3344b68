"""`regdocs import DIR` mirrors the docs tree into specs, and `render` writes every page back
to the path it came from."""

from pathlib import Path

import pytest

from regdocs.cli import main


def _page(title: str, front_matter: str = "") -> str:
    return f"{front_matter}# {title}\n\nDocuments {title}.\n\n## Argument Reference\n\n* `a` - (Optional) A.\n"


# A repository whose pages share file names across kinds and use every extension and layout.
REPOSITORY = {
    "website/docs/index.html.markdown": _page("P Provider", "---\nlayout: p\n---\n\n"),
    "website/docs/r/x.html.markdown": _page("Resource: p_x", "---\nlayout: p\n---\n\n"),
    "website/docs/d/x.html.markdown": _page("Data Source: p_x", "---\nlayout: p\n---\n\n"),
    "website/docs/r/y.markdown": _page("p\\_y"),
    "website/docs/guides/start.html.md": _page("Getting started"),
    "website/docs/cdktf/python/r/x.html.markdown": "# not a Registry page\n",
    "website/docs/r/notes/z.md": "# not a Registry page either\n",
}


def _write_tree(root: Path, files: dict[str, str]) -> None:
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text)


def _tree(root: Path) -> dict[str, bytes]:
    return {str(path.relative_to(root)): path.read_bytes() for path in root.rglob("*") if path.is_file()}


PAGES = {path: text.encode() for path, text in REPOSITORY.items() if "cdktf" not in path and "notes" not in path}


@pytest.mark.parametrize("imported", [".", "website", "website/docs"])
def test_a_repository_round_trips_through_a_mirrored_specs_tree(tmp_path, imported):
    repository, specs = tmp_path / "repo", tmp_path / "specs"
    _write_tree(repository, REPOSITORY)
    assert main(["import", str(repository / imported), "--out-dir", str(specs)]) == 0
    assert sorted(_tree(specs)) == ["d/x.yaml", "guides/start.yaml", "index.yaml", "r/x.yaml", "r/y.yaml"]
    assert main(["render", str(specs), "--repo-dir", str(tmp_path / "back")]) == 0
    assert _tree(tmp_path / "back") == PAGES
    assert main(["render", str(specs), "--out-dir", str(tmp_path / "docs")]) == 0
    assert _tree(tmp_path / "docs") == {path.removeprefix("website/docs/"): text for path, text in PAGES.items()}


def test_a_page_folder_and_single_pages_keep_their_place_in_the_tree(tmp_path):
    _write_tree(tmp_path / "repo", REPOSITORY)
    specs = tmp_path / "specs"
    pages = tmp_path / "repo/website/docs"
    assert main(["import", str(pages / "d"), str(pages / "r/x.html.markdown"), "--out-dir", str(specs)]) == 0
    assert sorted(_tree(specs)) == ["d/x.yaml", "r/x.yaml"]


def test_a_folder_of_loose_pages_imports_them_all(tmp_path):
    _write_tree(tmp_path / "loose", {"a.html.markdown": _page("Resource: p_a"), "sub/b.md": _page("p_b (Resource)")})
    assert main(["import", str(tmp_path / "loose"), "--out-dir", str(tmp_path / "specs")]) == 0
    assert sorted(_tree(tmp_path / "specs")) == ["a.yaml", "sub/b.yaml"]


def test_a_folder_without_pages_is_an_error(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["import", str(tmp_path / "empty"), "--out-dir", str(tmp_path / "specs")]) == 1
    assert capsys.readouterr().err == f"{tmp_path / 'empty'}: error: no markdown pages in this folder\n"


def test_a_folder_needs_an_out_dir(tmp_path, capsys):
    _write_tree(tmp_path, {"docs/index.md": _page("P")})
    with pytest.raises(SystemExit) as exit_:
        main(["import", str(tmp_path / "docs")])
    assert exit_.value.code == 2
    assert "need --out-dir" in capsys.readouterr().err
