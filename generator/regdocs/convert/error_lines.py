"""The snippet position a conversion error belongs to, when the stage that failed works on parsed
values and no longer knows positions: the line of the top-level block (or `locals` entry) the
error arose in, found from a block's node id (`aws_instance.web`, `data.x.y`, `var.v`,
`local.k`, `out.o`, `module.m`, a provider name) or from a path into the HCL-JSON document
(`.resource.aws_instance.web[0].tags`)."""

from __future__ import annotations

import re

from regdocs.convert.hcl import syntax as s
from regdocs.convert.hcl.parser import parse_config_syntax

_PATH_SEGMENT = re.compile(r"\.([^.\[]+)|\[(\d+)\]")
_NODE_PREFIXES = {"variable": "var", "output": "out", "module": "module"}


def _position(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of a character offset."""
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def _node_id(block: s.Block) -> str | None:
    labels = block.labels
    if block.type == "resource" and len(labels) == 2:
        return f"{labels[0]}.{labels[1]}"
    if block.type == "data" and len(labels) == 2:
        return f"data.{labels[0]}.{labels[1]}"
    if block.type in _NODE_PREFIXES and len(labels) == 1:
        return f"{_NODE_PREFIXES[block.type]}.{labels[0]}"
    if block.type == "provider" and len(labels) == 1:
        return labels[0]
    return None


Position = tuple[int, int]


def node_positions(text: str) -> tuple[dict[str, Position], dict[str, list[Position]]]:
    """(node id -> position of its first block, block type -> positions of its blocks in order)."""
    nodes: dict[str, Position] = {}
    by_type: dict[str, list[Position]] = {}
    for item in parse_config_syntax(text).items:
        if not isinstance(item, s.Block):
            continue
        position = _position(text, item.start)
        by_type.setdefault(item.type, []).append(position)
        node_id = _node_id(item)
        if node_id is not None:
            nodes.setdefault(node_id, position)
        if item.type == "locals":
            for attribute in item.body.items:
                if isinstance(attribute, s.Attribute):
                    nodes.setdefault(f"local.{attribute.name}", _position(text, attribute.start))
    return nodes, by_type


def _path_node(path: str) -> tuple[str | None, str | None, int]:
    """(node id, block type, index of the block of that type) a HCL-JSON path points into."""
    segments = [name if name is not None else int(index) for name, index in _PATH_SEGMENT.findall(path)]
    segments = [segment for segment in segments if segment != ""]
    if not segments:
        return None, None, 0
    kind = segments[0]
    names = [segment for segment in segments[1:3] if isinstance(segment, str)]
    if kind == "resource" and len(names) == 2:
        return f"{names[0]}.{names[1]}", kind, 0
    if kind == "data" and len(names) == 2:
        return f"data.{names[0]}.{names[1]}", kind, 0
    if kind in _NODE_PREFIXES and names:
        return f"{_NODE_PREFIXES[kind]}.{names[0]}", kind, 0
    if kind == "provider" and names:
        return names[0], kind, 0
    index = segments[1] if len(segments) > 1 and isinstance(segments[1], int) else 0
    return None, str(kind), index


def error_position(text: str, node_id: str | None = None, path: str | None = None) -> Position:
    """The (line, column) of the block `node_id` names or `path` points into; else of the first
    block; else (1, 1). `text` is a snippet that parses."""
    nodes, by_type = node_positions(text)
    kind, index = None, 0
    if path is not None:
        node_id, kind, index = _path_node(path)
    if node_id in nodes:
        return nodes[node_id]
    if kind in by_type and index < len(by_type[kind]):
        return by_type[kind][index]
    return min((positions[0] for positions in by_type.values()), default=(1, 1))
