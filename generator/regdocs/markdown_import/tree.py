"""Importing whole folders: which files are Registry pages, and where each page's spec goes.

A folder holding a docs tree (a provider repository, its `website/docs` or `docs`, or one of
their page folders) gives its Registry pages: `index.*` at the root of the tree and the files
directly in its page folders, never the `cdktf/` pages made from them. A folder with no such
page gives every markdown file in it (a folder of loose pages). Specs mirror the docs tree
(`r/x.yaml`, `d/x.yaml`, `guides/y.yaml`), so pages of different kinds never share a name.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

from regdocs.registry.locations import locate, page_extension, page_stem

CDKTF_FOLDER = "cdktf"


def markdown_files(folder: Path) -> list[Path]:
    """Markdown files under `folder`, leaving out hidden and `cdktf/` folders."""
    files = []
    for root, folders, names in os.walk(folder):
        folders[:] = sorted(name for name in folders if name != CDKTF_FOLDER and not name.startswith("."))
        files += [Path(root, name) for name in names if page_extension(name) and Path(root, name).is_file()]
    return sorted(files)


def located_pages(folder: Path) -> list[Path]:
    """The files under `folder` at page positions of a docs tree, in path order."""
    return [path for path in markdown_files(folder) if locate(path.resolve()) is not None]


def registry_pages(folder: Path) -> list[Path]:
    """The Registry pages under `folder` (see the module doc), in path order."""
    return located_pages(folder) or markdown_files(folder)


def spec_relative_path(page: Path, folder: Path | None = None) -> PurePosixPath:
    """Where the spec of `page` goes under the specs folder: its place in the docs tree
    (`website/docs/r/x.html.markdown` -> `r/x.yaml`), else its place under the imported
    `folder`, else its file name, with the page extension replaced by `.yaml`."""
    location = locate(page.resolve())
    if location is not None:
        return PurePosixPath(location.folder, f"{location.stem}.yaml")
    relative = page.relative_to(folder) if folder is not None else Path(page.name)
    return PurePosixPath(relative.parent.as_posix(), f"{page_stem(page.name)}.yaml")
