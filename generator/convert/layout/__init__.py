"""Layout stage: prints the TypeScript program exactly as Babel's generator followed by
prettier 2.8 (`parser: "babel"`, 80 columns) prints it, and records on every printed node
where it landed (`ts_start`/`ts_end`, character offsets, end exclusive)."""

from __future__ import annotations

from ..tsast import Expression, Program
from .doc import Indent
from .printer import print_doc
from .statements import ProgramPrinter

__all__ = ["print_typescript", "print_expression"]


def print_typescript(program: Program) -> str:
    """The text prettier returns for Babel's output of `program` (hcl2cdk's `gen()`)."""
    return print_doc(ProgramPrinter().print_program(program))


def print_expression(expr: Expression, indent: int = 0) -> str:
    """Print a lone expression as if it started a line indented by `indent` columns
    (offsets are relative to the returned text, which starts with the indentation)."""
    printer = ProgramPrinter()
    doc = printer.print(expr)
    for _ in range(indent // 2):
        doc = Indent(doc)
    return print_doc([" " * indent, doc])
