"""`regdocs new`: specs started from the provider schema render, convert and validate with
only their placeholders (T001) to fill in; existing specs are never overwritten."""

import pytest

from conftest import PROJECT_ROOT, run_regdocs
from regdocs.convert.hcl.parser import parse_config_syntax
from regdocs.scaffold.example import example_code, placeholder
from regdocs.validate.schema_index import block_members

KILN = PROJECT_ROOT / "tests" / "validate" / "kiln"
GOLDENS = PROJECT_ROOT / "tests" / "expected" / "new"


@pytest.fixture
def project(tmp_path):
    (tmp_path / "pyproject.toml").write_text(f'[tool.regdocs]\nschemas = ["{KILN / "schema.json"}"]\n')
    return tmp_path


@pytest.mark.parametrize("page_style", ["website", "registry"])
def test_new_all_writes_specs_that_generate_and_validate(project, page_style, goldens):
    config = project / "pyproject.toml"
    config.write_text(config.read_text() + f'page-style = "{page_style}"\n')
    result = run_regdocs(project, "new", "--all")
    assert result.returncode == 0, result.stderr
    assert "3 specs written, 0 already had one" in result.stderr
    folders = {"website": ("r", "d"), "registry": ("resources", "data-sources")}[page_style]
    furnace = project / "specs" / folders[0] / "furnace.yaml"
    assert furnace.is_file() and (project / "specs" / folders[1] / "glazes.yaml").is_file()
    goldens.check(GOLDENS / f"kiln_furnace.{page_style}.yaml", furnace.read_text())
    generated = run_regdocs(project, "generate")
    assert generated.returncode == 0 and "0 failed conversions" in generated.stderr, generated.stderr
    validated = run_regdocs(project, "validate", "--all")
    assert validated.returncode == 0, validated.stdout
    assert {line.rsplit(" ", 1)[-1] for line in validated.stdout.splitlines()} == {"[T001]"}
    assert run_regdocs(project, "validate", "--strict").returncode == 1


def test_new_never_overwrites_a_spec(project):
    assert run_regdocs(project, "new", "resource", "kiln_furnace").returncode == 0
    spec = project / "specs" / "r" / "furnace.yaml"
    spec.write_text(spec.read_text().replace("Name of the furnace.", "Name of the kiln furnace."))
    again = run_regdocs(project, "new", "resource", "kiln_furnace", "kiln_batch")
    assert again.returncode == 0 and "1 specs written, 1 already had one" in again.stderr
    assert "Name of the kiln furnace." in spec.read_text()
    (project / "specs" / "glazes.yaml").write_text("kind: data_source\nname: kiln_glazes\n")  # elsewhere
    assert "0 specs written, 3 already had one" in run_regdocs(project, "new", "--all").stderr
    assert not (project / "specs" / "d").exists()


def test_new_names_the_closest_type_for_an_unknown_one(project):
    result = run_regdocs(project, "new", "resource", "kiln_furnce")
    assert result.returncode == 1
    assert "the schemas have no resource `kiln_furnce`; did you mean `kiln_furnace`?" in result.stderr


def test_new_needs_a_schema_and_names(tmp_path):
    assert run_regdocs(tmp_path, "new", "resource", "x_y").returncode == 2
    assert run_regdocs(tmp_path, "new", "resource").returncode == 2


def test_new_follows_the_house_style_of_the_existing_specs(project):
    (project / "specs").mkdir()
    for name in ("kiln_one", "kiln_two"):
        (project / "specs" / f"{name}.yaml").write_text(
            f"kind: resource\nname: {name}\nfront_matter:\n  layout: kilnworks\n"
            f'  page_title: "Kiln Works: {name}"\n  description: x\nstyle:\n  argument_groups: true\n'
        )
    assert run_regdocs(project, "new", "resource", "kiln_batch").returncode == 0
    text = (project / "specs" / "r" / "batch.yaml").read_text()
    assert "layout: kilnworks" in text and "page_title: 'Kiln Works: kiln_batch'" in text
    assert "style:\n  argument_groups: true" in text


SCHEMA = {
    "block": {
        "attributes": {
            "name": {"type": "string", "required": True},
            "size": {"type": "number", "required": True},
            "labels": {"type": ["map", "string"], "required": True},
            "rule": {"type": ["list", ["object", {"a": "bool", "b": "string"}, ["b"]]], "required": True},
            "note": {"type": "string", "optional": True},
            "settings": {
                "nested_type": {"nesting_mode": "single", "attributes": {"mode": {"type": "string", "required": True}}},
                "required": True,
            },
        },
        "block_types": {
            "door": {
                "nesting_mode": "list",
                "min_items": 1,
                "block": {
                    "attributes": {"width": {"type": "number", "required": True}},
                    "block_types": {"hinge": {"nesting_mode": "set", "min_items": 1, "block": {}}},
                },
            },
            "shelf": {"nesting_mode": "list", "block": {"attributes": {"x": {"type": "number", "required": True}}}},
        },
    }
}


def test_the_first_example_sets_every_required_part_as_terraform_fmt_lays_it_out():
    code = example_code("resource", "kiln_thing", block_members(SCHEMA["block"]))
    assert code == (
        'resource "kiln_thing" "example" {\n'
        '  labels   = { key = "example" }\n'
        '  name     = "example"\n'
        "  rule     = [{ a = true }]\n"
        '  settings = { mode = "example" }\n'
        "  size     = 1\n"
        "\n"
        "  door {\n"
        "    width = 1\n"
        "\n"
        "    hinge {}\n"
        "  }\n"
        "}\n"
    )
    parse_config_syntax(code)


@pytest.mark.parametrize(
    "cty_type, literal",
    [("bool", "true"), (["set", "number"], "[1]"), (["tuple", ["string", "bool"]], '["example", true]')],
)
def test_placeholders_are_literals_of_their_type(cty_type, literal):
    assert placeholder(cty_type) == literal
