"""How jsii-rosetta types each object literal: keyword arguments, a struct class, or a dict.

Rosetta asks the TypeScript compiler for the contextual type of every object literal, with
the provider bindings and the cdktf package in scope. This module follows the same types
through our program: constructor and call parameters, struct properties, array elements.
An object whose contextual type is (or unions with) a struct renders as that struct; one
with any other type as a dict with map keys; one with no type at all (under an unresolvable
class or call) as a dict with mangled keys, or keyword arguments in tail position."""

from __future__ import annotations

from dataclasses import dataclass

from regdocs.convert import tsast as ts
from regdocs.convert.bindings import (
    ANY,
    BOOLEAN,
    NUMBER,
    STRING,
    SchemaSet,
    TsArray,
    TsLiteral,
    TsMap,
    TsPrimitive,
    TsStructRef,
    TsType,
)
from regdocs.convert.bindings.cdktf_constructs import BACKEND_CONFIGS, CONSTRUCT_CONFIGS
from regdocs.convert.bindings.provider import provider_name_of
from regdocs.convert.bindings.types import union
from regdocs.convert.function_bindings import FUNCTIONS, Parameter
from regdocs.convert.js import number_to_string

_PROVIDER_SOURCE = "./.gen/providers/"
_DECLARED_RECEIVERS = ("Fn", "Token", "Op", "TerraformIterator", "TerraformCount", "TerraformSelf")


def _function_type(hcl_type: str | tuple) -> TsType:
    """The TypeScript type cdktf's `Fn` declares for a parameter of this Terraform type: lists
    and sets are arrays (of `any` for booleans), maps and `dynamic` are `any`."""
    if isinstance(hcl_type, tuple):
        if hcl_type[0] in ("list", "set"):
            return TsArray(ANY if hcl_type[1] == "bool" else _function_type(hcl_type[1]))
        return ANY
    return {"string": STRING, "number": NUMBER, "bool": BOOLEAN}.get(hcl_type, ANY)


def _function_parameter(parameter: Parameter) -> TsType:
    """A variadic tail is one array parameter."""
    single = _function_type(parameter.type)
    return TsArray(single) if parameter.variadic else single


@dataclass(frozen=True)
class LiteralType:
    """`unknown`: no contextual type; `map`: a dict; `struct`: a struct class named `name`,
    from the cdktf jsii assembly when `jsii` (rosetta then adds a `from cdktf import` line)."""

    kind: str
    name: str | None = None
    jsii: bool = False


UNKNOWN = LiteralType("unknown")
MAP = LiteralType("map")


@dataclass(frozen=True)
class _Signature:
    """What rosetta resolves for a call: parameter types, or nothing (an undeclared callee)."""

    parameters: tuple[TsType | None, ...] = ()

    def parameter(self, index: int) -> TsType | None:
        return self.parameters[index] if index < len(self.parameters) else ANY


_UNDECLARED = None
_DECLARED_ANY = _Signature()
_FN_SIGNATURES = {
    binding.cdktf_name: _Signature(tuple(_function_parameter(p) for p in binding.parameters))
    for binding in FUNCTIONS.values()
}


def _classify(contextual: TsType | None, declared: bool) -> LiteralType:
    if contextual is None:
        return UNKNOWN
    if contextual == ANY:
        return MAP if declared else UNKNOWN
    for member in contextual.union_members():
        if isinstance(member, TsStructRef):
            return LiteralType("struct", member.struct.name, member.struct.jsii)
    return MAP


def _join(found: list[TsType]) -> TsType | None:
    if not found:
        return None
    return found[0] if len(found) == 1 else union(*found)


