"""The spec as data: one Registry page of a resource, data source, guide... described by fields.

Text fields hold markdown exactly as it appears on the page. `spacing` mappings record the
number of blank lines before a part of the page where it differs from the usual layout, and
`style` mappings record house wording (headings, intros, bullet markers) where it differs
from the defaults of the page style; both are empty for a spec written by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = (
    "resource",
    "data_source",
    "ephemeral_resource",
    "action",
    "list_resource",
    "function",
    "guide",
    "provider",
)
PAGE_STYLES = ("website", "registry")
# Sections the spec models with fields of their own, in their default page order.
STANDARD_SECTIONS = ("examples", "arguments", "attributes", "schema", "timeouts", "import")
# Fence languages of HCL code: such an example must parse unless it is marked `valid_hcl: false`.
HCL_LANGUAGES = ("hcl", "terraform", "tf")


class Text(str):
    """A string read from a spec file, remembering where its content starts (1-based).

    `line` is the line of the first character of the value; for a literal block scalar
    (`|`) the value's n-th line sits on spec line `line + n`.
    """

    line: int | None = None
    column: int | None = None
    literal: bool = False

    def __new__(cls, value: str, line: int | None = None, column: int | None = None, literal: bool = False):
        text = super().__new__(cls, value)
        text.line, text.column, text.literal = line, column, literal
        return text


@dataclass
class Entry:
    """One argument or attribute bullet: `` * `name` - (Required) Description.``"""

    name: str
    description: str | None = None
    required: bool | None = None
    computed: bool = False
    condition: str | None = None
    type: str | None = None
    tf_type: str | None = None  # Terraform type for converting examples; not rendered
    sensitive: bool = False
    deprecated: bool = False
    write_only: bool = False
    annotations: list[str] = field(default_factory=list)
    default: str | None = None
    allowed_values: list[str] = field(default_factory=list)
    nested: bool = False
    entries: list["Item"] = field(default_factory=list)  # a bullet list indented under this one
    spacing: dict[str, int] = field(default_factory=dict)
    style: dict[str, object] = field(default_factory=dict)
    line: int | None = None


@dataclass
class Markdown:
    """Free-form markdown kept in its place among entries or import steps."""

    markdown: str
    required: bool | None = None  # tfplugindocs group among arguments; default: the next entry's
    spacing: dict[str, int] = field(default_factory=dict)
    line: int | None = None


Item = Entry | Markdown


@dataclass
class Block:
    """A nested configuration block (or nested attribute) and its own entries."""

    name: str
    intro: str | None = None
    heading: str | None = None
    max_items: int | None = None  # for converting examples; not rendered
    arguments: list[Item] = field(default_factory=list)
    attributes: list[Item] = field(default_factory=list)
    nested_attributes: bool = False
    object_attributes: bool = False  # tfplugindocs `#nestedobjatt--` anchor
    spacing: dict[str, int] = field(default_factory=dict)
    line: int | None = None


@dataclass
class Example:
    """One example: optional title (### heading), prose before and after, one code block."""

    title: str | None = None
    before: str | None = None
    code: str | None = None
    language: str | None = None
    after: str | None = None
    fence: str = "```"
    valid_hcl: bool = True  # False: deliberately not HCL (placeholders such as `...`); not checked
    spacing: dict[str, int] = field(default_factory=dict)
    line: int | None = None


@dataclass
class CodeStep:
    """A fenced code block among the import steps."""

    code: str
    language: str | None = None
    fence: str = "```"
    valid_hcl: bool = True  # as Example.valid_hcl
    spacing: dict[str, int] = field(default_factory=dict)
    line: int | None = None


@dataclass
class IdentitySchema:
    """The tfplugindocs `### Identity Schema` of an import section."""

    entries: list[Entry] = field(default_factory=list)
    comment: bool = True
    spacing: dict[str, int] = field(default_factory=dict)
    line: int | None = None


ImportStep = Markdown | CodeStep | IdentitySchema


@dataclass
class Import:
    """How to import: either the standard wording (`using` + `id`) or free steps."""

    using: str | None = None
    id: str | None = None
    address: str = "example"
    identity: dict[str, str] = field(default_factory=dict)
    steps: list[ImportStep] = field(default_factory=list)
    after: str | None = None
    spacing: dict[str, int] = field(default_factory=dict)
    line: int | None = None


@dataclass
class Section:
    """A free-form `## title` section kept in its place."""

    title: str
    body: str | None = None
    entries: list[Item] = field(default_factory=list)  # instead of a body: its bullets as entries
    comment: str | None = None
    spacing: dict[str, int] = field(default_factory=dict)
    line: int | None = None


@dataclass
class Spec:
    """Everything one Registry page says, as fields."""

    kind: str
    name: str
    page_style: str = "website"
    file_name: str | None = None
    front_matter: dict[str, str] | str | None = None
    title: str | None = None
    summary: str | None = None
    notes: list[str] = field(default_factory=list)
    examples: list[Example] = field(default_factory=list)
    arguments: list[Item] = field(default_factory=list)
    attributes: list[Item] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    timeouts: dict[str, str | dict[str, str]] = field(default_factory=dict)  # default, or {default, description}
    import_: Import | None = None
    sections: list[str | Section] = field(default_factory=list)
    style: dict[str, object] = field(default_factory=dict)
    spacing: dict[str, int] = field(default_factory=dict)
    path: str | None = None
    key_positions: dict[str, tuple[int, int]] = field(default_factory=dict)  # line, column of top-level keys
