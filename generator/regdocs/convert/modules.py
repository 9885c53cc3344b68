"""Module sources: the class name and bindings path `cdktf get` gives a module."""

from __future__ import annotations

import re

from regdocs.convert.errors import ConversionError
from regdocs.convert.js import js_identifier, js_string_content
from regdocs.convert.naming import codemaker_pascal

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
    def import_source_text(self) -> str:
        """The import's module specifier as the reference writes it in its template."""
        return f"./.gen/modules/{self.file_name}"

    @property
    def import_source(self) -> str:
        """The import's module specifier, read as the content of a JavaScript string literal."""
        return js_string_content(self.import_source_text)

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
        text = _last_group(r"^([a-zA-Z0-9]*)::(.*)", source)  # a forced getter (`git::`)
        text = _last_group(r"^([a-zA-Z]*)://(.*)", text)  # a protocol
        text = text.split(":")[-1]
        text = _last_group(r"^[\d]*(.*)", text)
        text = _last_group(r"[^/]*\.[^/]*/(.*)", text)  # a host
        text = _last_group(r"(.*)\?.*", text)  # query arguments
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


def _last_group(pattern: str, text: str) -> str:
    """The last group of `pattern` where it is found in `text`, else `text` unchanged."""
    found = re.search(pattern, text)
    return found.group(found.re.groups) if found else text


def _in_sub_folder(name: str, namespace: str | None, sub_path: str) -> tuple[str, str]:
    """A module in a sub-folder of its package (`source//folder/name`): named after that
    sub-folder, its namespace the path leading to it."""
    *folders, sub_name = sub_path.split("/")
    prefix = f"{namespace}/" if namespace else ""
    return sub_name, f"{prefix}{name}/{'/'.join(folders)}"
