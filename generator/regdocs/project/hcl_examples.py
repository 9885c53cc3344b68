"""HCL examples must parse: an HCL code block of a spec (an example's or import step's `code`,
the standard import block) that is not valid HCL is an error (rule E001) and the spec gives no
page, unless the spec marks it `valid_hcl: false` (deliberately not HCL, such as code with `...`
placeholders). Code fences inside markdown text are page text: the conversion warns about them."""

from __future__ import annotations

from pathlib import Path

from regdocs.diagnostics import Diagnostic
from regdocs.project.output_checks import syntax_problems
from regdocs.registry.code_blocks import CodeBlock, code_blocks
from regdocs.spec.model import HCL_LANGUAGES, Spec


def is_hcl(block: CodeBlock) -> bool:
    return (block.language or "").lower() in HCL_LANGUAGES


def must_parse(block: CodeBlock) -> bool:
    """Whether the block is HCL the spec models as code and does not mark as deliberately not HCL."""
    return is_hcl(block) and block.valid_hcl and not block.in_markdown


def invalid_examples(spec: Spec, spec_path: Path) -> list[Diagnostic]:
    """An error for each HCL example of `spec` that must parse and does not, at its position."""
    return [
        problem for block in code_blocks(spec) if must_parse(block) for problem in syntax_problems(block, spec_path)
    ]
