"""Prettier's `printDocToString` (prettier 2.8 `src/document/doc-printer.js`) for the
document kinds of `doc.py`, with 2-space indentation and position marks.

Marks and spans are ignored when measuring; when printed they record text offsets on
their node. Line suffixes only carry trailing comments after a body's last statement, and
there are no line-suffix boundaries, so `fits` never needs to know about pending ones. Printed text is ASCII except possibly comment text, whose width prettier
measures with `getStringWidth`.
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
    Span,
)

MODE_BREAK = 1
MODE_FLAT = 2
_SPAN_END = 3  # command mode of the marker that closes a span
INDENT_WIDTH = 2


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


def _flat_width(doc) -> int:
    """Width of `doc` printed flat, or -1 if measuring it flat could stop at a line break
    (a broken group or hard line inside) or depends on another group's mode."""
    t = type(doc)
    if t is str:
        return len(doc) if doc.isascii() else string_width(doc)
    if t is list:
        total = 0
        for d in doc:
            w = _flat_width(d)
            if w < 0:
                return -1
            total += w
        return total
    if t is Group:
        if doc.brk:
            return -1
        if doc.flat_width is None:
            doc.flat_width = _flat_width(doc.contents)
        return doc.flat_width
    if t is Line:
        return -1 if doc.hard else 0 if doc.soft else 1
    if t is Span or t is Indent or t is IndentIfBreak:
        return _flat_width(doc.contents)
    if t is IfBreak:
        return -1 if doc.group_id else _flat_width(doc.flat_contents)
    if t is Fill:
        return _flat_width(doc.parts)
    if t is Mark or t is BreakParent:
        return 0
    return -1


def _fits(next_cmd, rest, width, group_modes, must_be_flat=False) -> bool:
    """Prettier's `fits`: does the text up to the next line break fit in `width`?"""
    rest_idx = len(rest)
    cmds = [next_cmd]
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
            width -= len(doc) if doc.isascii() else string_width(doc)
        elif t is list:
            for d in reversed(doc):
                cmds.append((0, mode, d))
        elif t is Span or t is Indent or t is IndentIfBreak:
            if mode != _SPAN_END:
                cmds.append((0, mode, doc.contents))
        elif t is Group:
            if must_be_flat and doc.brk:
                return False
            if mode == MODE_FLAT and not doc.brk:
                flat = doc.flat_width
                if flat is None:
                    flat = doc.flat_width = _flat_width(doc.contents)
                if flat >= 0:
                    width -= flat
                    continue
            group_mode = MODE_BREAK if doc.brk else mode
            contents = doc.states[-1] if doc.states is not None and group_mode == MODE_BREAK else doc.contents
            cmds.append((0, group_mode, contents))
        elif t is Line:
            if mode == MODE_BREAK or doc.hard:
                return True
            if not doc.soft:
                width -= 1
        elif t is IfBreak:
            group_mode = group_modes.get(doc.group_id, MODE_FLAT) if doc.group_id else mode
            contents = doc.break_contents if group_mode == MODE_BREAK else doc.flat_contents
            if contents:
                cmds.append((0, mode, contents))
        elif t is Fill:
            for d in reversed(doc.parts):
                cmds.append((0, mode, d))
    return False


def print_doc(doc, width: int = 80, indent: int = 0, column: int = 0) -> str:
    """Print `doc` in `width` columns, recording the offsets of marks and spans; the text
    starts at `column` of a line, and its line breaks indent to `indent` at least."""
    group_modes: dict = {}
    pos = column
    length = 0  # characters printed so far
    cmds = [(indent, MODE_BREAK, doc)]
    out: list[str] = []
    should_remeasure = False
    line_suffix: list = []
    pop = cmds.pop
    push = cmds.append

    while cmds:
        ind, mode, doc = pop()
        t = type(doc)
        if t is str:
            out.append(doc)
            pos += len(doc) if doc.isascii() else string_width(doc)
            length += len(doc)
        elif t is list:
            for d in reversed(doc):
                push((ind, mode, d))
        elif t is Span:
            if mode == _SPAN_END:
                doc.node.ts_end = length
            else:
                doc.node.ts_start = length
                push((ind, _SPAN_END, doc))
                push((ind, mode, doc.contents))
        elif t is Group:
            if mode == MODE_FLAT and not should_remeasure:
                push((ind, MODE_BREAK if doc.brk else MODE_FLAT, doc.contents))
            else:
                should_remeasure = False
                rem = width - pos
                if not doc.brk and _fits((ind, MODE_FLAT, doc), cmds, rem, group_modes):
                    push((ind, MODE_FLAT, doc.contents))
                elif doc.states is not None:
                    if doc.brk:
                        push((ind, MODE_BREAK, doc.states[-1]))
                    else:
                        for state in doc.states[1:]:
                            cmd = (ind, MODE_FLAT, state)
                            if _fits(cmd, cmds, rem, group_modes):
                                push(cmd)
                                break
                        else:
                            push((ind, MODE_BREAK, doc.states[-1]))
                else:
                    push((ind, MODE_BREAK, doc.contents))
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
                push((ind, mode, doc))
                cmds.extend(reversed(line_suffix))
                line_suffix.clear()
                continue
            if doc.literal:
                out.append("\n")
                pos = 0
                length += 1
            else:
                length -= _trim(out)
                out.append("\n" + " " * ind)
                pos = ind
                length += 1 + ind
        elif t is Mark:
            setattr(doc.node, doc.attr, length)
        elif t is Indent:
            push((ind + INDENT_WIDTH, mode, doc.contents))
        elif t is IfBreak or t is IndentIfBreak:
            group_mode = group_modes.get(doc.group_id) if doc.group_id else mode
            if t is IfBreak:
                contents = doc.break_contents if group_mode == MODE_BREAK else doc.flat_contents
                if contents and group_mode:
                    push((ind, mode, contents))
            elif group_mode == MODE_BREAK:
                push((ind + INDENT_WIDTH, mode, doc.contents))
            elif group_mode == MODE_FLAT:
                push((ind, mode, doc.contents))
        elif t is Fill:
            _print_fill(doc, ind, mode, width - pos, cmds, group_modes)
        elif t is LineSuffix:
            line_suffix.append((ind, mode, doc.contents))
        elif t is BreakParent:
            pass
        if not cmds and line_suffix:
            cmds.extend(reversed(line_suffix))
            line_suffix.clear()
    return "".join(out)


def _print_fill(doc, ind, mode, rem, cmds, group_modes) -> None:
    """Prettier's `fill` step: push the commands for the first content/separator pair."""
    parts = doc.parts
    if not parts:
        return
    content = parts[0]
    content_flat = (ind, MODE_FLAT, content)
    content_break = (ind, MODE_BREAK, content)
    content_fits = _fits(content_flat, [], rem, group_modes, True)
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
    if _fits(pair_flat, [], rem, group_modes, True):
        cmds.extend((remaining, whitespace_flat, content_flat))
    elif content_fits:
        cmds.extend((remaining, whitespace_break, content_flat))
    else:
        cmds.extend((remaining, whitespace_break, content_break))
