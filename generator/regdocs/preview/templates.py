"""The preview's HTML templates (`preview/*.html.j2` and its assets), found by file name like the
page templates: override folders first, then the built-in ones; HTML-escaped by default."""

from __future__ import annotations

import importlib.resources
from functools import lru_cache
from pathlib import Path

import jinja2

from regdocs.diagnostics import Diagnostic, DiagnosticError
from regdocs.registry.render import reload_templates as reload_page_templates
from regdocs.registry.render import template_loader

PREFIX = "preview/"


@lru_cache(maxsize=4)
def environment(template_dirs: tuple[str, ...] = ()) -> jinja2.Environment:
    return jinja2.Environment(
        loader=template_loader(template_dirs),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        auto_reload=False,
    )


def render(template_dirs: tuple[str, ...], name: str, **context) -> str:
    """Template `preview/<name>` rendered with `context`; DiagnosticError names the template."""
    try:
        return environment(template_dirs).get_template(PREFIX + name).render(**context)
    except jinja2.TemplateSyntaxError as error:
        where = error.filename or error.name
        raise DiagnosticError([Diagnostic(f"template error: {error.message}", where, error.lineno)]) from None
    except jinja2.TemplateError as error:
        raise DiagnosticError([Diagnostic(f"template error in {PREFIX}{name}: {error}", PREFIX + name)]) from None


def reload() -> None:
    """Read every template again on next use (after an edit)."""
    reload_page_templates()
    environment.cache_clear()


def template_files(template_dirs: tuple[str, ...]) -> list[Path]:
    """Every file the templates come from, to notice edits: the override folders and the
    built-in templates when they are files on disk (an editable install)."""
    folders = [Path(folder) for folder in template_dirs]
    builtin = importlib.resources.files("regdocs.templates")
    if isinstance(builtin, Path):
        folders.append(builtin)
    found = (path for folder in folders if folder.is_dir() for path in folder.rglob("*"))
    return sorted(path for path in found if path.is_file() and "__pycache__" not in path.parts)


def source(template_dirs: tuple[str, ...], name: str) -> str:
    """The text of `preview/<name>` as it is (the style sheet and script are not Jinja)."""
    env = environment(template_dirs)
    try:
        return env.loader.get_source(env, PREFIX + name)[0]
    except jinja2.TemplateNotFound:
        raise DiagnosticError([Diagnostic(f"template {PREFIX}{name} not found", PREFIX + name)]) from None
