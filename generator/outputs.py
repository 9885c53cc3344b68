"""Where outputs go and how they are written: atomically, never half-done."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def output_path(input_path: Path, out_dir: Path, suffix: str) -> Path:
    """`DIR/<input file name with its last suffix replaced by suffix>`."""
    return out_dir / Path(input_path.name).with_suffix(suffix)


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
