"""Where a file sits in a provider repository's docs tree, read from its path alone.

The Terraform Registry reads pages from `website/docs` (the older layout) or `docs` (the
tfplugindocs layout): `index.*` at the root of the tree, and one file per page directly in a
folder that says what the pages document (`r/` or `resources/`, `d/` or `data-sources/`,
`guides/`, ...). A page's kind, page style and file name therefore follow from its path.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath, PurePosixPath

# The docs tree of each page style, as a path from the repository root.
TREES = {"website": PurePosixPath("website/docs"), "registry": PurePosixPath("docs")}
# Folder of a docs tree -> the kind of the pages in it (both layouts' names are read in both trees).
KIND_FOLDERS = {
    "r": "resource",
    "resources": "resource",
    "d": "data_source",
    "data-sources": "data_source",
    "ephemeral-resources": "ephemeral_resource",
    "actions": "action",
    "list-resources": "list_resource",
    "functions": "function",
    "guides": "guide",
}
# File name endings of Registry pages, longest first.
PAGE_EXTENSIONS = (".html.markdown", ".html.md", ".markdown", ".md")
INDEX_STEM = "index"


@dataclass(frozen=True)
class PageLocation:
    """A Registry page's place: `website/docs/r/x.html.markdown` is a resource page of the
    website style, in folder `r`, named `x.html.markdown`."""

    page_style: str
    kind: str
    folder: str  # inside the docs tree; "" for the index page
    file_name: str

    @property
    def stem(self) -> str:
        """The file name without its page extension (`x.html.markdown` -> `x`)."""
        return page_stem(self.file_name)

    @property
    def in_tree(self) -> PurePosixPath:
        """The path inside the docs tree (`r/x.html.markdown`)."""
        return PurePosixPath(self.folder, self.file_name)


def page_extension(file_name: str) -> str | None:
    return next((ext for ext in PAGE_EXTENSIONS if file_name.endswith(ext) and len(file_name) > len(ext)), None)


def page_stem(file_name: str) -> str:
    """`x.html.markdown` -> `x`; a name without a page extension loses its last suffix only."""
    extension = page_extension(file_name)
    return file_name[: -len(extension)] if extension else PurePosixPath(file_name).stem


def _tree_style(parts: tuple[str, ...], docs_index: int) -> str | None:
    if docs_index < 0 or parts[docs_index] != "docs":
        return None
    return "website" if docs_index > 0 and parts[docs_index - 1] == "website" else "registry"


def locate(path: str | PurePath) -> PageLocation | None:
    """The location of a Registry page from its path (relative or absolute), or None when the
    path is not a page position of a docs tree (`website/docs/r/x.html.markdown`,
    `docs/index.md`, `.../docs/data-sources/y.md`)."""
    parts = PurePosixPath(str(path).replace("\\", "/")).parts
    if not parts or page_extension(parts[-1]) is None:
        return None
    name = parts[-1]
    style = _tree_style(parts, len(parts) - 2)
    if style is not None and page_stem(name) == INDEX_STEM:
        return PageLocation(style, "provider", "", name)
    style = _tree_style(parts, len(parts) - 3)
    if style is not None and parts[-2] in KIND_FOLDERS:
        return PageLocation(style, KIND_FOLDERS[parts[-2]], parts[-2], name)
    return None


def tree_relative(page_path: PurePosixPath) -> PurePosixPath:
    """A page path with its docs tree left out: `website/docs/r/x.html.markdown` -> `r/x.html.markdown`."""
    for tree in TREES.values():
        if page_path.parts[: len(tree.parts)] == tree.parts:
            return PurePosixPath(*page_path.parts[len(tree.parts) :])
    return page_path
