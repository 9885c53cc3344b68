"""`[tool.regdocs.rules]`: the level of each rule (or `off`) and its options.

    [tool.regdocs.rules]
    S = "warning"                      # a whole group
    S002 = "off"                       # one rule, by id ...
    undocumented-reference = "error"   # ... or by name
    R001 = { level = "error", max-bytes = 400000 }   # a level and options

A rule's own entry wins over its group's.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from regdocs.diagnostics import Diagnostic, DiagnosticError, Level
from regdocs.project.config import key_position
from regdocs.validate.registry import GROUPS, Rule, all_rules

OFF = "off"
LEVEL_NAMES = {level.value: level for level in Level} | {OFF: None}


@dataclass(frozen=True)
class RuleSettings:
    """Each rule's level (None when turned off) and options, defaults filled in."""

    levels: Mapping[str, Level | None] = field(default_factory=dict)
    options: Mapping[str, Mapping[str, object]] = field(default_factory=dict)

    def level(self, rule: Rule) -> Level | None:
        return self.levels.get(rule.id, rule.level)

    def options_of(self, rule: Rule) -> Mapping[str, object]:
        return self.options.get(rule.id, rule.options)


def _problem(source: str, message: str, key: str | None = None) -> DiagnosticError:
    table = "[rules]" if source.endswith("regdocs.toml") else "[tool.regdocs.rules]"
    line, column = key_position(Path(source), ("rules", key) if key else ("rules",))
    return DiagnosticError([Diagnostic(f"{table} {message}", source, line, column)])


def _level(value: object, key: str, source: str) -> Level | None:
    if not isinstance(value, str) or value not in LEVEL_NAMES:
        raise _problem(source, f"{key}: the level must be one of {', '.join(LEVEL_NAMES)}, not {value!r}", key)
    return LEVEL_NAMES[value]


def _targets(key: str, rules: dict[str, Rule], source: str) -> list[Rule]:
    if key in GROUPS:
        return [rule for rule in rules.values() if rule.group == key]
    by_name = {rule.name: rule for rule in rules.values()}
    if key in rules or key in by_name:
        return [rules.get(key) or by_name[key]]
    known = [*rules, *by_name, *GROUPS]
    close = difflib.get_close_matches(key, known, n=1)
    hint = f"; did you mean `{close[0]}`?" if close else "; `regdocs validate --list-rules` lists them"
    raise _problem(source, f"unknown rule `{key}`{hint}", key)


def _options(rule: Rule, given: dict, key: str, source: str) -> dict[str, object]:
    options = dict(rule.options)
    for name, value in given.items():
        if name not in rule.options:
            known = ", ".join(f"`{option}`" for option in rule.options) or "none"
            raise _problem(source, f"{key}: rule {rule.id} has no option `{name}` (its options: {known})", key)
        default = rule.options[name]
        if type(value) is not type(default):
            raise _problem(source, f"{key}: `{name}` must be a {type(default).__name__}, not {value!r}", key)
        options[name] = value
    return options


def rule_settings(table: Mapping[str, object], source: str = "pyproject.toml") -> RuleSettings:
    """The settings of the rules table (`[tool.regdocs.rules]`, or `[rules]` in regdocs.toml)
    read from `source`; DiagnosticError on an unknown rule, level or option."""
    rules = all_rules()
    levels: dict[str, Level | None] = {}
    options: dict[str, dict[str, object]] = {}
    # groups first, so that a rule's own entry overrides its group's
    for key in sorted(table, key=lambda item: item not in GROUPS):
        value = table[key]
        targets = _targets(key, rules, source)
        if isinstance(value, dict):
            given = dict(value)
            if "level" in given:
                level = _level(given.pop("level"), key, source)
                levels.update((rule.id, level) for rule in targets)
            if given and len(targets) > 1:
                raise _problem(source, f"{key}: options are set per rule, not per group", key)
            for target in targets:
                options[target.id] = _options(target, given, key, source)
        else:
            level = _level(value, key, source)
            levels.update((rule.id, level) for rule in targets)
    return RuleSettings(levels, options)
