"""Code highlighted with Pygments, as HTML spans whose classes the preview's style sheet colours."""

from __future__ import annotations

from functools import lru_cache

from pygments import highlight as pygments_highlight
from pygments.formatters import HtmlFormatter
from pygments.lexer import Lexer
from pygments.lexers import TextLexer, get_lexer_by_name
from pygments.util import ClassNotFound

_FORMATTER = HtmlFormatter(nowrap=True)
STYLE_SELECTOR = ".code"


@lru_cache(maxsize=64)
def _lexer(language: str | None) -> Lexer:
    """The lexer for a fence's info string (`terraform`, `python`, `console`...); plain text
    for none or an unknown one."""
    name = (language or "").split()[0].lower() if (language or "").strip() else ""
    try:
        return get_lexer_by_name(name, stripnl=False, ensurenl=False) if name else TextLexer()
    except ClassNotFound:
        return TextLexer()


def highlight(code: str, language: str | None) -> str:
    """`code` as escaped HTML with highlighting spans (no wrapping element)."""
    return pygments_highlight(code, _lexer(language), _FORMATTER)


def style_sheet() -> str:
    """The CSS rules of the highlighting colours, scoped to code boxes."""
    return _FORMATTER.get_style_defs(STYLE_SELECTOR)
