"""Registry markdown parsed the way the Terraform Registry shows it: CommonMark with tables and
strikethrough, raw HTML kept (tfplugindocs writes `<a id>` anchors), the front matter read
apart, headings with anchors, a list item opening with a code span linkable by that name, and
the callout paragraphs (`->` note, `~>` warning, `!>` danger) as boxes."""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from mdit_py_plugins.anchors import anchors_plugin
from mdit_py_plugins.anchors.index import unique_slug
from mdit_py_plugins.front_matter import front_matter_plugin

CALLOUTS = {"->": "note", "~>": "warning", "!>": "danger"}


def _callouts(state: StateCore) -> None:
    """A paragraph opening with a callout marker loses the marker and gets the callout's class."""
    tokens = state.tokens
    for index, token in enumerate(tokens):
        if token.type != "paragraph_open" or index + 1 >= len(tokens):
            continue
        inline = tokens[index + 1]
        kind = CALLOUTS.get(inline.content[:2])
        first = inline.children[0] if inline.children else None
        if kind is None or first is None or first.type != "text" or not first.content.startswith(inline.content[:2]):
            continue
        first.content = first.content[2:].lstrip(" ")
        token.attrSet("class", f"callout callout-{kind}")
        token.attrSet("role", "note")
        token.meta["callout"] = kind


def _item_anchors(state: StateCore) -> None:
    """`* `name` - ...`: the code span links to the item (`#name`, then `#name-1`...), as the
    Registry makes argument and attribute bullets linkable. Heading ids are taken first."""
    taken = {token.attrGet("id") for token in state.tokens if token.type == "heading_open"}
    tokens = state.tokens
    for index, token in enumerate(tokens):
        if token.type != "list_item_open" or index + 2 >= len(tokens) or tokens[index + 2].type != "inline":
            continue
        children = tokens[index + 2].children or []
        if not children or children[0].type != "code_inline" or not children[0].content.strip():
            continue
        anchor = unique_slug(children[0].content.strip(), taken)
        token.attrSet("id", anchor)
        link = Token("link_open", "a", 1, attrs={"href": f"#{anchor}", "class": "item-anchor"})
        children[0:1] = [link, children[0], Token("link_close", "a", -1)]


def _code(renderer, tokens: list[Token], index: int, options, env: dict) -> str:
    """Code blocks are rendered by the caller's `env["code"](token)` (highlighting, tabs)."""
    return env["code"](tokens[index])


@lru_cache(maxsize=1)
def registry_markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    front_matter_plugin(md)
    anchors_plugin(md, min_level=1, max_level=6, permalink=True, permalinkSymbol="#", permalinkBefore=True)
    md.core.ruler.push("callouts", _callouts)
    md.core.ruler.push("item_anchors", _item_anchors)
    md.add_render_rule("fence", _code)
    md.add_render_rule("code_block", _code)
    return md


@lru_cache(maxsize=1)
def _block_markdown() -> MarkdownIt:
    """The same block structure, without reading inline content: enough to find code blocks."""
    md = MarkdownIt("commonmark", {"html": True}).enable(["table"]).disable("inline")
    front_matter_plugin(md)
    return md


def parse(page: str) -> list[Token]:
    """The block tokens of a Registry page (`map` gives their 0-based page lines)."""
    return registry_markdown().parse(page.replace("\r\n", "\n"))


def code_tokens(tokens: list[Token]) -> list[Token]:
    """The code blocks (fenced or indented) among `tokens`, in page order."""
    return [token for token in tokens if token.type in ("fence", "code_block")]


def page_code(page: str) -> list[Token]:
    """The code blocks of a page, in page order, read without parsing inline content."""
    return code_tokens(_block_markdown().parse(page.replace("\r\n", "\n")))
