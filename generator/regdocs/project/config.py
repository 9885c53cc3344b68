"""The configuration: where specs, outputs and templates live, and how pages are converted.

Read from `regdocs.toml` (top-level keys; for provider repositories, which are Go projects) or
from `[tool.regdocs]` in pyproject.toml; having both is an error, so no key is silently
ignored. Every key is optional; a folder holding `specs/` needs no configuration."""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath

from regdocs.convert import DEFAULT_CDKTF_VERSION, LANGUAGES, parse_cdktf_version
from regdocs.cdktf.page import DO_NOT_EDIT_COMMENT
from regdocs.diagnostics import Diagnostic, DiagnosticError
from regdocs.input_files import read_text
from regdocs.project.toml_positions import decode_error_position, position_of

_KEYS = {
    "specs-dir": "folder of the YAML specs (default `specs`)",
    "out-dir": "folder the pages are written to, in the provider repository layout (default `out`)",
    "templates-dir": "folder whose templates override the built-in ones by file name",
    "page-style": "`website` or `registry`: render every spec in this style (default: each spec's own)",
    "provider": "provider name (`aws`) that specs act as schema for (default: the prefix of each spec name)",
    "cdktf-version": f"cdktf version to reproduce and record in cache-keys (default {DEFAULT_CDKTF_VERSION})",
    "schemas": "provider schema files (`terraform providers schema -json`), merged in order",
    "languages": f"languages of the cdktf pages, among {', '.join(LANGUAGES)} (default: all of them)",
    "do-not-edit": f"comment put before the first heading of cdktf pages (default `{DO_NOT_EDIT_COMMENT}`)",
    "validate": "`true`: `generate` and `check` also run `regdocs validate`'s rules (default false)",
    "subcategories": "the subcategories front matter may use (an allow-list; a page then needs one)",
    "subcategories-file": "a file listing the allowed subcategories, one a line",
    "rules": 'table of validation rule levels and options: `S002 = "warning"`, `R001 = {max-bytes = 400000}`',
}


@dataclass(frozen=True)
class Config:
    root: Path
    specs_dir: Path
    out_dir: Path
    templates_dir: Path | None = None
    page_style: str | None = None
    provider: str | None = None
    cdktf_version: str = DEFAULT_CDKTF_VERSION
    schemas: tuple[Path, ...] = ()
    do_not_edit: str = DO_NOT_EDIT_COMMENT
    languages: tuple[str, ...] = LANGUAGES
    validate: bool = False
    subcategories: tuple[str, ...] | None = None
    subcategories_file: Path | None = None
    rules: dict = field(default_factory=dict, hash=False)  # the rules table, read by regdocs.validate.settings
    file: Path | None = None  # the file the configuration was read from


CONFIG_FILE = "regdocs.toml"
_NAME_MAX = 255  # bytes of one file name on the usual file systems
_TOML_POSITION = re.compile(r"\s*\(at (line \d+, column \d+|end of document)\)")


def table_path(path: Path) -> tuple[str, ...]:
    """Where the regdocs keys are in the file: the top level of regdocs.toml, [tool.regdocs] else."""
    return () if path.name == CONFIG_FILE else ("tool", "regdocs")


def _where(path: Path) -> str:
    """How messages name a key's table: `[tool.regdocs] ` in pyproject.toml, nothing in regdocs.toml."""
    return "" if path.name == CONFIG_FILE else "[tool.regdocs] "