def _property_type(contextual: TsType | None, key: str) -> TsType | None:
    """The contextual type of property `key` of an object typed `contextual`. TypeScript
    finds none under `any` (`getTypeOfPropertyOfContextualType` only looks into structured
    types), so an object nested in an `any`-typed one has no type and its keys are mangled."""
    if contextual is None or contextual == ANY:
        return None
    found = []
    for member in contextual.union_members():
        if isinstance(member, TsStructRef):
            prop = member.struct.property_named(key)
            if prop is not None:
                found.append(prop.type)
        elif isinstance(member, TsMap):
            found.append(member.value)
        elif isinstance(member, TsPrimitive) and member == ANY:
            found.append(ANY)
        elif (member == STRING or isinstance(member, TsLiteral)) and _is_numeric_name(key):
            found.append(STRING)  # the `String` interface's index signature: `[index: number]: string`
    return _join(found)


def _is_numeric_name(key: str) -> bool:
    """TypeScript's `isNumericLiteralName`: `(+key).toString() === key`."""
    try:
        return number_to_string(float(key)) == key
    except ValueError:
        return False


def _element_type(contextual: TsType | None) -> TsType | None:
    """The contextual type of an element of an array typed `contextual`: what TypeScript reads
    at index `0` (an array's element, a map's value, a string's character)."""
    if contextual is None:
        return None
    if contextual == ANY:
        return ANY
    found = []
    for member in contextual.union_members():
        if isinstance(member, TsArray):
            found.append(member.element)
        elif isinstance(member, TsMap):
            found.append(member.value)
        elif member == STRING or isinstance(member, TsLiteral):
            found.append(STRING)
    return _join(found)


def _key_name(key: ts.Identifier | ts.StringLiteral) -> str:
    if isinstance(key, ts.StringLiteral):
        return key.value
    name = key.name
    return name[1:-1] if len(name) >= 2 and name[0] == name[-1] == '"' else name


def _reads_variable(node, name: str) -> bool:
    """Whether the expression tree `node` reads the variable `name` (identifiers may hold dotted
    paths: `name.attribute`)."""
    if isinstance(node, ts.Identifier):
        return node.name == name or node.name.startswith((name + ".", name + "["))
    if isinstance(node, ts.MemberExpression):
        return _reads_variable(node.object, name)
    if isinstance(node, ts.ObjectProperty):
        return _reads_variable(node.value, name)
    if isinstance(node, ts.Node):
        return any(
            _reads_variable(value, name)
            for value in vars(node).values()
            if isinstance(value, (ts.Node, list, tuple, dict))
        )
    if isinstance(node, (list, tuple)):
        return any(_reads_variable(item, name) for item in node)
    if isinstance(node, dict):
        return any(_reads_variable(item, name) for item in [*node.keys(), *node.values()])
    return False


