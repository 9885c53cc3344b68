"""A pure-Python model of the provider bindings `cdktf get` generates
(@cdktf/provider-generator 0.20.1): class names, folders, config and nested structs and the
TypeScript types of their properties, computed from a provider schema by the generator's
rules. jsii-rosetta types the converted TypeScript with these bindings.
"""

from .provider import ProviderBindings
from .schema_set import SchemaSet

# The type model (what the Python back-end types object literals with) loads on first use.
_LAZY = {
    **{name: "model" for name in ("Property", "ResourceBinding", "Struct")},
    **{
        name: "types"
        for name in (
            "ANY",
            "BOOLEAN",
            "IRESOLVABLE",
            "NUMBER",
            "STRING",
            "TsArray",
            "TsLiteral",
            "TsMap",
            "TsParenthesized",
            "TsPrimitive",
            "TsRef",
            "TsStructRef",
            "TsType",
            "TsUnion",
        )
    },
}

__all__ = ["ProviderBindings", "SchemaSet", *_LAZY]


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"{__name__}.{module}"), name)