def key_position(path: Path, keys: tuple[str, ...]) -> tuple[int, int]:
    """(line, column) of a key of the regdocs table in the configuration file at `path` (read
    again: only errors need it)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return 1, 1
    return position_of(text, (*table_path(path), *keys))


def _error(path: Path, message: str, key: str | None = None) -> DiagnosticError:
    """An error at the line of `key` (of the table when None) in the configuration file."""
    line, column = key_position(path, (key,) if key else ())
    return DiagnosticError([Diagnostic(message, str(path), line, column)])


def _string(table: dict, key: str, path: Path) -> str | None:
    value = table.get(key)
    if value is not None and not isinstance(value, str):
        raise _error(path, f"{_where(path)}{key} must be a string, not {type(value).__name__}", key)
    if value is not None and "\x00" in value:
        raise _error(path, f"{_where(path)}{key} must not contain a NUL character", key)
    return value


def _project_path(root: Path, value: str, key: str, path: Path, inside: bool = True) -> Path:
    """`value` as a path relative to the project; with `inside`, one that stays inside it:
    relative, not climbing out with `..` (regdocs reads every spec below `specs-dir` and
    writes below `out-dir`)."""
    relative = PurePosixPath(value.replace("\\", "/"))
    if any(len(part.encode("utf-8", "surrogatepass")) > _NAME_MAX for part in relative.parts):
        raise _error(path, f"{_where(path)}{key}: a part of the path is longer than {_NAME_MAX} bytes", key)
    if not value or (inside and (relative.is_absolute() or PureWindowsPath(value).drive or _climbs_out(relative))):
        raise _error(
            path, f"{_where(path)}{key} must be a path inside the project, relative to {path.name}, not `{value}`", key
        )
    return root / value


def _climbs_out(path: PurePosixPath) -> bool:
    depth = 0
    for part in path.parts:
        depth += -1 if part == ".." else 0 if part == "." else 1
        if depth < 0:
            return True
    return False


def _read_toml(path: Path) -> dict | None:
    if not path.is_file():
        return None
    text = read_text(path, "the configuration")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line, column = decode_error_position(error, text)
        message = _TOML_POSITION.sub("", str(error)).strip()
        raise DiagnosticError([Diagnostic(f"invalid TOML: {message}", str(path), line, column)]) from None


def _tool_table(path: Path, document: dict | None) -> dict | None:
    """[tool.regdocs] of a pyproject.toml document (None when there is none)."""
    tool = (document or {}).get("tool", {})
    if not isinstance(tool, dict):
        raise _error(path, f"`tool` must be a table, not {type(tool).__name__}")
    table = tool.get("regdocs")
    if table is not None and not isinstance(table, dict):
        raise _error(path, f"`tool.regdocs` must be a table, not {type(table).__name__}")
    return table


def config_table(root: Path) -> tuple[Path, dict]:
    """The file the configuration is read from and its regdocs keys ({} when there is none)."""
    own, pyproject = root / CONFIG_FILE, root / "pyproject.toml"
    own_table = _read_toml(own)
    tool_table = _tool_table(pyproject, _read_toml(pyproject))
    if own_table is not None and tool_table is not None:
        raise _error(own, f"regdocs is configured both here and in {pyproject} [tool.regdocs]; keep one of the two")
    if own_table is not None:
        return own, own_table
    return pyproject, tool_table or {}


def load_config(root: Path) -> Config:
    """The configuration of the project in `root` (defaults when there is none)."""
    path, table = config_table(root)
    where = _where(path)
    for key in table:
        if key not in _KEYS:
            close = difflib.get_close_matches(key, _KEYS, n=1)
            hint = f"; did you mean `{close[0]}`?" if close else f"; known keys: {', '.join(_KEYS)}"
            raise _error(path, f"unknown key {where}{key}{hint}", key)
    schemas = table.get("schemas", [])
    if not isinstance(schemas, list) or not all(isinstance(item, str) and "\x00" not in item for item in schemas):
        raise _error(path, f"{where}schemas must be a list of file paths", "schemas")
    page_style = _string(table, "page-style", path)
    if page_style not in (None, "website", "registry"):
        raise _error(path, f"{where}page-style must be `website` or `registry`, not `{page_style}`", "page-style")
    version = _string(table, "cdktf-version", path) or DEFAULT_CDKTF_VERSION
    try:
        parse_cdktf_version(version)
    except ValueError as error:
        raise _error(path, f"{where}cdktf-version: {error}", "cdktf-version") from None
    templates = _string(table, "templates-dir", path)
    languages = _languages(table, path)
    subcategories = table.get("subcategories")
    if subcategories is not None and (
        not isinstance(subcategories, list) or not all(isinstance(item, str) for item in subcategories)
    ):
        raise _error(path, f"{where}subcategories must be a list of strings", "subcategories")
    subcategories_file = _string(table, "subcategories-file", path)
    if not isinstance(table.get("validate", False), bool):
        raise _error(path, f"{where}validate must be true or false", "validate")
    if not isinstance(table.get("rules", {}), dict):
        raise _error(path, f'{where}rules must be a table of rule levels, such as `S002 = "warning"`', "rules")
    return Config(
        root=root,
        specs_dir=_project_path(root, _string(table, "specs-dir", path) or "specs", "specs-dir", path),
        out_dir=_project_path(root, _string(table, "out-dir", path) or "out", "out-dir", path),
        templates_dir=_project_path(root, templates, "templates-dir", path, inside=False) if templates else None,
        page_style=page_style,
        provider=_string(table, "provider", path),
        cdktf_version=version,
        schemas=tuple(_project_path(root, item, "schemas", path, inside=False) for item in schemas),
        do_not_edit=_string(table, "do-not-edit", path) or DO_NOT_EDIT_COMMENT,
        languages=languages,
        validate=table.get("validate", False),
        subcategories=tuple(subcategories) if subcategories is not None else None,
        subcategories_file=(
            _project_path(root, subcategories_file, "subcategories-file", path, inside=False)
            if subcategories_file
            else None
        ),
        rules=table.get("rules", {}),
        file=path,
    )


def _languages(table: dict, path: Path) -> tuple[str, ...]:
    """`languages`: a non-empty list of known languages, each once."""
    languages = table.get("languages", list(LANGUAGES))
    if not isinstance(languages, list) or not languages or not all(isinstance(item, str) for item in languages):
        raise _error(
            path, f"{_where(path)}languages must be a non-empty list among: {', '.join(LANGUAGES)}", "languages"
        )
    for language in languages:
        if language not in LANGUAGES:
            raise _error(
                path, f"{_where(path)}languages: unknown `{language}`; known: {', '.join(LANGUAGES)}", "languages"
            )
    if len(set(languages)) != len(languages):
        raise _error(path, f"{_where(path)}languages: a language is listed twice", "languages")
    return tuple(languages)
