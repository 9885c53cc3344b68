"""Line-level formatting shared by the templates (as filters) and the importer's checks.

Each function returns the exact text of one page element without its final line break.
"""

from __future__ import annotations

from collections import ChainMap
from typing import Mapping

from regdocs.spec.model import Entry
from regdocs.spec.styles import fill


def entry_style(entry: Entry, style: Mapping[str, object]) -> ChainMap:
    return ChainMap(entry.style, style)


def blank_lines_before(item, previous) -> int:
    """Blank lines before an entry or markdown item of a list: its `spacing.before`, else
    none between two entries and one otherwise."""
    default = 0 if isinstance(item, Entry) and isinstance(previous, Entry) else 1
    return item.spacing.get("before", default)


def indented(text: str, indent: str) -> str:
    """Every non-empty line of `text` after `indent`."""
    return "\n".join(indent + line if line else "" for line in text.split("\n")) if indent else text


def with_nested_entries(text: str, entry: Entry, page_style: Mapping[str, object], render, nested: bool) -> str:
    """`text` (the entry's own lines) followed by the bullet list indented under it.

    Each nested entry is rendered by `render` and indented by its `list_indent`; free markdown
    among them is kept as written. The first nested item follows the entry as it would follow
    an entry in a list.
    """
    parts = [text]
    previous: object = entry
    for item in entry.entries:
        parts.append("\n" * (1 + blank_lines_before(item, previous)))
        if isinstance(item, Entry):
            parts.append(indented(render(item), str(entry_style(item, page_style)["list_indent"])))
        else:
            parts.append(item.markdown)
        previous = item
    return "".join(parts) if nested else indented("".join(parts), str(entry_style(entry, page_style)["margin"]))


def with_continuation(first: str, description: str | None, indent: int) -> str:
    """`first` followed by the description, whose later lines are indented by `indent`."""
    if not description:
        return first
    head, *rest = description.split("\n")
    lines = [first + head] + [(" " * indent + line) if line else "" for line in rest]
    return "\n".join(lines)


def requirement_paren(entry: Entry, style: Mapping[str, object]) -> str | None:
    """The `(Required, ...)` part of a website-style bullet, or None."""
    tokens: list[str] = []
    if entry.required is not None or entry.computed:
        word = (
            "Computed" if entry.computed and entry.required is None else ("Required" if entry.required else "Optional")
        )
        tokens.append(f"{word} {entry.condition}" if entry.condition else word)
    if entry.write_only:
        tokens.append(str(style["write_only_label"]))
    tokens.extend(entry.annotations)
    if entry.deprecated and style["deprecated_position"] == "paren":
        tokens.append("Deprecated")
    return f"({', '.join(tokens)})" if tokens else None


def website_entry(entry: Entry, page_style: Mapping[str, object], nested: bool = False) -> str:
    """`` * `name` - (Optional) **Deprecated** Description`` with its continuation lines."""
    style = entry_style(entry, page_style)
    parts: list[str] = []
    if entry.deprecated and style["deprecated_position"] == "before":
        parts.append("**Deprecated**")
    paren = requirement_paren(entry, style)
    if paren:
        parts.append(paren)
    if entry.deprecated and style["deprecated_position"] == "after":
        parts.append("**Deprecated**")
    head = f"{style['bullet']} `{entry.name}`"
    if not parts and not description_text(entry):
        return with_nested_entries(head, entry, page_style, lambda item: website_entry(item, page_style, True), nested)
    prefix = head + str(style["separator"]) + " ".join(parts)
    description = description_text(entry)
    if parts and description and not description.startswith("\n"):
        prefix += str(style["flag_separator"])
    text = with_continuation(prefix, description, int(style["indent"]))
    return with_nested_entries(text, entry, page_style, lambda item: website_entry(item, page_style, True), nested)


def description_text(entry: Entry) -> str | None:
    """The description followed by the default and allowed-values sentences, if any."""
    text = entry.description or ""
    sentences = []
    if entry.allowed_values:
        sentences.append("Valid values: " + ", ".join(f"`{value}`" for value in entry.allowed_values) + ".")
    if entry.default is not None:
        sentences.append(f"Defaults to `{entry.default}`.")
    if sentences:
        text = " ".join(([text] if text else []) + sentences)
    return text or None


def schema_type(entry: Entry, style: Mapping[str, object]) -> str | None:
    """The `(String, Sensitive, Deprecated)` part of a tfplugindocs bullet, or None."""
    tokens = [entry.type] if entry.type else []
    if entry.sensitive:
        tokens.append("Sensitive")
    if entry.deprecated:
        tokens.append("Deprecated")
    if entry.write_only:
        tokens.append(str(style["write_only_label"]))
    return f"({', '.join(tokens)})" if tokens else None


