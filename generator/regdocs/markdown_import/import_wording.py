"""The common house wording of `## Import` without an import block: one sentence saying what
the ID is made of, then the `terraform import` command:

    Network Security Groups can be imported using the `resource id`, e.g.

    ```shell
    $ terraform import azurestack_network_security_group.group1 /subscriptions/...
    ```

The words before and after the ID's description become the page's `import_cli_intro` (with
`{using}` in it), the fence language and prompt its `import_cli_language` and
`import_cli_prompt`; `import_block_intro` is empty, as there is no import block.
"""

from __future__ import annotations

import re

from regdocs.markdown_import.blocks import MdBlock
from regdocs.markdown_import.examples import fence_fields, plain_fence
from regdocs.markdown_import.source import Source, record_gap
from regdocs.spec.model import Import

_USING = re.compile(
    r"(?P<prefix>.*?\bimported using )(?P<using>.+?)"
    r"(?P<suffix>(?:,? (?:e\.g\.|for example|For example|as follows))?[:.]?)",
    re.DOTALL,
)
_COMMAND = re.compile(r"(?P<prompt>(?:\$|%|>)? ?)terraform import (?P<type>[\w-]+)\.(?P<address>[\w-]+) (?P<id>\S.*)\n")


def parse_cli_import(
    source: Source, units: list[MdBlock], previous_end: int, name: str
) -> tuple[Import, dict[str, str]] | None:
    """The import and the page style of a `... imported using X, e.g.` sentence and its command."""
    if len(units) < 2 or units[0].type != "paragraph" or not plain_fence(source, units[1]):
        return None
    wording = _USING.fullmatch(source.text(units[0].start, units[0].end))
    fence = fence_fields(source, units[1])
    command = _COMMAND.fullmatch(fence["code"])
    if wording is None or command is None or command["type"] != name or fence["fence"] != "```":
        return None
    if "{" in wording["prefix"] + wording["suffix"]:
        return None  # the wording would read as placeholders
    result = Import(using=wording["using"], id=command["id"], address=command["address"])
    style = {
        "import_block_intro": "",
        "import_cli_intro": wording["prefix"].replace(name, "{name}") + "{using}" + wording["suffix"],
        "import_cli_language": fence["language"] or "",
        "import_cli_prompt": command["prompt"],
    }
    record_gap(result.spacing, "cli_intro", units[0].start - previous_end, 1)
    record_gap(result.spacing, "cli_code", units[1].start - units[0].end, 1)
    if len(units) > 2:
        result.after = source.block_text(units[2:])
        record_gap(result.spacing, "after", units[2].start - units[1].end, 1)
    return result, style
