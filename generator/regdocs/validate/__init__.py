"""Validation of specs: against the provider schemas, their examples, and the Registry's rules.

    validate_specs(config, specs) -> list[Diagnostic]

Each finding is a Diagnostic with the rule's id (`S002`) and level, at a spec position. The
rules are registered in `regdocs.validate.rules`; `[tool.regdocs.rules]` sets their levels
and options (`regdocs.validate.settings`).
"""

from __future__ import annotations

from typing import Iterable, Mapping

from regdocs.diagnostics import Diagnostic, DiagnosticError
from regdocs.project.config import Config
from regdocs.spec.model import Spec
from regdocs.validate.context import ProjectContext, SpecContext
from regdocs.validate.registry import Finding, Rule, all_rules
from regdocs.validate.schema_index import SchemaIndex
from regdocs.validate.settings import RuleSettings, rule_settings

__all__ = ["SchemaIndex", "allowed_subcategories", "validate_specs"]


def allowed_subcategories(config: Config) -> tuple[str, ...] | None:
    """`subcategories` and the lines of `subcategories-file` (None when neither is set)."""
    if config.subcategories is None and config.subcategories_file is None:
        return None
    allowed = list(config.subcategories or ())
    if config.subcategories_file is not None:
        try:
            text = config.subcategories_file.read_text(encoding="utf-8")
        except OSError as error:
            raise DiagnosticError(
                [Diagnostic(f"cannot read the subcategories file: {error.strerror}", str(config.subcategories_file))]
            ) from None
        allowed += [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(allowed)


def _diagnostics(rule: Rule, settings: RuleSettings, findings: Iterable[Finding], default_path: str | None):
    level = settings.level(rule)
    for finding in findings:
        yield Diagnostic(finding.message, finding.path or default_path, finding.line, finding.column, level, rule.id)


def _order(diagnostic: Diagnostic):
    return (diagnostic.path or "", diagnostic.line or 0, diagnostic.column or 0, diagnostic.rule or "")


def validate_specs(
    config: Config,
    specs: list[Spec],
    *,
    schemas: SchemaIndex | None = None,
    settings: RuleSettings | None = None,
    all_resources: bool = False,
    sources: Mapping[str, str] | None = None,
    only: Iterable[str] | None = None,
) -> list[Diagnostic]:
    """Every finding of the rules over `specs`, ordered by path and position.

    `schemas` defaults to the configured schema files, `settings` to `[tool.regdocs.rules]`;
    `all_resources` also reports schema resources with no spec; `sources` gives spec texts by
    path (default: read from each spec's path); `only` limits the run to these rule ids.
    Raises DiagnosticError on configuration problems (rules, schema files).
    """
    settings = (
        settings
        if settings is not None
        else rule_settings(config.rules, str(config.file or config.root / "pyproject.toml"))
    )
    if schemas is None:
        schemas = SchemaIndex.from_files(list(config.schemas))
    project = ProjectContext(config, schemas, all_resources=all_resources, subcategories=allowed_subcategories(config))
    sources = sources or {}
    project.specs = [SpecContext(spec, project, sources.get(spec.path or "")) for spec in specs]
    wanted = set(only) if only is not None else None
    active = [
        rule
        for rule in all_rules().values()
        if settings.level(rule) is not None and (wanted is None or rule.id in wanted)
    ]
    diagnostics: list[Diagnostic] = []
    for context in project.specs:
        for rule in active:
            if rule.scope == "spec":
                findings = rule.check(context, settings.options_of(rule))
                diagnostics.extend(_diagnostics(rule, settings, findings, context.path))
        diagnostics.extend(context.problems)
    for rule in active:
        if rule.scope == "project":
            diagnostics.extend(_diagnostics(rule, settings, rule.check(project, settings.options_of(rule)), None))
    return sorted(diagnostics, key=_order)
