"""What the rules look at: one spec with its rendered page, parsed examples and schema
(`SpecContext`), and the whole project (`ProjectContext`). Expensive parts are computed on
first use and shared by the rules that need them."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import Any

from regdocs.diagnostics import Diagnostic, DiagnosticError
from regdocs.project.config import Config
from regdocs.registry.paths import page_path
from regdocs.registry.render import render_page
from regdocs.spec.as_provider_schema import resource_schema
from regdocs.spec.model import Block, Entry, Spec
from regdocs.validate.example_checks import ResourceSchema
from regdocs.validate.examples import ParsedExample, hcl_examples
from regdocs.validate.schema_index import SCHEMA_GROUPS, KeyPositions, SchemaIndex

SCHEMA_KINDS = tuple(SCHEMA_GROUPS)


def derived_schema(spec: Spec) -> dict:
    """The schema a spec stands in for when the provider schemas lack its resource: its
    arguments, attributes and blocks (also blocks with no argument entry), and its timeouts."""
    schema = copy.deepcopy(resource_schema(spec))
    block = schema["block"]
    known = set(block["attributes"]) | set(block["block_types"])
    for spec_block in spec.blocks:
        if "." in spec_block.name or spec_block.name in known:
            continue
        nested = resource_schema(Spec(kind=spec.kind, name=spec.name, arguments=spec_block.arguments))["block"]
        for entry in spec_block.attributes:
            if isinstance(entry, Entry):
                nested["attributes"].setdefault(entry.name, {"type": "dynamic", "computed": True})
        block["block_types"][spec_block.name] = {"nesting_mode": "list", "block": nested}
    if spec.timeouts and "timeouts" not in known:
        operations = {name: {"type": "string", "optional": True} for name in spec.timeouts}
        block["block_types"]["timeouts"] = {"nesting_mode": "single", "block": {"attributes": operations}}
    return schema


@dataclass
class ProjectContext:
    """The specs being validated, the schemas, and the project configuration."""

    config: Config
    schemas: SchemaIndex
    specs: list["SpecContext"] = field(default_factory=list)
    all_resources: bool = False  # `--all`: also report schema resources with no spec
    subcategories: tuple[str, ...] | None = None
    key_positions: KeyPositions = field(default_factory=KeyPositions)

    @cached_property
    def derived(self) -> dict[tuple[str, str], dict]:
        """Schemas of the specs whose resources the provider schemas do not have."""
        found = {}
        for context in self.specs:
            spec = context.spec
            if spec.kind in SCHEMA_KINDS and self.schemas.resource(spec.kind, spec.name) is None:
                found.setdefault((spec.kind, spec.name), derived_schema(spec))
        return found

    @cached_property
    def derived_prefixes(self) -> set[str]:
        return {name.split("_")[0] for _, name in self.derived}

    def example_schema(self, kind: str, name: str) -> ResourceSchema | None:
        """A resource's schema for checking examples: the provider's, else its spec's."""
        real = self.schemas.resource(kind, name)
        if real is not None:
            return ResourceSchema(real.get("block") or {}, derived=False)
        derived = self.derived.get((kind, name))
        return ResourceSchema(derived["block"], derived=True) if derived else None

    def knows_provider_of(self, type_name: str) -> bool:
        return self.schemas.knows_provider_of(type_name) or type_name.split("_")[0] in self.derived_prefixes


@dataclass
class SpecContext:
    """One spec: its file text, page, examples and schema, for the rules."""

    spec: Spec
    project: ProjectContext
    source: str | None = None  # the spec file's text (read from spec.path when not given)
    problems: list[Diagnostic] = field(default_factory=list)  # found on the way (a page that does not render)
    shared: dict[str, Any] = field(default_factory=dict)  # results several rules read, by name

    def once(self, key: str, compute):
        """`compute(self)`, computed once per spec for all the rules that read it."""
        if key not in self.shared:
            self.shared[key] = compute(self)
        return self.shared[key]

    @property
    def path(self) -> str:
        return self.spec.path or f"{self.spec.name}.yaml"

    @cached_property
    def source_lines(self) -> list[str]:
        text = self.source
        if text is None and self.spec.path and Path(self.spec.path).is_file():
            text = Path(self.spec.path).read_bytes().decode("utf-8", errors="replace")
        return (text or "").splitlines()

    @cached_property
    def page_path(self) -> PurePosixPath:
        return page_path(self.spec, self.project.config.page_style)

    @cached_property
    def page(self) -> str | None:
        """The rendered Registry page, None when it does not render (reported once)."""
        config = self.project.config
        try:
            return render_page(self.spec, [config.templates_dir] if config.templates_dir else [], config.page_style)
        except DiagnosticError as error:
            self.problems.extend(error.diagnostics)
            return None

    @cached_property
    def examples(self) -> list[ParsedExample]:
        return hcl_examples(self.spec)

    def examples_calling(self, text: str) -> list[ParsedExample]:
        """The parsed examples whose code contains `text` (the others are not parsed when no
        rule needs them all)."""
        if "examples" in self.__dict__:
            return [example for example in self.examples if text in example.code]
        return hcl_examples(self.spec, containing=text)

    @cached_property
    def schema(self) -> dict | None:
        """The provider schema of the spec's resource (None when the schemas lack it)."""
        if self.spec.kind not in SCHEMA_KINDS:
            return None
        return self.project.schemas.resource(self.spec.kind, self.spec.name)

    # --- positions -------------------------------------------------------------------------

    @staticmethod
    def position_of(value: Any) -> tuple[int | None, int | None]:
        """The spec position of a value read from the spec (a name, a text field)."""
        return getattr(value, "line", None), getattr(value, "column", None)

    def key_position(self, *keys: str) -> tuple[int | None, int | None]:
        """The position of the first top-level key present, else of the spec's `name`."""
        for key in keys:
            if key in self.spec.key_positions:
                return self.spec.key_positions[key]
        return self.position_of(self.spec.name)

    def entry_position(self, item: Entry | Block) -> tuple[int | None, int | None]:
        line, column = self.position_of(item.name)
        return (line, column) if line is not None else (item.line, None)
