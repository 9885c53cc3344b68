"""A spec against its resource's provider schema: what each side has that the other lacks,
and where they disagree (required / optional / computed, nesting, types, deprecation).

`schema_drift(context)` returns `(rule id, Finding)` pairs; the `S` rules each report theirs.
The spec's blocks are matched to the schema's by path (`outer.inner`, the registry style) or
by name (the website style names a block by its last part).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from regdocs.spec.as_provider_schema import parse_tf_type
from regdocs.spec.model import Block, Entry, Markdown, Section
from regdocs.validate.registry import Finding
from regdocs.validate.schema_index import Member, block_members, object_fields

UNDOCUMENTED = "S002"
NOT_IN_SCHEMA = "S003"
FLAGS = "S004"
NESTING = "S005"
DEPRECATED = "S006"
TYPE = "S008"

# the SDK's `id`: Optional + Computed in every SDKv2 schema though it cannot be set
SDK_ID = "id"
# parts of a dotted entry name that are not attribute names: `rule.0.action`, `tags.%`, `items.#`
_INDEX_PART = re.compile(r"^(\d+|#|%|\*)$")
_REGISTRY_COLLECTION = re.compile(r"^(List|Set|Map) of (.+)$")
_REGISTRY_PRIMITIVES = {"String": "string", "Number": "number", "Boolean": "bool", "Bool": "bool", "Dynamic": "dynamic"}


def _entries(items) -> dict[str, Entry]:
    found: dict[str, Entry] = {}
    for item in items:
        if isinstance(item, Entry):
            found.setdefault(str(item.name), item)
    return found


def _kind_of(member: Member) -> str:
    if member.block:
        return "block"
    if member.computed_only:
        return "attribute"
    return "required argument" if member.required else "argument"


def _plain_type(cty_type: Any) -> Any:
    """A cty type compared loosely: an object type's optional-attribute list dropped."""
    if isinstance(cty_type, list):
        if cty_type and cty_type[0] == "object":
            return ["object", {key: _plain_type(value) for key, value in (cty_type[1] or {}).items()}]
        return [_plain_type(part) for part in cty_type]
    return cty_type


def _shown_type(cty_type: Any) -> str:
    if isinstance(cty_type, str):
        return cty_type
    if isinstance(cty_type, list) and cty_type[0] in ("list", "set", "map"):
        return f"{cty_type[0]}({_shown_type(cty_type[1])})"
    if isinstance(cty_type, list) and cty_type[0] == "object":
        return "object({" + ", ".join(f"{k} = {_shown_type(v)}" for k, v in cty_type[1].items()) + "})"
    return str(cty_type)


def registry_value_type(primary: str) -> Any:
    """A tfplugindocs type (`List of String`) as a cty type; None when it is not a value type."""
    if primary in _REGISTRY_PRIMITIVES:
        return _REGISTRY_PRIMITIVES[primary]
    if primary == "Object":
        return "object"
    match = _REGISTRY_COLLECTION.match(primary)
    if match:
        inner = registry_value_type(match.group(2))
        return None if inner is None else [match.group(1).lower(), inner]
    return None


def _same_value_type(documented: Any, schema: Any) -> bool:
    """Whether a documented type names the schema's; `object` stands for any object type."""
    if documented == "object":
        return isinstance(schema, list) and schema[:1] == ["object"]
    if isinstance(documented, list) and isinstance(schema, list) and len(documented) == 2 and schema:
        return documented[0] == schema[0] and _same_value_type(documented[1], schema[1])
    return documented == _plain_type(schema)


@dataclass
class _Level:
    """One nesting level of the spec: its argument and attribute entries and where to point."""

    arguments: dict[str, Entry]
    attributes: dict[str, Entry]
    path: tuple[str, ...]
    position: tuple[int | None, int | None]  # for what this level lacks

    @property
    def where(self) -> str:
        return f" in block `{'.'.join(self.path)}`" if self.path else ""


