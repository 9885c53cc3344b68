"""The generator's naming of constructs and structs from a provider schema (provider-generator
0.20.1 `resource-parser.ts`, `models/scope.ts`): base names, files, struct name candidates and
the schema scopes they come from. Shared by the name planner (`names.py`) and the full parser
(`resource_parser.py`); light enough to load without the bindings' type model."""

from __future__ import annotations

from typing import Iterable

from ..naming import codemaker_pascal, codemaker_snake, sanitize_class_or_namespace_name

# skipped-attributes.ts: huge little-used trees replaced by a single `any` property.
SKIPPED_ATTRIBUTES = frozenset(
    [
        "aws.quicksight_template.definition",
        "aws.quicksight_dashboard.definition",
        "aws.quicksight_analysis.definition",
        "aws.wafv2_web_acl.wafv2_web_acl_rule.statement",
        "aws.wafv2_rule_group.wafv2_rule_group_rule.statement",
    ]
)


def base_name_for(provider_name: str, terraform_type: str, is_provider: bool) -> str:
    """`resourceFrom`'s base name: the type without the `<provider>_` prefix, sanitized."""
    base = terraform_type
    if base.startswith(provider_name + "_"):
        base = base[len(provider_name) + 1 :]
    if is_provider:
        base = f"{provider_name}_{base}"
    return sanitize_class_or_namespace_name(base, is_provider)


def file_name_for(provider_name: str, base_name: str) -> str:
    """`getFileName`: the file of the construct, relative to `providers/<provider>/`."""
    if base_name == "index":
        return "index-resource/index.ts"
    if base_name == f"{provider_name}_provider":
        return "provider/index.ts"
    return codemaker_snake(base_name).replace("_", "-") + "/index.ts"


def struct_name_candidate(scope_names: Iterable[str]) -> str:
    """`addStruct`'s name before uniqueness: `Struct` appended when it ends with `list`."""
    name = codemaker_pascal("_".join(codemaker_snake(n) for n in scope_names))
    return name + "Struct" if name.lower().endswith("list") else name


def is_attribute_nested_type(t: object) -> bool:
    """@cdktf/commons `isAttributeNestedType`."""
    return (
        isinstance(t, dict)
        and isinstance(t.get("nesting_mode"), str)
        and isinstance(t.get("attributes"), (dict, type(None)))  # typeof object (incl. null) or undefined
    )


class Scope:
    """models/scope.ts: a named level of the schema tree, with the flags children inherit."""

    __slots__ = (
        "name",
        "parent",
        "is_provider",
        "is_computed",
        "is_optional",
        "is_required",
        "is_nested_type",
        "_base",
    )

    def __init__(
        self,
        name,
        parent=None,
        is_provider=False,
        is_computed=False,
        is_optional=True,
        is_required=False,
        is_nested_type=False,
    ):
        self.name = name
        self.parent = parent
        self.is_provider = is_provider
        self.is_computed = is_computed
        self.is_optional = is_optional
        self.is_required = is_required
        self.is_nested_type = is_nested_type
        self._base = None

    @property
    def base_name(self) -> str:
        if self._base is None:
            self._base = self.name if self.parent is None else f"{self.parent.base_name}.{self.name}"
        return self._base

    def full_name(self, attribute_name: str) -> str:
        return f"{self.base_name}.{attribute_name}"
