"""Where outputs go and how they are written: atomically, never half-done."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def output_path(input_path: Path, out_dir: Path, suffix: str) -> Path:
    """`DIR/<input file name with its last suffix replaced by suffix>`."""
    return out_dir / Path(input_path.name).with_suffix(suffix)


def read_existing(path: Path) -> str | None:
    """The text of the file an output would replace, or None when there is none."""
    return path.read_bytes().decode("utf-8") if path.is_file() else None


def with_line_endings_of(existing: str | None, text: str) -> str:
    """`text` with CRLF line endings when the file it replaces uses them throughout, so that
    regenerating a page re-saved on Windows (or checked out with CRLF) changes no byte."""
    if existing and existing.count("\r\n") == existing.count("\n") and "\r\n" not in text:
        return text.replace("\n", "\r\n")
    return text


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write `content` to `path` through a temporary file and a rename.

    Readers see either the old file or the new one, never a partial write.
    Text is written as UTF-8 bytes exactly as given (no newline translation).
    """
    data = content.encode("utf-8") if isinstance(content, str) else content
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