class DriftChecker:
    def __init__(self, context):
        self.context = context
        self.spec = context.spec
        self.findings: list[tuple[str, Finding]] = []
        self.used_blocks: set[int] = set()
        self.prose = _free_text(self.spec)

    def mentioned(self, name: str) -> bool:
        """Whether free text of the page (a section, a note, a table) names `name` as code or
        in a table's first cell: documented, if not as an entry."""
        return re.search(rf"`{re.escape(name)}`|^\|\s*{re.escape(name)}\s*\|", self.prose, re.MULTILINE) is not None

    def add(self, rule: str, message: str, position: tuple[int | None, int | None]) -> None:
        self.findings.append((rule, Finding(message, *position)))

    def run(self, schema: dict) -> list[tuple[str, Finding]]:
        spec, context = self.spec, self.context
        top = _Level(
            _entries(spec.arguments),
            _entries(spec.attributes),
            (),
            context.key_position("arguments", "attributes"),
        )
        members = block_members(schema.get("block") or {})
        self.level(top, members)
        for index, block in enumerate(spec.blocks):
            if index not in self.used_blocks and not self._describes_entry(block, members):
                self.add(
                    NOT_IN_SCHEMA,
                    f"block `{block.name}` is not in the schema of `{spec.name}`",
                    context.entry_position(block),
                )
        return self.findings

    # --- one level ------------------------------------------------------------------------

    def level(self, level: _Level, members: dict[str, Member]) -> None:
        for name, member in members.items():
            if not level.path and name == "timeouts" and member.block:
                self.timeouts(member, level)
                continue
            argument, attribute = level.arguments.get(name), level.attributes.get(name)
            spec_block = self.find_block((*level.path, name), member) if member.children is not None else None
            if argument is None and attribute is None and spec_block is None:
                if (name == SDK_ID and not level.path) or self.mentioned(name):
                    continue  # every SDK resource has it, pages need not say so; or prose documents it
                section = "attributes" if member.computed_only else "arguments"
                self.add(
                    UNDOCUMENTED,
                    f"{_kind_of(member)} `{name}`{level.where} is in the schema but not documented; "
                    f"add it to {section}",
                    level.position,
                )
                continue
            entry = argument or attribute
            if entry is not None:
                self.flags(name, member, argument, attribute, level)
                self.types(name, member, entry, level)
                if member.deprecated and not entry.deprecated:
                    self.add(
                        DEPRECATED,
                        f"`{name}`{level.where} is deprecated in the schema; mark it `deprecated: true`",
                        self.context.entry_position(entry),
                    )
            if spec_block is not None:
                self.block_nesting(name, member, spec_block, level)
            self.nested(name, member, entry, spec_block, level)
        for entries in (level.arguments, level.attributes):
            for name, entry in entries.items():
                if name not in members and not (not level.path and name == "timeouts" and "timeouts" in members):
                    self.unknown(name, entry, members, level)

    def nested(self, name, member: Member, entry: Entry | None, spec_block: Block | None, level: _Level) -> None:
        children = member.children
        if not children:  # a plain value, or a block whose schema declares nothing: nothing to compare
            return
        path = (*level.path, name)
        if spec_block is not None:
            nested = _Level(
                _entries(spec_block.arguments),
                _entries(spec_block.attributes),
                path,
                self.context.entry_position(spec_block),
            )
            self.level(nested, children)
        elif member.block or member.nesting is not None:
            self.add(
                UNDOCUMENTED,
                f"the contents of block `{'.'.join(path)}` are not documented "
                f"({', '.join(f'`{child}`' for child in list(children)[:6])}{', ...' if len(children) > 6 else ''}); "
                "add a block with its arguments and attributes",
                self.context.entry_position(entry) if entry is not None else level.position,
            )

    def find_block(self, path: tuple[str, ...], member: Member) -> Block | None:
        """The spec block documenting the schema block at `path`: by dotted path, else by name
        (the one sharing most entry names with the schema when several have it)."""
        dotted = ".".join(path)
        candidates = [(index, block) for index, block in enumerate(self.spec.blocks) if block.name == dotted]
        if not candidates and len(path) > 0:
            candidates = [(index, block) for index, block in enumerate(self.spec.blocks) if block.name == path[-1]]
        if not candidates:
            return None
        children = set(member.children or ())

        def overlap(candidate) -> int:
            _, block = candidate
            return len(children & (set(_entries(block.arguments)) | set(_entries(block.attributes))))

        index, block = max(candidates, key=overlap)
        self.used_blocks.add(index)
        return block

    def _describes_entry(self, block: Block, members: dict[str, Member]) -> bool:
        """Whether an unmatched spec block still names something nested in the schema: its
        dotted path, or (the website style) any nested block or object of that name. A schema
        with a block that declares nothing may hold anything there."""
        if "." in block.name and self._resolve(block.name.split("."), members) is None:
            return True
        stack = list(members.values())
        while stack:
            member = stack.pop()
            children = member.children
            if member.block and not children:
                return True
            if children:
                if member.name == block.name:
                    return True
                stack.extend(children.values())
        return False

    # --- disagreements ----------------------------------------------------------------------

    def flags(self, name, member: Member, argument, attribute, level: _Level) -> None:
        if name == SDK_ID and not level.path:
            return
        where = f"`{name}`{level.where}"
        if member.computed_only and argument is not None and not argument.computed:
            self.add(
                FLAGS,
                f"{where} is read-only (computed) in the schema but documented as an argument; "
                "list it under attributes only",
                self.context.entry_position(argument),
            )
            return
        if not member.configurable:
            return
        wanted = "Required" if member.required else "Optional"
        if argument is None and member.computed:
            return  # Optional + Computed: an attribute too; providers set some (tags_all) themselves
        if argument is None:
            self.add(
                FLAGS,
                f"{where} is an argument ({wanted}) in the schema but documented only as an attribute",
                self.context.entry_position(attribute),
            )
        elif argument.required is not None and argument.condition is None and argument.required != member.required:
            documented = "Required" if argument.required else "Optional"
            self.add(
                FLAGS,
                f"{where} is {wanted} in the schema but documented as {documented}",
                self.context.entry_position(argument),
            )

    def types(self, name, member: Member, entry: Entry, level: _Level) -> None:
        where, position = f"`{name}`{level.where}", self.context.entry_position(entry)
        if entry.tf_type and not member.block and member.type is not None:
            try:
                documented = parse_tf_type(str(entry.tf_type))
            except ValueError:
                return
            if not _same_value_type(documented, member.type):
                self.add(
                    TYPE,
                    f"{where} has tf_type `{entry.tf_type}` but the schema says `{_shown_type(member.type)}`",
                    position,
                )
        if not entry.type:
            return
        parts = [part.strip() for part in str(entry.type).split(",")]
        primary, flags = parts[0], parts[1:]
        if primary.startswith("Block") or primary.startswith("Attributes"):
            self.registry_nesting(where, member, primary, flags, position)
            return
        documented = registry_value_type(primary)
        if documented is None or member.type is None:
            if member.block and documented is not None:
                self.add(NESTING, f"{where} is documented as `{primary}` but it is a block in the schema", position)
            return
        if not _same_value_type(documented, member.type):
            self.add(
                TYPE, f"{where} is documented as `{primary}` but the schema says `{_shown_type(member.type)}`", position
            )

    def registry_nesting(self, where: str, member: Member, primary: str, flags: list[str], position) -> None:
        """`Block List, Max: 1` / `Attributes Set` against the schema's nesting and limits."""
        is_block = primary.startswith("Block")
        # nested attributes are objects: a schema may give them as an object type instead
        as_object = not is_block and not member.block and object_fields(member.type) is not None
        if as_object:
            return
        if is_block != member.block or (not is_block and member.nesting is None):
            actual = "a block" if member.block else ("a nested attribute" if member.nesting else "a plain attribute")
            self.add(NESTING, f"{where} is documented as `{primary}` but it is {actual} in the schema", position)
            return
        mode = primary.split(" ", 1)[1].lower() if " " in primary else "single"
        if mode != member.nesting and not (mode == "single" and member.nesting == "group"):
            self.add(
                NESTING, f"{where} is documented as `{primary}` but the schema nests it as {member.nesting}", position
            )
        limits = dict(flag.split(": ", 1) for flag in flags if flag.startswith(("Max: ", "Min: ")))
        for label, actual in (("Max", member.max_items), ("Min", member.min_items or None)):
            documented = limits.get(label)
            if documented is not None and documented.isdigit() and int(documented) != (actual or 0):
                shown = actual if actual is not None else "none"
                self.add(
                    NESTING, f"{where} is documented with `{label}: {documented}`; the schema says {shown}", position
                )

    def block_nesting(self, name, member: Member, spec_block: Block, level: _Level) -> None:
        if spec_block.max_items is not None and spec_block.max_items != member.max_items:
            shown = member.max_items if member.max_items is not None else "no limit"
            self.add(
                NESTING,
                f"block `{'.'.join((*level.path, name))}` has `max_items: {spec_block.max_items}`; "
                f"the schema says {shown}",
                self.context.entry_position(spec_block),
            )

    def timeouts(self, member: Member, level: _Level) -> None:
        documented = self.spec.timeouts or {}
        operations = member.children or {}
        if not documented and "timeouts" not in level.arguments:
            self.add(
                UNDOCUMENTED,
                f"the schema has a `timeouts` block ({', '.join(operations)}) but the spec documents no timeouts",
                level.position,
            )
            return
        for name in operations:
            if documented and name not in documented:
                self.add(
                    UNDOCUMENTED,
                    f"timeout `{name}` is in the schema but not documented",
                    self.context.key_position("timeouts"),
                )
        for name in documented:
            if name not in operations:
                self.add(
                    NOT_IN_SCHEMA,
                    f"timeout `{name}` is not in the schema (it has {', '.join(operations) or 'none'})",
                    self.context.key_position("timeouts"),
                )

    def unknown(self, name: str, entry: Entry, members: dict[str, Member], level: _Level) -> None:
        parts = name.split(".")
        missing = self._resolve(parts, members)
        if missing is None:
            return
        shown = f"`{missing}` of `{name}`" if missing != name else f"`{name}`"
        self.add(
            NOT_IN_SCHEMA,
            f"{shown}{level.where} is not in the schema of `{self.spec.name}`",
            self.context.entry_position(entry),
        )

    def _resolve(self, parts: list[str], members: dict[str, Member]) -> str | None:
        """The first part of a dotted name the schema does not have (None when it has all)."""
        current: dict[str, Member] | None = members
        for part in parts:
            if _INDEX_PART.match(part):
                continue
            if current is None or part not in current:
                return part
            current = current[part].children
        return None


def _free_text(spec) -> str:
    """The page's text outside the entry lists: summary, notes, free sections, example prose."""
    parts = [spec.summary or "", *spec.notes]
    parts += [section.body or "" for section in spec.sections if isinstance(section, Section)]
    parts += [text or "" for example in spec.examples for text in (example.before, example.after)]
    parts += [
        item.markdown for items in (spec.arguments, spec.attributes) for item in items if isinstance(item, Markdown)
    ]
    return "\n".join(parts)


def schema_drift(context) -> list[tuple[str, Finding]]:
    """The S-rule findings of one spec whose resource the schemas describe."""
    return DriftChecker(context).run(context.schema)
