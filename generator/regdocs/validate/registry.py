"""The validation rules: each has a stable id (`S002`: a group letter and a number), a name
(`undocumented`), a default level and options; rule modules register their checks here.

Groups: `S` spec against the provider schema, `E` examples, `R` Registry rules for pages and
paths, `T` parts of a spec still to be written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping

from regdocs.diagnostics import Level

GROUPS = {
    "S": "spec against the provider schema",
    "E": "examples",
    "R": "Registry pages and paths",
    "T": "parts still to be written",
}


@dataclass(frozen=True)
class Finding:
    """What a rule found, where: a 1-based position in `path` (default: the spec's file)."""

    message: str
    line: int | None = None
    column: int | None = None
    path: str | None = None


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    level: Level
    summary: str
    scope: str  # "spec": checked once per spec; "project": once over all specs
    check: Callable[..., Iterable[Finding]]
    options: Mapping[str, object] = field(default_factory=dict)

    @property
    def group(self) -> str:
        return self.id[0]


RULES: dict[str, Rule] = {}


def rule(
    rule_id: str,
    name: str,
    level: Level,
    summary: str,
    *,
    scope: str = "spec",
    options: Mapping[str, object] | None = None,
):
    """Register the decorated check as rule `rule_id`.

    A spec-scope check is called as `check(spec_context, options)`, a project-scope one as
    `check(project_context, options)`; each yields Findings."""

    def register(check: Callable[..., Iterable[Finding]]):
        if rule_id in RULES or any(existing.name == name for existing in RULES.values()):
            raise ValueError(f"rule {rule_id} ({name}) is registered twice")
        RULES[rule_id] = Rule(rule_id, name, level, summary, scope, check, dict(options or {}))
        return check

    return register


def all_rules() -> dict[str, Rule]:
    """Every rule, by id, in id order (importing the rule modules registers them)."""
    from regdocs.validate import rules  # noqa: F401 - registers the rule modules

    return dict(sorted(RULES.items()))