def nested_anchor(path: str, attributes: bool, objects: bool = False) -> str:
    """The tfplugindocs anchor of a nested schema: `nestedblock--a--b`, `nestedatt--...` or,
    for an object nested in an object attribute, `nestedobjatt--...`."""
    kind = "nestedobjatt" if objects else "nestedatt" if attributes else "nestedblock"
    return f"{kind}--{path.replace('.', '--')}"


def block_anchor(block) -> str:
    return nested_anchor(block.name, block.nested_attributes, block.object_attributes)


def schema_entry(
    entry: Entry,
    page_style: Mapping[str, object],
    parent: str = "",
    anchors: Mapping[str, str] | None = None,
    nested: bool = False,
) -> str:
    """`` - `name` (String) Description (see [below for nested schema](#nestedblock--name))``.

    The link goes to the anchor of the nested schema of that path in `anchors`, else to the
    one its type suggests (`Attributes...`: a nested attribute; otherwise a block).
    """
    style = entry_style(entry, page_style)
    parts = [f"{style['schema_bullet']} `{entry.name}`"]
    paren = schema_type(entry, style)
    if paren:
        parts.append(paren)
    first = " ".join(parts)
    description = description_text(entry)
    path = f"{parent}.{entry.name}" if parent else entry.name
    if entry.nested:
        attributes = bool(entry.type and entry.type.startswith("Attributes"))
        anchor = (anchors or {}).get(path) or nested_anchor(path, attributes)
        link = f"(see [below for nested schema](#{anchor}))"
        description = f"{description} {link}" if description else link
    if description and not description.startswith("\n"):
        first += str(style["flag_separator"]) if paren else " "
    text = with_continuation(first, description, int(style["indent"]))
    render = lambda item: schema_entry(item, page_style, path, anchors, True)  # noqa: E731
    return with_nested_entries(text, entry, page_style, render, nested)


def timeout_entry(name: str, value: str | Mapping[str, str], style: Mapping[str, object]) -> str:
    """One timeouts bullet: its default (`value`, or its `default`) in the page's wording, which
    leads the description when it starts with `(` and closes it otherwise."""
    default, description = (value, None) if isinstance(value, str) else (value.get("default"), value.get("description"))
    separator = style["timeouts_separator"] if style["timeouts_separator"] is not None else style["separator"]
    head = f"{style['timeouts_bullet']} `{name}`{separator}"
    if default is None:
        return head + (description or "")
    wording = str(style["timeouts_default"])
    flag = fill(wording, default=default)
    if description is None:
        return head + flag
    joiner = str(style["timeouts_joiner"])
    return head + (flag + joiner + description if wording.startswith("(") else description + joiner + flag)


def front_matter_lines(fields: Mapping[str, str], style: Mapping[str, object]) -> list[str]:
    """The lines between the two `---` of the front matter."""
    quoting: Mapping[str, str] = style["front_matter_quoting"]  # type: ignore[assignment]
    indents: Mapping[str, int] = style["front_matter_indent"]  # type: ignore[assignment]
    lines = []
    if style["front_matter_comment"] is not None:
        lines.append(f"# {style['front_matter_comment']}")
    for key, value in fields.items():
        quote = quoting.get(key, "|-" if key == "description" else '"')
        if quote in ('"', "'"):
            lines.append(f"{key}: {quote}{value}{quote}")
        elif quote == "plain":
            lines.append(f"{key}: {value}")
        else:
            indent = " " * indents.get(key, 2)
            lines.append(f"{key}: {quote}")
            lines.extend(indent + line if line else "" for line in value.split("\n"))
    return lines


def title_text(template: str, name: str) -> str:
    return fill(template, name=name)


def import_block_code(spec_import, name: str) -> str:
    """The `import { to = ...; id = ... }` block of the standard import wording."""
    lines = ["import {", f"  to = {name}.{spec_import.address}"]
    if spec_import.identity:
        width = max(len(key) for key in spec_import.identity)
        lines.append("  identity = {")
        lines.extend(f'    {key.ljust(width)} = "{value}"' for key, value in spec_import.identity.items())
        lines.append("  }")
    else:
        lines.append(f'  id = "{spec_import.id}"')
    lines.append("}")
    return "\n".join(lines) + "\n"


def cli_import_code(spec_import, name: str, prompt: str) -> str:
    """The `% terraform import name.address id` command of the standard import wording."""
    return f"{prompt}terraform import {name}.{spec_import.address} {spec_import.id}\n"
