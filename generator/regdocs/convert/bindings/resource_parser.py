"""Port of @cdktf/provider-generator 0.20.1 `resource-parser.ts` and its models: from one
resource schema to its attributes, structs and the TypeScript types of their properties.

Class and struct names are unique per provider, so the parser does not pick them itself:
it asks `unique(candidate)` (see `names.py`), in the generator's order.
"""

from __future__ import annotations

from typing import Callable

from ..js import js_ordered_items
from ..naming import codemaker_pascal
from .attribute_models import (
    Attribute,
    ListOrSetAttributeType,
    MapAttributeType,
    SimpleAttributeType,
    SkippedAttributeType,
    StructModel,
    StructAttributeType,
)
from .loop_detection import detect_attribute_loops
from .model import Property, Struct
from .schema_names import (
    SKIPPED_ATTRIBUTES,
    Scope,
    base_name_for,
    file_name_for,
    is_attribute_nested_type,
    struct_name_candidate,
)

_SIMPLE_TYPES = {"bool": "boolean", "string": "string", "number": "number"}


def deduplicate(attributes: list[Attribute]) -> list[Attribute]:
    """`deduplicateAttributesWithSameName`: of attributes with one property name, the last wins."""
    names = [a.name for a in attributes]
    if len(set(names)) == len(names):
        return attributes
    return [
        a for i, a in enumerate(attributes) if not any(o.name == a.name and o is not a for o in attributes[i + 1 :])
    ]


def _struct_attribute(attributes: list[Attribute], path: str) -> Attribute:
    first, _, rest = path.partition(".")
    attribute = next((a for a in attributes if a.terraform_name == first), None)
    if attribute is None:
        raise ValueError(f"Expected to find recursive attribute at path: {path}")
    if attribute.type.struct is None:
        raise ValueError(f"Expected to find struct type attribute at path: {path} but got {attribute.type.stored}")
    return _struct_attribute(attribute.type.struct.attributes, rest) if rest else attribute


# --- the parser ----------------------------------------------------------------------------


class ParsedResource:
    """The result of `resourceFrom`: names, top-level attributes and the emitted structs."""

    def __init__(self, class_name, config_name, folder, attributes, structs):
        self.class_name = class_name
        self.config_name = config_name
        self.folder = folder
        self.attributes = attributes
        self.structs = structs

    def publish(self, config_bases: tuple[Struct, ...]) -> tuple[Struct, tuple[Struct, ...]]:
        """The public config struct and other structs, with their interface properties."""
        public: dict[int, Struct] = {}
        pending: list[tuple[Struct, StructModel]] = []

        def ref(model: StructModel) -> Struct:
            struct = public.get(id(model))
            if struct is None:
                struct = public[id(model)] = Struct(model.name)
                pending.append((struct, model))
            return struct

        structs = tuple(ref(m) for m in self.structs)
        config = Struct(self.config_name, bases=config_bases)
        _fill(config, self.attributes, ref)
        while pending:
            struct, model = pending.pop()
            _fill(struct, model.attributes, ref)
        return config, structs


def _fill(struct: Struct, attributes: list[Attribute], ref: Callable[[StructModel], Struct]) -> None:
    """The interface's properties: the assignable (required or optional) attributes."""
    for a in attributes:
        if a.required or a.optional:
            struct.properties[a.terraform_name] = Property(a.name, a.type.ts(ref), a.optional)


