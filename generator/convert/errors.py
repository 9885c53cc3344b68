"""The one error type of the converter: the reference converter fails on this input."""

from __future__ import annotations


class ConversionError(Exception):
    """`reason` says what the reference cannot convert; `line` (1-based, in the snippet) where."""

    def __init__(self, reason: str, line: int | None = None):
        super().__init__(reason)
        self.reason = reason
        self.line = line
