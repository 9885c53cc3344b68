"""Names in the generated program: construct ids, variable names, classes and their imports."""

from __future__ import annotations

from regdocs.convert import tsast as ts
from regdocs.convert.js import js_identifier
from regdocs.convert.naming import (
    hcl2cdk_camel,
    hcl2cdk_pascal,
    sanitize_class_or_namespace_name,
    valid_var_name,
)
from regdocs.convert.scope import Scope, VariableEntry
from regdocs.convert.tfschema import full_provider_name


def unique_id(scope: Scope, key: str) -> str:
    """A construct id not used yet: `key`, else `key_<number of ids so far>` (recursively)."""
    constructs = scope.program.constructs
    while key in constructs:
        key = f"{key}_{len(constructs)}"
    constructs[key] = None
    return key


def _decoded(name: str) -> str:
    """prettier parses babel's text again: an escape in an identifier is decoded"""
    return js_identifier(name) if "\\" in name else name


def variable_name(scope: Scope, resource: str, name: str) -> str:
    """The variable for block `name` of `resource`; the first resource to ask for a name owns it."""
    resource_key = resource.replace(".", "_")
    known = scope.program.variables.get(name)
    if known is not None:
        if known.resource == resource_key:
            return known.variable_name
        return _decoded(valid_var_name(hcl2cdk_camel(f"{resource}_{name}")))
    chosen = _decoded(valid_var_name(hcl2cdk_camel(name)))
    scope.program.variables[name] = VariableEntry(chosen, resource_key)
    return chosen


def reference_to_variable_name(scope: Scope, referencee_id: str) -> str:
    parts = referencee_id.split(".")
    if parts[0] == "data":
        return variable_name(scope, f"{parts[0]}.{parts[1]}", parts[2])
    return variable_name(scope, parts[0], parts[1])


def _generator_for(scope: Scope, provider: str):
    """The provider generator's model for a provider short name (suffix match on FQPNs)."""
    fqpn = full_provider_name(scope.provider_schemas, provider)
    return None if fqpn is None else scope.program.schemas.bindings(fqpn)


def _unique_class_name(scope: Scope, provider: str, type_name: str) -> str | None:
    if provider == "cdktf":
        return hcl2cdk_pascal(type_name.replace("cdktf_", "", 1))
    if provider == "NullProvider":
        return hcl2cdk_pascal(type_name.replace("NullProvider_", "", 1))
    if type_name == f"{hcl2cdk_pascal(provider)}Provider":
        return sanitize_class_or_namespace_name(type_name, True)
    generator = _generator_for(scope, provider)
    return generator.class_name_for(type_name) if generator else None


def _resource_namespace(scope: Scope, provider: str, resource: str, is_data_source: bool, type_: str) -> str | None:
    if provider == "cdktf":
        return None
    if resource == hcl2cdk_pascal(f"{provider}_provider") or (
        provider == "NullProvider" and resource == "NullProvider"
    ):
        return "provider"
    generator = _generator_for(scope, provider)
    if generator is not None:
        return hcl2cdk_camel(generator.namespace_for(type_.replace(".", "_")) or "")
    if is_data_source:
        return hcl2cdk_camel(sanitize_class_or_namespace_name(f"data_{provider}_{resource}"))
    return hcl2cdk_camel(sanitize_class_or_namespace_name(resource))


def construct_class(scope: Scope, type_: str, is_module: bool = False) -> ts.Expression:
    """The class expression for a block type (`aws.instance`, `data.aws.ami`, `var.x`, ...),
    registering its import."""
    if is_module:
        return ts.MemberExpression(ts.Identifier(type_), ts.Identifier(type_))
    if type_.startswith("var."):
        scope.add_import("TerraformVariable")
        return ts.Identifier("TerraformVariable")
    if type_ == "terraform.data":
        scope.add_import("DataResource")
        return ts.Identifier("DataResource")
    if "./" not in type_ and "." in type_:
        parts = type_.split(".")
        if parts[0] == "data":
            provider, resource = parts[1], parts[2]
            namespace = _resource_namespace(scope, provider, resource, True, type_)
            class_name = _unique_class_name(scope, provider, "_".join(parts)) or hcl2cdk_pascal(
                sanitize_class_or_namespace_name(f"data_{provider}_{resource}")
            )
        else:
            provider, resource = parts[0], parts[1]
            namespace = _resource_namespace(scope, provider, resource, False, type_)
            class_name = _unique_class_name(scope, provider, "_".join(parts)) or hcl2cdk_pascal(
                sanitize_class_or_namespace_name(resource)
            )
        class_name = _decoded(class_name)
        scope.add_import(class_name, provider, namespace)
        return ts.Identifier(class_name)
    return ts.Identifier(hcl2cdk_pascal(type_))
