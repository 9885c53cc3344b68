"""Code blocks of a spec's page with the spec lines they come from."""

from conftest import PROJECT_ROOT
from regdocs.api import code_blocks, load_spec, load_spec_text

SPEC = """\
kind: resource
name: shop_crate
summary: |-
  Crates.

  ```hcl
  a = 1
  ```
examples:
  - title: One
    language: terraform
    code: |
      resource "shop_crate" "x" {}
  - code: "b = 2"
import:
  using: the crate number
  id: c-1
"""


def test_lines_and_languages():
    blocks = code_blocks(load_spec_text(SPEC, "s.yaml"))
    assert [(b.location, b.language, b.line, b.generated) for b in blocks] == [
        ("summary", "hcl", 7, False),
        ("examples[0].code", "terraform", 13, False),
        ("examples[1].code", None, 14, False),
        ("import", "terraform", 16, True),
        ("import", "console", 16, True),
    ]
    assert blocks[1].code == 'resource "shop_crate" "x" {}\n'
    assert blocks[3].code == 'import {\n  to = shop_crate.example\n  id = "c-1"\n}\n'


def test_code_in_free_sections_and_import_steps():
    spec = load_spec(PROJECT_ROOT / "specs" / "acme_getting_started.yaml")
    assert [(b.location, b.line) for b in code_blocks(spec)] == [
        ("sections[0].body", 17),
        ("sections[2].body", 32),
    ]
    token = load_spec(PROJECT_ROOT / "specs" / "acme_token.yaml")
    steps = [b for b in code_blocks(token) if b.location.startswith("import")]
    assert [(b.location, b.language) for b in steps] == [
        ("import.steps[1].code", "terraform"),
        ("import.steps[4].code", "shell"),
    ]
