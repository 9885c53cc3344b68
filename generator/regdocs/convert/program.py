"""A whole snippet converted to the TypeScript program: blocks in dependency order, comments,
imports, the constructor config, the class around it all."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from regdocs.convert import statements
from regdocs.convert import tsast as ts
from regdocs.convert.errors import ConversionError
from regdocs.convert.imports import import_declarations
from regdocs.convert.js import js_ordered_items
from regdocs.convert.modules import ModuleSource
from regdocs.convert.plan import parse_plan
from regdocs.convert.references import used_references
from regdocs.convert.scope import ProgramState, Scope
from regdocs.convert.statements import Block, import_target

VARIABLES_COMMENT = """Terraform Variables are not always the best fit for getting inputs in the context of Terraform CDK.
You can read more about this at https://cdk.tf/variables"""
MISSING_SCHEMA_COMMENT = """The following providers are missing schema information and might need manual adjustments to synthesize correctly: {providers}.
For a more precise conversion please use the --provider flag in convert."""


@dataclass
class _Node:
    """A block of the snippet: its id, the value searched for references, and its generator."""

    node_id: str
    value: Any
    generate: Callable[[Block], list[ts.Statement]]
    has_edges: bool = True


def _merged_locals(plan: dict) -> dict:
    merged: dict = {}
    for block in plan.get("locals") or []:
        merged.update(block)
    return merged


def _nodes(scope: Scope, plan: dict) -> dict[str, _Node]:
    """Every block as a graph node, in the reference's insertion order (later duplicates replace
    the value of an earlier node but keep its position)."""
    nodes: dict[str, _Node] = {}

    def add(node: _Node) -> None:
        nodes[node.node_id] = node

    for key, bodies in js_ordered_items(plan.get("provider") or {}):
        for body in bodies:
            node_id = f"{key}.{body['alias']}" if body.get("alias") else key
            add(_Node(node_id, body, lambda block, k=key, b=body: statements.provider(scope, k, b, block)))
    for key, bodies in js_ordered_items(plan.get("variable") or {}):
        add(_Node(f"var.{key}", bodies, lambda block, k=key, b=bodies: statements.variable(scope, k, b, block)))
    for key, value in js_ordered_items(_merged_locals(plan)):
        add(_Node(f"local.{key}", value, lambda block, k=key, v=value: statements.local(scope, k, v, block)))
    for key, bodies in js_ordered_items(plan.get("output") or {}):
        add(_Node(f"out.{key}", bodies, lambda block, k=key, b=bodies: statements.output(scope, k, b)))
    for key, bodies in js_ordered_items(plan.get("module") or {}):
        add(_Node(f"module.{key}", bodies, lambda block, k=key, b=bodies: statements.module(scope, k, b, block)))
    for item in plan.get("import") or []:
        node_id = f"import.{import_target(item['to'])}"
        add(_Node(node_id, item, lambda block, i=item: statements.import_block(scope, i, lambda t: t in nodes), False))
    for prefix, section in (("", "resource"), ("data.", "data")):
        for type_, named in js_ordered_items(plan.get(section) or {}):
            for key, bodies in js_ordered_items(named):
                node_id = f"{prefix}{type_}.{key}"
                generate = lambda block, t=f"{prefix}{type_}", k=key, b=bodies: statements.resource(
                    scope, t, k, b, block
                )
                add(_Node(node_id, bodies, generate))
    return nodes


def _edges(nodes: dict[str, _Node]) -> dict[str, list[str]]:
    """referencee -> referencing node ids (no self references, no unknown nodes)."""
    node_ids = list(nodes)
    predecessors: dict[str, list[str]] = {node_id: [] for node_id in nodes}
    for node in nodes.values():
        if not node.has_edges:
            continue
        for reference in used_references(node_ids, node.value):
            source = reference.referencee
            if source not in nodes or source == node.node_id or source in predecessors[node.node_id]:
                continue
            predecessors[node.node_id].append(source)
    return predecessors


