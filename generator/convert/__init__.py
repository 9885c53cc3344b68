"""HCL examples to the Python that `cdktf convert` (@cdktf/hcl2cdk 0.20) writes, byte for byte.

The stages mirror the reference's programs: `hcl` parses (hcl2json), `plan` checks the
top-level shape, `program` orders blocks and builds TypeScript (`statements`, `values`,
`expressions`, `coercion`, `symbols`), `rosetta_types` types its object literals from the
provider bindings, `layout` prints it as prettier would, and `python` renders what
jsii-rosetta prints."""

from __future__ import annotations

import re

from generator.convert.bindings import SchemaSet
from generator.convert.errors import ConversionError
from generator.convert.hcl import HclSyntaxError
from generator.convert.layout import print_typescript
from generator.convert.program import convert_to_typescript
from generator.convert.python import render_python
from generator.convert.rosetta_types import annotate_object_types
from generator.convert.scope import ProgramState

__all__ = ["ConversionError", "SchemaSet", "convert_hcl", "parse_cdktf_version", "DEFAULT_CDKTF_VERSION"]

DEFAULT_CDKTF_VERSION = "0.20.8"


def parse_cdktf_version(version: str) -> tuple[int, int, int]:
    """`0.20.1` -> (0, 20, 1); pre-release suffixes are ignored."""
    match = re.match(r"^(\d+)\.(\d+)\.(\d+)", version)
    if not match:
        raise ValueError(f"not a cdktf version: {version!r} (expected MAJOR.MINOR.PATCH)")
    major, minor, patch = match.groups()
    return int(major), int(minor), int(patch)


def convert_hcl(hcl: str, schemas: SchemaSet, cdktf_version: str = DEFAULT_CDKTF_VERSION) -> str:
    """The Python `cdktf convert` writes for `hcl` (without the docs pipeline's first line).

    Raises ConversionError where the reference converter fails."""
    state = ProgramState(schemas, parse_cdktf_version(cdktf_version))
    try:
        program = convert_to_typescript(hcl, state)
    except HclSyntaxError as error:  # a value the reference re-parses and then rejects
        raise ConversionError(f"cannot parse an expression again: {error.message}") from None
    except RecursionError:
        raise ConversionError("the snippet nests too deeply to convert") from None
    annotate_object_types(program, schemas)
    return render_python(program, print_typescript(program))
