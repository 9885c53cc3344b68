"""Port of provider-generator's `loop-detection.ts`: finds structs that repeat an enclosing
struct (recursive schemas), so the parser can point them back to it."""

from __future__ import annotations

from .attribute_models import Attribute


def _type_structure(attribute: Attribute) -> str:
    t = attribute.type
    if not t.is_complex:
        return t.stored
    names = ",".join(sorted(a.name for a in t.struct.attributes))
    return f"<complex:{{{names}}}{t.kind}>"


def _identifier(attribute: Attribute) -> tuple[str, frozenset[str]]:
    members = frozenset(f"{a.name}:{_type_structure(a)}" for a in attribute.type.struct.attributes)
    return attribute.terraform_name, members


def detect_attribute_loops(attributes: list[Attribute]) -> dict[str, str]:
    """Attribute paths whose struct repeats an enclosing one → the path of that enclosing one."""
    redirects: dict[str, str] = {}

    def visit(attribute: Attribute, path: list[str], known: list[tuple[str, tuple]]) -> None:
        struct = attribute.type.struct
        if struct is None:
            return
        identifier = _identifier(attribute)
        here = path + [attribute.terraform_name]
        for known_path, known_identifier in known:
            if known_identifier == identifier:
                redirects[".".join(here)] = known_path
                return
        inner_known = known + [(".".join(here), identifier)]
        for child in struct.attributes:
            visit(child, here, inner_known)

    for attribute in attributes:
        visit(attribute, [], [])
    return redirects