class _Typer:
    def __init__(self, program: ts.Program, schemas: SchemaSet):
        self.schemas = schemas
        # a name imported twice (from two folders) is TypeScript's first declaration
        self.sources: dict[str, str] = {}
        for statement in program.body:
            if isinstance(statement, ts.ImportDeclaration):
                for name in statement.names:
                    self.sources.setdefault(name, statement.source)
        self.constructed = {
            inner.name: inner.init.callee.name
            for statement in program.body
            if isinstance(statement, ts.ClassDeclaration)
            for inner in statement.body
            if isinstance(inner, ts.VariableDeclaration)
            and isinstance(inner.init, ts.NewExpression)
            and isinstance(inner.init.callee, ts.Identifier)
        }
        # a variable read in its own initializer: TypeScript gives it type any (TS7022)
        self.self_referencing = {
            inner.name
            for statement in program.body
            if isinstance(statement, ts.ClassDeclaration)
            for inner in statement.body
            if isinstance(inner, ts.VariableDeclaration)
            and inner.init is not None
            and _reads_variable(inner.init, inner.name)
        }

    def _provider_config(self, class_name: str) -> TsType | None:
        source = self.sources.get(class_name, "")
        if not source.startswith(_PROVIDER_SOURCE):
            return None
        provider, _, folder = source[len(_PROVIDER_SOURCE) :].partition("/")
        for fqpn in self.schemas.provider_schemas:
            if provider_name_of(fqpn) == provider:
                construct = self.schemas.bindings(fqpn).construct_in(folder)
                if construct is not None and construct.class_name == class_name:
                    return TsStructRef(construct.config_struct)
        return None

    def _new_signature(self, node: ts.NewExpression) -> _Signature | None:
        if not isinstance(node.callee, ts.Identifier):
            return _UNDECLARED  # a module class: never resolvable
        name = node.callee.name
        if name in BACKEND_CONFIGS:
            return _Signature((ANY, TsStructRef(BACKEND_CONFIGS[name])))
        if name in CONSTRUCT_CONFIGS:
            return _Signature((ANY, ANY, TsStructRef(CONSTRUCT_CONFIGS[name])))
        config = self._provider_config(name)
        return _UNDECLARED if config is None else _Signature((ANY, ANY, config))

    def _resolvable(self, receiver: str) -> bool:
        """Whether rosetta knows the type of `receiver`: a variable holding a construct whose
        class it cannot resolve (no bindings for its provider) is untyped, and so are its
        methods' parameters."""
        if receiver in self.self_referencing:
            return False
        class_name = self.constructed.get(receiver)
        if class_name is None:
            return True
        return (
            class_name in BACKEND_CONFIGS
            or class_name in CONSTRUCT_CONFIGS
            or self._provider_config(class_name) is not None
        )

    def _call_signature(self, node: ts.CallExpression) -> _Signature | None:
        callee = node.callee
        if isinstance(callee, ts.Identifier):
            declared = callee.name == "conditional" or callee.name.startswith("VariableType.")
            return _DECLARED_ANY if declared else _UNDECLARED
        if isinstance(callee, ts.MemberExpression) and isinstance(callee.object, ts.Identifier):
            if callee.object.name == "Fn" and callee.property.name in _FN_SIGNATURES:
                return _FN_SIGNATURES[callee.property.name]
            if callee.object.name in _DECLARED_RECEIVERS or callee.property.name in (
                "dynamic",
                "addOverride",
                "overrideLogicalId",
                "importFrom",
                "generateConfigForImport",
            ):
                return _DECLARED_ANY if self._resolvable(callee.object.name) else _UNDECLARED
        return _UNDECLARED

    def visit(self, node: ts.Expression, contextual: TsType | None, declared: bool) -> None:
        if isinstance(node, ts.ObjectExpression):
            node.type_info = _classify(contextual, declared)
            for prop in node.properties:
                self.visit(prop.value, _property_type(contextual, _key_name(prop.key)), declared)
        elif isinstance(node, ts.ArrayExpression):
            for element in node.elements:
                self.visit(element, _element_type(contextual), declared)
        elif isinstance(node, (ts.NewExpression, ts.CallExpression)):
            signature = self._new_signature(node) if isinstance(node, ts.NewExpression) else self._call_signature(node)
            self.visit(node.callee, None, declared)
            for index, argument in enumerate(node.arguments):
                parameter = signature.parameter(index) if signature else None
                self.visit(argument, parameter, signature is not None)
        elif isinstance(node, ts.BinaryExpression):
            self.visit(node.left, None, declared)
            self.visit(node.right, None, declared)
        elif isinstance(node, ts.MemberExpression):
            self.visit(node.object, None, declared)


def annotate_object_types(program: ts.Program, schemas: SchemaSet) -> None:
    """Set `type_info` on every object literal of `program`."""
    typer = _Typer(program, schemas)
    for statement in program.body:
        if isinstance(statement, ts.ClassDeclaration):
            for inner in statement.body:
                if isinstance(inner, ts.ExpressionStatement):
                    typer.visit(inner.expression, None, False)
                elif isinstance(inner, ts.VariableDeclaration):
                    typer.visit(inner.init, None, False)