class ResourceParser:
    """One `Parser` run (resource-parser.ts) over one resource, data source or provider."""

    def __init__(self, provider_name: str, unique: Callable[[str], str]):
        self.provider_name = provider_name
        self.unique = unique
        self.structs: list[StructModel] = []

    def resource_from(self, terraform_type: str, schema: dict, schema_type: str) -> ParsedResource:
        is_provider = schema_type == "provider"
        block = schema["block"]
        if is_provider:
            block = (
                dict(block)
                if "attributes" in block
                else {"attributes": {}, "block_types": block.get("block_types") or {}}
            )
            block["attributes"] = dict(block["attributes"])
            block["attributes"]["alias"] = {
                "type": "string",
                "description": "Alias name",
                "optional": True,
                "computed": False,
            }
        base_name = base_name_for(self.provider_name, terraform_type, is_provider)
        class_name = self.unique(codemaker_pascal(base_name))
        config_name = self.unique(class_name + "Config")
        folder = file_name_for(self.provider_name, base_name)[: -len("/index.ts")]
        parent = None if is_provider else Scope(self.provider_name, is_provider=True)
        attributes = self.render_attributes_for_block(Scope(base_name, parent, is_provider=is_provider), block)
        self._introduce_recursion(attributes)
        attributes = deduplicate(attributes)
        return ParsedResource(class_name, config_name, folder, attributes, self.structs)

    def _introduce_recursion(self, attributes: list[Attribute]) -> None:
        for attribute_path, struct_path in detect_attribute_loops(attributes).items():
            target = _struct_attribute(attributes, struct_path)
            parent_path, _, attribute_name = attribute_path.rpartition(".")
            siblings = _struct_attribute(attributes, parent_path).type.struct.attributes
            index = next((i for i, a in enumerate(siblings) if a.terraform_name == attribute_name), -1)
            if index == -1:
                raise ValueError("Can't find attribute at path " + attribute_path)
            previous = siblings[index]
            siblings[index] = target
            self._dispose(previous)

    def _dispose(self, attribute: Attribute) -> None:
        struct = attribute.type.struct
        if struct is not None:
            for child in struct.attributes:
                self._dispose(child)
            self.structs = [s for s in self.structs if s is not struct]

    def render_attribute_type(self, scope: list[Scope], attribute_type: object):
        if scope[-1].base_name in SKIPPED_ATTRIBUTES:
            return MapAttributeType(SimpleAttributeType("any"))
        if isinstance(attribute_type, str):
            if attribute_type == "dynamic":
                return MapAttributeType(SimpleAttributeType("any"))
            if attribute_type not in _SIMPLE_TYPES:
                raise ValueError(f"invalid primitive type {attribute_type}")
            return SimpleAttributeType(_SIMPLE_TYPES[attribute_type])
        if isinstance(attribute_type, list):
            # ["object", {...}, ["optional", ...]] (cty's optional attributes) reads as ["object", {...}]
            if len(attribute_type) != 2 and not (len(attribute_type) == 3 and attribute_type[0] == "object"):
                raise ValueError("unexpected array")
            kind, inner = attribute_type[0], attribute_type[1]
            if kind in ("list", "set"):
                return ListOrSetAttributeType(kind, self.render_attribute_type(scope, inner), False)
            if kind == "map":
                return MapAttributeType(self.render_attribute_type(scope, inner))
            if kind == "object":
                return StructAttributeType(
                    self.add_anonymous_struct(scope, {n: {"type": t} for n, t in js_ordered_items(inner)})
                )
        elif is_attribute_nested_type(attribute_type):
            mode = attribute_type["nesting_mode"]
            if mode not in ("list", "set", "map", "single"):
                raise ValueError(f'nested_type with nesting_mode "{mode}" not supported')
            element = StructAttributeType(self.add_anonymous_struct(scope, attribute_type.get("attributes")))
            if mode == "single":
                return element
            return MapAttributeType(element) if mode == "map" else ListOrSetAttributeType(mode, element, False)
        raise ValueError(f"unknown type {attribute_type!r}")

    def render_attributes_for_block(self, parent: Scope, block: dict) -> list[Attribute]:
        attributes = []
        for name, att in js_ordered_items(block.get("attributes") or {}):
            if parent.full_name(name) in SKIPPED_ATTRIBUTES:
                raise ValueError(f"Skipping attribute {parent.full_name(name)} is not implemented (not a block type)")
            computed, optional, required = (
                bool(att.get("computed")),
                bool(att.get("optional")),
                bool(att.get("required")),
            )
            nested = "nested_type" in att and is_attribute_nested_type(att["nested_type"])
            scope = Scope(name, parent, parent.is_provider, computed, optional, required, nested)
            type_model = self.render_attribute_type([parent, scope], att.get("type") or att.get("nested_type"))
            attributes.append(Attribute(name, type_model, optional, required))

        for name, block_type in js_ordered_items(block.get("block_types") or {}):
            if parent.full_name(name) in SKIPPED_ATTRIBUTES:
                attributes.append(Attribute(name, SkippedAttributeType(), True, False))
                continue
            inner = Scope(f"{parent.name}_{name}", parent, parent.is_provider)
            block_attributes = deduplicate(self.render_attributes_for_block(inner, block_type["block"]))
            struct = self.add_struct([parent, Scope(name, parent, parent.is_provider)], block_attributes)
            attributes.append(_attribute_for_block_type(name, block_type, struct))
        return attributes

    def add_anonymous_struct(self, scope: list[Scope], attrs: dict | None) -> StructModel:
        parent = scope[-1]
        attributes = []
        for name, att in js_ordered_items(attrs or {}):
            computed = parent.is_computed or (parent.is_nested_type and bool(att.get("computed")))
            optional = bool(att.get("optional")) if parent.is_nested_type else parent.is_optional
            required = bool(att.get("required")) if parent.is_nested_type else parent.is_required
            child = Scope(name, parent, parent.is_provider, computed, optional, required, parent.is_nested_type)
            type_model = self.render_attribute_type([*scope, child], att.get("type") or att.get("nested_type"))
            attributes.append(Attribute(name, type_model, optional, required))
        return self.add_struct(scope, deduplicate(attributes))

    def add_struct(self, scope: list[Scope], attributes: list[Attribute]) -> StructModel:
        struct = StructModel(self.unique(struct_name_candidate(s.name for s in scope)), attributes)
        self.structs.append(struct)
        return struct


def _attribute_for_block_type(name: str, block_type: dict, struct: StructModel) -> Attribute:
    mode = block_type.get("nesting_mode")
    if mode == "single":
        # 0.20.1: no fallback for the case where both end up false (0.20.8 adds one, #3570)
        optional = all(a.optional for a in struct.attributes)
        required = all(a.required for a in struct.attributes)
        return Attribute(name, StructAttributeType(struct), optional, required)
    if mode == "map":
        return Attribute(name, MapAttributeType(StructAttributeType(struct)), False, False)
    if mode in ("list", "set"):
        min_items = block_type.get("min_items")
        optional = True if min_items is None else min_items < 1
        required = False if min_items is None else min_items > 0
        single_item = block_type.get("max_items") == 1
        return Attribute(
            name, ListOrSetAttributeType(mode, StructAttributeType(struct), single_item), optional, required
        )
    raise ValueError(f"block nesting_mode {mode!r} not supported")
