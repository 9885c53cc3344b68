"""A spec's HCL examples parsed for the rules, with positions mapped back to the spec.

Examples are parsed with the converter's HCL parser (Go hclsyntax's rules), except that
provider-defined functions (`provider::ns::fn(...)`, valid HCL since Terraform 1.8) parse as
plain calls: they are valid HCL that only cdktf cannot convert.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from regdocs.convert.hcl import HclSyntaxError
from regdocs.convert.hcl import syntax as s
from regdocs.convert.hcl.parser import parse_config_syntax
from regdocs.registry.code_blocks import CodeBlock, code_blocks
from regdocs.spec.model import HCL_LANGUAGES, Spec

# `provider::ns::fn(`; `::` becomes `__` (same length, so every offset stays) to parse as a call
PROVIDER_FUNCTION = re.compile(r"\bprovider::[A-Za-z_][\w-]*::[A-Za-z_][\w-]*(?=\s*\()")


@dataclass
class ParsedExample:
    """One HCL code block of the page: its syntax tree, or the syntax error."""

    block: CodeBlock
    body: s.Body | None = None
    error: HclSyntaxError | None = None
    provider_functions: list[tuple[int, str]] = field(default_factory=list)  # offset, name

    @property
    def code(self) -> str:
        return self.block.code


def is_hcl(block: CodeBlock) -> bool:
    """An HCL example the rules read: fenced as HCL, written in the spec (not the import block
    regdocs writes from `import.id`) and not marked deliberately not HCL (`valid_hcl: false`)."""
    return not block.generated and block.valid_hcl and (block.language or "").lower() in HCL_LANGUAGES


def parse_example(block: CodeBlock) -> ParsedExample:
    parsed = ParsedExample(block)
    try:
        parsed.body = parse_config_syntax(block.code)
        return parsed
    except HclSyntaxError as error:
        parsed.error = error
    functions = [(match.start(), match.group(0)) for match in PROVIDER_FUNCTION.finditer(block.code)]
    if functions:
        masked = PROVIDER_FUNCTION.sub(lambda match: match.group(0).replace("::", "__"), block.code)
        try:
            parsed.body, parsed.error = parse_config_syntax(masked), None
            parsed.provider_functions = functions
        except HclSyntaxError as error:
            parsed.error = error
    return parsed


def hcl_examples(spec: Spec, containing: str = "") -> list[ParsedExample]:
    """Every HCL example of the spec's page (whose code contains `containing`), parsed."""
    return [parse_example(block) for block in code_blocks(spec) if is_hcl(block) and containing in block.code]


def code_position(code: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of an offset in the code."""
    line = code.count("\n", 0, offset) + 1
    return line, offset - (code.rfind("\n", 0, offset) + 1) + 1


def spec_position(block: CodeBlock, code_line: int, code_column: int, source_lines: list[str]):
    """The spec line and column of a position in a code block; the column only when the
    code's lines are the spec's lines (a `|` block scalar) and the spec text is at hand."""
    line = block.spec_line(code_line)
    if not block.lines_exact or line is None or not 0 < line <= len(source_lines):
        return line, None
    code_text = block.code.split("\n")[code_line - 1].rstrip("\r")
    spec_text = source_lines[line - 1].rstrip("\r\n")
    if code_text and not spec_text.endswith(code_text):
        return line, None
    return line, len(spec_text) - len(code_text) + code_column
