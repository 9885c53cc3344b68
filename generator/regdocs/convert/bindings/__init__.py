"""A pure-Python model of the provider bindings `cdktf get` generates
(@cdktf/provider-generator 0.20.1): class names, folders, config and nested structs and the
TypeScript types of their properties, computed from a provider schema by the generator's
rules. jsii-rosetta types the converted TypeScript with these bindings.
"""

from .model import Property, ResourceBinding, Struct
from .provider import ProviderBindings
from .schema_set import SchemaSet
from .types import (
    ANY,
    BOOLEAN,
    IRESOLVABLE,
    NUMBER,
    STRING,
    TsArray,
    TsLiteral,
    TsMap,
    TsParenthesized,
    TsPrimitive,
    TsRef,
    TsStructRef,
    TsType,
    TsUnion,
)

__all__ = [
    "ANY",
    "BOOLEAN",
    "IRESOLVABLE",
    "NUMBER",
    "STRING",
    "Property",
    "ProviderBindings",
    "ResourceBinding",
    "SchemaSet",
    "Struct",
    "TsArray",
    "TsLiteral",
    "TsMap",
    "TsParenthesized",
    "TsPrimitive",
    "TsRef",
    "TsStructRef",
    "TsType",
    "TsUnion",
]
