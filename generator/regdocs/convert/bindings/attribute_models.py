"""The provider generator's attribute, struct and attribute-type models (models/*.ts), as far
as they decide the interfaces: names, flags, and the TypeScript type of each property.

In the type models `kind` is the generator's typeModelType, `stored` its storedClassType and
`ts(publish)` its inputTypeDefinition, where `publish` turns a struct model into its public
`Struct`.
"""

from __future__ import annotations

from ..naming import codemaker_camel, escape_attribute_name
from .types import ANY, BOOLEAN, IRESOLVABLE, TsArray, TsMap, TsParenthesized, TsPrimitive, TsRef
from .types import TsStructRef, TsType, TsUnion, union


class SimpleAttributeType:
    kind = "simple"
    struct = None
    is_complex = False

    def __init__(self, type_name: str):
        self.stored = type_name

    def ts(self, publish) -> TsType:
        if self.stored == "boolean":
            return union(BOOLEAN, IRESOLVABLE)
        return TsPrimitive(self.stored)


class SkippedAttributeType:
    kind = "simple"
    struct = None
    is_complex = False
    stored = "any"

    def ts(self, publish) -> TsType:
        return ANY


class StructAttributeType:
    kind = "struct"
    is_complex = True

    def __init__(self, struct: "StructModel"):
        self.struct = struct
        self.stored = struct.name

    def ts(self, publish) -> TsType:
        return TsStructRef(publish(self.struct))


def _stored_ref(element, publish) -> TsType:
    """The stored class of a complex element: its struct, or a collection class (`FooList`)."""
    return element.ts(publish) if isinstance(element, StructAttributeType) else TsRef(element.stored)


class ListOrSetAttributeType:
    def __init__(self, kind: str, element, single_item: bool):
        self.kind = kind  # "list" or "set"
        self.element = element
        self.single_item = single_item
        self.struct = element.struct
        self.is_complex = element.is_complex
        self.stored = element.stored + "List"

    def ts(self, publish) -> TsType:
        element = self.element
        if self.single_item:
            return element.ts(publish)
        if element.stored == "boolean":
            return union(TsArray(union(BOOLEAN, IRESOLVABLE), generic=True), IRESOLVABLE)
        if self.is_complex:
            return union(TsArray(_stored_ref(element, publish)), IRESOLVABLE)
        if element.kind != "simple":
            # `${element}[] | cdktf.IResolvable`: the `[]` binds to the last union member
            inner = element.ts(publish)
            members = inner.members if isinstance(inner, TsUnion) else (inner,)
            return union(*members[:-1], TsArray(members[-1]), IRESOLVABLE)
        return TsArray(element.ts(publish))


class MapAttributeType:
    kind = "map"

    def __init__(self, element):
        self.element = element
        self.struct = element.struct
        self.is_complex = element.is_complex
        self.stored = element.stored + "Map"

    def ts(self, publish) -> TsType:
        element = self.element
        if element.stored == "boolean":
            return TsMap(TsParenthesized(union(BOOLEAN, IRESOLVABLE)))
        if self.is_complex:
            return union(TsMap(_stored_ref(element, publish)), IRESOLVABLE)
        if element.kind != "simple":
            return union(TsMap(element.ts(publish)), IRESOLVABLE)
        return TsMap(TsPrimitive(element.stored))


class Attribute:
    """models/attribute-model.ts (the parts that reach the interfaces)."""

    __slots__ = ("name", "terraform_name", "optional", "required", "type")

    def __init__(self, terraform_name: str, type_model, optional: bool, required: bool):
        self.name = escape_attribute_name(codemaker_camel(terraform_name))
        self.terraform_name = terraform_name
        self.type = type_model
        self.optional = optional
        self.required = required


class StructModel:
    """models/struct.ts: a named struct and its (mutable) attribute list."""

    __slots__ = ("name", "attributes")

    def __init__(self, name: str, attributes: list[Attribute]):
        self.name = name
        self.attributes = attributes
