"""Functions the templates call: blank lines, entry groups, derived entries and blocks."""

from __future__ import annotations

from typing import Mapping

from regdocs.registry import formatting
from regdocs.spec.model import Block, CodeStep, Entry, IdentitySchema, Spec
from regdocs.spec.styles import fill


def gap(owner, key: str, default: int = 1) -> str:
    """The blank lines before a part: the owner's `spacing[key]`, else `default`."""
    return "\n" * owner.spacing.get(key, default)


def item_gap(item, previous) -> str:
    return "\n" * formatting.blank_lines_before(item, previous)


def required_flags(arguments) -> list[bool]:
    """Whether each item of a schema's arguments shows in the Required group: an entry when it
    is required; free markdown when its `required` says so, else as the next entry (the last
    one, at the end)."""
    entries = [item for item in arguments if isinstance(item, Entry)]
    following = bool(entries[-1].required) if entries else False
    flags = []
    for item in reversed(arguments):
        if isinstance(item, Entry):
            following = bool(item.required)
        flags.append(following if item.required is None else bool(item.required))
    return flags[::-1]


def schema_groups(arguments, attributes, labels: Mapping[str, object]):
    """(spacing key, label, items) of the Required / Optional / Read-Only groups that have items."""
    flags = required_flags(arguments)
    required = [item for item, flag in zip(arguments, flags) if flag]
    optional = [item for item, flag in zip(arguments, flags) if not flag]
    groups = (
        ("required", labels["schema_required"], required),
        ("optional", labels["schema_optional"], optional),
        ("read_only", labels["schema_read_only"], list(attributes)),
    )
    return [group for group in groups if group[2]]


def split_required(items) -> tuple[list, list]:
    """The leading run of required entries, and the rest (for arguments split in two groups)."""
    count = 0
    while count < len(items) and isinstance(items[count], Entry) and items[count].required:
        count += 1
    return list(items[:count]), list(items[count:])


def timeout_schema(spec: Spec) -> tuple[list, list[Block]]:
    """The `timeouts` argument and nested block tfplugindocs shows for a spec's timeouts."""
    if not spec.timeouts:
        return [], []
    entry = Entry(name="timeouts", type="Block, Optional", nested=True)
    block = Block(
        name="timeouts",
        arguments=[Entry(name=name, type="String", required=False) for name in spec.timeouts],
    )
    return [entry], [block]


TEMPLATE_GLOBALS = {
    "gap": gap,
    "item_gap": item_gap,
    "fill": fill,
    "schema_groups": schema_groups,
    "split_required": split_required,
    "timeout_schema": timeout_schema,
    "website_entry": formatting.website_entry,
    "schema_entry": formatting.schema_entry,
    "timeout_entry": formatting.timeout_entry,
    "block_anchor": formatting.block_anchor,
    "schema_anchors": lambda blocks: {block.name: formatting.block_anchor(block) for block in blocks},
    "import_block_code": formatting.import_block_code,
    "cli_import_code": formatting.cli_import_code,
    "is_entry": lambda item: isinstance(item, Entry),
    "is_code": lambda item: isinstance(item, CodeStep),
    "is_identity": lambda item: isinstance(item, IdentitySchema),
}
