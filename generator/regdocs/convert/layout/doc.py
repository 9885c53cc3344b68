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

    __slots__ = ("contents", "brk", "id", "states", "will_break", "flat_width")

    def __init__(self, contents, should_break=False, group_id=None, states=None):
        self.contents = contents
        self.id = group_id
        self.states = states
        self.flat_width = None  # computed by the printer when first measured
        if should_break:
            self.will_break = self.brk = True
        else:
            self.will_break, forced = _break_flags(contents)
            # Breaks inside a conditional group never propagate to it (`breakParentGroup`).
            self.brk = forced and states is None


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


class Span:
    """`contents`, recording where they start and end on `node` (`ts_start`, `ts_end`)."""

    __slots__ = ("node", "contents")

    def __init__(self, node, contents):
        self.node = node
        self.contents = contents


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
    return _break_flags(doc)[0]


def _break_flags(doc) -> tuple[bool, bool]:
    """(`willBreak(doc)`, whether prettier's `propagateBreaks` breaks the group directly
    enclosing `doc`). Nested groups answer from their own flags."""
    t = type(doc)
    if t is str or t is Mark:
        return False, False
    if t is Span:
        return _break_flags(doc.contents)
    if t is list:
        will = False
        for d in doc:
            if type(d) is not str:
                w, f = _break_flags(d)
                if f:
                    return True, True
                will = will or w
        return will, False
    if t is Group:
        return doc.will_break, doc.brk
    if t is Line:
        return doc.hard, False
    if t is BreakParent:
        return True, True
    if t is IfBreak:
        w1, f1 = _break_flags(doc.break_contents)
        w2, f2 = _break_flags(doc.flat_contents)
        return w1 or w2, f1 or f2
    if t is Fill:
        return _break_flags(doc.parts)
    return _break_flags(doc.contents)
