"""The statements each top-level block becomes: constructs, iterators, overrides, locals."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from regdocs.convert import tsast as ts
from regdocs.convert.config_accessors import fill_with_config_accessors
from regdocs.convert.errors import ConversionError
from regdocs.convert.expressions import convert_terraform_expression, expression_ast
from regdocs.convert.js import js_ordered_items, to_string, truthy
from regdocs.convert.modules import ModuleSource
from regdocs.convert.naming import hcl2cdk_camel, hcl2cdk_pascal
from regdocs.convert.scope import Scope
from regdocs.convert.symbols import construct_class, reference_to_variable_name, unique_id, variable_name
from regdocs.convert.values import concurrently, convert_value, value_to_ts

LOOP_COMMENT = """In most cases loops should be handled in the programming language context and 
not inside of the Terraform context. If you are looping over something external, e.g. a variable or a file input
you should consider using a for loop. If you are looping over something only known to Terraform, e.g. a result of a data source
you need to keep this like it is."""
OVERRIDE_ID_COMMENT = (
    "This allows the Terraform resource name to match the original name. "
    "You can remove the call if you don't need them to match."
)
IMPORT_PROVIDER_COMMENT = (
    "This import was configured with a provider. CDKTF does support this, but the cdktf convert command "
    "does not yet. Please add the provider reference manually. See "
    "https://developer.hashicorp.com/terraform/cdktf/concepts/resources#importing-resources for more information."
)


@dataclass(frozen=True)
class Block:
    """One node of the program graph: what to generate and whether others reference it."""

    node_id: str
    referenced: bool


def _member(obj: str, prop: str) -> ts.MemberExpression:
    return ts.MemberExpression(ts.Identifier(obj), ts.Identifier(prop))


def _const(name: str, init: ts.Expression, comment: str | None = None) -> ts.VariableDeclaration:
    return ts.VariableDeclaration(name, init, leading_comments=[comment] if comment else [])


def _iterator(scope: Scope, name: str, expression: ts.Expression, factory: str, method: str) -> ts.Statement:
    scope.add_import(factory)
    call = ts.CallExpression(_member(factory, method), [expression])
    return _const(name, call, LOOP_COMMENT)


def _construct(
    scope: Scope,
    type_: str,
    name: str,
    config: dict,
    *,
    is_module: bool = False,
    is_provider: bool = False,
    referencee: str | None = None,
    imported: dict | None = None,
) -> list[ts.Statement]:
    """`new Class(this, "id", {...})`, assigned to a variable when something needs one."""
    config = dict(config)
    providers = config.pop("providers", None)
    construct_id = unique_id(scope, name)
    renamed = not is_provider and construct_id != name
    complete = fill_with_config_accessors(scope, config, type_)
    class_expression = construct_class(scope, type_, is_module)
    if providers:
        complete["providers"] = [{"moduleAlias": alias, "provider": value} for alias, value in providers.items()]
    expression = ts.NewExpression(
        class_expression,
        [ts.ThisExpression(), ts.StringLiteral(construct_id), convert_value(scope, complete, type_, is_module)],
    )
    var_name = reference_to_variable_name(scope, referencee) if referencee else variable_name(scope, type_, name)
    statements: list[ts.Statement] = []
    if referencee or renamed or imported:
        statements.append(_const(var_name, expression))
    else:
        statements.append(ts.ExpressionStatement(expression))
    if renamed:
        call = ts.CallExpression(_member(var_name, "overrideLogicalId"), [ts.StringLiteral(name)])
        statements.append(ts.ExpressionStatement(call, leading_comments=[OVERRIDE_ID_COMMENT]))
    if imported:
        call = ts.CallExpression(_member(var_name, "importFrom"), [ts.StringLiteral(imported["id"])])
        comments = [IMPORT_PROVIDER_COMMENT] if imported.get("provider") is not None else []
        statements.append(ts.ExpressionStatement(call, leading_comments=comments))
    return statements


# --- resources and data sources ----------------------------------------------------------


def _remote_state_suffix(bodies: list[dict]) -> str:
    backend = next((body["backend"] for body in bodies if truthy(body.get("backend"))), None)
    if backend is None or backend == "remote":
        return ""
    return "_etcd_v3" if backend == "etcdv3" else f"_{to_string(backend)}"


def mapped_resource_type(type_: str, bodies: list[dict]) -> str:
    """`aws_instance` -> `aws.instance`, `data.aws_ami` -> `data.aws.ami`, and the special cases."""
    provider, *rest = type_.split("_")
    if not provider:
        raise ConversionError(f"could not parse resource type '{type_}'")
    if provider == "data.terraform":
        return f"cdktf.data_terraform_{'_'.join(rest)}{_remote_state_suffix(bodies)}"
    if provider == "null":
        return f"NullProvider.{'_'.join(rest)}"
    return f"{provider}.{'_'.join(rest)}"


@dataclass
class _DynamicBlock:
    path: str
    for_each: Any
    content: Any
    scoped_var: str
    missing: tuple[str, ...] = ()  # of for_each and content: undefined in JavaScript, left out


def _dynamic_blocks(config: Any, path: str = "") -> list[_DynamicBlock]:
    """Every `dynamic` block (only the first one per object, as the reference finds them)."""
    if isinstance(config, list):
        return [block for index, item in enumerate(config) for block in _dynamic_blocks(item, f"{path}.{index}")]
    if not isinstance(config, dict):
        return []
    if "dynamic" in config:
        dynamic = config["dynamic"]
        scoped_var = next(iter(dynamic))
        body = dynamic[scoped_var][0]
        block_path = f"{path}.dynamic.{scoped_var}"
        missing = tuple(name for name in ("for_each", "content") if name not in body)
        found = _DynamicBlock(block_path, body.get("for_each"), body.get("content"), scoped_var, missing)
        return [found, *_dynamic_blocks(body.get("content"), f"{block_path}.0.content")]
    return [block for key, value in config.items() for block in _dynamic_blocks(value, f"{path}.{key}")]


def _is_nested(blocks: list[_DynamicBlock], block: _DynamicBlock) -> bool:
    return any(other.path != block.path and block.path.startswith(other.path) for other in blocks)


def _parent_of(config: Any, path: str) -> Any:
    for part in (p for p in path.split(".") if p):
        config = config[int(part)] if isinstance(config, list) and part.isdigit() else config[part]
    return config


def _loop_source(value: Any) -> str:
    return f'"{to_string(value)}"'


def resource(scope: Scope, type_: str, key: str, bodies: list[dict], block: Block) -> list[ts.Statement]:
    """A `resource` or `data` block (type_ is `aws_instance` or `data.aws_ami`)."""
    resource_type = mapped_resource_type(type_, bodies)
    statements: list[ts.Statement] = []
    var_name = variable_name(scope, resource_type, key)
    body = dict(bodies[0])
    for_each, count, provisioner = body.pop("for_each", None), body.pop("count", None), body.pop("provisioner", None)
    config = body.get("config") if resource_type.startswith("cdktf.data_terraform_") else body
    if not isinstance(config, dict):
        raise ConversionError(f"the remote state '{key}' has no config")
    config = dict(config)

    for_each_name = count_name = None
    if truthy(for_each):
        for_each_name = variable_name(scope, resource_type, f"{key}_for_each_iterator")
        expression = convert_terraform_expression(scope, _loop_source(for_each), lambda: ("list", "dynamic"))
        statements.append(_iterator(scope, for_each_name, expression, "TerraformIterator", "fromList"))
        config["forEach"] = ts.Identifier(for_each_name)
    if truthy(count):
        count_name = variable_name(scope, resource_type, f"{key}_count")
        expression = convert_terraform_expression(scope, _loop_source(count), lambda: "number")
        statements.append(_iterator(scope, count_name, expression, "TerraformCount", "of"))
        config["count"] = ts.Identifier(count_name)

    dynamic_blocks = _dynamic_blocks(config)
    nested = [b for b in dynamic_blocks if _is_nested(dynamic_blocks, b)]
    overridden = [b for b in dynamic_blocks if b in nested or any(n.path.startswith(b.path) for n in nested)]
    for index, dyn in enumerate(b for b in dynamic_blocks if b not in overridden):
        iterator_name = variable_name(scope, resource_type, f"{key}_dynamic_iterator_{index}")
        expression = convert_terraform_expression(scope, _loop_source(dyn.for_each), lambda: ("list", "dynamic"))
        statements.append(_iterator(scope, iterator_name, expression, "TerraformIterator", "fromList"))
        content_path = dyn.path.replace(dyn.scoped_var, "", 1)
        content = dyn.content[0] if isinstance(dyn.content, list) else dyn.content
        if content is None:
            raise ConversionError(f"the dynamic block '{dyn.scoped_var}' has no content")
        content_scope = scope.with_(scoped_variables={dyn.scoped_var: iterator_name})
        value = convert_value(content_scope, fill_with_config_accessors(scope, content, content_path), content_path)
        call = ts.CallExpression(_member(iterator_name, "dynamic"), [value])
        parent = _parent_of(config, dyn.path.replace(f"dynamic.{dyn.scoped_var}", "", 1))
        parent[dyn.scoped_var] = call
        del parent["dynamic"]

    if provisioner is not None:
        entries = [{"type": kind, **entry} for kind, group in js_ordered_items(provisioner) for entry in group]
        config["provisioners"] = convert_value(scope, entries, "path-for-provisioners-can-be-ignored").elements

    referencee = block.node_id if (block.referenced or overridden) else None
    resource_scope = scope.with_(for_each_iterator_name=for_each_name, count_iterator_name=count_name)
    imported = scope.program.import_blocks.get(f"import.{resource_type.replace('.', '_', 1)}.{key}")
    statements += _construct(resource_scope, resource_type, key, config, referencee=referencee, imported=imported)
    for dyn in overridden:
        statements.append(_dynamic_override(scope, var_name, dyn))
    return statements


def _dynamic_override(scope: Scope, var_name: str, dyn: _DynamicBlock) -> ts.Statement:
    """`x.addOverride("dynamic.a.0.content.0.dynamic.b", {for_each, content})` for nested dynamics."""
    names = [p for p in dyn.path[1:].split(".") if p not in ("dynamic", "content") and not p.isdigit()]
    override_scope = scope.with_(
        within_override_expression=True, scoped_variables={name: "dynamic-block" for name in names}
    )
    fields = {
        name: value for name, value in (("for_each", dyn.for_each), ("content", dyn.content)) if name not in dyn.missing
    }
    value = convert_value(override_scope, fields, "path-for-dynamic-blocks-can-be-ignored")
    call = ts.CallExpression(_member(var_name, "addOverride"), [ts.StringLiteral(dyn.path[1:]), value])
    return ts.ExpressionStatement(call, leading_comments=[LOOP_COMMENT])


# --- the other block kinds ---------------------------------------------------------------


def output(scope: Scope, key: str, bodies: list[dict]) -> list[ts.Statement]:
    body = bodies[0]
    config = {name: body[name] for name in ("value", "description", "sensitive") if name in body}
    return _construct(scope, "cdktf.TerraformOutput", key, config)


def _variable_type(scope: Scope, type_text: str) -> ts.Expression:
    """`list(string)` -> `VariableType.list(VariableType.STRING)` and so on."""
    keywords = {"string": "STRING", "number": "NUMBER", "bool": "BOOL"}

    def convert(node: Any) -> ts.Expression:
        if node.type == "scopeTraversal":
            scope.add_import("VariableType")
            return ts.Identifier(f"VariableType.{keywords.get(node.meta['value'], 'ANY')}")
        if node.type == "function" and node.meta["name"] in ("list", "set", "map", "tuple", "object"):
            scope.add_import("VariableType")
            return ts.CallExpression(
                ts.Identifier(f"VariableType.{node.meta['name']}"), [convert(child) for child in node.children]
            )
        if node.type == "object":
            return ts.ObjectExpression(
                [
                    ts.ObjectProperty(ts.StringLiteral(k), _keyword_type(scope, v))
                    for k, v in js_ordered_items(node.meta["items"])
                ]
            )
        scope.add_import("VariableType")
        return ts.Identifier("VariableType.ANY")

    def _keyword_type(scope: Scope, value: str) -> ts.Expression:
        scope.add_import("VariableType")
        return ts.Identifier(f"VariableType.{keywords.get(value, 'ANY')}")

    return convert(expression_ast(type_text))


def variable(scope: Scope, key: str, bodies: list[dict], block: Block) -> list[ts.Statement]:
    if not block.referenced:
        return []
    body = dict(bodies[0])
    type_text = body.pop("type", None)
    config = dict(body)
    if type_text is not None:
        config["type"] = _variable_type(scope, type_text)
    return _construct(scope, block.node_id, key, config, referencee=block.node_id)


def local(scope: Scope, key: str, value: Any, block: Block) -> list[ts.Statement]:
    if not block.referenced:
        return []
    name = variable_name(scope, "local", key)
    return [_const(name, convert_value(scope, value, "path-for-local-blocks-can-be-ignored"))]


def module(scope: Scope, key: str, bodies: list[dict], block: Block) -> list[ts.Statement]:
    body = dict(bodies[0])
    source = ModuleSource(body.pop("source"))
    body.pop("version", None)
    return _construct(
        scope, source.class_name, key, body, is_module=True, referencee=block.node_id if block.referenced else None
    )


def provider(scope: Scope, key: str, body: dict, block: Block) -> list[ts.Statement]:
    config = {name: value for name, value in body.items() if name != "version"}
    import_key = "NullProvider" if key == "null" else key
    return _construct(
        scope,
        f"{import_key}.{hcl2cdk_pascal(key)}Provider",
        key,
        config,
        is_provider=True,
        referencee=block.node_id if block.referenced else None,
    )


def import_block(scope: Scope, item: dict, has_node: Callable[[str], bool]) -> list[ts.Statement]:
    """An `import` block whose target is not declared: `Class.generateConfigForImport(...)`."""
    target = import_target(item["to"])
    if target.startswith("module."):
        return [
            _comment_only(
                f"CDKTF does not support imports into modules yet, please remove the import block importing "
                f"{item['id']} into {target} from your configuration"
            )
        ]
    # JavaScript's `const [type, name] = target.split(".")`: the name is the second part only
    resource_type, *names = target.split(".")
    if not names:
        raise ConversionError(f"the import target {target} has no resource name")
    resource_name = names[0]
    if "[" in resource_name:
        return [
            _comment_only(
                f"CDKTF does not support imports into resources with count or for_each yet, please remove the "
                f"import block importing {item['id']} into {target} from your configuration"
            )
        ]
    if has_node(target):
        return []
    provider_name, *rest = resource_type.split("_")
    construct_id = unique_id(scope, hcl2cdk_camel(resource_name))
    class_expression = construct_class(scope, f"{provider_name}.{'_'.join(rest)}")
    if isinstance(class_expression, ts.Identifier) and not class_expression.name:
        # babel prints `.generateConfigForImport(...)`, which prettier cannot parse
        raise ConversionError(f"the import target {target} has no class name")
    call = ts.CallExpression(
        ts.MemberExpression(class_expression, ts.Identifier("generateConfigForImport")),
        [ts.ThisExpression(), ts.StringLiteral(construct_id), ts.StringLiteral(item["id"])],
    )
    return [ts.ExpressionStatement(call)]


def import_target(to: str) -> str:
    return to[2:-1] if to.startswith("${") and to.endswith("}") else to


def _comment_only(text: str) -> ts.Statement:
    return ts.EmptyStatement(leading_comments=[text])


def backends(scope: Scope, backend: dict | None) -> list[ts.Statement]:
    """`new S3Backend(this, {...})` for a `terraform { backend "s3" {...} }` block."""
    statements = []
    for kind, bodies in js_ordered_items(backend or {}):
        name = hcl2cdk_pascal(f"{kind}Backend")
        scope.add_import(name)
        with concurrently(scope):
            properties = [
                ts.ObjectProperty(
                    ts.Identifier(hcl2cdk_camel(prop)), value_to_ts(scope, value, "path-for-backends-can-be-ignored")
                )
                for prop, value in js_ordered_items(bodies[0])
            ]
        expression = ts.NewExpression(ts.Identifier(name), [ts.ThisExpression(), ts.ObjectExpression(properties)])
        statements.append(ts.ExpressionStatement(expression))
    return statements
