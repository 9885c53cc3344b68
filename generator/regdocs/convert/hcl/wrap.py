"""How the reference hands a string value back to the HCL parser (hcl2json's
`wrapTerraformExpression` and `replaceQuotes`): these decide many edge cases."""

from __future__ import annotations

import re

_FULLY_QUOTED = re.compile(r'^(\s*")([^\n\r\u2028\u2029]*)("\s*)$')
_INTERPOLATION = re.compile(r"(?<!\$)\$\{")
_JS_NUMBER = re.compile(
    r"^[+-]?(?:Infinity|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)$|^0[xX][0-9a-fA-F]+$|^0[oO][0-7]+$|^0[bB][01]+$"
)
_JS_SPACE = " \t\n\r\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"


def replace_quotes(text: str) -> str:
    """Escape the inner quotes of a fully quoted string without interpolations."""
    match = _FULLY_QUOTED.match(text)
    if match and not _INTERPOLATION.search(text):
        return match.group(1) + match.group(2).replace('"', '\\"') + match.group(3)
    return text


def _is_js_number(text: str) -> bool:
    """`!isNaN(Number(text))` in JavaScript (an empty or blank string is 0)."""
    stripped = text.strip(_JS_SPACE)
    return not stripped or bool(_JS_NUMBER.match(stripped))


def wrap_terraform_expression(text: str) -> tuple[str, int]:
    """The text to parse for a string value, and where the value starts in it."""
    text = replace_quotes(text)
    if _is_js_number(text) or text in ("true", "false"):
        return text, 0
    if text.startswith('"'):
        if "\n" in text:
            return f"<<EOE\n{text[1:-1]}\nEOE\n", 5
        return text, 0
    if text.startswith(("[", "{")):
        return text, 0
    if text.startswith("<<"):
        return (text if text.endswith("\n") else text + "\n"), 0
    return f'"{text}"', 1
