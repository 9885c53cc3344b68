"""Provider schemas (`terraform providers schema -json` documents) and their bindings.

Each provider's model is built once per process: schema files are read once (until they
change on disk) and the model of a provider schema object is kept for as long as the
process runs. Schema documents are treated as immutable once given here.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .provider import ProviderBindings

# (fqpn, id(provider schema)) -> (the schema, kept alive so the id stays its own; its model)
_UNKNOWN = object()
_BINDINGS: dict[tuple[str, int], tuple[dict, ProviderBindings]] = {}


@lru_cache(maxsize=None)
def _read_document(path: Path, mtime_ns: int, size: int) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def read_schema_document(path: str | Path) -> dict:
    """The parsed schema document at `path`, read once per version of the file."""
    resolved = Path(path).resolve()
    stat = resolved.stat()
    return _read_document(resolved, stat.st_mtime_ns, stat.st_size)


class SchemaSet:
    """Several schema documents merged in order (a later document's provider replaces an
    earlier one of the same FQPN, keeping its position), with one `ProviderBindings` per
    FQPN, built on first use.

    cty object types may use the two- or three-element form (`["object", {...}]`,
    `["object", {...}, ["optional_attr"]]`); both read the same.
    """

    def __init__(self, documents: Iterable[dict] = ()):
        self.provider_schemas: dict[str, dict] = {}
        self._types: dict[str, object] = {}
        for document in documents:
            self.add(document)

    @classmethod
    def from_files(cls, paths: Iterable[str | Path]) -> "SchemaSet":
        return cls(read_schema_document(p) for p in paths)

    def add(self, document: dict) -> None:
        """Merge one schema document."""
        self.provider_schemas.update(document.get("provider_schemas") or {})
        self._types.clear()

    def type_at_path(self, path: str):
        """What the schemas say at `path` (`tfschema.type_at_path`), worked out once per path:
        snippets ask about the same attributes again and again."""
        found = self._types.get(path, _UNKNOWN)
        if found is _UNKNOWN:
            from regdocs.convert.tfschema import type_at_path

            found = self._types[path] = type_at_path(self.provider_schemas, path)
        return found

    def find_provider(self, short_name: str) -> str | None:
        """hcl2cdk `getFullProviderName`: the first FQPN that ends with `short_name` (a plain
        string suffix: `dns` also matches `.../powerdns`)."""
        return next((fqpn for fqpn in self.provider_schemas if fqpn.endswith(short_name)), None)

    def bindings(self, fqpn: str) -> ProviderBindings:
        """The bindings of the provider `fqpn` (KeyError when absent)."""
        schema = self.provider_schemas[fqpn]
        cached = _BINDINGS.get((fqpn, id(schema)))
        if cached is None:
            cached = _BINDINGS[(fqpn, id(schema))] = (schema, ProviderBindings.from_schema(fqpn, schema))
        return cached[1]
