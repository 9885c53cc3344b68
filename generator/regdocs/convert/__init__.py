"""HCL examples to the Python or TypeScript that `cdktf convert` (@cdktf/hcl2cdk 0.20)
writes, byte for byte.

The stages mirror the reference's programs: `hcl` parses (hcl2json), `plan` checks the
top-level shape, `program` orders blocks and builds TypeScript (`statements`, `values`,
`expressions`, `coercion`, `symbols`), `layout` prints it as prettier would; then one
back-end per language (`languages`): `typescript` keeps prettier's text, `python` renders
what jsii-rosetta prints, its object literals typed from the provider bindings by
`rosetta_types`. `converter.convert_hcl` runs them in a row; it is imported on first use,
so that commands which convert nothing start fast."""

from __future__ import annotations

from regdocs.convert.bindings import SchemaSet
from regdocs.convert.errors import ConversionError, ConversionLimitError
from regdocs.convert.languages import DEFAULT_LANGUAGE, LANGUAGES
from regdocs.convert.versions import DEFAULT_CDKTF_VERSION, parse_cdktf_version

__all__ = [
    "ConversionError",
    "ConversionLimitError",
    "SchemaSet",
    "convert_hcl",
    "parse_cdktf_version",
    "DEFAULT_CDKTF_VERSION",
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
]


def __getattr__(name: str):
    if name == "convert_hcl":
        from regdocs.convert.converter import convert_hcl

        return convert_hcl
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
