"""Layout stage: prints the TypeScript program exactly as Babel's generator (7.24) followed by
prettier 2.8 (`parser: "babel"`, 80 columns) prints it, and (with `positions`) records on
every printed node where it landed: `ts_start`/`ts_end`, offsets into the returned text, end
exclusive.

What the offsets cover:
- a statement: from its first token to its `;` or closing `}`; its leading comments come
  just before `ts_start`, one per line (`/*...*/`, then a newline and the indentation);
- an object property: `ts_start` is its key's (quotes included when the key stays quoted),
  `ts_end` its value's; a line break before the value shows as a newline between the key's
  `ts_end` and the value's `ts_start`;
- a dotted `Identifier` (`VariableType.STRING`): the whole dotted text, which may contain a
  line break before a `.name`; a call's callee and the inner links of a member chain start
  where the chain's head starts;
- parentheses prettier adds around a node are outside the node's offsets;
- empty statements are not printed (their offsets stay -1); their comments go in front of
  the next statement of the same body, or after the body's last statement.
"""

from __future__ import annotations

from ..tsast import Expression, Program
from .printer import print_doc
from .statements import ProgramPrinter

__all__ = ["print_typescript", "print_expression"]


def print_typescript(program: Program, positions: bool = True) -> str:
    """The text prettier returns for Babel's output of `program` (hcl2cdk's `gen()`); with
    `positions`, the printed nodes record where they are (`ts_start`, `ts_end`)."""
    return print_doc(ProgramPrinter(positions).print_program(program))


def print_expression(expr: Expression, indent: int = 0, width_used: int = 0) -> str:
    """Print a lone expression as prettier lays it out when it starts at column
    `width_used` of a line indented by `indent` columns (offsets are relative to the
    returned text, which holds the expression only)."""
    return print_doc(ProgramPrinter().print(expr), indent=indent, column=width_used)
