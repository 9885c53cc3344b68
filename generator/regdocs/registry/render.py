"""Spec to Registry page through the Jinja templates.

Templates are looked up by file name: folders given by the caller first, then the built-in
templates shipped as `regdocs.templates`. Within each, `<page style>/<name>` is tried before
`<name>`, so a style can override a single section.
"""

from __future__ import annotations

import importlib.resources
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import jinja2

from regdocs.registry import formatting
from regdocs.diagnostics import Diagnostic, DiagnosticError
from regdocs.spec.layout import page_sections
from regdocs.spec.model import Section, Spec
from regdocs.spec.styles import KIND_LABELS, fill, page_style as resolve_style
from regdocs.registry.template_helpers import TEMPLATE_GLOBALS

SECTION_TEMPLATES = {
    "examples": "examples.md.j2",
    "arguments": "arguments.md.j2",
    "attributes": "attributes.md.j2",
    "schema": "schema.md.j2",
    "timeouts": "timeouts.md.j2",
    "import": "import.md.j2",
}
FREE_SECTION_TEMPLATE = "section.md.j2"


@lru_cache(maxsize=None)
def _builtin_text(name: str) -> str | None:
    """A built-in template's text (None when there is none: most style-specific names)."""
    resource = importlib.resources.files("regdocs.templates")
    for part in name.split("/"):
        resource = resource.joinpath(part)
    return resource.read_text(encoding="utf-8") if resource.is_file() else None


def _builtin_source(name: str):
    text = _builtin_text(name)
    return None if text is None else (text, None, lambda: True)


def template_loader(template_dirs: tuple[str, ...] = ()) -> jinja2.BaseLoader:
    """Templates by file name: from the override folders first, then the built-in ones."""
    loaders: list[jinja2.BaseLoader] = [jinja2.FileSystemLoader(list(template_dirs))] if template_dirs else []
    loaders.append(jinja2.FunctionLoader(_builtin_source))
    return jinja2.ChoiceLoader(loaders)


def reload_templates() -> None:
    """Forget the templates read so far, so that edited ones are read again (preview --serve)."""
    _builtin_text.cache_clear()
    environment.cache_clear()


@lru_cache(maxsize=16)
def environment(template_dirs: tuple[str, ...] = ()) -> jinja2.Environment:
    """The Jinja environment for a set of override folders (cached: build it once per run)."""
    env = jinja2.Environment(
        loader=template_loader(template_dirs),
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        auto_reload=False,  # templates do not change during a run
    )
    env.globals.update(TEMPLATE_GLOBALS)
    return env


def _front_matter(spec: Spec, style) -> str | None:
    if spec.front_matter is None:
        return None
    if isinstance(spec.front_matter, str):
        body = [spec.front_matter]
    else:
        body = formatting.front_matter_lines(spec.front_matter, style)
    return "\n".join(["---", *body, "---"])


def _title(spec: Spec, style) -> str:
    if spec.title is not None:
        return fill(spec.title, name=spec.name)
    template = style["titles"].get(spec.kind, "{name}")
    return fill(template, name=spec.name)


def render_page(spec: Spec, template_dirs: Iterable[str | Path] = (), page_style: str | None = None) -> str:
    """The Registry page of `spec`, in its own page style unless `page_style` says otherwise.

    Raises DiagnosticError when a template cannot be read or rendered.
    """
    style_name = page_style or spec.page_style
    style = resolve_style(style_name, spec.style)
    env = environment(tuple(str(folder) for folder in template_dirs))
    sections = []
    for section in page_sections(spec, style_name):
        if isinstance(section, Section):
            sections.append((FREE_SECTION_TEMPLATE, section))
        else:
            sections.append((SECTION_TEMPLATES[section], None))
    rendered_names = {name for name, _ in sections}
    try:
        template = env.select_template([f"{style_name}/page.md.j2", "page.md.j2"])
        text = template.render(
            spec=spec,
            style=style,
            page_style=style_name,
            kind_label=KIND_LABELS[spec.kind],
            front_matter=_front_matter(spec, style),
            title=_title(spec, style),
            sections=sections,
            timeouts_in_schema="timeouts.md.j2" not in rendered_names,
        )
    except jinja2.TemplateSyntaxError as error:
        raise DiagnosticError(
            [Diagnostic(f"template error: {error.message}", error.filename or error.name, error.lineno)]
        ) from None
    except jinja2.TemplateError as error:
        raise DiagnosticError(
            [Diagnostic(f"template error: {error}; check the template overrides", spec.path)]
        ) from None
    text = text.rstrip("\n") + "\n" * spec.spacing.get("end", 1)
    if style["line_endings"] == "crlf":
        text = text.replace("\n", "\r\n")
    return text
