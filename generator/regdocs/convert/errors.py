"""The one error type of the converter: the reference converter fails on this input."""

from __future__ import annotations


class ConversionError(Exception):
    """`reason` says what the reference cannot convert; `line` and `column` (1-based, in the
    snippet) where, when known; `invalid_hcl` when the snippet is not valid HCL at all (rather
    than unsupported by cdktf)."""

    def __init__(self, reason: str, line: int | None = None, invalid_hcl: bool = False, column: int | None = None):
        super().__init__(reason)
        self.reason = reason
        self.line = line
        self.column = column
        self.invalid_hcl = invalid_hcl


class ConversionLimitError(ConversionError):
    """regdocs refuses the snippet (too large, or nested too deeply to convert within its
    limits): a limit of ours, not a failure of the reference converter."""
