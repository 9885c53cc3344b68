"""The `regdocs import` and `regdocs render` commands: destinations and exit codes."""

import subprocess
import sys

import pytest

from conftest import PROJECT_ROOT
from regdocs.cli import main

SEED_SPEC = PROJECT_ROOT / "specs" / "aws_apigatewayv2_route_response.yaml"
SEED_PAGE = PROJECT_ROOT / "tests" / "expected" / "apigatewayv2_route_response.hcl.md"


def test_render_one_spec_to_stdout(capsysbinary):
    assert main(["render", str(SEED_SPEC)]) == 0
    assert capsysbinary.readouterr().out == SEED_PAGE.read_bytes()


def test_import_then_render_through_out_dirs(tmp_path):
    specs, pages = tmp_path / "specs", tmp_path / "pages"
    assert main(["import", str(SEED_PAGE), "--out-dir", str(specs)]) == 0
    written = specs / "apigatewayv2_route_response.hcl.yaml"
    assert written.is_file()
    assert main(["render", str(written), "--out-dir", str(pages)]) == 0
    assert (pages / "r/apigatewayv2_route_response.html.markdown").read_bytes() == SEED_PAGE.read_bytes()


def test_render_into_a_repository_tree(tmp_path):
    assert main(["render", str(SEED_SPEC), "--repo-dir", str(tmp_path)]) == 0
    assert (
        tmp_path / "website/docs/r/apigatewayv2_route_response.html.markdown"
    ).read_bytes() == SEED_PAGE.read_bytes()


def test_failures_are_reported_and_the_rest_is_written(tmp_path, capsys):
    missing = tmp_path / "missing.md"
    assert main(["import", str(missing), str(SEED_PAGE), "--out-dir", str(tmp_path / "o")]) == 1
    assert [path.name for path in (tmp_path / "o").iterdir()] == ["apigatewayv2_route_response.hcl.yaml"]
    assert capsys.readouterr().err == f"{missing}: error: cannot read the file: No such file or directory\n"


def test_two_inputs_with_the_same_output_name(tmp_path, capsys):
    other = tmp_path / "elsewhere"
    other.mkdir()
    copy = other / SEED_PAGE.name
    copy.write_bytes(SEED_PAGE.read_bytes())
    assert main(["import", str(SEED_PAGE), str(copy), "--out-dir", str(tmp_path / "o")]) == 1
    assert "was already written for" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["render", str(SEED_SPEC), str(SEED_SPEC)],
        ["import", str(SEED_PAGE), str(SEED_PAGE)],
        ["render"],
        ["render", str(SEED_SPEC), "--out-dir", "a", "--repo-dir", "b"],
        ["render", str(SEED_SPEC), "--page-style", "fancy"],
        ["frobnicate"],
        [],
    ],
)
def test_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_console_script_runs_without_traceback(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("kind: [\n")
    result = subprocess.run(
        [sys.executable, "-m", "regdocs", "render", str(broken)],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
    )
    assert result.returncode == 1
    assert result.stderr.startswith(f"{broken}:2:1: error: malformed YAML")
    assert "Traceback" not in result.stderr
