"""`E` rules: the HCL examples of the page (fragments: what they use without declaring is fine)."""

from __future__ import annotations

from regdocs.diagnostics import Level
from regdocs.validate import example_checks
from regdocs.validate.examples import code_position, spec_position
from regdocs.validate.registry import Finding, rule


def _finding(context, example, message: str, offset: int) -> Finding:
    line, column = spec_position(example.block, *code_position(example.code, offset), context.source_lines)
    return Finding(message, line, column)


def _issues(context) -> list[tuple[object, str, str, int]]:
    """Every example's schema problems: (example, rule id, message, offset)."""
    project = context.project
    found = []
    for example in context.examples:
        if example.body is None:
            continue
        for rule_id, message, offset in example_checks.check_example(
            example.body,
            example.code,
            project.example_schema,
            project.knows_provider_of,
            project.schemas.provider_block,
        ):
            found.append((example, rule_id, message, offset))
    return found


def _checked(context, rule_id: str):
    for example, found_by, message, offset in context.once("example issues", _issues):
        if found_by == rule_id:
            yield _finding(context, example, message, offset)


@rule("E001", "hcl-syntax", Level.ERROR, "an HCL example does not parse")
def hcl_syntax(context, options):
    for example in context.examples:
        error = example.error
        if error is not None and not example.block.in_markdown:  # a fence in prose is page text
            line, column = spec_position(example.block, error.line, error.column, context.source_lines)
            yield Finding(f"this example is not valid HCL: {error.message}", line, column)


@rule(
    "E002",
    "provider-function",
    Level.NOTE,
    "an example calls a provider-defined function (valid HCL since Terraform 1.8 that cdktf cannot convert)",
)
def provider_function(context, options):
    for example in context.examples_calling("provider::"):
        for offset, name in example.provider_functions:
            yield _finding(
                context,
                example,
                f"`{name}` is a provider-defined function (Terraform 1.8 and later); cdktf cannot convert it, "
                "so the cdktf pages keep this example in HCL",
                offset,
            )


@rule("E003", "unknown-type", Level.ERROR, "an example uses a resource or data source type its provider's schema lacks")
def unknown_type(context, options):
    yield from _checked(context, example_checks.UNKNOWN_TYPE)


@rule("E004", "unknown-name", Level.ERROR, "an example uses an argument or block name unknown at its nesting")
def unknown_name(context, options):
    yield from _checked(context, example_checks.UNKNOWN_NAME)


@rule("E005", "wrong-type", Level.ERROR, "an example gives a literal of the wrong type, or a block as an argument")
def wrong_type(context, options):
    yield from _checked(context, example_checks.WRONG_TYPE)


@rule(
    "E006",
    "unknown-reference",
    Level.WARNING,
    "an example references an attribute that the referenced resource does not have",
)
def unknown_reference(context, options):
    yield from _checked(context, example_checks.UNKNOWN_REFERENCE)
