"""The converter's stages in a row: HCL text in, the code `cdktf convert` writes out."""

from __future__ import annotations

from regdocs.convert.bindings import SchemaSet
from regdocs.convert.errors import ConversionError
from regdocs.convert.hcl import HclSyntaxError
from regdocs.convert.languages import DEFAULT_LANGUAGE, backend
from regdocs.convert.layout import print_typescript
from regdocs.convert.program import convert_to_typescript
from regdocs.convert.scope import ProgramState
from regdocs.convert.versions import DEFAULT_CDKTF_VERSION, parse_cdktf_version


def convert_hcl(
    hcl: str, schemas: SchemaSet, cdktf_version: str = DEFAULT_CDKTF_VERSION, language: str = DEFAULT_LANGUAGE
) -> str:
    """The code `cdktf convert` writes for `hcl` in `language` (without the docs pipeline's
    first line): Python without a final line break, TypeScript as prettier ends it, with one.

    Raises ConversionError where the reference converter fails (in a stage both languages
    share); ValueError for an unknown language."""
    output = backend(language)
    state = ProgramState(schemas, parse_cdktf_version(cdktf_version))
    try:
        program = convert_to_typescript(hcl, state)
    except HclSyntaxError as error:  # a value the reference re-parses and then rejects
        raise ConversionError(f"cannot parse an expression again: {error.message}") from None
    except RecursionError:
        raise ConversionError("the snippet nests too deeply to convert") from None
    return output.render(program, print_typescript(program, output.positions), schemas)
