"""jsii-rosetta's output tree: only the last indent request before a line break applies."""

from regdocs.convert.otree import OTree, render


def test_nested_indent_requests_do_not_accumulate():
    inner = OTree(["("], ["\na=1", "\nb=2"], separator=",", indent=4, suffix="\n)")
    outer = OTree(["call"], [inner], indent=4)
    assert render(outer) == "call(\n    a=1,\n    b=2\n)"


def test_separator_only_after_children_that_wrote_text():
    tree = OTree(["["], ["a", OTree([]), "b"], separator=", ", suffix="]")
    assert render(tree) == "[a, b]"


def test_render_once_trees_are_written_once():
    comment = OTree(["# note\n"], render_once="comment-1")
    assert render(OTree([comment, OTree([comment, "x"])])) == "# note\nx"


def test_trailing_blanks_and_outer_newlines_are_stripped():
    assert render(OTree(["\n\nclass A: ", "\n    pass   \n\n"])) == "class A:\n    pass"
