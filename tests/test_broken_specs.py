"""Each broken spec gives its expected `path:line:col: error: ...` lines, exit 1, no output."""

from pathlib import Path

import pytest

from conftest import PROJECT_ROOT
from regdocs.cli import main

CASES = sorted((PROJECT_ROOT / "tests" / "broken_specs").glob("*.yaml"))


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_broken_spec(case: Path, tmp_path, capsys, monkeypatch, goldens):
    monkeypatch.chdir(PROJECT_ROOT)
    relative = case.relative_to(PROJECT_ROOT)
    assert main(["render", str(relative), "--out-dir", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Traceback" not in captured.err
    goldens.check(case.with_suffix(".expected"), captured.err)
    assert list(tmp_path.iterdir()) == []


def test_a_broken_spec_does_not_stop_the_others(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(PROJECT_ROOT)
    good = "specs/acme_widget.yaml"
    assert main(["render", "tests/broken_specs/wrong_type.yaml", good, "--out-dir", str(tmp_path)]) == 1
    assert [str(path.relative_to(tmp_path)) for path in tmp_path.rglob("*.*")] == ["r/widget.html.markdown"]
    assert "wrong_type.yaml:5:15: error:" in capsys.readouterr().err
