"""The preview site: a page per spec from the pipeline's in-memory build, the index of every page
grouped by kind and subcategory, and the assets. A page that cannot be rendered (a broken
preview template, a bug) becomes a plain page naming the error; the others are unaffected."""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

from regdocs.diagnostics import Diagnostic, DiagnosticError, Level, Report
from regdocs.preview import templates
from regdocs.preview.highlight import style_sheet
from regdocs.preview.page import PageInfo, page_info, preview_page, problem_view
from regdocs.project.config import Config
from regdocs.project.pipeline import Build, SpecPages, build
from regdocs.spec.model import KINDS

ASSET_FOLDER = "_preview"
INDEX = "index.html"
_KEY_COMMENT = re.compile(r"<!-- regdocs-preview key=([0-9a-f]{64}) errors=(\d+) warnings=(\d+) notes=(\d+) -->\n\Z")
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


def error_page(title: str, problems: list[Diagnostic], root: str) -> str:
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
    info = page_info(record, href)
    try:
        return preview_page(record, info, root, template_dirs(config), config.page_style, config.root), info
    except DiagnosticError as error:
        info.add(*error.diagnostics)
    except Exception as error:  # noqa: BLE001 - one page's bug must not cost the others
        info.add(Diagnostic(f"internal error while previewing: {error!r}; please report it", str(record.path)))
    return error_page(info.name, info.problems, root), info


@dataclass
class _Group:
    name: str | None
    pages: list[PageInfo] = field(default_factory=list)


def index_page(pages: list[PageInfo], config: Config, project_problems: list[Diagnostic] = ()) -> str:
    """The index: problems of the whole project (no spec's own), failed specs, then every page
    by kind, subcategory and name."""
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
            notes=sum(page.notes for page in pages),
            project_problems=[problem_view(problem) for problem in project_problems],
        )
    except DiagnosticError as error:
        return error_page("All pages", error.diagnostics, "")


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


def fingerprint(config: Config) -> bytes:
    """What every page depends on besides its own inputs: the templates, the preview's code and
    the configured page style."""
    digest = hashlib.sha256(repr(config.page_style).encode())
    for path in [*templates.template_files(template_dirs(config)), *sorted(Path(__file__).parent.glob("*.py"))]:
        digest.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.digest()


def page_key(record: SpecPages, href: str, salt: bytes) -> str:
    """A digest of everything a page is made from: the spec, its pages, its problems."""
    digest = hashlib.sha256(salt)
    parts = [href, str(record.path), *(problem.format() for problem in record.problems)]
    parts += [record.registry.text if record.registry else ""]
    parts += [f"{language}\0{page.text}" for language, page in record.cdktf.items()]
    for part in parts:
        digest.update(part.encode("utf-8") + b"\0")
    try:
        digest.update(record.path.read_bytes())
    except OSError:
        pass  # the problems say so
    return digest.hexdigest()


def _key_comment(key: str, info: PageInfo) -> str:
    return f"<!-- regdocs-preview key={key} errors={info.errors} warnings={info.warnings} notes={info.notes} -->\n"


def _reused(previous: str | None, key: str, info: PageInfo) -> bool:
    """Whether `previous` (the page written last time) was made from the same inputs; if so
    `info` takes its counts of problems, which rendering may have added to."""
    match = _KEY_COMMENT.search(previous or "")
    if match is None or match.group(1) != key:
        return False
    info.errors, info.warnings, info.notes = (int(count) for count in match.group(2, 3, 4))
    return True


def build_specs(config: Config, report: Report, **options) -> Build:
    """The pipeline's build, with the validation rules' findings among each spec's problems
    (they show beside the parts of the page they concern)."""
    return build(replace(config, validate=True), report, **options)


def project_problems(report: Report, result: Build) -> list[Diagnostic]:
    """The problems of a build that belong to no spec (project-wide validation findings)."""
    specs = {str(record.path) for record in result.specs}
    return [problem for problem in report.diagnostics if problem.path not in specs]


@dataclass
class Site:
    files: dict[str, str]  # text by site path
    pages: list[PageInfo]


def build_site(
    config: Config,
    report: Report,
    *,
    only: list[Path] | None = None,
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
    previous: Callable[[str], str | None] = lambda site_path: None,
) -> Site:
    """The preview of the project (of the specs `only`); problems are added to `report`. A page
    whose inputs are those of its `previous` text (the page as written last time) is reused
    unless `force` is set. Raises DiagnosticError on configuration errors."""
    result = build_specs(config, report, only=only, force=force, progress=progress)
    site = Site({}, [])
    salt = fingerprint(config)
    taken: set[str] = set()
    for record in result.specs:
        href = page_href(record.path, config.specs_dir, taken)
        key, info, text = page_key(record, href, salt), page_info(record, href), previous(href)
        if force or not _reused(text, key, info):
            html, info = render_page(record, href, config)
            text = html + _key_comment(key, info)
        site.files[href] = text
        site.pages.append(info)
    site.files[INDEX] = index_page(site.pages, config, project_problems(report, result))
    site.files.update(assets(config))
    return site
