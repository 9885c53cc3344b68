"""HCL examples must parse: an HCL code block of a spec (an example's or import step's `code`,
the standard import block) that is not valid HCL is an error, unless the spec marks it
`valid_hcl: false` (deliberately not HCL, such as code with `...` placeholders). Code fences
inside markdown text are page text: the conversion reports them as warnings."""

from __future__ import annotations

from regdocs.convert.hcl import HclSyntaxError, parse_config
from regdocs.diagnostics import Diagnostic
from regdocs.registry.code_blocks import CodeBlock, code_blocks
from regdocs.spec.model import HCL_LANGUAGES, Spec

NOT_HCL_HINT = "fix it, or mark the example `valid_hcl: false` if it is deliberately not HCL"


def is_hcl(block: CodeBlock) -> bool:
    return (block.language or "").lower() in HCL_LANGUAGES


def must_parse(block: CodeBlock) -> bool:
    """Whether the block is HCL the spec models as code and does not mark as deliberately not HCL."""
    return is_hcl(block) and block.valid_hcl and not block.in_markdown


def syntax_error(code: str) -> HclSyntaxError | None:
    """Why `code` is not valid HCL, or None when it parses."""
    try:
        parse_config(code)
    except HclSyntaxError as error:
        return error
    except RecursionError:
        return HclSyntaxError("the code nests too deeply", 1, 1)
    return None


def invalid_examples(spec: Spec, path: str) -> list[Diagnostic]:
    """An error for each HCL example of `spec` that must parse and does not."""
    problems = []
    for block in code_blocks(spec):
        if not must_parse(block):
            continue
        error = syntax_error(block.code)
        if error is not None:
            message = f"this example is not valid HCL: {error.message} (line {error.line} of the code); {NOT_HCL_HINT}"
            problems.append(Diagnostic(message, path, block.spec_line(error.line), block.spec_column(error.column)))
    return problems
