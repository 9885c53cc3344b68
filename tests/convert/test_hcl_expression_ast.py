"""Expression trees as hcl2json's getExpressionAst gives them (expected structures checked
against hcl2json when the test was written)."""

import pytest

from regdocs.convert.hcl import HclSyntaxError, expression_ast, wrap_terraform_expression


def _shape(node):
    """(type, value, children) without the other metadata."""
    return (node.type, node.meta.get("value"), [_shape(child) for child in node.children])


def test_template_with_interpolation():
    node = expression_ast('"a-${var.x[0].y}"')
    assert node.type == "template"
    literal, traversal = node.children
    assert (literal.type, literal.meta) == ("literalValue", {"type": "string", "value": "a-"})
    assert traversal.meta["fullAccessor"] == "var.x[0].y"
    assert [(p["type"], p["segment"]) for p in traversal.meta["traversal"]] == [
        ("nameTraversal", "var"),
        ("nameTraversal", "x"),
        ("indexTraversal", "0"),
        ("nameTraversal", "y"),
    ]


def test_single_interpolation_is_a_template_wrap():
    assert _shape(expression_ast('"${var.x}"')) == ("templateWrap", '"${var.x}"', [("scopeTraversal", "var.x", [])])


def test_string_index_keys_keep_their_quotes_and_legacy_indexes_normalise():
    assert expression_ast('"${a["k"].b}"').children[0].meta["fullAccessor"] == 'a["k"].b'
    assert expression_ast('"${a.01}"').children[0].meta["fullAccessor"] == "a[1]"


def test_non_literal_index_and_relative_traversal():
    node = expression_ast('"${a[var.i].b}"').children[0]
    assert node.type == "relativeTraversal"
    assert node.meta["sourceExpression"] == "a[var.i]" and node.meta["fullAccessor"] == "b"
    assert node.children[0].type == "index"


def test_splats():
    full = expression_ast('"${a.b[*].c}"').children[0]
    assert (full.meta["anonSymbolExpression"], full.meta["eachExpression"]) == ("[*]", "[*].c")
    legacy = expression_ast('"${a.*.b[0]}"').children[0]
    assert legacy.type == "relativeTraversal" and legacy.children[0].meta["eachExpression"] == ".b"


def test_operators_and_precedence():
    node = expression_ast('"${1 + 2 * 3}"').children[0]
    assert (node.meta["operator"], node.meta["rhsExpression"]) == ("add", "2 * 3")
    assert node.children[1].meta["operator"] == "multiply"


def test_for_expression_metadata():
    node = expression_ast('"${[for i, x in l : upper(x) if x != ""]}"').children[0]
    assert node.meta == {
        "closeRangeValue": "]",
        "collectionExpression": "l",
        "conditionalExpression": 'x != ""',
        "groupedValue": False,
        "keyVar": "i",
        "openRangeValue": "[",
        "valVar": "x",
        "value": '[for i, x in l : upper(x) if x != ""]',
        "valueExpression": "upper(x)",
    }


def test_objects_list_key_and_value_nodes():
    node = expression_ast('"${{"a-b" = 1, c = 2}}"').children[0]
    assert node.meta["items"] == {'"a-b"': "1", "c": "2"}
    assert [child.type for child in node.children] == ["", "literalValue", "", "literalValue"]


def test_template_directives():
    node = expression_ast('"%{if a}x%{else}y%{endif}"').children[0]
    assert node.type == "conditional"
    assert (node.meta["trueExpression"], node.meta["falseExpression"]) == ("x", "y")


def test_wrapping_string_values():
    assert wrap_terraform_expression('"plain"') == ('"plain"', 0)
    assert wrap_terraform_expression('"say "hi""') == ('"say \\"hi\\""', 0)
    assert wrap_terraform_expression('"a\nb"') == ("<<EOE\na\nb\nEOE\n", 5)
    assert wrap_terraform_expression("12") == ("12", 0)
    assert wrap_terraform_expression("${x}") == ('"${x}"', 1)


def test_newlines_are_blanks_in_a_whole_expression():
    assert _shape(expression_ast("a &&\nb")) == (
        "binaryOp",
        "a &&\nb",
        [("scopeTraversal", "a", []), ("scopeTraversal", "b", [])],
    )


def test_index_segments():
    node = expression_ast("x[true][0]")  # Go gives no segment for a bool or null key
    assert node.meta["traversal"][1] == {"type": "indexTraversal"}
    assert node.meta["fullAccessor"] == "x[][0]"
    assert expression_ast("x[123456789012].y").meta["fullAccessor"] == "x[1.23456789e+11].y"
    assert expression_ast("x.1e3").meta["fullAccessor"] == "x[1000]"
    exact = expression_ast("x.1e400[1e-400][1.00000000005][0.00001]")  # numbers are exact decimals in Go
    assert exact.meta["fullAccessor"] == "x[1e+400][1e-400][1][1e-05]"


def test_object_keys_are_visited_unless_one_word():
    node = expression_ast('{k = 1, a.b = 2, true = 3, 4 = 4, "s" = 5}')
    keys = [_shape(child) for child in node.children[::2]]
    assert keys == [
        ("", None, []),
        ("", None, [("scopeTraversal", "a.b", [])]),
        ("", None, []),
        ("", None, [("literalValue", "4", [])]),
        ("", None, [("template", '"s"', [("literalValue", "s", [])])]),
    ]


def test_tokens_outside_templates():
    assert _shape(expression_ast("\ufeffnull(1)")) == ("function", "null(1)", [("literalValue", "1", [])])
    assert _shape(expression_ast("5 %{}")) == ("binaryOp", "5 %{}", [("literalValue", "5", []), ("object", "{}", [])])
    assert _shape(expression_ast("<<EOT\nEOT\n")) == ("template", "<<EOT\nEOT", [("literalValue", "", [])])


def test_blank_text_is_not_an_expression():
    with pytest.raises(HclSyntaxError):
        expression_ast(" \n")
