"""Exact ports of the case helpers that decide names in `cdktf convert` output.

One function per origin, named after it; each mirrors a JavaScript implementation
character for character (checked against the real packages on large generated input
sets). Strings are handled as Unicode code points: identical to JavaScript for every
character of the Basic Multilingual Plane; where a JavaScript regex uses a Unicode
property class, the closest Python predicate is used (exact for ASCII, see `_IDENTIFIER_CLASS`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# --- character predicates ------------------------------------------------------------------

# ECMAScript WhiteSpace and LineTerminator code points: what String.prototype.trim removes.
_JS_WHITESPACE = (
    "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
)


def _is_upper_letter(c: str) -> bool:
    """`\\p{Lu}` / `\\p{Uppercase_Letter}`."""
    if c < "\x80":
        return "A" <= c <= "Z"
    return unicodedata.category(c) == "Lu"


def _is_lower_letter(c: str) -> bool:
    """`\\p{Ll}` / `\\p{Lowercase_Letter}`."""
    if c < "\x80":
        return "a" <= c <= "z"
    return unicodedata.category(c) == "Ll"


# camelcase's `[\p{Alpha}\p{N}_]`. Python's `\w` is letters, numbers and `_`: the same set
# except for the few combining marks Unicode counts as Alphabetic (Other_Alphabetic).
_IDENTIFIER_CLASS = r"\w"


# --- npm camelcase 6.3.0 -------------------------------------------------------------------

_LEADING_SEPARATORS = re.compile(r"^[_.\- ]+")
_SEPARATORS_AND_IDENTIFIER = re.compile(r"[_.\- ]+(" + _IDENTIFIER_CLASS + r"|\Z)")
_NUMBERS_AND_IDENTIFIER = re.compile(r"[0-9]+(?:" + _IDENTIFIER_CLASS + r"|\Z)")


def _preserve_camel_case(string: str) -> str:
    """camelcase's `preserveCamelCase`: a `-` before each lower→upper change and before
    the last capital of an upper-case run that is followed by a lower-case letter."""
    is_last_char_lower = False
    is_last_char_upper = False
    is_last_last_char_upper = False
    i = 0
    while i < len(string):
        character = string[i]
        if is_last_char_lower and _is_upper_letter(character):
            string = string[:i] + "-" + string[i:]
            is_last_char_lower = False
            is_last_last_char_upper = is_last_char_upper
            is_last_char_upper = True
            i += 1
        elif is_last_char_upper and is_last_last_char_upper and _is_lower_letter(character):
            string = string[: i - 1] + "-" + string[i - 1 :]
            is_last_last_char_upper = is_last_char_upper
            is_last_char_upper = False
            is_last_char_lower = True
        else:
            lower, upper = character.lower(), character.upper()
            is_last_char_lower = lower == character and upper != character
            is_last_last_char_upper = is_last_char_upper
            is_last_char_upper = upper == character and lower != character
        i += 1
    return string


@lru_cache(maxsize=None)
def camelcase_js(s: str, pascal: bool = False) -> str:
    """npm `camelcase` 6.3.0: `camelcase(s)` / `camelcase(s, {pascalCase: true})`."""
    s = s.strip(_JS_WHITESPACE)
    if not s:
        return ""
    if len(s) == 1:
        return s.upper() if pascal else s.lower()
    if s != s.lower():
        s = _preserve_camel_case(s)
    s = _LEADING_SEPARATORS.sub("", s, count=1).lower()
    if pascal:
        s = s[:1].upper() + s[1:]
    s = _SEPARATORS_AND_IDENTIFIER.sub(lambda m: m.group(1).upper(), s)
    return _NUMBERS_AND_IDENTIFIER.sub(lambda m: m.group(0).upper(), s)


def hcl2cdk_camel(s: str) -> str:
    """`camelCase` of @cdktf/hcl2cdk utils: camelcase after replacing `-` and `/` by `_`."""
    return camelcase_js(s.replace("-", "_").replace("/", "_"))


def hcl2cdk_pascal(s: str) -> str:
    """`pascalCase` of @cdktf/hcl2cdk utils: pascal camelcase after `-`, `/` → `_`."""
    return camelcase_js(s.replace("-", "_").replace("/", "_"), pascal=True)


# --- codemaker 1.x (jsii) ------------------------------------------------------------------


def codemaker_camel(s: str) -> str:
    """codemaker `toCamelCase(s)` (camelcase of the one-element array `[s]`)."""
    return camelcase_js(s)


def codemaker_pascal(s: str) -> str:
    """codemaker `toPascalCase(s)`."""
    return camelcase_js(s, pascal=True)


_ABBREVIATIONS = re.compile(r"(^|[^A-Z])(KiB|MiB|GiB)(\Z|[^a-z])")


# the two decamelize replacements below, for ASCII text
_ASCII_LOWER_UPPER = re.compile(r"([a-z0-9])([A-Z])")
_ASCII_UPPER_RUN = re.compile(r"([A-Z])([A-Z][a-z]+)")


def _split_lower_upper(text: str) -> str:
    """decamelize: `text.replace(/([\\p{Ll}\\d])(\\p{Lu})/gu, "$1_$2")`."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if i + 1 < n and ("0" <= c <= "9" or _is_lower_letter(c)) and _is_upper_letter(text[i + 1]):
            out.append(c + "_" + text[i + 1])
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _split_upper_run(text: str) -> str:
    """decamelize: `text.replace(/(\\p{Lu})(\\p{Lu}\\p{Ll}+)/gu, "$1_$2")`."""
    out = []
    i, n = 0, len(text)
    while i < n:
        if i + 2 < n and _is_upper_letter(text[i]) and _is_upper_letter(text[i + 1]) and _is_lower_letter(text[i + 2]):
            end = i + 3
            while end < n and _is_lower_letter(text[end]):
                end += 1
            out.append(text[i] + "_" + text[i + 1 : end])
            i = end
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


