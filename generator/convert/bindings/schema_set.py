"""Provider schemas (`terraform providers schema -json` documents) and their bindings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from .provider import ProviderBindings


class SchemaSet:
    """Several schema documents merged in order (a later document's provider replaces an
    earlier one of the same FQPN, keeping its position), with one `ProviderBindings` per
    FQPN, built on first use and kept.

    cty object types may use the two- or three-element form (`["object", {...}]`,
    `["object", {...}, ["optional_attr"]]`); both read the same.
    """

    def __init__(self, documents: Iterable[dict] = ()):
        self.provider_schemas: dict[str, dict] = {}
        self._bindings: dict[str, ProviderBindings] = {}
        for document in documents:
            self.add(document)

    @classmethod
    def from_files(cls, paths: Iterable[str | Path]) -> "SchemaSet":
        return cls(json.loads(Path(p).read_text(encoding="utf-8")) for p in paths)

    def add(self, document: dict) -> None:
        """Merge one schema document."""
        for fqpn, schema in (document.get("provider_schemas") or {}).items():
            self.provider_schemas[fqpn] = schema
            self._bindings.pop(fqpn, None)

    def find_provider(self, short_name: str) -> str | None:
        """hcl2cdk `getFullProviderName`: the first FQPN that ends with `short_name` (a plain
        string suffix: `dns` also matches `.../powerdns`)."""
        return next((fqpn for fqpn in self.provider_schemas if fqpn.endswith(short_name)), None)

    def bindings(self, fqpn: str) -> ProviderBindings:
        """The bindings of the provider `fqpn` (KeyError when absent)."""
        found = self._bindings.get(fqpn)
        if found is None:
            found = self._bindings[fqpn] = ProviderBindings.from_schema(fqpn, self.provider_schemas[fqpn])
        return found
