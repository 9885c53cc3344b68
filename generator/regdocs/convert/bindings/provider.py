"""One provider's generated bindings, as `cdktf get` (provider-generator 0.20.1) emits them
and as hcl2cdk's generator instance names them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..js import js_ordered_items
from ..naming import codemaker_snake
from .names import ProviderNames, Replay
from .schema_names import base_name_for, file_name_for

if TYPE_CHECKING:
    from .model import ResourceBinding


def provider_name_of(fqpn: str) -> str:
    """@cdktf/provider-schema `parseFQPN(fqpn).name`: the third `/`-separated segment."""
    parts = fqpn.split("/")
    if len(parts) < 3 or not parts[2]:
        raise ValueError(f"can't handle {fqpn}")
    return parts[2]


@dataclass
class _Entry:
    """A construct the generator parses: its schema and place in its order; its names,
    folder and binding are worked out on first use."""

    terraform_type: str
    kind: str
    schema: dict
    position: int
    base_name: str
    binding: ResourceBinding | None = None


class ProviderBindings:
    """The model of `./.gen/providers/<name>/`: resources, then data sources, then the
    provider, in schema order, sharing one set of unique class names.

    Building the model only lists the constructs; a construct's names (which depend on the
    names taken before it, see `names.py`) are planned when it is first asked about, and its
    structs and property types on its first `resource()` / `data_source()` / `provider()`
    call."""

    def __init__(self, fqpn: str, provider_schema: dict):
        self.fqpn = fqpn
        self.name = provider_name_of(fqpn)
        # keyed like the generator's parse cache: `aws_instance`, `data_aws_ami`, `provider`
        self._entries: dict[str, _Entry] = {}
        order: list[_Entry] = []

        def add(terraform_type: str, kind: str, schema: dict) -> _Entry:
            base_name = base_name_for(self.name, terraform_type, kind == "provider")
            entry = _Entry(terraform_type, kind, schema, len(order), base_name)
            order.append(entry)
            return entry

        for terraform_type, schema in js_ordered_items(provider_schema.get("resource_schemas") or {}):
            if terraform_type not in self._entries:  # the generator parses a type once
                self._entries[terraform_type] = add(terraform_type, "resource", schema)
        for terraform_type, schema in js_ordered_items(provider_schema.get("data_source_schemas") or {}):
            if "data_" + terraform_type not in self._entries:
                self._entries["data_" + terraform_type] = add("data_" + terraform_type, "data_source", schema)
        # parsed last, through the same cache; hcl2cdk's generator never parses it, so it
        # stays out of the type lookups
        self._provider: _Entry | None = None
        if provider_schema.get("provider") is not None:  # JavaScript truthiness of an object
            self._provider = self._entries.get("provider") or add("provider", "provider", provider_schema["provider"])
        self._names = ProviderNames(self.name, [(e.terraform_type, e.schema, e.kind == "provider") for e in order])
        self._by_folder: dict[str, _Entry] | None = None

    @classmethod
    def from_schema(cls, fqpn: str, provider_schema: dict) -> "ProviderBindings":
        """The model of one entry of a schema document's `provider_schemas`."""
        return cls(fqpn, provider_schema)

    def _file_name(self, entry: _Entry) -> str:
        return file_name_for(self.name, entry.base_name)

    def _class_name(self, entry: _Entry) -> str:
        return self._names.record(entry.position)[0][1]

    @property
    def folders(self) -> frozenset[str]:
        """The folders of every construct."""
        return frozenset(self._folder_map())

    def _folder_map(self) -> dict[str, _Entry]:
        if self._by_folder is None:
            entries = [*self._entries.values(), self._provider]
            self._by_folder = {self._file_name(e)[: -len("/index.ts")]: e for e in entries if e is not None}
        return self._by_folder

    # --- what hcl2cdk asks the generator -------------------------------------------------

    def class_name_for(self, terraform_type: str) -> str | None:
        """`getClassNameForResource(type)` (`aws_instance`, `data_aws_ami`); None for a type
        the generator did not parse (where JavaScript returns the falsy "")."""
        entry = self._entries.get(terraform_type)
        return self._class_name(entry) if entry else None

    def namespace_for(self, terraform_type: str) -> str | None:
        """`getNamespaceNameForResource(type)`: the folder as the generator derives it from
        the file path; None where JavaScript returns "" (unknown type)."""
        if terraform_type == "data_external_":
            terraform_type = "data_external"
        entry = self._entries.get(terraform_type)
        if entry is None:
            return None
        file_path = f"providers/{codemaker_snake(self.name)}/{self._file_name(entry)}"
        return file_path.replace(f"providers/{self.name}/", "", 1).replace("/index.ts", "", 1)

    # --- the bindings ----------------------------------------------------------------------

    def resource(self, terraform_type: str) -> ResourceBinding | None:
        """The binding of resource `terraform_type` (`aws_instance`)."""
        entry = self._entries.get(terraform_type)
        return self._binding(entry) if entry and entry.kind == "resource" else None

    def data_source(self, terraform_type: str) -> ResourceBinding | None:
        """The binding of data source `terraform_type` (`aws_ami` → class `DataAwsAmi`)."""
        entry = self._entries.get("data_" + terraform_type)
        return self._binding(entry) if entry else None

    def provider(self) -> ResourceBinding | None:
        """The binding of the provider construct (folder `provider`)."""
        return self._binding(self._provider) if self._provider else None

    def construct_in(self, folder: str) -> ResourceBinding | None:
        """The construct `./.gen/providers/<name>/<folder>` exports (the last one written when
        two constructs share a folder)."""
        found = self._folder_map().get(folder)
        return self._binding(found) if found else None

    def _binding(self, entry: _Entry) -> ResourceBinding:
        if entry.binding is None:
            # the type model loads on first use: converting to TypeScript needs names only
            from .cdktf_meta import TERRAFORM_META_ARGUMENTS
            from .model import ResourceBinding
            from .resource_parser import ResourceParser

            replay = Replay(self._names.record(entry.position))
            parsed = ResourceParser(self.name, replay).resource_from(entry.terraform_type, entry.schema, entry.kind)
            replay.check_finished()
            bases = () if entry.kind == "provider" else (TERRAFORM_META_ARGUMENTS,)
            config, structs = parsed.publish(bases)
            entry.binding = ResourceBinding(
                entry.terraform_type, entry.kind, parsed.class_name, config, structs, parsed.folder
            )
        return entry.binding
