"""`regdocs init` adopts a provider repository: specs for every Registry page, regdocs.toml, and
a `generate` right after it that changes no committed byte."""

import json
import re
from pathlib import Path

import pytest

from scripts.corpus import version_tuple
from test_pipeline import _regdocs

FRONT_MATTER = '---\nlayout: "p"\npage_title: "P: {name}"\n---\n\n'


def _page(title: str, name: str, code: str = "") -> str:
    example = f"\n## Example Usage\n\n```terraform\n{code}\n```\n" if code else ""
    return f"{FRONT_MATTER.format(name=name)}# {title}\n\nManages {name}.\n{example}"


# A small repository: Registry pages in website/docs, contributor notes in docs/.
REPOSITORY = {
    "website/docs/index.html.markdown": _page("P Provider", "p"),
    "website/docs/r/thing.html.markdown": _page("p\\_thing", "p_thing", 'resource "p_thing" "a" {\n  size = 1\n}'),
    "website/docs/d/thing.html.markdown": _page("Data Source: p_thing", "p_thing"),
    "website/docs/guides/start.html.md": _page("Getting started", "start"),
    "website/docs/notes.md": "# Not a Registry page\n",
    "docs/debugging.md": "# Debugging\n\nSet TF_LOG.\n",
    "docs/guides/release.md": "# Releasing\n\nTag it.\n",
    "main.go": "package main\n",
}


def _write(root: Path, files: dict[str, str | bytes]) -> None:
    for path, content in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_bytes(content.encode() if isinstance(content, str) else content)


def _files(root: Path) -> dict[str, bytes]:
    return {str(path.relative_to(root)): path.read_bytes() for path in root.rglob("*") if path.is_file()}


@pytest.fixture
def repository(tmp_path):
    _write(tmp_path, REPOSITORY)
    return tmp_path


def test_init_imports_the_registry_pages_and_configures_generate(repository):
    result = _regdocs(repository, "init")
    assert result.returncode == 0, result.stderr
    assert "Registry docs: website/docs/ (4 pages)" in result.stdout
    assert "docs/ holds no Registry pages" in result.stdout
    assert "1 other markdown files in website/docs/ are not Registry pages" in result.stdout
    assert "Pages imported: 4 of 4 (d: 1, guides: 1, index: 1, r: 1)" in result.stdout
    assert re.search(r"python +current 0, stale 0, missing 4", result.stdout)
    specs = sorted(str(path.relative_to(repository / "specs")) for path in (repository / "specs").rglob("*.yaml"))
    assert specs == ["d/thing.yaml", "guides/start.yaml", "index.yaml", "r/thing.yaml"]
    assert 'out-dir = "."' in (repository / "regdocs.toml").read_text()
    before = _files(repository)
    generated = _regdocs(repository, "generate")
    assert generated.returncode == 0, generated.stderr
    after = _files(repository)
    assert {path: after[path] for path in before} == before  # no byte of the repository changed
    assert sorted(set(after) - set(before)) == [".regdocs-manifest"] + [  # the outputs manifest, and:
        f"website/docs/cdktf/{language}/{page}"
        for language in ("python", "typescript")
        for page in ("d/thing.html.markdown", "guides/start.html.md", "index.html.markdown", "r/thing.html.markdown")
    ]
    assert _regdocs(repository, "check").returncode == 0


def test_dry_run_writes_nothing(repository):
    before = _files(repository)
    assert _regdocs(repository, "init", "--dry-run").returncode == 0
    assert _files(repository) == before


def test_docs_picks_the_tree(repository):
    _write(repository, {"docs/resources/thing.md": _page("p_thing (Resource)", "p_thing")})
    default = _regdocs(repository, "init", "--dry-run")
    assert "docs/ holds Registry pages too: left alone (`--docs docs` adopts it)" in default.stdout
    chosen = _regdocs(repository, "init", "--docs", "docs", "--specs-dir", "docs-specs")
    assert "Registry docs: docs/ (2 pages)" in chosen.stdout  # docs/guides/release.md is at a page's place
    specs = sorted(str(path.relative_to(repository / "docs-specs")) for path in (repository / "docs-specs").rglob("*"))
    assert specs == ["guides", "guides/release.yaml", "resources", "resources/thing.yaml"]


@pytest.mark.parametrize(
    "prepare, message",
    [
        ({"regdocs.toml": ""}, "configured already"),
        ({"pyproject.toml": '[tool.regdocs]\nspecs-dir = "s"\n'}, "configured already"),
        ({"specs/mine.yaml": "x"}, "exists and is not empty"),
    ],
)
def test_init_refuses_to_adopt_twice_or_over_other_files(repository, prepare, message):
    _write(repository, prepare)
    result = _regdocs(repository, "init")
    assert result.returncode == 2 and message in result.stderr


