"""The `## Import` section: the standard two-step wording, or free steps (prose, code, identity)."""

from __future__ import annotations

import re

from regdocs.registry.formatting import cli_import_code, import_block_code
from regdocs.markdown_import.blocks import MdBlock
from regdocs.markdown_import.entries import parse_schema_entry
from regdocs.markdown_import.examples import fence_fields, heading_text, plain_fence
from regdocs.markdown_import.source import Source, record_gap
from regdocs.spec.model import CodeStep, IdentitySchema, Import, Markdown
from regdocs.spec.styles import COMMON, fill

_TO = re.compile(r"  to = (?P<type>[\w-]+)\.(?P<address>[\w-]+)")
_ID = re.compile(r'  id = "(?P<id>[^"\\]*)"')
_IDENTITY_LINE = re.compile(r'    (?P<key>\w+) *= "(?P<value>[^"\\]*)"')


def _between(text: str, template: str, name: str) -> str | None:
    """The `{using}` part of `text` when it follows `template`, else None."""
    prefix, _, suffix = fill(template, name=name).partition("{using}")
    if text.startswith(prefix) and text.endswith(suffix) and len(text) > len(prefix) + len(suffix):
        return text[len(prefix) : len(text) - len(suffix)]
    return None


def _import_block(code: str, name: str) -> tuple[str, str | None, dict[str, str]] | None:
    """(address, id, identity) of `import { to = ...; id = "..." }` for resource `name`."""
    lines = code.rstrip("\n").split("\n")
    if len(lines) < 4 or lines[0] != "import {" or lines[-1] != "}":
        return None
    to = _TO.fullmatch(lines[1])
    if to is None or to["type"] != name:
        return None
    found = _ID.fullmatch(lines[2])
    if found and len(lines) == 4:
        return to["address"], found["id"], {}
    if lines[2] == "  identity = {" and lines[-2] == "  }":
        identity = {}
        for line in lines[3:-2]:
            pair = _IDENTITY_LINE.fullmatch(line)
            if pair is None:
                return None
            identity[pair["key"]] = pair["value"]
        return to["address"], None, identity
    return None


def parse_standard_import(source: Source, units: list[MdBlock], previous_end: int, name: str) -> Import | None:
    """The wording `... use an [`import` block] ... using X. For example:` + code, then the CLI.

    With an identity instead of an ID, the CLI part is absent.
    """
    if len(units) < 2 or units[0].type != "paragraph" or not plain_fence(source, units[1]):
        return None
    using = _between(source.text(units[0].start, units[0].end), COMMON["import_block_intro"], name)
    block = fence_fields(source, units[1])
    parsed = _import_block(block["code"], name)
    if using is None or parsed is None or block["fence"] != "```":
        return None
    address, import_id, identity = parsed
    result = Import(using=using, id=import_id, address=address, identity=identity)
    if block["code"] != import_block_code(result, name) or block["language"] != COMMON["import_block_language"]:
        return None
    used = 2
    if import_id is not None:
        if len(units) < 4 or units[2].type != "paragraph" or not plain_fence(source, units[3]):
            return None
        cli = fence_fields(source, units[3])
        cli_using = _between(source.text(units[2].start, units[2].end), COMMON["import_cli_intro"], name)
        if cli_using != using or cli["language"] != COMMON["import_cli_language"] or cli["fence"] != "```":
            return None
        if cli["code"] != cli_import_code(result, name, COMMON["import_cli_prompt"]):
            return None
        used = 4
    position = previous_end
    for key, unit in zip(("block_intro", "block_code", "cli_intro", "cli_code"), units[:used]):
        record_gap(result.spacing, key, unit.start - position, 1)
        position = unit.end
    if len(units) > used:
        result.after = source.block_text(units[used:])
        record_gap(result.spacing, "after", units[used].start - position, 1)
    return result


def _identity(source: Source, units: list[MdBlock], index: int) -> tuple[IdentitySchema, int] | None:
    """A `### Identity Schema` (under its tfplugindocs comment) with its Required/Optional
    lists, starting at units[index], and the index after it. Spacing before it is the caller's.
    """
    step = IdentitySchema()
    comment = f"<!-- {COMMON['schema_comment']} -->"
    if units[index].type == "html" and source.lines[units[index].start] == comment:
        if index + 1 >= len(units) or units[index + 1].start != units[index].end:
            return None
        index += 1
    else:
        step.comment = False
    if heading_text(source, units[index], 3) != COMMON["identity_schema_heading"]:
        return None
    position = units[index].end
    index += 1
    for label, required in ((COMMON["schema_required"], True), (COMMON["schema_optional"], False)):
        if index + 1 >= len(units) or heading_text(source, units[index], 4) != label:
            continue
        if units[index + 1].type != "bullet_list":
            return None
        record_gap(step.spacing, "required" if required else "optional", units[index].start - position, 1)
        position = units[index].end
        for number, item in enumerate(units[index + 1].items):
            entry = parse_schema_entry(source.item_lines(item))
            if entry is None:
                return None
            entry.required = required
            record_gap(entry.spacing, "before", item.start - position, 0 if number else 1)
            position = item.end
            step.entries.append(entry)
        index += 2
    if not step.entries:
        return None
    return step, index


def parse_import_steps(source: Source, units: list[MdBlock], previous_end: int) -> tuple[Import, list[int]]:
    """Free import steps: prose, code blocks and identity schemas, in page order; and the lines
    where the identity entries' bullets start."""
    result = Import()
    position = previous_end
    pending: list[MdBlock] = []
    identity_entries: list[int] = []

    def flush() -> None:
        nonlocal pending, position
        if pending:
            step = Markdown(source.block_text(pending))
            record_gap(step.spacing, "before", pending[0].start - position, 1)
            result.steps.append(step)
            position = pending[-1].end
            pending = []

    index = 0
    while index < len(units):
        unit = units[index]
        identity = _identity(source, units, index) if unit.type in ("html", "heading") else None
        if identity is not None:
            flush()
            step, following = identity
            record_gap(step.spacing, "before", unit.start - position, 1)
            result.steps.append(step)
            identity_entries += [item.start for unit in units[index:following] for item in unit.items]
            position = units[following - 1].end
            index = following
            continue
        if plain_fence(source, unit):
            flush()
            fields = fence_fields(source, unit)
            step = CodeStep(code=fields["code"], language=fields["language"], fence=fields["fence"])
            record_gap(step.spacing, "before", unit.start - position, 1)
            result.steps.append(step)
            position = unit.end
        else:
            pending.append(unit)
        index += 1
    flush()
    return result, identity_entries
