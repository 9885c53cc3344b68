"""Required arguments missing from a block become constructor parameters (`config.name`)."""

from __future__ import annotations

from typing import Any

from regdocs.convert import tsast as ts
from regdocs.convert.naming import hcl2cdk_camel
from regdocs.convert.scope import Scope
from regdocs.convert.tfschema import required_attributes


def _field_name(existing: dict[str, str], name: str) -> str:
    base = hcl2cdk_camel(name)
    candidate, counter = base, 1
    while candidate in existing:
        candidate = f"{base}{counter}"
        counter += 1
    return candidate


def fill_with_config_accessors(scope: Scope, config: Any, path: str) -> Any:
    """A copy of `config` where every required attribute that is absent (or an empty list)
    is `config.<field>`, registering the field program-wide; children first."""
    if isinstance(config, list):
        return [fill_with_config_accessors(scope, item, f"{path}.[]") for item in config]
    if not isinstance(config, dict):
        return config
    filled = {key: fill_with_config_accessors(scope, value, f"{path}.{key}") for key, value in config.items()}
    for name in required_attributes(scope.type_at_path(path)):
        value = filled.get(name)
        if isinstance(value, ts.Node):
            continue
        if name not in filled or value == []:
            field = _field_name(scope.program.top_level_config, name)
            filled[name] = ts.MemberExpression(ts.Identifier("config"), ts.Identifier(field))
            scope.program.top_level_config[field] = f"{path}.{name}"
    return filled
