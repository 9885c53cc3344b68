"""`[tool.regdocs]` in pyproject.toml: where specs, outputs and templates live, and how pages
are converted. Every key is optional; a folder holding `specs/` needs no configuration."""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from regdocs.convert import DEFAULT_CDKTF_VERSION, parse_cdktf_version
from regdocs.cdktf.page import DO_NOT_EDIT_COMMENT
from regdocs.diagnostics import Diagnostic, DiagnosticError
from regdocs.input_files import read_text
from regdocs.project.toml_positions import decode_error_position, position_of

_TOML_POSITION = re.compile(r"\s*\(at (line \d+, column \d+|end of document)\)")

_KEYS = {
    "specs-dir": "folder of the YAML specs (default `specs`)",
    "out-dir": "folder the pages are written to, in the provider repository layout (default `out`)",
    "templates-dir": "folder whose templates override the built-in ones by file name",
    "page-style": "`website` or `registry`: render every spec in this style (default: each spec's own)",
    "provider": "provider name (`aws`) that specs act as schema for (default: the prefix of each spec name)",
    "cdktf-version": f"cdktf version to reproduce and record in cache-keys (default {DEFAULT_CDKTF_VERSION})",
    "schemas": "provider schema files (`terraform providers schema -json`), merged in order",
    "do-not-edit": f"comment put before the first heading of cdktf pages (default `{DO_NOT_EDIT_COMMENT}`)",
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


_TABLE = ("tool", "regdocs")
_NAME_MAX = 255  # bytes of one file name on the usual file systems
_FOLDER_KEYS = ("specs-dir", "out-dir", "templates-dir")  # `specs-dir` and `out-dir` stay inside the project


class _Source:
    """The configuration file's text, to report each problem at the line of its key."""

    def __init__(self, path: Path, text: str = ""):
        self.path, self.text = path, text

    def error(self, message: str, key: str | None = None) -> DiagnosticError:
        line, column = position_of(self.text, (*_TABLE, key) if key else _TABLE)
        return DiagnosticError([Diagnostic(message, str(self.path), line, column)])


def _string(table: dict, key: str, source: _Source) -> str | None:
    value = table.get(key)
    if value is not None and not isinstance(value, str):
        raise source.error(f"[tool.regdocs] {key} must be a string, not {type(value).__name__}", key)
    if value is not None and "\x00" in value:
        raise source.error(f"[tool.regdocs] {key} must not contain a NUL character", key)
    return value


def _project_path(root: Path, value: str, key: str, source: _Source, inside: bool = True) -> Path:
    """`value` as a path relative to the project; with `inside`, one that stays inside it:
    relative, not climbing out with `..` (regdocs reads every spec below `specs-dir` and
    writes below `out-dir`)."""
    relative = PurePosixPath(value.replace("\\", "/"))
    if any(len(part.encode("utf-8", "surrogatepass")) > _NAME_MAX for part in relative.parts):
        raise source.error(f"[tool.regdocs] {key}: a part of the path is longer than {_NAME_MAX} bytes", key)
    if not value or (inside and (relative.is_absolute() or PureWindowsPath(value).drive or _climbs_out(relative))):
        raise source.error(
            f"[tool.regdocs] {key} must be a path inside the project, relative to {source.path.name}, not `{value}`",
            key,
        )
    return root / value


def _climbs_out(path: PurePosixPath) -> bool:
    depth = 0
    for part in path.parts:
        depth += -1 if part == ".." else 0 if part == "." else 1
        if depth < 0:
            return True
    return False


def _table(path: Path) -> tuple[dict, _Source]:
    """The [tool.regdocs] table of the file at `path` (empty when there is none)."""
    source = _Source(path)
    if not path.is_file():
        return {}, source
    source.text = read_text(path, "the configuration")
    try:
        document = tomllib.loads(source.text)
    except tomllib.TOMLDecodeError as error:
        line, column = decode_error_position(error, source.text)
        message = _TOML_POSITION.sub("", str(error)).strip()
        raise DiagnosticError([Diagnostic(f"invalid TOML: {message}", str(path), line, column)]) from None
    tool = document.get("tool", {})
    if not isinstance(tool, dict):
        raise source.error(f"`tool` must be a table, not {type(tool).__name__}")
    table = tool.get("regdocs", {})
    if not isinstance(table, dict):
        raise source.error(f"`tool.regdocs` must be a table, not {type(table).__name__}")
    return table, source


def load_config(root: Path) -> Config:
    """The configuration of the project in `root` (defaults when pyproject.toml has none)."""
    table, source = _table(root / "pyproject.toml")
    for key in table:
        if key not in _KEYS:
            close = difflib.get_close_matches(key, _KEYS, n=1)
            hint = f"; did you mean `{close[0]}`?" if close else f"; known keys: {', '.join(_KEYS)}"
            raise source.error(f"unknown key [tool.regdocs] {key}{hint}", key)
    schemas = table.get("schemas", [])
    if not isinstance(schemas, list) or not all(
        isinstance(item, str) and item and "\x00" not in item for item in schemas
    ):
        raise source.error("[tool.regdocs] schemas must be a list of file paths", "schemas")
    folders = {key: _string(table, key, source) for key in _FOLDER_KEYS}
    page_style = _string(table, "page-style", source)
    if page_style not in (None, "website", "registry"):
        raise source.error(
            f"[tool.regdocs] page-style must be `website` or `registry`, not `{page_style}`", "page-style"
        )
    version = _string(table, "cdktf-version", source) or DEFAULT_CDKTF_VERSION
    try:
        parse_cdktf_version(version)
    except ValueError as error:
        raise source.error(f"[tool.regdocs] cdktf-version: {error}", "cdktf-version") from None
    templates = folders["templates-dir"]
    return Config(
        root=root,
        specs_dir=_project_path(root, folders["specs-dir"] or "specs", "specs-dir", source),
        out_dir=_project_path(root, folders["out-dir"] or "out", "out-dir", source),
        templates_dir=_project_path(root, templates, "templates-dir", source, inside=False) if templates else None,
        page_style=page_style,
        provider=_string(table, "provider", source),
        cdktf_version=version,
        schemas=tuple(_project_path(root, item, "schemas", source, inside=False) for item in schemas),
        do_not_edit=_string(table, "do-not-edit", source) or DO_NOT_EDIT_COMMENT,
    )
