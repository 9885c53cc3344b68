"""Prettier's `printDocToString` (prettier 2.8 `src/document/doc-printer.js`) for the
document kinds of `doc.py`, with 2-space indentation and position marks.

Marks (`doc.Mark`) are ignored when measuring; when printed they record the offset of the
text printed so far on their node. All printed text is ASCII except comment text, whose
width prettier measures with `getStringWidth`.
"""

from __future__ import annotations

import unicodedata

from .doc import (
    BreakParent,
    Fill,
    Group,
    IfBreak,
    Indent,
    IndentIfBreak,
    Line,
    LineSuffix,
    Mark,
)

MODE_BREAK = 1
MODE_FLAT = 2
INDENT_WIDTH = 2
HARD_LINE = Line(hard=True)


def string_width(text: str) -> int:
    """Prettier's `getStringWidth`: columns taken by `text` (wide characters count 2)."""
    if text.isascii():
        return len(text)
    width = 0
    for ch in text:
        code = ord(ch)
        if code <= 0x1F or 0x7F <= code <= 0x9F or unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("F", "W") else 1
    return width


def _trim(out: list) -> int:
    """Remove trailing spaces and tabs from the output; return how many were removed."""
    count = 0
    while out:
        last = out[-1]
        stripped = last.rstrip(" \t")
        count += len(last) - len(stripped)
        if stripped:
            out[-1] = stripped
            break
        out.pop()
    return count


def _fits(next_cmd, rest, width, has_line_suffix, group_modes, must_be_flat=False) -> bool:
    """Prettier's `fits`: does the text up to the next line break fit in `width`?"""
    rest_idx = len(rest)
    cmds = [next_cmd]
    out = []
    while width >= 0:
        if not cmds:
            if rest_idx == 0:
                return True
            rest_idx -= 1
            cmds.append(rest[rest_idx])
            continue
        _, mode, doc = cmds.pop()
        t = type(doc)
        if t is str:
            out.append(doc)
            width -= string_width(doc)
        elif t is list:
            for d in reversed(doc):
                cmds.append((0, mode, d))
        elif t is Group:
            if must_be_flat and doc.brk:
                return False
            group_mode = MODE_BREAK if doc.brk else mode
            contents = (
                doc.states[-1] if doc.states is not None and group_mode == MODE_BREAK else doc.contents
            )
            cmds.append((0, group_mode, contents))
        elif t is Line:
            if mode == MODE_BREAK or doc.hard:
                return True
            if not doc.soft:
                out.append(" ")
                width -= 1
        elif t is Indent or t is IndentIfBreak:
            cmds.append((0, mode, doc.contents))
        elif t is IfBreak:
            group_mode = group_modes.get(doc.group_id, MODE_FLAT) if doc.group_id else mode
            contents = doc.break_contents if group_mode == MODE_BREAK else doc.flat_contents
            if contents:
                cmds.append((0, mode, contents))
        elif t is Fill:
            for d in reversed(doc.parts):
                cmds.append((0, mode, d))
        elif t is LineSuffix:
            has_line_suffix = True
    return False


