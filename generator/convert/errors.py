"""The one error type of the converter: the reference converter fails on this input."""

from __future__ import annotations


class ConversionError(Exception):
    """`reason` says what the reference cannot convert; `line` (1-based, in the snippet) where;
    `invalid_hcl` when the snippet is not valid HCL at all (rather than unsupported by cdktf)."""

    def __init__(self, reason: str, line: int | None = None, invalid_hcl: bool = False):
        super().__init__(reason)
        self.reason = reason
        self.line = line
        self.invalid_hcl = invalid_hcl
