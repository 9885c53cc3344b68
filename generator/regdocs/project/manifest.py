"""The outputs manifest: the list of files `regdocs generate` wrote, kept in the output folder
(`.regdocs-manifest`, one path a line), so that `check` finds generated pages no spec writes
any more (a spec renamed or deleted) and `generate --prune` removes exactly those, never a
file regdocs did not write."""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Iterable

MANIFEST = PurePosixPath(".regdocs-manifest")
HEADER = (
    "# Files written by regdocs generate, relative to this folder. regdocs check and\n"
    "# regdocs generate --prune read it to find pages that no spec writes any more.\n"
)


def _safe(path: PurePosixPath) -> bool:
    """A path inside the folder that can name a file (no NUL, no name too long for one)."""
    return (
        bool(path.parts)
        and not path.is_absolute()
        and ".." not in path.parts
        and path != MANIFEST
        and "\x00" not in str(path)
        and all(len(part.encode("utf-8", "surrogateescape")) <= 255 for part in path.parts)
    )


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def listed(out_dir: Path) -> list[PurePosixPath]:
    """The paths the manifest in `out_dir` lists (none when there is no manifest); paths
    that would leave the folder are ignored."""
    manifest = out_dir / MANIFEST
    if not _is_file(manifest):
        return []
    text = manifest.read_bytes().decode("utf-8", errors="replace")
    paths = (PurePosixPath(line.strip()) for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return [path for path in paths if _safe(path)]


def orphans(out_dir: Path, outputs: Iterable[PurePosixPath]) -> list[PurePosixPath]:
    """Files regdocs wrote earlier (listed in the manifest, still on disk) that no output is now."""
    current = set(outputs)
    return [path for path in listed(out_dir) if path not in current and _is_file(out_dir / path)]


def manifest_text(paths: Iterable[PurePosixPath]) -> str:
    return HEADER + "".join(f"{path}\n" for path in sorted({str(path) for path in paths}))


def prune(out_dir: Path, paths: Iterable[PurePosixPath]) -> list[PurePosixPath]:
    """Delete these generated files and the folders they leave empty (up to `out_dir`)."""
    removed = []
    root = out_dir.resolve()
    for path in paths:
        target = out_dir / path
        if not target.resolve().is_relative_to(root):
            continue
        try:
            target.unlink(missing_ok=True)
        except OSError:  # not removable (a folder now, no permission): it stays, as an orphan
            continue
        removed.append(path)
        folder = target.parent
        while folder.resolve() != root and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
    return removed
