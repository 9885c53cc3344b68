"""The error of the HCL parser: what is wrong and where."""

from __future__ import annotations


class HclSyntaxError(Exception):
    """Invalid HCL; `line` and `column` are 1-based positions in the parsed text."""

    def __init__(self, message: str, line: int, column: int):
        super().__init__(f"{line}:{column}: {message}")
        self.message = message
        self.line = line
        self.column = column


class HclLimitError(HclSyntaxError):
    """The text nests deeper than the parser reads (a limit of regdocs, not an HCL error)."""
