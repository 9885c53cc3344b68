"""A project's house style, read from its specs: what most of them share (page style, front
matter `layout`, `page_title` pattern, `style` wording), for new specs to follow."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from regdocs.spec.model import Spec


def _majority(values: list) -> object | None:
    """The value more than half of `values` share, else None."""
    if not values:
        return None
    value, count = Counter(values).most_common(1)[0]
    return value if count * 2 > len(values) else None


@dataclass
class HouseStyle:
    page_style: str = "website"
    layout: str | None = None  # front matter `layout`
    page_title: str | None = None  # front matter `page_title`, `{name}` standing for the name
    style: dict[str, object] = field(default_factory=dict)

    @classmethod
    def from_specs(cls, specs: list[Spec], page_style: str | None = None) -> "HouseStyle":
        """The style most `specs` of resources, data sources and ephemeral resources share;
        `page_style` (the configuration's) wins over theirs."""
        pages = [spec for spec in specs if spec.kind in ("resource", "data_source", "ephemeral_resource")]
        chosen = page_style or _majority([spec.page_style for spec in pages]) or "website"
        same = [spec for spec in pages if spec.page_style == chosen]
        front = [spec.front_matter for spec in same if isinstance(spec.front_matter, dict)]
        titles = [
            str(matter["page_title"]).replace(str(spec.name), "{name}")
            for spec, matter in ((spec, spec.front_matter) for spec in same)
            if isinstance(matter, dict) and str(spec.name) in str(matter.get("page_title", ""))
        ]
        style = {}
        for key in {key for spec in same for key in spec.style}:
            value = _majority([repr(spec.style.get(key)) for spec in same])
            if value is not None and value != "None":
                style[key] = next(spec.style[key] for spec in same if repr(spec.style.get(key)) == value)
        return cls(
            page_style=chosen,
            layout=_majority([str(matter["layout"]) for matter in front if "layout" in matter]),
            page_title=_majority(titles) if len(titles) * 2 > len(same) else None,
            style=style,
        )
