"""The `regdocs convert` and `regdocs convert-page` commands: destinations, messages and exit codes."""

import pytest

from conftest import PROJECT_ROOT
from regdocs.cli import main

CASES = PROJECT_ROOT / "tests" / "convert" / "cases"
SCHEMA = PROJECT_ROOT / "tests" / "convert" / "acme_schema.json"
SEED_PAGE = PROJECT_ROOT / "tests" / "expected" / "apigatewayv2_route_response.hcl.md"
SEED_PYTHON = PROJECT_ROOT / "tests" / "expected" / "apigatewayv2_route_response.python.md"


def _expected(case: str) -> str:
    return (CASES / f"{case}.expected").read_text()


def test_convert_one_snippet_to_stdout(capsys):
    assert main(["convert", str(CASES / "nested_blocks.tf"), "--schema", str(SCHEMA), "--cdktf-version", "0.20.1"]) == 0
    assert capsys.readouterr().out == _expected("nested_blocks")


def test_convert_writes_name_py_and_reports_failures_with_line_and_column(tmp_path, capsys):
    snippets = [CASES / "invalid_hcl_fails.tf", CASES / "nested_blocks.tf"]
    argv = ["convert", *map(str, snippets), "--schema", str(SCHEMA), "--cdktf-version", "0.20.1"]
    assert main([*argv, "--out-dir", str(tmp_path)]) == 1
    assert [path.name for path in tmp_path.iterdir()] == ["nested_blocks.py"]
    assert (tmp_path / "nested_blocks.py").read_text() == _expected("nested_blocks")
    error = capsys.readouterr().err
    assert error.startswith(f"{snippets[0]}:3:3: error: invalid HCL: ")
    assert "the reference converter fails here too" in error and "Traceback" not in error


def test_convert_to_typescript_writes_name_ts(tmp_path, capsys):
    argv = ["convert", str(CASES / "nested_blocks.tf"), "--schema", str(SCHEMA), "--cdktf-version", "0.20.1"]
    assert main([*argv, "--language", "typescript"]) == 0
    assert capsys.readouterr().out == (CASES / "nested_blocks.expected.ts").read_text()
    assert main([*argv, "--language", "typescript", "--out-dir", str(tmp_path)]) == 0
    assert (tmp_path / "nested_blocks.ts").read_text() == (CASES / "nested_blocks.expected.ts").read_text()


def test_convert_usage_errors_exit_2(tmp_path, capsys):
    snippet = str(CASES / "nested_blocks.tf")
    assert main(["convert", snippet, snippet, "--schema", str(SCHEMA)]) == 2
    assert "several inputs need --out-dir" in capsys.readouterr().err
    assert main(["convert", snippet, "--schema", str(SCHEMA), "--cdktf-version", "zero"]) == 2
    assert main(["convert", snippet, "--schema", str(tmp_path / "missing.json")]) == 2
    with pytest.raises(SystemExit) as exited:  # argparse: an unknown choice is a usage error
        main(["convert", snippet, "--schema", str(SCHEMA), "--language", "go"])
    assert exited.value.code == 2
    assert "invalid choice: 'go'" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_convert_page_of_the_seed(tmp_path, corpus):
    aws = corpus / "schemas" / "aws.json"
    argv = [
        "convert-page",
        str(SEED_PAGE),
        "--schema",
        str(aws),
        "--cdktf-version",
        "0.20.1",
        "--out-dir",
        str(tmp_path),
    ]
    assert main(argv) == 0
    assert (tmp_path / SEED_PAGE.name).read_bytes() == SEED_PYTHON.read_bytes()
    assert main([*argv, "--language", "typescript"]) == 0
    expected = corpus / "seed" / "apigatewayv2_route_response.typescript.md"
    assert (tmp_path / SEED_PAGE.name).read_bytes() == expected.read_bytes()


def test_convert_page_keeps_the_crlf_line_endings_of_the_page_it_replaces(tmp_path):
    page = tmp_path / "widget.md"
    page.write_text('# Widget\n\n```hcl\nresource "acme_widget" "w" {\n  name = "w"\n}\n```\n')
    out = tmp_path / "out"
    argv = ["convert-page", str(page), "--schema", str(SCHEMA), "--out-dir", str(out)]
    assert main(argv) == 0
    fresh = (out / page.name).read_bytes()
    assert b"\r\n" not in fresh and b"from imports.acme.widget import Widget" in fresh
    (out / page.name).write_bytes(fresh.replace(b"\n", b"\r\n"))
    assert main(argv) == 0
    assert (out / page.name).read_bytes() == fresh.replace(b"\n", b"\r\n")


def test_convert_page_leaves_a_failing_block_and_warns_at_its_page_line(tmp_path, capsys):
    page = tmp_path / "broken.md"
    page.write_text('# Broken\n\n```hcl\nresource "acme_widget" "w" {\n  name = ...\n}\n```\n')
    assert main(["convert-page", str(page), "--schema", str(SCHEMA), "--out-dir", str(tmp_path / "out")]) == 0
    written = (tmp_path / "out" / page.name).read_text()
    assert "name = ..." in written and "cache-key: cdktf-0.20.8" in written
    assert capsys.readouterr().err.startswith(f"{page}:5: warning: code block left as it is: invalid HCL")
