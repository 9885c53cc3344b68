"""HCL expressions (the parser's expression trees) converted to TypeScript expressions:
references, `Fn.*` calls, `Op.*` operators, templates as `+` chains, `conditional(...)`."""

from __future__ import annotations

import re
from typing import Any, Callable

from regdocs.convert import tsast as ts
from regdocs.convert.errors import ConversionError
from regdocs.convert.coercion import coerce_type, expression_type, token_call
from regdocs.convert.function_bindings import FUNCTIONS
from regdocs.convert.hcl import expression_ast as parse_expression_ast
from regdocs.convert.hcl import wrap_terraform_expression
from regdocs.convert.js import js_ordered_items
from regdocs.convert.naming import hcl2cdk_camel
from regdocs.convert.references import child_with_value
from regdocs.convert.scope import Scope
from regdocs.convert.symbols import variable_name

BINARY_OPERATORS = {
    "logicalOr": "or",
    "logicalAnd": "and",
    "greaterThan": "gt",
    "greaterThanOrEqual": "gte",
    "lessThan": "lt",
    "lessThanOrEqual": "lte",
    "equal": "eq",
    "notEqual": "neq",
    "add": "add",
    "subtract": "sub",
    "multiply": "mul",
    "divide": "div",
    "modulo": "mod",
}
UNARY_OPERATORS = {"logicalNot": "not", "negate": "negate"}
_NOT_REFERENCE_ROOTS = ("count", "each")
# words JavaScript never reads as a value: as a bare identifier they make the reference's
# TypeScript unparseable (prettier rejects it and the conversion fails)
_RESERVED_WORDS = frozenset(
    "break case catch class const continue debugger default delete do else enum export extends finally for "
    "function if import in instanceof new return super switch throw try typeof var void while with".split()
)
_NOT_REFERENCE_PREFIXES = ("path.module", "path.root", "path.cwd", "terraform.workspace", "self.")
_NUMBER_KEY = re.compile(r"\d+(\.\d+)?([eE][+-]?\d+)?")


def _member(obj: ts.Expression | str, prop: str) -> ts.MemberExpression:
    return ts.MemberExpression(ts.Identifier(obj) if isinstance(obj, str) else obj, ts.Identifier(prop))


def _call(obj: str, method: str, arguments: list[ts.Expression]) -> ts.CallExpression:
    return ts.CallExpression(_member(obj, method), arguments)


def _lookup_nested(scope: Scope, target: ts.Expression, segments: list[ts.Expression]) -> ts.CallExpression:
    scope.add_import("Fn")
    return _call("Fn", "lookupNested", [target, ts.ArrayExpression(segments)])


def _strings(values: list[str]) -> list[ts.Expression]:
    return [ts.StringLiteral(value) for value in values]


def _segment_strings(segments: list[dict]) -> list[ts.Expression]:
    """String literals of traversal segments; an index by `true` or `null` has no segment text,
    and the reference's Babel builder rejects it."""
    if any("segment" not in seg for seg in segments):
        raise ConversionError("Property value expected type of string but got undefined")
    return [ts.StringLiteral(seg["segment"]) for seg in segments]


def _path_part(segment: dict) -> str:
    """A traversal segment as the reference writes it in a path: `name`, or `[key]` for an
    index (`[undefined]` for an index by `true` or `null`, which has no segment text)."""
    if segment["type"] == "indexTraversal":
        return f"[{segment.get('segment', 'undefined')}]"
    return segment["segment"]


def _segments(node: Any) -> list[dict]:
    return node.meta["traversal"]


def _identifier(name: str) -> ts.Identifier:
    if name in _RESERVED_WORDS:
        raise ConversionError(f"`{name}` is a JavaScript reserved word, so the generated TypeScript does not parse")
    return ts.Identifier(name)


