"""State shared while one snippet is converted, and the per-block view of it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from regdocs.convert.bindings import SchemaSet


@dataclass(frozen=True)
class Importable:
    """A class to import: `provider` is `cdktf`, `constructs` or a provider name."""

    provider: str
    construct_name: str
    namespace: str | None = None


@dataclass
class VariableEntry:
    variable_name: str
    resource: str


@dataclass
class ProgramState:
    """Program-wide registries; their insertion order decides names and import order."""

    schemas: SchemaSet
    cdktf_version: tuple[int, int, int]
    constructs: dict[str, None] = field(default_factory=dict)  # an ordered set of construct ids
    variables: dict[str, VariableEntry] = field(default_factory=dict)
    importables: list[Importable] = field(default_factory=list)
    top_level_config: dict[str, str] = field(default_factory=dict)
    node_ids: list[str] = field(default_factory=list)
    # while a value converts as one concurrent wave (see values.convert_value): imports are
    # held with the (round trips, leaf number) of the conversion that registers them
    wave: list[tuple[tuple[int, int], Importable]] | None = None
    wave_task: tuple[int, int] = (0, 0)
    import_blocks: dict[str, dict] = field(default_factory=dict)  # `import.<target>` -> import block
    current_node: str | None = None  # the block being generated, for the line of an error


@dataclass(frozen=True)
class Scope:
    """The program state plus what the block being converted adds to it."""

    program: ProgramState
    for_each_iterator_name: str | None = None
    count_iterator_name: str | None = None
    scoped_variables: dict[str, str] | None = None
    within_override_expression: bool = False

    def with_(self, **changes: Any) -> Scope:
        return replace(self, **changes)

    def add_import(self, construct_name: str, provider: str = "cdktf", namespace: str | None = None) -> None:
        importable = Importable(provider, construct_name, namespace)
        if self.program.wave is None:
            self.program.importables.append(importable)
        else:
            self.program.wave.append((self.program.wave_task, importable))

    @property
    def provider_schemas(self) -> dict[str, Any]:
        return self.program.schemas.provider_schemas

    def type_at_path(self, path: str) -> Any:
        """What the schemas say at `path` (see `tfschema.type_at_path`)."""
        return self.program.schemas.type_at_path(path)
