"""`R` rules: what the Terraform Registry requires of pages and their paths."""

from __future__ import annotations

import difflib
import re
from urllib.parse import unquote

from regdocs.diagnostics import Level
from regdocs.validate.page_anchors import page_anchors
from regdocs.validate.registry import Finding, rule

WEBSITE_REQUIRED_KEYS = ("layout", "page_title", "description")
REGISTRY_FORBIDDEN_KEYS = ("layout", "sidebar_current")
WEBSITE_EXTENSIONS = (".html.markdown", ".html.md", ".markdown", ".md")
REGISTRY_EXTENSIONS = (".md",)
SUBCATEGORY_KINDS = ("resource", "data_source", "ephemeral_resource")
_ANCHOR_LINK = re.compile(r"\]\(\s*<?#|href")
_FRONT_MATTER_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:", re.MULTILINE)


def _website(context) -> bool:
    return context.page_path.parts[0] == "website"


def _front_matter_keys(context) -> dict[str, object]:
    """Front matter key -> its value (a raw front matter: key -> None)."""
    front_matter = context.spec.front_matter
    if isinstance(front_matter, dict):
        return dict(front_matter)
    if isinstance(front_matter, str):
        return {key: None for key in _FRONT_MATTER_KEY.findall(front_matter)}
    return {}


@rule(
    "R001",
    "page-size",
    Level.ERROR,
    "the Registry page is over the Registry's size limit",
    options={"max-bytes": 500000},
)
def page_size(context, options):
    page, limit = context.page, options["max-bytes"]
    if page is not None and len(page.encode("utf-8")) > limit:
        yield Finding(
            f"the page is {len(page.encode('utf-8')):,} bytes, over the Registry's limit of {limit:,}; "
            "shorten it or move parts to a guide",
            *context.position_of(context.spec.name),
        )


@rule("R002", "front-matter", Level.ERROR, "front matter keys the page's layout needs or must not have")
def front_matter(context, options):
    keys = _front_matter_keys(context)
    if _website(context):
        missing = [key for key in WEBSITE_REQUIRED_KEYS if key not in keys]
        if missing:
            yield Finding(
                f"a website/docs page needs front matter {', '.join(f'`{key}`' for key in missing)}; add "
                f"{'it' if len(missing) == 1 else 'them'} to `front_matter`",
                *context.key_position("front_matter"),
            )
        return
    for key in REGISTRY_FORBIDDEN_KEYS:
        if key in keys:
            position = context.position_of(keys[key])
            yield Finding(
                f"a docs/ page must not have `{key}` in its front matter (the Registry rejects it); remove it",
                *(position if position[0] is not None else context.key_position("front_matter")),
            )


@rule("R003", "subcategory", Level.ERROR, "the subcategory is not in the allow-list (`subcategories`), or is missing")
def subcategory(context, options):
    allowed = context.project.subcategories
    if allowed is None:
        return
    value = _front_matter_keys(context).get("subcategory")
    if value is None or value == "":
        if context.spec.kind in SUBCATEGORY_KINDS:
            yield Finding(
                "no subcategory; add `subcategory` to `front_matter` (one of the configured subcategories)",
                *context.key_position("front_matter"),
            )
        return
    if value not in allowed:
        close = difflib.get_close_matches(str(value), allowed, n=1)
        hint = f"; did you mean `{close[0]}`?" if close else "; add it to the configured subcategories"
        yield Finding(f"subcategory `{value}` is not an allowed subcategory{hint}", *context.position_of(value))


@rule("R004", "extension", Level.ERROR, "the page's file extension is not one its folder allows")
def extension(context, options):
    name = context.page_path.name
    allowed = WEBSITE_EXTENSIONS if _website(context) else REGISTRY_EXTENSIONS
    if not name.endswith(allowed):
        folder = "website/docs" if _website(context) else "docs/"
        yield Finding(
            f"`{name}`: pages in {folder} end with {' or '.join(f'`{ext}`' for ext in allowed)}",
            *context.position_of(context.spec.file_name or context.spec.name),
        )


def _link_position(context, anchor: str) -> tuple[int | None, int | None]:
    for number, text in enumerate(context.source_lines, start=1):
        column = text.find(f"#{anchor}")
        if column >= 0:
            return number, column + 1
    return context.position_of(context.spec.name)


@rule("R005", "anchor", Level.ERROR, "a `#anchor` link that no heading or anchor of the page provides")
def anchor(context, options):
    page = context.page
    if page is None or not _ANCHOR_LINK.search(page):  # no link to an anchor: nothing to read
        return
    anchors, links = page_anchors(page)
    known = {name.lower() for name in anchors}
    reported = set()
    for link in links:
        target = unquote(link)
        if not target or target.lower() in known or target in reported:
            continue
        reported.add(target)
        close = difflib.get_close_matches(target.lower(), sorted(known), n=1)
        hint = f"; did you mean `#{close[0]}`?" if close else ""
        yield Finding(
            f"link to `#{target}`, which no heading or anchor of the page provides{hint}",
            *_link_position(context, link),
        )


def first_writers(owners: list[tuple[str, object]]) -> list[tuple[object, object, str]]:
    """(later owner, first owner, path) for every path written by more than one owner."""
    first: dict[str, object] = {}
    clashes = []
    for path, owner in owners:
        if path in first:
            clashes.append((owner, first[path], path))
        else:
            first[path] = owner
    return clashes


def clash_message(path: str, first_spec: str, first_line: int | None) -> str:
    where = f"{first_spec}:{first_line}" if first_line else first_spec
    return (
        f"two specs write `{path}`: this one and {where}; the last would silently win. "
        "Give one of them another `name` or `file_name`"
    )


@rule("R006", "duplicate-output", Level.ERROR, "two specs write the same page", scope="project")
def duplicate_output(project, options):
    owners = [(str(context.page_path), context) for context in project.specs]
    for later, first, path in first_writers(owners):
        yield Finding(
            clash_message(path, first.path, first.position_of(first.spec.name)[0]),
            *later.position_of(later.spec.name),
            path=later.path,
        )


@rule(
    "R007",
    "both-doc-folders",
    Level.ERROR,
    "Registry pages in both website/docs and docs/ (the Registry then reads only docs/)",
    scope="project",
)
def both_doc_folders(project, options):
    """Reported once, at the first spec of the smaller group (or at a folder of pages no spec writes)."""
    out_dir = project.config.out_dir
    groups = {"website/docs": [], "docs/": []}
    for context in project.specs:
        groups["website/docs" if context.page_path.parts[0] == "website" else "docs/"].append(context)
    on_disk = {"website/docs": _has_pages(out_dir / "website" / "docs"), "docs/": _has_pages(out_dir / "docs")}
    present = [folder for folder in groups if groups[folder] or on_disk[folder]]
    if len(present) < 2:
        return
    counts = ", ".join(f"{len(specs)} in {folder}" for folder, specs in groups.items())
    message = (
        f"the project has Registry pages in both website/docs and docs/ (specs: {counts}); the Registry "
        "then ignores website/docs. Use one page style for all (`page-style` in the configuration)"
    )
    written = [specs for specs in groups.values() if specs]
    if len(written) < 2:
        folder = next(folder for folder in groups if not groups[folder])
        yield Finding(message, path=str(out_dir / folder.rstrip("/")))
        return
    first = min(written, key=len)[0]
    yield Finding(message, *first.position_of(first.spec.name), path=first.path)


def _has_pages(folder) -> bool:
    if not folder.is_dir():
        return False
    return any(path.suffix in (".md", ".markdown") for path in folder.rglob("*"))