def _ordered(nodes: dict[str, _Node], predecessors: dict[str, list[str]]) -> list[list[str]]:
    """Passes over the nodes; a node is taken when none of its predecessors is still waiting."""
    waiting = list(nodes)
    passes = []
    while waiting:
        taken = []
        for node_id in list(waiting):
            if not any(p in waiting for p in predecessors[node_id]):
                waiting.remove(node_id)
                taken.append(node_id)
        if not taken:
            raise ConversionError(
                f"there are {len(waiting)} terraform elements that could not be visited "
                f"(a cycle in the dependency graph): {', '.join(waiting)}"
            )
        passes.append(taken)
    return passes


def provider_requirements(plan: dict) -> dict[str, str]:
    """Providers the snippet needs: provider blocks, resource and data prefixes, required_providers."""
    explicit = [key for key, _ in js_ordered_items(plan.get("provider") or {})]
    types = dict(js_ordered_items(plan.get("resource") or {}))
    types.update(js_ordered_items(plan.get("data") or {}))
    implicit = [t.split("_")[0] for t in types if t not in ("terraform_remote_state", "terraform_data")]
    requirements = {name: "*" for name in dict.fromkeys([*explicit, *implicit])}
    for terraform in plan.get("terraform") or []:
        for block in terraform.get("required_providers") or []:
            for key, value in js_ordered_items(block):
                name, version = (key, value) if isinstance(value, str) else (value.get("source"), value.get("version"))
                if not name:
                    continue
                parts = name.split("/")
                if len(parts) > 1:
                    requirements.pop(parts[-1], None)
                requirements[name] = version or "*"
    return requirements


def _add_comment(statement: ts.Statement, text: str) -> None:
    """Babel's `t.addComment(node, "leading", text)`: the later call prints first (layout
    keeps the call order and prints it reversed)."""
    statement.leading_comments.append(text)


def _module_imports(plan: dict) -> list[ts.Statement]:
    sources = dict.fromkeys(bodies[0]["source"] for _, bodies in js_ordered_items(plan.get("module") or {}))
    declarations = []
    for source in sources:
        module = ModuleSource(source)
        declarations.append(
            ts.ImportNamespaceDeclaration(module.class_name, module.import_source, module.import_source_text)
        )
    return declarations


def convert_to_typescript(hcl: str, state: ProgramState) -> ts.Program:
    """The TypeScript program the reference converter generates for `hcl`."""
    plan = parse_plan(hcl, state.cdktf_version)
    scope = Scope(state)
    nodes = _nodes(scope, plan)
    state.node_ids = list(nodes)
    state.import_blocks = {node_id: node.value for node_id, node in nodes.items() if node_id.startswith("import.")}
    predecessors = _edges(nodes)
    referenced = {source for sources in predecessors.values() for source in sources}

    body: list[ts.Statement] = []
    for taken in _ordered(nodes, predecessors):
        for node_id in taken:
            state.current_node = node_id
            body += nodes[node_id].generate(Block(node_id, node_id in referenced))
    state.current_node = None

    backend_statements = [
        statement
        for terraform in plan.get("terraform") or []
        for statement in statements.backends(scope, terraform.get("backend"))
    ]
    if plan.get("variable") and body:
        _add_comment(body[0], VARIABLES_COMMENT)
    schemas = state.schemas.provider_schemas
    lacking = [
        name
        for name in provider_requirements(plan)
        if name != "terraform" and not any(fqpn.endswith(name) for fqpn in schemas)
    ]
    if lacking:
        if not body:
            raise ConversionError("the snippet has providers without schema and no statement to comment on")
        _add_comment(body[0], MISSING_SCHEMA_COMMENT.format(providers=", ".join(lacking)))

    scope.add_import("Construct", "constructs")
    scope.add_import("TerraformStack")
    config_fields = list(state.top_level_config)
    program_body: list[ts.Statement] = [*import_declarations(state.importables), *_module_imports(plan)]
    if config_fields:
        program_body.append(ts.InterfaceDeclaration("MyConfig", config_fields))
    program_body.append(
        ts.ClassDeclaration(
            "MyConvertedCode",
            "TerraformStack",
            [*backend_statements, *body],
            config_type="MyConfig" if config_fields else None,
        )
    )
    return ts.Program(program_body)
