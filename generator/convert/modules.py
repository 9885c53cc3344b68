"""Module sources: the class name and bindings path `cdktf get` gives a module."""

from __future__ import annotations

import re

from generator.convert.errors import ConversionError
from generator.convert.naming import codemaker_pascal

_LOCAL = re.compile(r"^(\./|\.\./|\.\\\\|\.\.\\\\)(.*)")
_DOMAIN_LABEL = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$", re.IGNORECASE)


def _is_valid_domain(text: str) -> bool:
    labels = text.split(".")
    return len(labels) > 1 and all(_DOMAIN_LABEL.match(label) for label in labels)


def is_registry_module(source: str) -> bool:
    parts = source.split("/")
    if source.startswith(".") or not 3 <= len(parts) <= 4 or "github.com" in source or "bitbucket.org" in source:
        return False
    return len(parts) != 4 or _is_valid_domain(parts[0])


class ModuleSource:
    """A module `source` parsed as cdktf's TerraformModuleConstraint does."""

    def __init__(self, source: str):
        self.name, self.namespace = self._parse(source)

    @property
    def class_name(self) -> str:
        """The namespace the module's bindings are imported as. The reference builds its import
        as the source text `import * as <class> from "./.gen/modules/<file>"` and parses it, so
        the name is read as a JavaScript identifier (escapes decoded; anything else fails)."""
        return js_identifier(codemaker_pascal(re.sub(r"[-/.]", "_", self.name)))

    @property
    def file_name(self) -> str:
        return f"{self.namespace}/{self.name}" if self.namespace else self.name

    @property
    def import_source(self) -> str:
        """The import's module specifier, read as the content of a JavaScript string literal."""
        return js_string_content(f"./.gen/modules/{self.file_name}")

    @staticmethod
    def _parse(source: str) -> tuple[str, str | None]:
        local = _LOCAL.match(source)
        if local:
            parts = local.group(2).split("/")
            name = parts.pop()
            return name, (parts.pop() if parts else None)
        address = source.split("@")[0]
        module_parts = address.split("//")
        if is_registry_module(module_parts[0]):
            parts = module_parts[0].split("/")
            provider = parts.pop()
            name = parts.pop() if parts else address
            namespace = f"{parts.pop() if parts else 'undefined'}/{provider}"
            if len(module_parts) > 1:
                return _in_sub_folder(name, namespace, module_parts[1])
            return name, namespace
        return ModuleSource._parse_generic(source)

    @staticmethod
    def _parse_generic(source: str) -> tuple[str, str | None]:
        text = source
        prefix = re.match(r"^([a-zA-Z0-9]*)::(.*)", text)
        if prefix:
            text = prefix.group(2)
        protocol = re.match(r"^([a-zA-Z]*)://(.*)", text)
        if protocol:
            text = protocol.group(2)
        text = text.split(":")[-1]
        text = re.match(r"^[\d]*(.*)", text).group(1)
        host = re.search(r"[^/]*\.[^/]*/(.*)", text)
        if host:
            text = host.group(1)
        argument = re.search(r"(.*)\?.*", text)
        if argument:
            text = argument.group(1)
        text = re.sub(r"\.git|\.hg|\.zip", "", text, count=1)
        module_parts = text.split("//")
        parts = module_parts[0].split("/")
        name = parts.pop()
        namespace = parts.pop() if parts else None
        if not name:
            raise ConversionError(f"module name should be properly set in {source}")
        if len(module_parts) > 1:
            return _in_sub_folder(name, namespace, module_parts[1])
        return name, namespace


def _in_sub_folder(name: str, namespace: str | None, sub_path: str) -> tuple[str, str]:
    """A module in a sub-folder of its package (`source//folder/name`): named after that
    sub-folder, its namespace the path leading to it."""
    *folders, sub_name = sub_path.split("/")
    prefix = f"{namespace}/" if namespace else ""
    return sub_name, f"{prefix}{name}/{'/'.join(folders)}"


# words a JavaScript module cannot bind (strict mode), even when spelled with escapes
_JS_RESERVED = frozenset(
    "break case catch class const continue debugger default delete do else enum export extends false finally for "
    "function if import in instanceof new null return super switch this throw true try typeof var void while with "
    "yield let static implements interface package private protected public await arguments eval".split()
)
_UNICODE_ESCAPE = re.compile(r"\\u(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))")


def _js_identifier_char(char: str, first: bool) -> bool:
    if char == "$" or (not first and char in "\u200c\u200d"):
        return True
    return ("_" + char).isidentifier() if not first else char.isidentifier()


def js_identifier(text: str) -> str:
    """`text` as @babel/parser reads it in identifier position: `\\u` escapes decoded; any other
    character that cannot be part of an identifier, or a reserved word, is a syntax error."""
    chars: list[str] = []
    position = 0
    while position < len(text):
        if text[position] == "\\":
            escape = _UNICODE_ESCAPE.match(text, position)
            if not escape or int(escape.group(1) or escape.group(2), 16) > 0x10FFFF:
                raise ConversionError(f"module class name {text} is not a JavaScript identifier")
            chars.append(chr(int(escape.group(1) or escape.group(2), 16)))
            position = escape.end()
        else:
            chars.append(text[position])
            position += 1
    name = "".join(chars)
    if not name or not all(_js_identifier_char(char, index == 0) for index, char in enumerate(name)) or name in _JS_RESERVED:
        raise ConversionError(f"module class name {text} is not a JavaScript identifier")
    return name


_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v"}


def js_string_content(text: str) -> str:
    """`text` as the content of a double-quoted string literal of a JavaScript module (strict
    mode): escapes decoded; a quote, a line break, a bad or legacy octal escape is a syntax error."""
    out: list[str] = []
    position = 0
    while position < len(text):
        char = text[position]
        if char == '"' or char in "\n\r":
            raise ConversionError(f"module path {text} breaks its import's string literal")
        if char != "\\":
            out.append(char)
            position += 1
            continue
        following = text[position + 1 : position + 2]
        if following == "u":
            escape = _UNICODE_ESCAPE.match(text, position)
            if not escape or int(escape.group(1) or escape.group(2), 16) > 0x10FFFF:
                raise ConversionError(f"module path {text} has a bad escape")
            out.append(chr(int(escape.group(1) or escape.group(2), 16)))
            position = escape.end()
        elif following == "x":
            digits = text[position + 2 : position + 4]
            if not re.fullmatch(r"[0-9a-fA-F]{2}", digits):
                raise ConversionError(f"module path {text} has a bad escape")
            out.append(chr(int(digits, 16)))
            position += 4
        elif following == "0" and not text[position + 2 : position + 3].isdigit():
            out.append("\0")
            position += 2
        elif following.isdigit() or following == "":
            raise ConversionError(f"module path {text} has a bad escape")
        elif following in "\n\u2028\u2029":
            position += 2
        elif following == "\r":
            position += 3 if text[position + 2 : position + 3] == "\n" else 2
        else:
            out.append(_SIMPLE_ESCAPES.get(following, following))
            position += 2
    return "".join(out)