def print_doc(doc, width: int = 80) -> str:
    """Print `doc` in `width` columns, setting the position of every `Mark`."""
    group_modes: dict = {}
    pos = 0  # column
    length = 0  # characters printed so far
    cmds = [(0, MODE_BREAK, doc)]
    out: list[str] = []
    marks: list = []  # recorded (node, attr) in order, to clamp after trimming
    should_remeasure = False
    line_suffix: list = []

    def trim() -> int:
        nonlocal length
        count = _trim(out)
        if count:
            length -= count
            for node, attr in reversed(marks):
                if getattr(node, attr) <= length:
                    break
                setattr(node, attr, length)
        return count

    while cmds:
        ind, mode, doc = cmds.pop()
        t = type(doc)
        if t is str:
            out.append(doc)
            pos += string_width(doc)
            length += len(doc)
        elif t is list:
            for d in reversed(doc):
                cmds.append((ind, mode, d))
        elif t is Mark:
            setattr(doc.node, doc.attr, length)
            marks.append((doc.node, doc.attr))
        elif t is Group:
            if mode == MODE_FLAT and not should_remeasure:
                cmds.append((ind, MODE_BREAK if doc.brk else MODE_FLAT, doc.contents))
            else:
                should_remeasure = False
                nxt = (ind, MODE_FLAT, doc.contents)
                rem = width - pos
                has_suffix = bool(line_suffix)
                if not doc.brk and _fits(nxt, cmds, rem, has_suffix, group_modes):
                    cmds.append(nxt)
                elif doc.states is not None:
                    most_expanded = doc.states[-1]
                    if doc.brk:
                        cmds.append((ind, MODE_BREAK, most_expanded))
                    else:
                        for state in doc.states[1:]:
                            cmd = (ind, MODE_FLAT, state)
                            if _fits(cmd, cmds, rem, has_suffix, group_modes):
                                cmds.append(cmd)
                                break
                        else:
                            cmds.append((ind, MODE_BREAK, most_expanded))
                else:
                    cmds.append((ind, MODE_BREAK, doc.contents))
            if doc.id is not None:
                group_modes[doc.id] = cmds[-1][1]
        elif t is Line:
            if mode == MODE_FLAT and not doc.hard:
                if not doc.soft:
                    out.append(" ")
                    pos += 1
                    length += 1
                continue
            if mode == MODE_FLAT:
                should_remeasure = True
            if line_suffix:
                cmds.append((ind, mode, doc))
                cmds.extend(reversed(line_suffix))
                line_suffix.clear()
                continue
            if doc.literal:
                out.append("\n")
                pos = 0
                length += 1
            else:
                trim()
                out.append("\n" + " " * ind)
                pos = ind
                length += 1 + ind
        elif t is Indent:
            cmds.append((ind + INDENT_WIDTH, mode, doc.contents))
        elif t is IfBreak or t is IndentIfBreak:
            group_mode = group_modes.get(doc.group_id) if doc.group_id else mode
            if t is IfBreak:
                contents = doc.break_contents if group_mode == MODE_BREAK else doc.flat_contents
                if contents and group_mode:
                    cmds.append((ind, mode, contents))
            elif group_mode == MODE_BREAK:
                cmds.append((ind + INDENT_WIDTH, mode, doc.contents))
            elif group_mode == MODE_FLAT:
                cmds.append((ind, mode, doc.contents))
        elif t is Fill:
            _print_fill(doc, ind, mode, width - pos, cmds, bool(line_suffix), group_modes)
        elif t is LineSuffix:
            line_suffix.append((ind, mode, doc.contents))
        elif t is BreakParent:
            pass
        if not cmds and line_suffix:
            cmds.extend(reversed(line_suffix))
            line_suffix.clear()
    return "".join(out)


def _print_fill(doc, ind, mode, rem, cmds, has_suffix, group_modes) -> None:
    """Prettier's `fill` step: push the commands for the first content/separator pair."""
    parts = doc.parts
    if not parts:
        return
    content = parts[0]
    content_flat = (ind, MODE_FLAT, content)
    content_break = (ind, MODE_BREAK, content)
    content_fits = _fits(content_flat, [], rem, has_suffix, group_modes, True)
    if len(parts) == 1:
        cmds.append(content_flat if content_fits else content_break)
        return
    whitespace = parts[1]
    whitespace_flat = (ind, MODE_FLAT, whitespace)
    whitespace_break = (ind, MODE_BREAK, whitespace)
    if len(parts) == 2:
        if content_fits:
            cmds.extend((whitespace_flat, content_flat))
        else:
            cmds.extend((whitespace_break, content_break))
        return
    remaining = (ind, mode, Fill(parts[2:]))
    pair_flat = (ind, MODE_FLAT, [content, whitespace, parts[2]])
    if _fits(pair_flat, [], rem, has_suffix, group_modes, True):
        cmds.extend((remaining, whitespace_flat, content_flat))
    elif content_fits:
        cmds.extend((remaining, whitespace_break, content_flat))
    else:
        cmds.extend((remaining, whitespace_break, content_break))
