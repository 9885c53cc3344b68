"""Prettier's document builders (prettier 2.8 `src/document/doc-builders.js`), the subset
the TypeScript layout needs, plus position marks.

A document is a `str`, a `list` of documents (concatenation) or one of the classes below.
Prettier propagates hard breaks to enclosing groups once the whole document is built
(`propagateBreaks`); documents here are built bottom-up, so each `Group` computes that
propagated state when it is created (`brk`), together with what prettier's `willBreak`
answers for it during construction (`will_break`).
"""

from __future__ import annotations


class Group:
    """`group(contents, {shouldBreak, id})`; with `states` it is a `conditionalGroup`."""

    __slots__ = ("contents", "brk", "id", "states", "will_break")

    def __init__(self, contents, should_break=False, group_id=None, states=None):
        self.contents = contents
        self.id = group_id
        self.states = states
        self.will_break = should_break or will_break(contents)
        # Breaks inside a conditional group never propagate to it (`breakParentGroup`).
        self.brk = should_break or (states is None and _forces_break(contents))


class Indent:
    __slots__ = ("contents",)

    def __init__(self, contents):
        self.contents = contents


class Line:
    """`line` (space or newline), `softline` (nothing or newline), `hardline` parts."""

    __slots__ = ("soft", "hard", "literal")

    def __init__(self, soft=False, hard=False, literal=False):
        self.soft = soft
        self.hard = hard
        self.literal = literal


class IfBreak:
    __slots__ = ("break_contents", "flat_contents", "group_id")

    def __init__(self, break_contents, flat_contents="", group_id=None):
        self.break_contents = break_contents
        self.flat_contents = flat_contents
        self.group_id = group_id


class IndentIfBreak:
    __slots__ = ("contents", "group_id")

    def __init__(self, contents, group_id):
        self.contents = contents
        self.group_id = group_id


class Fill:
    """`fill(parts)`: parts alternate content and separator."""

    __slots__ = ("parts",)

    def __init__(self, parts):
        self.parts = parts


class LineSuffix:
    __slots__ = ("contents",)

    def __init__(self, contents):
        self.contents = contents


class BreakParent:
    __slots__ = ()


class Mark:
    """Zero-width marker: when printed, sets `node.<attr>` to the current text offset."""

    __slots__ = ("node", "attr")

    def __init__(self, node, attr):
        self.node = node
        self.attr = attr


LINE = Line()
SOFTLINE = Line(soft=True)
BREAK_PARENT = BreakParent()
HARDLINE = [Line(hard=True), BREAK_PARENT]
LITERALLINE = [Line(hard=True, literal=True), BREAK_PARENT]


def join(separator, docs):
    parts = []
    for i, d in enumerate(docs):
        if i:
            parts.append(separator)
        parts.append(d)
    return parts


def will_break(doc) -> bool:
    """Prettier's `willBreak`: a broken group, hard line or break-parent inside `doc`
    (conditional groups are looked into through their first state)."""
    t = type(doc)
    if t is str:
        return False
    if t is list:
        for d in doc:
            if type(d) is not str and will_break(d):
                return True
        return False
    if t is Group:
        return doc.will_break
    if t is Line:
        return doc.hard
    if t is BreakParent:
        return True
    if t is IfBreak:
        return will_break(doc.break_contents) or will_break(doc.flat_contents)
    if t is Fill:
        return will_break(doc.parts)
    if t is Mark:
        return False
    return will_break(doc.contents)


def _forces_break(doc) -> bool:
    """Whether prettier's `propagateBreaks` marks the group directly enclosing `doc`."""
    t = type(doc)
    if t is str:
        return False
    if t is list:
        for d in doc:
            if type(d) is not str and _forces_break(d):
                return True
        return False
    if t is Group:
        return doc.brk
    if t is BreakParent:
        return True
    if t is Line or t is Mark:
        return False
    if t is IfBreak:
        return _forces_break(doc.break_contents) or _forces_break(doc.flat_contents)
    if t is Fill:
        return _forces_break(doc.parts)
    return _forces_break(doc.contents)