def test_a_repository_without_registry_docs_is_an_error(tmp_path):
    _write(tmp_path, {"docs/debugging.md": "# Debugging\n"})
    result = _regdocs(tmp_path, "init")
    assert result.returncode == 2
    assert "no Registry docs" in result.stderr


def test_a_page_that_would_not_reproduce_gets_no_spec(repository, monkeypatch, capsys):
    from regdocs.cli import main
    from regdocs.project import adoption

    real = adoption.render_page
    monkeypatch.setattr(adoption, "render_page", lambda spec: real(spec).replace("Manages p_thing.", "Changed."))
    assert main(["init", "--project-dir", str(repository)]) == 1
    out, err = capsys.readouterr()
    assert "Pages that would not reproduce: 2 (no spec; generate leaves them alone)" in out
    reason = "its spec would not reproduce the page: this line would read 'Changed.' instead of 'Manages p_thing.'"
    assert f"website/docs/r/thing.html.markdown:8: {reason}" in out
    assert f"{repository / 'website/docs/r/thing.html.markdown'}:8:1: error: {reason}" in err
    specs = sorted(path.name for path in (repository / "specs").rglob("*.yaml"))
    assert specs == ["index.yaml", "start.yaml"]


# --- end to end on page trees of real providers, from the corpus ----------------------------


def _provider_repository(corpus: Path, provider: str, destination: Path) -> dict[str, str]:
    """A repository made of one version of each of the provider's corpus pages, with its
    Python and TypeScript pages at their repository paths; returns page path -> cdktf version."""
    typescript = {
        record["id"].removeprefix("pairs/"): record for record in json.loads((corpus / "typescript.json").read_text())
    }
    chosen: dict[str, tuple] = {}
    for record in json.loads((corpus / "pairs" / "manifest.json").read_text()):
        if record["provider"] == provider:
            rank = (record["id"] in typescript, version_tuple(record["cdktf_version"]), record["id"])
            if record["hcl_path"] not in chosen or rank > chosen[record["hcl_path"]][0]:
                chosen[record["hcl_path"]] = (rank, record)
    for _, record in chosen.values():
        source = corpus / "pairs" / record["id"]
        files = {record["hcl_path"]: f"{source}.hcl.md", record["python_path"]: f"{source}.python.md"}
        if record["id"] in typescript:
            files[typescript[record["id"]]["typescript_path"]] = f"{source}.typescript.md"
        _write(destination, {path: Path(origin).read_bytes() for path, origin in files.items()})
    return {path: record["cdktf_version"] for path, (_, record) in chosen.items()}


@pytest.mark.parametrize("provider", ["random", "tfe"])
def test_adopting_a_provider_repository_changes_no_committed_byte(corpus, tmp_path, provider):
    versions = _provider_repository(corpus, provider, tmp_path)
    _write(tmp_path, {"docs/debugging.md" if provider == "tfe" else "CONTRIBUTING.md": "# Notes\n"})
    deleted = sorted(tmp_path.rglob("cdktf/python/**/*.*"))[-1]
    deleted.unlink()
    committed = _files(tmp_path)

    init = _regdocs(tmp_path, "init")
    assert init.returncode == 0, init.stdout + init.stderr
    assert f"Pages imported: {len(versions)} of {len(versions)}" in init.stdout
    generated = _regdocs(tmp_path, "generate")
    assert generated.returncode == 0, generated.stderr
    after = _files(tmp_path)
    assert [path for path in committed if after[path] != committed[path]] == []
    assert str(deleted.relative_to(tmp_path)) in after  # the missing page is written
    check = _regdocs(tmp_path, "check")
    assert check.returncode == 0, check.stdout[-2000:] + check.stderr

    old = [path for path, version in versions.items() if version_tuple(version) < (0, 18, 0)]
    if old:  # pages of a format regdocs does not write were kept; upgrading converts them
        assert _regdocs(tmp_path, "generate", "--upgrade-cdktf").returncode == 0
        configured = re.search(r'cdktf-version = "(.*)"', (tmp_path / "regdocs.toml").read_text()).group(1)
        keys = {path: path.read_text()[-120:] for path in tmp_path.rglob("cdktf/*/**/*.*")}
        assert all(f"cdktf-{configured} input-" in key for key in keys.values())
        assert _regdocs(tmp_path, "check").returncode == 0
