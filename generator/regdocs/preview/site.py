"""The preview site: a page per spec from the pipeline's in-memory build, the index of every page
grouped by kind and subcategory, and the assets. A page that cannot be rendered (a broken
preview template, a bug) becomes a plain page naming the error; the others are unaffected."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from regdocs.diagnostics import Diagnostic, DiagnosticError, Level, Report
from regdocs.preview import templates
from regdocs.preview.highlight import style_sheet
from regdocs.preview.page import PageInfo, preview_page
from regdocs.project.config import Config
from regdocs.project.pipeline import SpecPages, build
from regdocs.spec.model import KINDS

ASSET_FOLDER = "_preview"
INDEX = "index.html"
KIND_GROUPS = {
    "resource": "Resources",
    "data_source": "Data Sources",
    "ephemeral_resource": "Ephemeral Resources",
    "action": "Actions",
    "function": "Functions",
    "guide": "Guides",
    "provider": "Provider",
}


def template_dirs(config: Config) -> tuple[str, ...]:
    return (str(config.templates_dir),) if config.templates_dir else ()


def page_href(spec_path: Path, specs_dir: Path, taken: set[str]) -> str:
    """The page's path in the site: the spec's path under the specs folder, as `.html`."""
    try:
        relative = spec_path.relative_to(specs_dir)
    except ValueError:
        relative = Path(spec_path.name)
    href = relative.with_suffix(".html").as_posix()
    if href in taken:  # `x.yaml` and `x.yml`
        href = relative.as_posix() + ".html"
    taken.add(href)
    return href


def root_of(href: str) -> str:
    """The relative path from a page back to the site's root."""
    return "../" * href.count("/")


def _error_page(title: str, problems: list[Diagnostic], root: str) -> str:
    """A page made without templates, for when the templates themselves fail."""
    items = "".join(f"<li><code>{html.escape(problem.format())}</code></li>" for problem in problems)
    return (
        f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>'
        f'<body><p><a href="{root}{INDEX}">All pages</a></p><h1>{html.escape(title)}</h1>'
        f"<p>This page could not be rendered:</p><ul>{items}</ul></body></html>\n"
    )


def render_page(record: SpecPages, href: str, config: Config) -> tuple[str, PageInfo]:
    """The HTML of one spec's page and its index entry; never raises for bad input."""
    root = root_of(href)
    try:
        return preview_page(record, href, root, template_dirs(config), config.page_style)
    except DiagnosticError as error:
        problems = error.diagnostics
    except Exception as error:  # noqa: BLE001 - one page's bug must not cost the others
        problems = [Diagnostic(f"internal error while previewing: {error!r}; please report it", str(record.path))]
    name = record.spec.name if record.spec else record.path.name
    info = PageInfo(href, name, record.spec.kind if record.spec else None, None, name)
    info.problems = record.problems + problems
    info.errors = sum(problem.level is Level.ERROR for problem in info.problems)
    info.warnings = len(info.problems) - info.errors
    return _error_page(name, info.problems, root), info


@dataclass
class _Group:
    name: str | None
    pages: list[PageInfo] = field(default_factory=list)


def index_page(pages: list[PageInfo], config: Config) -> str:
    """The index: every page by kind, then subcategory, then name; failed specs first."""
    failed = sorted((page for page in pages if page.kind is None), key=lambda page: page.href)
    kinds = []
    for kind in KINDS:
        groups: dict[str | None, _Group] = {}
        for page in sorted((page for page in pages if page.kind == kind), key=lambda page: page.name):
            groups.setdefault(page.subcategory, _Group(page.subcategory)).pages.append(page)
        if groups:
            ordered = sorted(groups.values(), key=lambda group: (group.name is None, (group.name or "").lower()))
            kinds.append({"label": KIND_GROUPS[kind], "subcategories": ordered})
    try:
        return templates.render(
            template_dirs(config),
            "index.html.j2",
            root="",
            pages=pages,
            kinds=kinds,
            failed=failed,
            errors=sum(page.errors for page in pages),
            warnings=sum(page.warnings for page in pages),
        )
    except DiagnosticError as error:
        return _error_page("All pages", error.diagnostics, "")


def assets(config: Config) -> dict[str, str]:
    """The style sheet (with the highlighting colours) and the tab script, by site path."""
    found = {}
    for name, extra in (("preview.css", style_sheet()), ("preview.js", "")):
        try:
            text = templates.source(template_dirs(config), name)
        except DiagnosticError as error:
            text = "\n".join(f"/* {problem.format()} */" for problem in error.diagnostics) + "\n"
        found[f"{ASSET_FOLDER}/{name}"] = text + extra
    return found


def site_files(
    config: Config,
    report: Report,
    *,
    only: list[Path] | None = None,
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, str]:
    """Every file of the preview of the project (of the specs `only`), by site path; problems
    are added to `report`. Raises DiagnosticError on configuration errors."""
    result = build(config, report, force=force, only=only, progress=progress)
    files: dict[str, str] = {}
    pages, taken = [], set()
    for record in result.specs:
        href = page_href(record.path, config.specs_dir, taken)
        files[href], info = render_page(record, href, config)
        pages.append(info)
    files[INDEX] = index_page(pages, config)
    files.update(assets(config))
    return files