def traversal_parts_to_string(parts: list[dict], as_suffix: bool = False) -> str:
    seed = "." if as_suffix and parts and parts[0]["type"] == "nameTraversal" else ""
    text = seed
    for part in parts:
        if part["type"] == "nameTraversal":
            text = f"{text}{part['segment']}" if text == seed else f"{text}.{part['segment']}"
        else:
            text = f"{text}[{part['segment']}]"
    return text


def contains_reference(node: Any) -> bool:
    """Whether a traversal refers to a block (not `count.*`, `each.*`, `path.*`, `self.*`...)."""
    if node.type != "scopeTraversal":
        return False
    root = _segments(node)[0]["segment"]
    full = node.meta["fullAccessor"]
    return root not in _NOT_REFERENCE_ROOTS and not full.startswith(_NOT_REFERENCE_PREFIXES)


def _can_use_fqn(node: Any) -> bool:
    return node.type == "scopeTraversal" and _segments(node)[0]["segment"] not in ("var", "local")


def _traversal_variable_name(scope: Scope, node: Any) -> str:
    segments = _segments(node)
    if len(segments) == 1:
        return node.meta["fullAccessor"]
    root = segments[0]["segment"]
    if root == "data":
        return variable_name(scope, f"data.{segments[1]['segment']}", segments[2]["segment"])
    return variable_name(scope, root, segments[1]["segment"])


def serial_string_concatenation(scope: Scope, nodes: list[ts.Expression]) -> ts.Expression:
    """`a + b + c`, merging adjacent string literals; iterator `.key`/`.value` become strings."""
    merged: list[ts.Expression] = []
    for node in nodes:
        if merged and isinstance(merged[-1], ts.StringLiteral) and isinstance(node, ts.StringLiteral):
            merged[-1] = ts.StringLiteral(merged[-1].value + node.value)
        else:
            merged.append(node)
    result = merged[0]
    iterator_names = set((scope.scoped_variables or {}).values())
    for node in merged[1:]:
        if (
            isinstance(node, ts.MemberExpression)
            and isinstance(node.object, ts.Identifier)
            and node.object.name in iterator_names
            and node.property.name in ("key", "value")
        ):
            node = coerce_type(scope, node, "dynamic", "string")
        result = ts.BinaryExpression("+", result, node)
    return result


def _resource_path(node: Any) -> str:
    """`aws_instance.web.tags.Name` -> `aws.instance.tags.Name` (the schema path of a reference)."""
    segments = _segments(node)
    result = []
    resource = segments[0]["segment"]
    if resource == "data":
        result.append("data")
        resource = segments[1]["segment"]
        attributes = segments[3:]
    else:
        attributes = segments[2:]
    provider, *fragments = resource.split("_")
    if not fragments:
        fragments = [provider]
    result += [provider, "_".join(fragments)]
    result += [_path_part(seg) for seg in attributes]
    return ".".join(result)


def _literal(node: Any) -> ts.Expression:
    kind, value = node.meta["type"], node.meta["value"]
    if kind == "number":
        return ts.NumericLiteral(float(value))
    if kind == "bool":
        return ts.BooleanLiteral(value == "true")
    return ts.StringLiteral(value)


def dynamic_variable(scope: Scope, node: Any, iterator_name: str, block: str = "each") -> ts.Expression:
    """`each.key`, `count.index`, `setting.value.x` as accesses on an iterator variable."""
    if iterator_name == "dynamic-block":
        return serial_string_concatenation(scope, _strings(["${", block, "}"]))
    value = node.meta["value"]
    if value == f"{block}.key":
        return _member(iterator_name, "key")
    if value == f"{block}.value":
        return _member(iterator_name, "value")
    if block == "count" and value == f"{block}.index":
        return _member(iterator_name, "index")
    segments = _segments(node)
    if len(segments) > 2 and segments[0]["segment"] == block and segments[1]["segment"] == "value":
        rest = [_path_part(seg) for seg in segments[2:]]
        return _lookup_nested(scope, _member(iterator_name, "value"), _strings(rest))
    raise ConversionError(f"cannot convert the iterator variable '{value}'")


