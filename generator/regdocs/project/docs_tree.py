"""Finding a provider repository's Registry docs: `website/docs` before `docs`, as the reference
pipeline looked for them.

A tree holds Registry docs when it has pages at the Registry's page positions (`index.*`, or
files directly in `r/`, `resources/`, `guides/`...) and at least one of them opens with front
matter, as Registry pages do. A `docs/` folder of contributor notes (`docs/debugging.md`,
`docs/releases.md`) has neither, so it is left alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from regdocs.markdown_import.tree import located_pages, markdown_files
from regdocs.registry.locations import TREES

# The reference pipeline's order of preference.
TREE_ORDER = (TREES["website"], TREES["registry"])


@dataclass
class DocsTree:
    relative: PurePosixPath  # `website/docs` or `docs`
    pages: list[Path]  # its Registry pages
    others: list[Path]  # its other markdown files (not Registry pages: left alone)


def _opens_with_front_matter(page: Path) -> bool:
    with page.open("rb") as handle:
        return handle.readline().rstrip(b"\r\n") == b"---"


def read_tree(repository: Path, relative: PurePosixPath) -> DocsTree | None:
    """The tree at `relative` when it holds Registry docs, else None."""
    folder = repository / relative
    if not folder.is_dir():
        return None
    pages = located_pages(folder)
    if not any(_opens_with_front_matter(page) for page in pages):
        return None
    known = set(pages)
    return DocsTree(relative, pages, [path for path in markdown_files(folder) if path not in known])


def find_docs_trees(repository: Path) -> tuple[list[DocsTree], list[PurePosixPath]]:
    """The trees holding Registry docs in order of preference, and the tree folders that exist
    but hold none (contributor docs)."""
    trees, passed = [], []
    for relative in TREE_ORDER:
        tree = read_tree(repository, relative)
        if tree is not None:
            trees.append(tree)
        elif (repository / relative).is_dir():
            passed.append(relative)
    return trees, passed
