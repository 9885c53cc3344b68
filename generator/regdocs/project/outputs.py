"""Where outputs go and how they are written: atomically, never half-done."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from regdocs.diagnostics import Diagnostic, Report
from regdocs.project.atomic_write import describe_fault, write_atomic

__all__ = ["existing_bytes", "output_path", "read_existing", "with_line_endings_of", "write_atomic", "write_changed"]


def output_path(input_path: Path, out_dir: Path, suffix: str) -> Path:
    """`DIR/<input file name with its last suffix replaced by suffix>`."""
    return out_dir / Path(input_path.name).with_suffix(suffix)


def existing_bytes(path: Path) -> bytes | None:
    """The bytes of the regular file an output would replace; None when there is none or it
    cannot be read (writing it then reports the fault)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a folder, or a FIFO that would block
            return None
        return path.read_bytes()
    except OSError:
        return None


def read_existing(path: Path) -> str | None:
    """The text of the file an output would replace; None when there is none, or when it is not
    UTF-8 text (it is then replaced whole)."""
    data = existing_bytes(path)
    try:
        return None if data is None else data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def write_changed(out_dir: Path, outputs: list, report: Report) -> tuple[int, int]:
    """Write every output (`.path` relative to `out_dir`, `.text`) whose file differs; a file
    that cannot be written is reported with its path and the others are still written.
    Returns (written, unchanged)."""
    written = unchanged = 0
    for output in outputs:
        destination = out_dir / output.path
        data = output.text.encode("utf-8")
        if existing_bytes(destination) == data:
            unchanged += 1
            continue
        try:
            write_atomic(destination, data)
        except OSError as error:
            report.add(Diagnostic(f"cannot write the file: {describe_fault(destination, error)}", str(destination)))
            continue
        written += 1
    return written, unchanged


def with_line_endings_of(existing: str | None, text: str) -> str:
    """`text` with CRLF line endings when the file it replaces uses them throughout, so that
    regenerating a page re-saved on Windows (or checked out with CRLF) changes no byte."""
    if existing and existing.count("\r\n") == existing.count("\n") and "\r\n" not in text:
        return text.replace("\n", "\r\n")
    return text