def _scope_traversal(scope: Scope, node: Any) -> ts.Expression:
    has_reference = contains_reference(node)
    segments = _segments(node)
    root = segments[0]["segment"]
    if root == "each" and scope.for_each_iterator_name:
        return dynamic_variable(scope, node, scope.for_each_iterator_name)
    if root == "count" and scope.count_iterator_name:
        return dynamic_variable(scope, node, scope.count_iterator_name, "count")
    if root == "self":
        scope.add_import("TerraformSelf")
        return _call("TerraformSelf", "getAny", [ts.StringLiteral(traversal_parts_to_string(segments[1:]))])
    dynamic_block = (scope.scoped_variables or {}).get(root)
    if dynamic_block:
        if dynamic_block == "dynamic-block":
            return dynamic_variable(scope, node, dynamic_block, traversal_parts_to_string(segments))
        return dynamic_variable(scope, node, dynamic_block, root)

    identifier: ts.Expression = ts.StringLiteral("${" + node.meta["fullAccessor"] + "}")
    if has_reference:
        identifier = _identifier(hcl2cdk_camel(_traversal_variable_name(scope, node)))

    if root in ("var", "local"):
        accessor = _member(identifier, "value") if root == "var" else identifier
        if len(segments) > 2:
            return _lookup_nested(scope, accessor, _segment_strings(segments[2:]))
        return accessor

    if not has_reference or scope.within_override_expression:
        return identifier

    attribute_index = 3 if root == "data" else 2
    attributes = segments[attribute_index:]
    accessor_index = next((i for i, seg in enumerate(attributes) if seg["type"] == "indexTraversal"), -1)
    if accessor_index == -1:
        accessor_index = _map_accessor_index(scope, node, attribute_index)
    if accessor_index >= 0:
        ref_segments, lookup_segments = attributes[:accessor_index], attributes[accessor_index:]
    else:
        ref_segments, lookup_segments = attributes, []

    reference: ts.Expression = identifier
    for index, seg in enumerate(ref_segments):
        name = seg["segment"] + "Output" if index == 0 and root == "module" else seg["segment"]
        reference = _member(reference, hcl2cdk_camel(name))
    if not lookup_segments:
        return reference
    return _lookup_nested(scope, reference, _segment_strings(lookup_segments))


def _map_accessor_index(scope: Scope, node: Any, min_parts: int) -> int:
    """Where a map-typed attribute starts in the reference, or -1 (the rest becomes a lookup)."""
    parts = [part for part in _resource_path(node).split(".") if part != ""]
    original_length = len(parts)
    using_sub_path = False
    while len(parts) >= min_parts:
        found = scope.type_at_path(".".join(parts))
        if isinstance(found, tuple) and found[0] == "map" and using_sub_path:
            return original_length - len(parts) - 1
        parts.pop()
        using_sub_path = True
    return -1


def _child(node: Any, key: str) -> Any:
    return child_with_value(node, node.meta[key])


def _operator(scope: Scope, table: dict[str, str], operator: str, operands: list[ts.Expression]) -> ts.Expression:
    if operator not in table:
        raise ConversionError(f"cannot convert unknown operator {operator}")
    scope.add_import("Op")
    return _call("Op", table[operator], operands)


def _template(scope: Scope, node: Any) -> ts.Expression:
    parts = [(child, convert_expression(scope, child)) for child in node.children]
    if parts and isinstance(parts[-1][1], ts.StringLiteral) and parts[-1][1].value == "\n":
        parts.pop()
    if not parts:
        return ts.StringLiteral(node.meta["value"])
    if len(parts) == 1:
        return parts[0][1]
    expressions: list[ts.Expression] = []
    in_traversal = False
    for child, expression in parts:
        if child.type == "scopeTraversal" and not isinstance(expression, (ts.StringLiteral, ts.CallExpression)):
            expressions.append(ts.StringLiteral("${"))
            in_traversal = True
        elif isinstance(expression, ts.CallExpression):
            scope.add_import("Token")
            expressions.append(token_call("asString", expression))
            continue
        elif in_traversal:
            expressions.append(ts.StringLiteral("}"))
            in_traversal = False
        expressions.append(expression)
    if in_traversal:
        expressions.append(ts.StringLiteral("}"))
    return serial_string_concatenation(scope, expressions)


