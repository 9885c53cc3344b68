"""JavaScript semantics the converter reproduces (expected values from node 20)."""

import pytest

from regdocs.convert.js import js_ordered_items, number_to_string, to_string, truthy


@pytest.mark.parametrize(
    "value, text",
    [
        (0.0, "0"),
        (-0.0, "0"),
        (5.0, "5"),
        (-5.0, "-5"),
        (62.5, "62.5"),
        (0.1 + 0.2, "0.30000000000000004"),
        (1e21, "1e+21"),
        (1e20, "100000000000000000000"),
        (12345678901234567890.0, "12345678901234567000"),
        (0.000001, "0.000001"),
        (1e-7, "1e-7"),
        (123e-20, "1.23e-18"),
        (1.5e300, "1.5e+300"),
        (2.5e-5, "0.000025"),
        (1.0000000000000002, "1.0000000000000002"),
    ],
)
def test_number_to_string_matches_javascript(value, text):
    assert number_to_string(value) == text


def test_array_index_keys_come_first_in_numeric_order():
    assert [k for k, _ in js_ordered_items({"b": 1, "10": 2, "a": 3, "2": 4, "01": 5})] == ["2", "10", "b", "a", "01"]


def test_template_literal_string_conversion():
    assert to_string({"a": 1}) == "[object Object]"
    assert to_string(["a", 2.0, None, True]) == "a,2,,true"
    assert to_string(3.0) == "3"


def test_empty_collections_are_truthy_as_in_javascript():
    assert truthy([]) and truthy({}) and not truthy("") and not truthy(0.0) and not truthy(None)
