"""Bullet lines to entries and back, in the website and tfplugindocs grammars."""

import pytest

from regdocs.registry.formatting import schema_entry, website_entry
from regdocs.markdown_import.entries import parse_schema_entry, parse_website_entry, split_top_level
from regdocs.spec.styles import DEFAULTS


def website(*lines):
    entry = parse_website_entry(list(lines))
    assert entry is not None, lines
    assert website_entry(entry, DEFAULTS["website"]) == "\n".join(lines)
    return entry


def schema(*lines, parent=""):
    entry = parse_schema_entry(list(lines), parent)
    assert entry is not None, lines
    assert schema_entry(entry, DEFAULTS["registry"], parent) == "\n".join(lines)
    return entry


def test_required_flag_and_description():
    entry = website("* `size` - (Required) Size of the crate.")
    assert (entry.name, entry.required, entry.description) == ("size", True, "Size of the crate.")


def test_optional_with_default_and_allowed_values():
    entry = website("* `mode` - (Optional) How to stack. Valid values: `flat`, `tall`. Defaults to `flat`.")
    assert entry.required is False
    assert entry.description == "How to stack."
    assert entry.allowed_values == ["flat", "tall"]
    assert entry.default == "flat"


def test_condition_and_annotations():
    assert website("* `lid` - (Required if `size` is `big`) Lid kind.").condition == "if `size` is `big`"
    entry = website("* `name` - (Optional, Forces new resource) Crate name.")
    assert entry.annotations == ["Forces new resource"]
    assert website("* `zone` - (Only in the north) Zone.").annotations == ["Only in the north"]


@pytest.mark.parametrize(
    "line, position",
    [
        ("* `old` - (Optional) **Deprecated** Use `new`.", "after"),
        ("* `old` - **Deprecated** (Optional) Use `new`.", "before"),
        ("* `old` - (Optional, Deprecated) Use `new`.", "paren"),
        ("* `old` - **Deprecated** Use `new`.", "after"),
    ],
)
def test_deprecation_positions(line, position):
    entry = website(line)
    assert entry.deprecated
    assert entry.style["deprecated_position"] == position


def test_write_only_keeps_its_label():
    entry = website("* `pin` - (Optional, [Write-Only](https://example.com/wo)) A pin.")
    assert entry.write_only
    assert entry.style["write_only_label"] == "[Write-Only](https://example.com/wo)"


def test_computed_and_no_flag():
    assert website("* `serial` - (Computed) Serial.").computed
    assert website("* `id` - The crate ID.").required is None


@pytest.mark.parametrize("separator", [" - ", " -  ", ": ", " – ", " "])
def test_separator_variants(separator):
    assert website(f"- `id`{separator}The crate ID.").style["separator"] == separator


def test_continuation_lines_lose_their_common_indent():
    entry = website("* `note` - (Optional) First line", "  second line", "    deeper line")
    assert entry.description == "First line\nsecond line\n  deeper line"
    assert entry.style["indent"] == 2


def test_description_starting_on_the_next_line():
    entry = website("* `pin` - (Optional)", "  Starts below.")
    assert entry.description == "\nStarts below."


def test_name_alone():
    entry = website("* `tags`")
    assert entry.description is None


@pytest.mark.parametrize("line", ["* One of the following (Required)", "* **a** - (Optional) x", "text"])
def test_other_bullets_are_not_entries(line):
    assert parse_website_entry([line]) is None


def test_schema_entry_type_and_flags():
    entry = schema("- `key` (String, Sensitive, Deprecated) The key.")
    assert (entry.type, entry.sensitive, entry.deprecated) == ("String", True, True)
    assert schema("- `ids` (Block List, Max: 1) Ids.").type == "Block List, Max: 1"


def test_schema_entry_nested_link_follows_the_parent_path():
    entry = schema(
        "- `inner` (Block List) Inner. (see [below for nested schema](#nestedblock--outer--inner))",
        parent="outer",
    )
    assert entry.nested and entry.description == "Inner."
    link_only = schema("- `items` (Attributes List) (see [below for nested schema](#nestedatt--items))")
    assert link_only.nested and link_only.description is None


def test_schema_entry_without_description():
    assert schema("- `id` (String)").description is None


def test_schema_entry_wrong_anchor_stays_in_the_description():
    entry = parse_schema_entry(["- `a` (Block List) (see [below for nested schema](#nestedblock--elsewhere))"])
    assert entry is None or not entry.nested


def test_split_top_level_respects_code_and_links():
    assert split_top_level("a, `b, c`, [d, e](x), f") == ["a", "`b, c`", "[d, e](x)", "f"]


def test_flags_written_right_against_the_text():
    assert website("* `size`- (Required)Size of the crate.").style["flag_separator"] == ""
    assert website("* `size`- (Required)Size of the crate.").style["separator"] == "- "
    entry = schema("- `open` (Boolean)Whether the lid is open.")
    assert (entry.type, entry.description, entry.style["flag_separator"]) == ("Boolean", "Whether the lid is open.", "")