def _is_property_key(text: str) -> bool:
    """Whether `text` reads as an object key in TypeScript: a name, a string or a number."""
    quoted = len(text) > 1 and text[0] == text[-1] == '"'
    return quoted or text.replace("$", "_").isidentifier() or _NUMBER_KEY.fullmatch(text) is not None


def _object(scope: Scope, node: Any) -> ts.Expression:
    properties = []
    for key, value in js_ordered_items(node.meta["items"]):
        child = child_with_value(node, value)
        if child is not None:
            # the key's source text, quotes included: Babel prints it verbatim
            if not _is_property_key(key):
                reason = f"the object key `{key}` is printed as is, so the generated TypeScript does not parse"
                raise ConversionError(reason)
            properties.append(ts.ObjectProperty(ts.Identifier(key), convert_expression(scope, child)))
    return ts.ObjectExpression(properties)


def _function_call(scope: Scope, node: Any) -> ts.Expression:
    name = node.meta["name"]
    binding = FUNCTIONS.get(name)
    if binding is None:
        return ts.CallExpression(_identifier(name), [convert_expression(scope, c) for c in node.children])
    children = list(node.children)
    if name == "join" and len(children) > 2:
        # cdktf's join takes one list: join(sep, a, b) becomes join(sep, concat(a, b))
        concat = FUNCTIONS["concat"]
        arguments = [convert_expression(scope, children[0]), _call_binding(scope, concat, children[1:])]
        return _coerced_call(scope, binding, arguments)
    return _call_binding(scope, binding, children)


def _call_binding(scope: Scope, binding, children: list[Any]) -> ts.Expression:
    return _coerced_call(scope, binding, [convert_expression(scope, child) for child in children])


def _coerced_call(scope: Scope, binding, arguments: list[ts.Expression]) -> ts.Expression:
    scope.add_import("Fn")
    parameters = binding.parameters

    def coerce(argument: ts.Expression, target: Any) -> ts.Expression:
        return coerce_type(scope, argument, expression_type(scope, argument), target)

    if parameters and parameters[-1].variadic:
        fixed = len(parameters) - 1
        call_arguments = [coerce(argument, parameters[i].type) for i, argument in enumerate(arguments[:fixed])]
        tail = [coerce(argument, parameters[-1].type) for argument in arguments[fixed:]]
        call_arguments.append(ts.ArrayExpression(tail))
    else:
        if len(arguments) > len(parameters):
            raise ConversionError(f"too many arguments for function {binding.terraform_name}")
        call_arguments = [coerce(argument, parameters[i].type) for i, argument in enumerate(arguments)]
    return _call("Fn", binding.cdktf_name, call_arguments)


def _index(scope: Scope, node: Any) -> ts.Expression:
    collection = convert_expression(scope, _child(node, "collectionExpression"))
    key = convert_expression(scope, _child(node, "keyExpression"))
    return _lookup_nested(scope, collection, [key])


def _splat(scope: Scope, node: Any) -> ts.Expression:
    source = convert_expression(scope, _child(node, "sourceExpression"))
    each, anon = node.meta["eachExpression"], node.meta["anonSymbolExpression"]
    relative = each[len(anon) :] if each.startswith(anon) else each
    segments = [segment for segment in re.split(r"\.|\[|\]", relative) if segment]
    return _lookup_nested(scope, source, _strings(["*", *segments]))


