"""A spec made from a resource's schema: arguments (required first), attributes, nested blocks
at any depth, timeouts, a first example and an import section, in the house style. What the
schema cannot say is a `TODO(regdocs)` placeholder, which `regdocs validate` reports (T001)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from regdocs.scaffold.example import example_code
from regdocs.scaffold.house_style import HouseStyle
from regdocs.spec.model import Block, Entry, Example, Import, Spec
from regdocs.spec.styles import KIND_LABELS
from regdocs.validate.rules.placeholders import TODO_MARKER
from regdocs.validate.schema_index import Member, block_members

TIMEOUTS = "timeouts"
_REGISTRY_PRIMITIVES = {"string": "String", "number": "Number", "bool": "Boolean", "dynamic": "Dynamic"}


def todo(what: str) -> str:
    return f"{TODO_MARKER}: {what}"


def tf_type_text(cty_type: Any) -> str | None:
    """A cty type as `tf_type` writes it (`list(string)`, `object({a = number})`); None for
    types it cannot write (tuples)."""
    if isinstance(cty_type, str):
        return cty_type
    if isinstance(cty_type, list) and len(cty_type) >= 2:
        kind = cty_type[0]
        if kind in ("list", "set", "map"):
            inner = tf_type_text(cty_type[1])
            return f"{kind}({inner})" if inner else None
        if kind == "object" and isinstance(cty_type[1], dict):
            fields = [(name, tf_type_text(value)) for name, value in cty_type[1].items()]
            if all(text for _, text in fields):
                return "object({" + ", ".join(f"{name} = {text}" for name, text in fields) + "})"
    return None


def registry_type(member: Member) -> str:
    """The tfplugindocs type of a member: `String`, `List of Number`, `Block List, Max: 1`,
    `Attributes Set`."""
    if member.block:
        mode = {"list": "Block List", "set": "Block Set", "map": "Block Map"}.get(member.nesting or "", "Block")
        limits = [f"Min: {member.min_items}"] if member.min_items else []
        limits += [f"Max: {member.max_items}"] if member.max_items else []
        if mode == "Block":
            limits = ["Required" if member.required else "Optional"]
        return ", ".join([mode, *limits])
    if member.nesting is not None:
        return {"list": "Attributes List", "set": "Attributes Set", "map": "Attributes Map"}.get(
            member.nesting, "Attributes"
        )
    return _value_type(member.type)


def _value_type(cty_type: Any) -> str:
    if isinstance(cty_type, str):
        return _REGISTRY_PRIMITIVES.get(cty_type, "Dynamic")
    if isinstance(cty_type, list) and cty_type:
        if cty_type[0] in ("list", "set", "map"):
            return f"{cty_type[0].capitalize()} of {_value_type(cty_type[1])}"
        if cty_type[0] == "object":
            return "Object"
    return "Dynamic"


def _description(member: Member, raw: dict) -> str:
    """The schema's description (a block's is in its `block`), else a placeholder."""
    text = (raw.get("description") or (raw.get("block") or {}).get("description") or "").strip()
    return text or todo(f"describe `{member.name}`")


class SpecBuilder:
    """One spec from one resource schema, in one page style."""

    def __init__(self, kind: str, name: str, schema: dict, house: HouseStyle):
        self.kind, self.name, self.schema, self.house = kind, name, schema, house
        self.registry = house.page_style == "registry"
        self.blocks: list[tuple[tuple[str, ...], Block]] = []  # by path, parents before children

    def entry(self, member: Member, raw: dict, as_argument: bool) -> Entry:
        entry = Entry(name=member.name, description=_description(member, raw))
        if as_argument:
            entry.required = member.required
        entry.deprecated = member.deprecated
        entry.write_only = member.write_only
        if self.registry:
            entry.type = registry_type(member)
            entry.sensitive = member.sensitive
            entry.nested = bool(member.children)
        elif not member.block and member.nesting is None:
            entry.tf_type = tf_type_text(member.type)
        return entry

    def level(self, members: dict[str, Member], raws: dict[str, dict], path: tuple[str, ...]):
        """(arguments, attributes) of one level; nested levels become blocks."""
        arguments, attributes = [], []
        ordered = sorted(members.values(), key=lambda member: (not member.required, member.name))
        for member in ordered:
            if not path and member.name == TIMEOUTS and member.block:
                continue
            raw = raws.get(member.name) or {}
            argument = member.configurable and not (member.name == "id" and member.computed and not path)
            (arguments if argument else attributes).append(self.entry(member, raw, argument))
            if member.children:
                self.block(member, raw, (*path, member.name))
        return arguments, attributes

    def block(self, member: Member, raw: dict, path: tuple[str, ...]) -> None:
        """A spec block for a nested block, nested attribute or object-typed attribute."""
        # the entry links `#nestedatt--` for `Attributes ...` types only (nested attributes)
        nested_attributes = self.registry and not member.block and member.nesting is not None
        block = Block(name=".".join(path), nested_attributes=nested_attributes)
        self.blocks.append((path, block))
        arguments, attributes = self.level(member.children or {}, _nested_raws(member, raw), path)
        if member.block and member.max_items:
            block.max_items = member.max_items
        block.arguments, block.attributes = arguments, attributes

    def named_blocks(self) -> list[Block]:
        """The blocks, each named by its path in the registry style; in the website style by
        its own name unless a block of another path has it too (a top-level block keeps it)."""
        if self.registry:
            return [block for _, block in self.blocks]
        counts = Counter(path[-1] for path, _ in self.blocks)
        for path, block in self.blocks:
            if counts[path[-1]] == 1 or len(path) == 1:
                block.name = path[-1]
        return [block for _, block in self.blocks]

    def build(self) -> Spec:
        block = self.schema.get("block") or {}
        members = block_members(block)
        raws = {**(block.get("attributes") or {}), **(block.get("block_types") or {})}
        arguments, attributes = self.level(members, raws, ())
        spec = Spec(kind=self.kind, name=self.name, page_style=self.house.page_style)
        summary = (block.get("description") or "").strip() or todo(f"what the {KIND_LABELS[self.kind]} is for")
        spec.front_matter = self.front_matter(summary)
        spec.summary = summary
        spec.examples = [
            Example(
                before=todo("a realistic example; this one sets only the required arguments"),
                language="terraform",
                code=example_code(self.kind, self.name, members),
            )
        ]
        spec.arguments, spec.attributes = arguments, attributes
        spec.blocks = self.named_blocks()
        timeouts = members.get(TIMEOUTS)
        if timeouts is not None and timeouts.block:
            spec.timeouts = {operation: todo("default") for operation in timeouts.children or {}}
        if self.kind == "resource":
            spec.import_ = Import(using=todo("what identifies it, e.g. its ID"), id=todo("an example ID"))
        spec.style = dict(self.house.style)
        return spec

    def front_matter(self, summary: str) -> dict[str, str]:
        description = summary.split("\n")[0]
        provider = self.name.split("_")[0]
        label = {"resource": "Resource", "data_source": "Data Source", "ephemeral_resource": "Ephemeral Resource"}
        if self.registry:
            title = self.house.page_title or f"{{name}} {label[self.kind]} - terraform-provider-{provider}"
            return {
                "page_title": title.replace("{name}", self.name),
                "subcategory": "",
                "description": description,
            }
        title = self.house.page_title or f"{provider.capitalize()}: {{name}}"
        return {
            "subcategory": todo("a subcategory"),
            "layout": self.house.layout or provider,
            "page_title": title.replace("{name}", self.name),
            "description": description,
        }


def _nested_raws(member: Member, raw: dict) -> dict[str, dict]:
    """The raw schema of each nested member (for its description)."""
    if member.block:
        block = raw.get("block") or {}
        return {**(block.get("attributes") or {}), **(block.get("block_types") or {})}
    nested = raw.get("nested_type") or {}
    return dict(nested.get("attributes") or {})


def scaffold_spec(kind: str, name: str, schema: dict, house: HouseStyle | None = None) -> Spec:
    """The spec `regdocs new` writes for the resource (data source...) `name` of `schema`."""
    return SpecBuilder(kind, name, schema, house or HouseStyle()).build()