@lru_cache(maxsize=None)
def codemaker_snake(s: str) -> str:
    """codemaker `toSnakeCase(s)`: `KiB`/`MiB`/`GiB` kept as one word, then npm
    `decamelize` 5.0.1 with separator `_`."""
    if "iB" in s:
        s = _ABBREVIATIONS.sub(lambda m: m.group(1) + m.group(2).capitalize() + m.group(3), s)
    if len(s) < 2:
        return s.lower()
    if s.isascii():
        if s.lower() == s:  # nothing to split
            return s
        return _ASCII_UPPER_RUN.sub(r"\1_\2", _ASCII_LOWER_UPPER.sub(r"\1_\2", s)).lower()
    return _split_upper_run(_split_lower_upper(s)).lower()


# --- cdktf ---------------------------------------------------------------------------------

_EDGE_NON_ALNUM = re.compile(r"^[^A-Za-z0-9]*|[^A-Za-z0-9]*\Z")
_LOWER_DIGIT_THEN_UPPER = re.compile(r"([a-z0-9])([A-Z])")
_NON_ALNUM_RUN = re.compile(r"[^A-Za-z0-9]+|_+")


@lru_cache(maxsize=4096)
def cdktf_snake(s: str) -> str:
    """`snakeCase` of `cdktf/lib/util` (hcl2cdk turns namespaces into import paths with it)."""
    if not s:
        return ""
    s = _EDGE_NON_ALNUM.sub("", s)
    s = _LOWER_DIGIT_THEN_UPPER.sub(lambda m: m.group(1) + "_" + m.group(2).lower(), s)
    return _NON_ALNUM_RUN.sub("_", s).lower()


# --- jsii-rosetta --------------------------------------------------------------------------

_NON_UPPER_THEN_UPPER = re.compile(r"[^A-Z][A-Z]")


@lru_cache(maxsize=4096)
def rosetta_mangle(identifier: str) -> str:
    """jsii-rosetta's Python `mangleIdentifier`: names starting with A-Z stay; otherwise
    every non-overlapping `xY` becomes `x_y`; `lambda` gets a trailing `_`."""
    if "A" <= identifier[:1] <= "Z":
        return identifier
    cased = _NON_UPPER_THEN_UPPER.sub(lambda m: m.group(0)[0] + "_" + m.group(0)[1].lower(), identifier)
    return cased + "_" if cased == "lambda" else cased


# --- @cdktf/provider-generator -------------------------------------------------------------

_GETTER_NAME = re.compile(r"get[A-Za-z]+")
_ATTRIBUTE_SUFFIXED = {"self", "build", "tfResourceType", "importFrom", "moveTo", "software"}
_ATTRIBUTE_RENAMED = {"equals": "equalTo", "node": "nodeAttribute", "system": "systemAttribute"}


def escape_attribute_name(name: str) -> str:
    """provider-generator `escapeAttributeName`: the property name of a camel-cased attribute."""
    if name in ("self", "build"):
        return name + "Attribute"
    if _GETTER_NAME.match(name):
        return name.replace("get", "fetch", 1)
    if name in _ATTRIBUTE_RENAMED:
        return _ATTRIBUTE_RENAMED[name]
    if name in _ATTRIBUTE_SUFFIXED:
        return name + "Attribute"
    return name


_RESERVED_CLASS_OR_NAMESPACE_NAMES = frozenset(
    ["string", "object", "function"]
    + ["implements", "interface", "let", "package", "private", "protected", "public", "static", "yield", "await"]
    + ["license"]
)


def sanitize_class_or_namespace_name(base_name: str, is_provider: bool = False) -> str:
    """provider-generator `sanitizeClassOrNamespaceName`: reserved names (case-insensitive)
    and a non-provider named `provider` get the suffix `_resource`."""
    if base_name.lower() in _RESERVED_CLASS_OR_NAMESPACE_NAMES or (not is_provider and base_name == "provider"):
        return base_name + "_resource"
    return base_name


# --- @cdktf/hcl2cdk ------------------------------------------------------------------------

# npm reserved-words 0.1.2, `check(word)` with the default dialect (ES5, non-strict).
ES5_RESERVED_WORDS = frozenset(
    "break do instanceof typeof case else new var catch finally return void continue for "
    "switch while debugger function this with default if throw delete in try "
    "class enum extends super const export import null true false".split()
)


def valid_var_name(name: str) -> str:
    """hcl2cdk `validVarName`: ES5 reserved words get `Var` appended; a leading digit gets `d`."""
    if name in ES5_RESERVED_WORDS:
        return name + "Var"
    if "0" <= name[:1] <= "9":
        return "d" + name
    return name
