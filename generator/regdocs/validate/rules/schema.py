"""`S` rules: the spec against its resource's provider schema."""

from __future__ import annotations

from regdocs.diagnostics import Level
from regdocs.spec.styles import KIND_LABELS
from regdocs.validate import drift
from regdocs.validate.context import SCHEMA_KINDS
from regdocs.validate.registry import Finding, rule
from regdocs.validate.schema_index import SCHEMA_GROUPS


def _drift(context, rule_id: str):
    if context.schema is None:
        return
    for found_by, finding in context.once("schema drift", drift.schema_drift):
        if found_by == rule_id:
            yield finding


@rule("S001", "unknown-resource", Level.ERROR, "the spec's resource or data source is not in its provider's schema")
def unknown_resource(context, options):
    spec, schemas = context.spec, context.project.schemas
    if spec.kind not in SCHEMA_KINDS or context.schema is not None or not schemas.knows_provider_of(spec.name):
        return
    other = [kind for kind in SCHEMA_KINDS if kind != spec.kind and schemas.resource(kind, spec.name) is not None]
    hint = f" (it has a {KIND_LABELS[other[0]]} of that name: check `kind`)" if other else "; check the name"
    yield Finding(
        f"{KIND_LABELS[spec.kind]} `{spec.name}` is not in the provider schemas{hint}",
        *context.position_of(spec.name),
    )


@rule("S002", "undocumented", Level.WARNING, "an argument, attribute, block or timeout of the schema is not documented")
def undocumented(context, options):
    yield from _drift(context, drift.UNDOCUMENTED)


@rule("S003", "not-in-schema", Level.ERROR, "a documented argument, attribute, block or timeout is not in the schema")
def not_in_schema(context, options):
    yield from _drift(context, drift.NOT_IN_SCHEMA)


@rule(
    "S004",
    "required-optional-computed",
    Level.ERROR,
    "Required / Optional / Computed disagree with the schema (a read-only attribute listed as an argument)",
)
def flags(context, options):
    yield from _drift(context, drift.FLAGS)


@rule(
    "S005", "nesting", Level.ERROR, "a block's nesting (single, list, set, max and min items) disagrees with the schema"
)
def nesting(context, options):
    yield from _drift(context, drift.NESTING)


@rule("S006", "deprecated", Level.WARNING, "deprecated in the schema but not marked `deprecated`")
def deprecated(context, options):
    yield from _drift(context, drift.DEPRECATED)


@rule(
    "S007",
    "no-spec",
    Level.WARNING,
    "(with `validate --all`) a resource or data source of the schemas has no spec",
    scope="project",
)
def no_spec(project, options):
    if not project.all_resources:
        return
    documented = {(context.spec.kind, context.spec.name) for context in project.specs}
    provider = project.config.provider
    for entry in project.schemas.entries():
        if (entry.kind, entry.name) in documented or (provider and entry.name.split("_")[0] != provider):
            continue
        line, column = (None, None)
        if entry.source is not None:
            line, column = project.key_positions.position(entry.source, SCHEMA_GROUPS[entry.kind], entry.name)
        yield Finding(
            f"{KIND_LABELS[entry.kind]} `{entry.name}` has no spec; start one with: "
            f"regdocs new {entry.kind} {entry.name}",
            line,
            column,
            str(entry.source) if entry.source else None,
        )


@rule(
    "S008", "type", Level.ERROR, "a documented type (`tf_type`, or a registry-style `type`) disagrees with the schema"
)
def value_type(context, options):
    yield from _drift(context, drift.TYPE)