def _conditional(scope: Scope, node: Any) -> ts.Expression:
    condition_node = _child(node, "conditionExpression")
    condition = convert_expression(scope, condition_node)
    if isinstance(condition, ts.Identifier) and _can_use_fqn(condition_node):
        condition = _member(condition, "fqn")
    true_value = convert_expression(scope, _child(node, "trueExpression"))
    false_value = convert_expression(scope, _child(node, "falseExpression"))
    scope.add_import("conditional")
    return ts.CallExpression(ts.Identifier("conditional"), [condition, true_value, false_value])


def _relative_traversal(scope: Scope, node: Any) -> ts.Expression:
    source = convert_expression(scope, _child(node, "sourceExpression"))
    return _lookup_nested(scope, source, _segment_strings(_segments(node)))


def _for(scope: Scope, node: Any) -> ts.Expression:
    meta = node.meta
    collection_node = _child(node, "collectionExpression")
    collection = convert_expression(scope, collection_node)
    if isinstance(collection, ts.Identifier) and _can_use_fqn(collection_node):
        collection = _member(collection, "fqn")
    needs_wrapping = not isinstance(collection, ts.StringLiteral)
    variables = f"{meta['keyVar']}, {meta['valVar']}" if meta.get("keyVar") else meta["valVar"]
    value = meta["valueExpression"] + ("..." if meta.get("groupedValue") else "")
    prefix = "${" + f"{meta['openRangeValue']} for {variables} in "
    key_value = f" : {meta['keyExpression']} => {value}" if meta.get("keyExpression") else f" : {value}"
    condition = f" if {meta['conditionalExpression']}" if meta.get("conditionalExpression") else ""
    suffix = f"{key_value}{condition}{meta['closeRangeValue']}" + "}"
    pieces: list[ts.Expression] = [ts.StringLiteral(prefix)]
    pieces += [ts.StringLiteral("${"), collection, ts.StringLiteral("}")] if needs_wrapping else [collection]
    pieces.append(ts.StringLiteral(suffix))
    return serial_string_concatenation(scope, pieces)


_CONVERTERS: dict[str, Callable[[Scope, Any], ts.Expression]] = {
    "literalValue": lambda scope, node: _literal(node),
    "scopeTraversal": _scope_traversal,
    "unaryOp": lambda scope, node: _operator(
        scope, UNARY_OPERATORS, node.meta["operator"], [convert_expression(scope, _child(node, "valueExpression"))]
    ),
    "binaryOp": lambda scope, node: _operator(
        scope,
        BINARY_OPERATORS,
        node.meta["operator"],
        [
            convert_expression(scope, _child(node, "lhsExpression")),
            convert_expression(scope, _child(node, "rhsExpression")),
        ],
    ),
    "template": _template,
    "templateWrap": _template,
    "object": _object,
    "function": _function_call,
    "index": _index,
    "splat": _splat,
    "conditional": _conditional,
    "tuple": lambda scope, node: ts.ArrayExpression([convert_expression(scope, c) for c in node.children]),
    "relativeTraversal": _relative_traversal,
    "for": _for,
}


def convert_expression(scope: Scope, node: Any) -> ts.Expression:
    if node is None:
        raise ConversionError("cannot convert an empty expression")
    converter = _CONVERTERS.get(node.type)
    return converter(scope, node) if converter else ts.StringLiteral("")


def expression_ast(text: str) -> Any:
    """Parse a string value the way the reference does (wrapped as a template or heredoc)."""
    wrapped, offset = wrap_terraform_expression(text)
    ast = parse_expression_ast(wrapped)
    if offset != 0 and ast.type == "templateWrap":
        return ast.children[0]
    return ast


def convert_terraform_expression(scope: Scope, text: str, target_type: Callable[[], Any]) -> ts.Expression:
    """A string value (as in the parsed HCL JSON, wrapped in quotes) converted and coerced."""
    converted = convert_expression(scope, expression_ast(text))
    return coerce_type(scope, converted, expression_type(scope, converted), target_type())
