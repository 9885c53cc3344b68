"""`regdocs generate` / `regdocs check`: the project's own pages, and the commands' contracts."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import PROJECT_ROOT
from regdocs.project.config import load_config
from regdocs.diagnostics import Report
from regdocs.project.pipeline import build, cdktf_page_path

OUT = PROJECT_ROOT / "out"
EXPECTED = PROJECT_ROOT / "tests" / "expected"
SEED_PYTHON = "website/docs/cdktf/python/r/apigatewayv2_route_response.html.markdown"
SEED_TYPESCRIPT = "website/docs/cdktf/typescript/r/apigatewayv2_route_response.html.markdown"


@pytest.fixture(scope="module")
def project_outputs():
    report = Report()
    result = build(load_config(PROJECT_ROOT), report, force=True)
    assert not report.has_errors, [d.format() for d in report.diagnostics]
    return result.outputs


def test_every_committed_page_is_what_generate_writes(project_outputs, goldens):
    for output in project_outputs:
        goldens.check(OUT / output.path, output.text)


def test_out_holds_nothing_else(project_outputs):
    expected = {OUT / output.path for output in project_outputs}
    assert {path for path in OUT.rglob("*") if path.is_file()} == expected, "run `make docs`"


def test_seed_cdktf_page_is_byte_identical(project_outputs):
    seed = next(output for output in project_outputs if str(output.path) == SEED_PYTHON)
    assert seed.text.encode("utf-8") == (EXPECTED / "apigatewayv2_route_response.python.md").read_bytes()


def test_seed_cdktf_page_matches_the_corpus_copy(corpus):
    expected = (EXPECTED / "apigatewayv2_route_response.python.md").read_bytes()
    assert expected == (corpus / "seed" / "apigatewayv2_route_response.python.md").read_bytes()


def test_seed_typescript_page_is_byte_identical(project_outputs, corpus):
    seed = next(output for output in project_outputs if str(output.path) == SEED_TYPESCRIPT)
    assert seed.text.encode("utf-8") == (corpus / "seed" / "apigatewayv2_route_response.typescript.md").read_bytes()


@pytest.mark.parametrize(
    "registry, language, cdktf",
    [
        ("website/docs/r/x.html.markdown", "python", "website/docs/cdktf/python/r/x.html.markdown"),
        ("docs/resources/x.md", "python", "docs/cdktf/python/resources/x.md"),
        ("website/docs/d/x.html.markdown", "typescript", "website/docs/cdktf/typescript/d/x.html.markdown"),
        ("docs/guides/x.md", "typescript", "docs/cdktf/typescript/guides/x.md"),
    ],
)
def test_cdktf_page_paths(registry, language, cdktf):
    from pathlib import PurePosixPath

    assert cdktf_page_path(PurePosixPath(registry), language) == PurePosixPath(cdktf)


# --- the commands, in a scratch project ----------------------------------------------------

WIDGET = """kind: resource
name: acme_widget
front_matter:
  page_title: "ACME: acme_widget"
summary: Manages a widget.
examples:
  - language: hcl
    code: |
      resource "acme_widget" "example" {
        name = "one"
      }
arguments:
  - name: name
    required: true
    tf_type: string
    description: Name of the widget.
