"""The converter's stages in a row: HCL text in, the code `cdktf convert` writes out."""

from __future__ import annotations

from regdocs.convert.bindings import SchemaSet
from regdocs.convert.error_lines import error_position
from regdocs.convert.errors import ConversionError, ConversionLimitError
from regdocs.convert.hcl import HclSyntaxError
from regdocs.convert.languages import DEFAULT_LANGUAGE, backend
from regdocs.convert.layout import print_typescript
from regdocs.convert.program import convert_to_typescript
from regdocs.convert.scope import ProgramState
from regdocs.convert.versions import DEFAULT_CDKTF_VERSION, parse_cdktf_version

# Larger snippets are refused rather than converted slowly (the largest example of the public
# pages we measure against is 15 KiB; some stages are not linear in the number of blocks).
MAX_SNIPPET_BYTES = 64 * 1024


def convert_hcl(
    hcl: str, schemas: SchemaSet, cdktf_version: str = DEFAULT_CDKTF_VERSION, language: str = DEFAULT_LANGUAGE
) -> str:
    """The code `cdktf convert` writes for `hcl` in `language` (without the docs pipeline's
    first line): Python without a final line break, TypeScript as prettier ends it, with one.

    Raises ConversionError where the reference converter fails (in a stage both languages
    share), with the line of the block it fails in; ValueError for an unknown language."""
    output = backend(language)
    size = len(hcl.encode("utf-8", errors="surrogatepass"))
    if size > MAX_SNIPPET_BYTES:
        raise ConversionLimitError(
            f"the snippet is {size // 1024} KiB, more than the {MAX_SNIPPET_BYTES // 1024} KiB regdocs converts; "
            "split it into several examples",
            1,
            column=1,
        )
    state = ProgramState(schemas, parse_cdktf_version(cdktf_version))
    try:
        program = convert_to_typescript(hcl, state)
        return output.render(program, print_typescript(program, output.positions), schemas)
    except HclSyntaxError as error:  # a value the reference re-parses and then rejects
        raise _located(ConversionError(f"cannot parse an expression again: {error.message}"), hcl, state) from None
    except RecursionError:
        raise _located(ConversionLimitError("the snippet nests too deeply to convert"), hcl, state) from None
    except ConversionError as error:
        raise _located(error, hcl, state) from None


def _located(error: ConversionError, hcl: str, state: ProgramState) -> ConversionError:
    """The error with the line of the block it arose in, when it has none."""
    if error.line is None:
        error.line, error.column = error_position(hcl, state.current_node, getattr(error, "path", None))
    return error
