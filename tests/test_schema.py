"""The shipped JSON Schema agrees with the model and the style defaults."""

from dataclasses import fields

from regdocs.spec.model import Block, Entry, Example, Import, Section, Spec
from regdocs.spec.styles import ENTRY_STYLE_KEYS, STYLE_KEYS
from regdocs.spec.validate import spec_schema

# Model fields that are not spec keys (filled in by the loader), or named differently.
NOT_KEYS = {"line", "path", "key_positions"}
RENAMED = {"import_": "import"}


def keys(model) -> set[str]:
    return {RENAMED.get(f.name, f.name) for f in fields(model)} - NOT_KEYS


def test_style_keys():
    schema = spec_schema()
    assert list(schema["properties"]["style"]["properties"]) == list(STYLE_KEYS)
    assert set(schema["$defs"]["entry_style"]["properties"]) == set(ENTRY_STYLE_KEYS)


def test_every_model_field_is_a_schema_property():
    definitions = spec_schema()["$defs"]
    assert set(spec_schema()["properties"]) == keys(Spec)
    for model, name in (
        (Entry, "entry"),
        (Block, "block"),
        (Example, "example"),
        (Import, "import"),
        (Section, "section"),
    ):
        assert set(definitions[name]["properties"]) == keys(model), name
