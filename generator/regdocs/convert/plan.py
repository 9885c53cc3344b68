"""The top-level shape the reference accepts (its zod schema): unknown blocks are dropped,
known ones reordered to the schema's key order, wrong types rejected."""

from __future__ import annotations

from typing import Any, Callable

from regdocs.convert.errors import ConversionError, ConversionLimitError
from regdocs.convert.hcl import HclLimitError, HclSyntaxError, parse_config

Validator = Callable[[Any, str], Any]


def _fail(path: str, expected: str) -> ConversionError:
    error = ConversionError(f"HCL-JSON does not conform to schema: expected {expected} at {path or 'top level'}")
    error.path = path  # where in the document, for the error's line
    return error


def _any(value: Any, path: str) -> Any:
    return value


def _string(value: Any, path: str) -> Any:
    if not isinstance(value, str):
        raise _fail(path, "a string")
    return value


def _boolean(value: Any, path: str) -> Any:
    if not isinstance(value, bool):
        raise _fail(path, "a boolean")
    return value


def _array(item: Validator) -> Validator:
    def validate(value: Any, path: str) -> Any:
        if not isinstance(value, list):
            raise _fail(path, "a list")
        return [item(element, f"{path}[{index}]") for index, element in enumerate(value)]

    return validate


def _record(item: Validator) -> Validator:
    def validate(value: Any, path: str) -> Any:
        if not isinstance(value, dict):
            raise _fail(path, "an object")
        return {key: item(element, f"{path}.{key}") for key, element in value.items()}

    return validate


def _object(shape: dict[str, Validator], *, required: tuple[str, ...] = (), passthrough: bool = False) -> Validator:
    """Keys in the shape's order (absent keys omitted), unknown keys dropped (or kept last)."""

    def validate(value: Any, path: str) -> Any:
        if not isinstance(value, dict):
            raise _fail(path, "an object")
        result = {}
        for key, check in shape.items():
            if key in value:
                result[key] = check(value[key], f"{path}.{key}")
            elif key in required:
                raise _fail(f"{path}.{key}", "a value")
        if passthrough:
            result.update((key, element) for key, element in value.items() if key not in shape)
        return result

    return validate


def _union(*options: Validator) -> Validator:
    def validate(value: Any, path: str) -> Any:
        for option in options:
            try:
                return option(value, path)
            except ConversionError:
                continue
        raise _fail(path, "a provider requirement")

    return validate


_resource = _array(_record(_any))
_TOP_LEVEL = _object(
    {
        "data": _record(_record(_resource)),
        "import": _array(_object({"to": _string, "id": _string, "provider": _any}, required=("to", "id"))),
        "locals": _array(_record(_any)),
        "module": _record(_array(_object({"source": _string}, required=("source",), passthrough=True))),
        "output": _record(
            _array(_object({"value": _any, "description": _string, "sensitive": _boolean, "depends_on": _string}))
        ),
        "provider": _record(_array(_record(_any))),
        "resource": _record(_record(_resource)),
        "terraform": _array(
            _object(
                {
                    "required_version": _string,
                    "required_providers": _array(
                        _record(_union(_object({"source": _string, "version": _string}), _string))
                    ),
                    "backend": _record(_array(_record(_any))),
                }
            )
        ),
        "variable": _record(
            _array(
                _object(
                    {
                        "type": _string,
                        "default": _any,
                        "description": _string,
                        "sensitive": _boolean,
                        "nullable": _boolean,
                        "validation": _array(
                            _object({"error_message": _string, "condition": _any}, required=("error_message",))
                        ),
                    }
                )
            )
        ),
    }
)


def parse_plan(hcl: str, cdktf_version: tuple[int, int, int]) -> dict:
    """The parsed snippet, shaped as the reference's converter sees it (cdktf 0.20.0 did not
    know `import` blocks yet and dropped them)."""
    try:
        document = parse_config(hcl)
    except HclLimitError as error:
        raise ConversionLimitError(error.message, error.line, column=error.column) from None
    except HclSyntaxError as error:
        raise ConversionError(f"invalid HCL: {error.message}", error.line, True, error.column) from None
    plan = _TOP_LEVEL(document, "")
    if cdktf_version < (0, 20, 1):
        plan.pop("import", None)
    return plan
