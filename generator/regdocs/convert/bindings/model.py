"""What the generated bindings declare: structs with typed properties, and per resource its
class, config struct and folder."""

from __future__ import annotations

from dataclasses import dataclass, field

from .types import TsType


@dataclass(frozen=True)
class Property:
    """One `readonly name?: type;` line of an interface."""

    name: str  # the TypeScript property name: escaped camel case (`fetchValue`, `selfAttribute`)
    type: TsType
    optional: bool


@dataclass(eq=False)
class Struct:
    """An interface: a config struct, a nested-block/object struct, or a cdktf struct.

    `properties` maps the Terraform (snake case) name to the property, in emission order.
    `bases` are the interfaces it extends (config structs of resources and data sources
    extend `cdktf.TerraformMetaArguments`). Compared by identity; names are unique within
    one provider's bindings.
    """

    name: str
    properties: dict[str, Property] = field(default_factory=dict)
    bases: tuple["Struct", ...] = ()
    jsii: bool = False  # defined in the cdktf jsii assembly, not in the generated bindings

    def property_named(self, name: str) -> Property | None:
        """The property with TypeScript name `name`, own or inherited (what rosetta resolves)."""
        for prop in self.properties.values():
            if prop.name == name:
                return prop
        for base in self.bases:
            found = base.property_named(name)
            if found is not None:
                return found
        return None

    def __repr__(self) -> str:
        return f"Struct({self.name!r}, {len(self.properties)} properties)"


@dataclass(frozen=True)
class ResourceBinding:
    """The generated construct of a resource, data source or provider."""

    terraform_type: str  # `aws_instance`, `data_aws_ami` (as the generator keys it), `provider`
    kind: str  # "resource", "data_source" or "provider"
    class_name: str
    config_struct: Struct
    structs: tuple[Struct, ...]  # every other struct interface of the folder, in emission order
    folder: str  # `instance`, `data-aws-ami`, `provider`: ./.gen/providers/<p>/<folder>
