"""Mark the HCL examples of an imported page that do not parse as deliberately not HCL
(`valid_hcl: false`): real pages often show placeholders such as `...`, and an imported spec
must render and generate its page again without an error."""

from __future__ import annotations

from regdocs.convert.hcl import HclSyntaxError, parse_config
from regdocs.spec.model import HCL_LANGUAGES, CodeStep, Example, Spec


def _parses(code: str) -> bool:
    try:
        parse_config(code)
    except HclSyntaxError:
        return False
    return True


def mark_invalid_hcl(spec: Spec) -> None:
    """Set `valid_hcl = False` on every HCL example and import step of `spec` that does not parse."""
    steps = spec.import_.steps if spec.import_ is not None else []
    for item in [*spec.examples, *steps]:
        if not isinstance(item, (Example, CodeStep)) or item.code is None:
            continue
        if (item.language or "").lower() in HCL_LANGUAGES and not _parses(item.code):
            item.valid_hcl = False
