"""Configuration: regdocs.toml or [tool.regdocs] in pyproject.toml."""

import pytest

from regdocs.project.config import load_config
from regdocs.diagnostics import DiagnosticError


def test_defaults_without_pyproject(tmp_path):
    config = load_config(tmp_path)
    assert config.specs_dir == tmp_path / "specs"
    assert config.out_dir == tmp_path / "out"
    assert config.templates_dir is None and config.schemas == ()
    assert config.languages == ("python", "typescript")


def test_languages_keep_their_order(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.regdocs]\nlanguages = ["typescript", "python"]\n')
    assert load_config(tmp_path).languages == ("typescript", "python")


def test_values_are_read_relative_to_the_project(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.regdocs]\nspecs-dir = "s"\nout-dir = "o"\nschemas = ["a.json"]\ncdktf-version = "0.20.1"\n'
    )
    config = load_config(tmp_path)
    assert (config.specs_dir, config.out_dir, config.schemas) == (
        tmp_path / "s",
        tmp_path / "o",
        (tmp_path / "a.json",),
    )
    assert config.cdktf_version == "0.20.1"


def test_unknown_key_suggests_the_closest(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.regdocs]\nspec-dir = "s"\n')
    with pytest.raises(DiagnosticError, match="did you mean `specs-dir`"):
        load_config(tmp_path)


@pytest.mark.parametrize(
    "line, message",
    [
        ('schemas = "a.json"', "schemas must be a list"),
        ('page-style = "web"', "page-style must be"),
        ('cdktf-version = "latest"', "cdktf-version"),
        ("out-dir = 3", "out-dir must be a string"),
        ('languages = "python"', "languages must be a non-empty list"),
        ("languages = []", "languages must be a non-empty list"),
        ('languages = ["go"]', "languages: unknown `go`"),
        ('languages = ["python", "python"]', "listed twice"),
    ],
)
def test_wrong_values_are_errors(tmp_path, line, message):
    (tmp_path / "pyproject.toml").write_text(f"[tool.regdocs]\n{line}\n")
    with pytest.raises(DiagnosticError, match=message):
        load_config(tmp_path)


def test_regdocs_toml_has_the_same_keys_at_top_level(tmp_path):
    (tmp_path / "regdocs.toml").write_text('specs-dir = "s"\nout-dir = "."\n')
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')  # no [tool.regdocs]: no conflict
    config = load_config(tmp_path)
    assert (config.specs_dir, config.out_dir) == (tmp_path / "s", tmp_path / ".")


def test_regdocs_toml_errors_name_keys_without_a_table(tmp_path):
    (tmp_path / "regdocs.toml").write_text('specs-dir = "s"\nout-dir = 3\n')
    with pytest.raises(DiagnosticError) as error:
        load_config(tmp_path)
    assert str(error.value) == f"{tmp_path / 'regdocs.toml'}:2:1: error: out-dir must be a string, not int"


def test_configuring_in_both_files_is_an_error(tmp_path):
    (tmp_path / "regdocs.toml").write_text('specs-dir = "a"\n')
    (tmp_path / "pyproject.toml").write_text('[tool.regdocs]\nspecs-dir = "b"\n')
    with pytest.raises(DiagnosticError, match="configured both here and in .*pyproject.toml"):
        load_config(tmp_path)


@pytest.mark.parametrize(
    "text, position",
    [
        ('[tool.regdocs]\nspecs-dir = "s"\nout-dir = 3\n', "3:1"),
        ("[tool]\nregdocs.out-dir = 3\n", "2:1"),
        ('[project]\nname = "x"\n\n[tool.regdocs]\n"out-dir" = 3\n', "5:1"),
        ("tool.regdocs = {out-dir = 3}\n", "1:1"),
    ],
)
def test_errors_are_at_the_line_of_their_key(tmp_path, text, position):
    (tmp_path / "pyproject.toml").write_text(text)
    with pytest.raises(DiagnosticError) as error:
        load_config(tmp_path)
    assert str(error.value).startswith(f"{tmp_path / 'pyproject.toml'}:{position}: error: [tool.regdocs] out-dir")
