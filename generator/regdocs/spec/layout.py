"""Which sections a page shows, in which order, for each page style."""

from __future__ import annotations

from regdocs.spec.model import Section, Spec

WEBSITE_ORDER = ("examples", "arguments", "attributes", "timeouts", "import")
REGISTRY_ORDER = ("examples", "schema", "import")


def _present(spec: Spec) -> dict[str, bool]:
    arguments = bool(spec.arguments) or any(block.arguments for block in spec.blocks)
    attributes = bool(spec.attributes) or any(block.attributes for block in spec.blocks)
    return {
        "examples": bool(spec.examples),
        "arguments": arguments,
        "attributes": attributes,
        "schema": arguments or attributes or bool(spec.timeouts),
        "timeouts": bool(spec.timeouts),
        "import": spec.import_ is not None,
    }


def default_sections(spec: Spec, page_style: str | None = None) -> list[str]:
    """The sections a spec without a `sections` list shows, in their usual order."""
    order = REGISTRY_ORDER if (page_style or spec.page_style) == "registry" else WEBSITE_ORDER
    present = _present(spec)
    return [name for name in order if present[name]]


def page_sections(spec: Spec, page_style: str) -> list[str | Section]:
    """The sections to render in `page_style`, translating references made for the other style."""
    listed = spec.sections or default_sections(spec)
    if page_style == spec.page_style:
        return list(listed)
    present = _present(spec)
    result: list[str | Section] = []
    for section in listed:
        if not isinstance(section, str):
            result.append(section)
        elif page_style == "registry" and section in ("arguments", "attributes", "timeouts", "schema"):
            if "schema" not in result:
                result.append("schema")
        elif page_style == "website" and section == "schema":
            result.extend(name for name in ("arguments", "attributes", "timeouts") if present[name])
        else:
            result.append(section)
    return result
