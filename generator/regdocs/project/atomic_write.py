"""Writing a file so that it is always either the old one or the new one, never half-written.

The content goes to a temporary file in the same folder, which then replaces the target by a
rename. A rewritten file keeps its mode; a new file gets the mode the umask gives (0644 under
the usual umask 022), not mkstemp's 0600. On failure the temporary file is removed; one left by
a killed run (its process gone) is removed by the next write into that folder.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

TEMP_SUFFIX = ".regdocs-tmp"
_NAME_KEPT = 80  # of the target's name in the temporary name, so that a long name still fits
_swept: set[str] = set()

# What an OSError means for the file being written, said so that the reader knows what to change.
_FAULTS = {
    errno.EISDIR: "a folder is in the way; move it away",
    errno.ENOTDIR: "a file is in the way where a folder must be; move it away",
    errno.EEXIST: "a file is in the way where a folder must be; move it away",
    errno.ENAMETOOLONG: "the name is too long for the file system; choose a shorter name",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the file system is read-only",
}


def describe_fault(path: Path, error: OSError) -> str:
    """Why `path` cannot be written, in words, naming the file in the way when a file stands
    where a folder must be."""
    if error.errno in (errno.ENOTDIR, errno.EEXIST):
        for parent in reversed(path.parents):
            if _is_file_in_the_way(parent):
                return f"{parent} is a file where a folder must be; move it away"
    return _FAULTS.get(error.errno) or error.strerror or str(error)


def _is_file_in_the_way(path: Path) -> bool:
    try:
        return not stat.S_ISDIR(os.stat(path).st_mode)
    except OSError:
        return False


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _mode_for(path: Path) -> int:
    """The mode of the regular file at `path`, else the mode a new file gets."""
    try:
        status = os.lstat(path)
    except FileNotFoundError:
        return _new_file_mode()
    if stat.S_ISREG(status.st_mode):
        return stat.S_IMODE(status.st_mode)
    return _new_file_mode()


def _temp_owner(name: str) -> int | None:
    """The process id recorded in a temporary file's name (`.<name>.<pid>-<random>.regdocs-tmp`)."""
    try:
        return int(name.rsplit(".", 2)[-2].split("-", 1)[0])
    except (IndexError, ValueError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def sweep_stale_temporaries(folder: Path) -> None:
    """Remove temporary files a killed regdocs run left in `folder` (once per folder and run)."""
    key = str(folder.resolve())
    if key in _swept:
        return
    _swept.add(key)
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not (entry.name.startswith(".") and entry.name.endswith(TEMP_SUFFIX)):
            continue
        owner = _temp_owner(entry.name)
        if owner is not None and owner != os.getpid() and not _alive(owner):
            try:
                os.unlink(entry.path)
            except OSError:
                pass


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write `content` to `path` through a temporary file and a rename.

    Readers see either the old file or the new one, never a partial write. Text is written as
    UTF-8 bytes exactly as given (no newline translation). Raises OSError (with nothing left
    behind) when the file cannot be written.
    """
    data = content.encode("utf-8") if isinstance(content, str) else content
    path.parent.mkdir(parents=True, exist_ok=True)
    sweep_stale_temporaries(path.parent)
    mode = _mode_for(path)
    prefix = f".{path.name[:_NAME_KEPT]}.{os.getpid()}-"
    fd, tmp_name = tempfile.mkstemp(prefix=prefix, suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as tmp:
            os.fchmod(tmp.fileno(), mode)
            tmp.write(data)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
