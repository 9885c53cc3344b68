"""`regdocs import --schema`: an imported spec with each entry's `tf_type` filled in from the
provider schema (so that its examples convert as with the schema even without it), and the
drift between the page and the schema reported as warnings at the imported spec's lines."""

from __future__ import annotations

from pathlib import Path

from regdocs.diagnostics import Diagnostic, Level
from regdocs.markdown_import import import_spec
from regdocs.project.config import Config
from regdocs.scaffold.from_schema import tf_type_text
from regdocs.spec.loader import load_spec_text
from regdocs.spec.model import Block, Entry, Spec
from regdocs.spec.writer import dump_spec
from regdocs.validate import validate_specs
from regdocs.validate.registry import all_rules
from regdocs.validate.schema_index import Member, SchemaIndex, block_members


def _fill(items, members: dict[str, Member]) -> int:
    filled = 0
    for item in items:
        member = members.get(item.name) if isinstance(item, Entry) else None
        if member is None or item.tf_type or item.type or member.block or member.nesting is not None:
            continue
        text = tf_type_text(member.type)
        if text:
            item.tf_type = text
            filled += 1
    return filled


def _block_members(block: Block, members: dict[str, Member]) -> dict[str, Member] | None:
    """The schema members a spec block documents: by dotted path, else the first nested block
    or object of its name (the website style names blocks by their last part)."""
    current: dict[str, Member] | None = members
    for part in block.name.split("."):
        found = (current or {}).get(part)
        current = found.children if found is not None else None
    if current is not None:
        return current
    queue = list(members.values())
    while queue:
        member = queue.pop(0)
        children = member.children
        if children:
            if member.name == block.name:
                return children
            queue.extend(children.values())
    return None


def fill_tf_types(spec: Spec, schema: dict) -> int:
    """Give entries without a type the schema's type as `tf_type`; the number filled."""
    members = block_members(schema.get("block") or {})
    filled = _fill(spec.arguments, members) + _fill(spec.attributes, members)
    for block in spec.blocks:
        nested = _block_members(block, members)
        if nested:
            filled += _fill(block.arguments, nested) + _fill(block.attributes, nested)
    return filled


def import_with_schema(markdown: str, page: str, spec_path: str, schemas: SchemaIndex) -> tuple[str, list[Diagnostic]]:
    """The spec YAML of a page with `tf_type` filled in, and the drift (the `S` rules'
    findings, as warnings) located in that YAML as written to `spec_path`."""
    spec, _ = import_spec(markdown, page)
    schema = schemas.resource(spec.kind, spec.name)
    if schema is not None:
        fill_tf_types(spec, schema)
    text = dump_spec(spec)
    written = load_spec_text(text, spec_path)
    config = Config(root=Path("."), specs_dir=Path("specs"), out_dir=Path("out"))
    drift_rules = [rule for rule in all_rules() if rule.startswith("S") and rule != "S007"]
    findings = validate_specs(config, [written], schemas=schemas, only=drift_rules, sources={spec_path: text})
    warnings = [Diagnostic(f"drift: {d.message}", d.path, d.line, d.column, Level.WARNING, d.rule) for d in findings]
    return text, warnings