"""


def _regdocs(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "regdocs", *args, "--project-dir", str(project)],
        capture_output=True,
        text=True,
        cwd=project,
    )


@pytest.fixture
def project(tmp_path):
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "acme_widget.yaml").write_text(WIDGET)
    return tmp_path


def test_generate_writes_every_page_then_nothing(project):
    first = _regdocs(project, "generate")
    assert first.returncode == 0, first.stderr
    assert "3 files written, 0 unchanged, 0 failed conversions" in first.stderr
    cdktf = (project / "out/website/docs/cdktf/python/r/widget.html.markdown").read_text()
    assert 'Widget(self, "example",\n            name="one"\n        )' in cdktf
    typescript = (project / "out/website/docs/cdktf/typescript/r/widget.html.markdown").read_text()
    assert "```typescript\n// DO NOT EDIT." in typescript
    assert 'new Widget(this, "example", {\n      name: "one",\n    });\n  }\n}\n\n```' in typescript
    second = _regdocs(project, "generate")
    assert "0 files written, 3 unchanged" in second.stderr


def test_languages_choose_the_cdktf_pages(project):
    (project / "pyproject.toml").write_text('[tool.regdocs]\nlanguages = ["typescript"]\n')
    assert _regdocs(project, "generate").returncode == 0
    assert (project / "out/website/docs/cdktf/typescript/r/widget.html.markdown").exists()
    assert not (project / "out/website/docs/cdktf/python").exists()
    assert _regdocs(project, "check").returncode == 0


def test_check_compares_every_language(project):
    _regdocs(project, "generate")
    page = project / "out/website/docs/cdktf/typescript/r/widget.html.markdown"
    page.unlink()
    stale = _regdocs(project, "check")
    assert stale.returncode == 1 and "cdktf/typescript/r/widget.html.markdown" in stale.stdout + stale.stderr


def test_a_failed_conversion_is_reported_once_for_all_languages(project):
    spec = project / "specs" / "acme_widget.yaml"
    spec.write_text(WIDGET.replace('name = "one"', "name = ..."))
    result = _regdocs(project, "generate")
    assert result.stderr.count("this example is not valid HCL") == 1


def test_generate_keeps_files_it_did_not_write_and_leaves_no_temporary_files(project):
    stray = project / "out" / "website" / "docs" / "notes.txt"
    stray.parent.mkdir(parents=True)
    stray.write_text("mine")
    assert _regdocs(project, "generate").returncode == 0
    assert stray.read_text() == "mine"
    assert not [path for path in project.rglob("*.tmp")]


def test_a_broken_spec_fails_alone(project):
    (project / "specs" / "acme_broken.yaml").write_text("kind: resource\nname: [\n")
    result = _regdocs(project, "generate")
    assert result.returncode == 1
    assert "acme_broken.yaml:" in result.stderr and "Traceback" not in result.stderr
    assert (project / "out/website/docs/r/widget.html.markdown").exists()


def test_an_example_that_is_not_hcl_is_an_error_at_its_spec_line(project):
    spec = project / "specs" / "acme_widget.yaml"
    spec.write_text(WIDGET.replace('name = "one"', "name = ..."))
    result = _regdocs(project, "generate")
    assert result.returncode == 1
    # the line and column of `...` in `name = ...`
    assert "acme_widget.yaml:10:16: error: this example is not valid HCL" in result.stderr
    assert result.stderr.count("not valid HCL") == 1
    assert not (project / "out").exists()  # none of the spec's pages is written


def test_check_passes_when_current_and_shows_a_diff_when_stale(project):
    assert _regdocs(project, "check").returncode == 1  # nothing generated yet
    _regdocs(project, "generate")
    assert _regdocs(project, "check").returncode == 0
    page = project / "out/website/docs/r/widget.html.markdown"
    page.write_text(page.read_text().replace("Manages a widget.", "Manages widgets."))
    stale = _regdocs(project, "check")
    assert stale.returncode == 1
    assert "-Manages widgets.\n+Manages a widget." in stale.stdout
    assert "make docs" in stale.stderr


def test_check_force_catches_a_hand_edit_under_a_current_cache_key(project):
    _regdocs(project, "generate")
    page = project / "out/website/docs/cdktf/python/r/widget.html.markdown"
    page.write_text(page.read_text().replace("Manages a widget.", "Manages widgets."))
    assert _regdocs(project, "check").returncode == 0  # the cache-key still matches
    forced = _regdocs(project, "check", "--force")
    assert forced.returncode == 1
    assert "-Manages widgets.\n+Manages a widget." in forced.stdout
    assert "regdocs generate --force" in forced.stderr
    assert _regdocs(project, "generate", "--force").returncode == 0
    assert _regdocs(project, "check", "--force").returncode == 0


def test_check_exits_2_on_a_configuration_error(project):
    (project / "pyproject.toml").write_text("[tool.regdocs]\nspecs = 'x'\n")
    result = _regdocs(project, "check")
    assert result.returncode == 2
    assert "did you mean `specs-dir`" in result.stderr


def test_generate_is_deterministic_across_hash_seeds(tmp_path):
    texts = []
    for seed in ("1", "2"):
        target = tmp_path / seed
        shutil.copytree(PROJECT_ROOT / "specs", target / "specs")
        shutil.copy(PROJECT_ROOT / "pyproject.toml", target / "pyproject.toml")
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "regdocs", "generate", "--project-dir", str(target)],
            env=env,
            check=True,
            capture_output=True,
        )
        texts.append({p.relative_to(target): p.read_bytes() for p in (target / "out").rglob("*") if p.is_file()})
    assert texts[0] == texts[1]


def test_pages_re_saved_with_crlf_keep_their_line_endings(project):
    """As some committed cdktf pages were re-saved with CRLF after generation."""
    _regdocs(project, "generate")
    for path in (project / "out").rglob("cdktf/**/*.markdown"):
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    result = _regdocs(project, "generate", "--force")
    assert "0 files written, 3 unchanged" in result.stderr
    assert _regdocs(project, "check").returncode == 0


def test_build_records_each_spec_with_its_pages_and_problems(project):
    (project / "specs" / "acme_broken.yaml").write_text("kind: resource\nname: [\n")
    (project / "specs" / "acme_odd.yaml").write_text(WIDGET.replace("acme_widget", "acme_odd").replace('"one"', "..."))
    report = Report()
    result = build(load_config(project), report)
    records = {record.path.name: record for record in result.specs}
    assert list(records) == ["acme_broken.yaml", "acme_odd.yaml", "acme_widget.yaml"]
    broken, odd, widget = records.values()
    assert broken.spec is None and broken.registry is None and broken.problems[0].path.endswith("acme_broken.yaml")
    assert str(widget.registry.path) == "website/docs/r/widget.html.markdown" and not widget.problems
    assert set(widget.cdktf) == {"python", "typescript"} and "Widget(self" in widget.cdktf["python"].text
    assert "new Widget(this" in widget.cdktf["typescript"].text
    assert [p.line for p in odd.problems] == [10] and "not valid HCL" in odd.problems[0].message
    assert report.diagnostics == broken.problems + odd.problems


def test_build_only_renders_the_given_specs(project):
    (project / "specs" / "acme_other.yaml").write_text(WIDGET.replace("acme_widget", "acme_other"))
    widget = project / "specs" / "acme_widget.yaml"
    result = build(load_config(project), Report(), only=[widget])
    assert [record.path for record in result.specs] == [widget]
    assert [str(output.path) for output in result.outputs] == [
        "website/docs/r/widget.html.markdown",
        "website/docs/cdktf/python/r/widget.html.markdown",
        "website/docs/cdktf/typescript/r/widget.html.markdown",
    ]
