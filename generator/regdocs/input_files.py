"""Reading an input file (a spec, a page, a snippet, a schema, the configuration): refused with
the path when it is a folder, a special file or larger than regdocs reads, and decoded as UTF-8
with the line and column of the first byte that is not."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from regdocs.diagnostics import Diagnostic, DiagnosticError

# Far above any real page, spec or provider schema (the AWS schema is 2.4 MB); larger inputs
# are refused at once rather than read for minutes.
MAX_INPUT_BYTES = 64 * 1024 * 1024


def _error(message: str, path: str, line: int | None = None, column: int | None = None) -> DiagnosticError:
    return DiagnosticError([Diagnostic(message, path, line, column)])


def read_bytes(path: Path, what: str = "the file", limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a regular file; DiagnosticError naming the path otherwise."""
    try:
        status = os.stat(path)
        if stat.S_ISDIR(status.st_mode):
            raise _error(f"cannot read {what}: it is a folder, not a file", str(path))
        if not stat.S_ISREG(status.st_mode):
            raise _error(f"cannot read {what}: it is not a regular file", str(path))
        if status.st_size > limit:
            raise _error(
                f"cannot read {what}: it is {status.st_size // 2**20} MiB, more than the {limit // 2**20} MiB "
                "regdocs reads",
                str(path),
            )
        with open(path, "rb") as handle:
            return handle.read(limit + 1)
    except OSError as error:
        raise _error(f"cannot read {what}: {error.strerror or error}", str(path)) from None


def decode_utf8(data: bytes, path: str, what: str = "the file") -> str:
    """`data` as UTF-8 text; DiagnosticError at the line and column of the first bad byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        line_start = data.rfind(b"\n", 0, error.start) + 1
        column = len(data[line_start : error.start].decode("utf-8", errors="replace")) + 1
        byte = data[error.start]
        raise _error(
            f"{what} is not UTF-8 text (byte 0x{byte:02x}: {error.reason}); save it as UTF-8", path, line, column
        ) from None


def read_text(path: Path, what: str = "the file", limit: int = MAX_INPUT_BYTES) -> str:
    """The UTF-8 text of an input file, line endings untouched."""
    return decode_utf8(read_bytes(path, what, limit), str(path), what)
