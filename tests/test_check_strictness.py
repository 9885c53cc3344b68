"""`generate` and `check` catch what CI must catch: two specs writing one path, pages no spec
writes any more (the outputs manifest, `generate --prune`), the same verdict with or without
a current cache-key, readable diffs, and `validate = true`."""

import pytest

from conftest import run_regdocs
from regdocs.commands.check import unified_diff

WIDGET = """kind: resource
name: acme_widget
front_matter:
  layout: acme
  page_title: "ACME: acme_widget"
  description: Manages a widget.
summary: Manages a widget.
examples:
  - language: hcl
    code: |
      resource "acme_widget" "example" {
        name = "one"
      }
arguments:
  - name: name
    required: true
    tf_type: string
    description: Name of the widget.
"""
REGISTRY_PAGE = "out/website/docs/r/widget.html.markdown"
CDKTF_PAGE = "out/website/docs/cdktf/python/r/widget.html.markdown"
TYPESCRIPT_PAGE = "out/website/docs/cdktf/typescript/r/widget.html.markdown"


@pytest.fixture
def project(tmp_path):
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "acme_widget.yaml").write_text(WIDGET)
    return tmp_path


def test_two_specs_writing_one_path_fail_generate_and_check(project):
    (project / "specs" / "widget_copy.yaml").write_text(WIDGET.replace("Manages a widget.", "Another widget."))
    generated = run_regdocs(project, "generate")
    assert generated.returncode == 1
    assert "widget_copy.yaml:2:7: error: two specs write `website/docs/r/widget.html.markdown`" in generated.stderr
    assert "acme_widget.yaml:2; the last would silently win" in generated.stderr and "[R006]" in generated.stderr
    assert "Manages a widget." in (project / REGISTRY_PAGE).read_text()  # the first spec's page
    checked = run_regdocs(project, "check")
    assert checked.returncode == 1 and "[R006]" in checked.stderr


def test_the_manifest_lists_every_output(project):
    run_regdocs(project, "generate")
    manifest = (project / "out" / ".regdocs-manifest").read_text().splitlines()
    assert [line for line in manifest if not line.startswith("#")] == [
        "website/docs/cdktf/python/r/widget.html.markdown",
        "website/docs/cdktf/typescript/r/widget.html.markdown",
        "website/docs/r/widget.html.markdown",
    ]


def test_an_orphaned_page_fails_check_and_prune_removes_only_it(project):
    assert run_regdocs(project, "generate").returncode == 0
    stray = project / "out/website/docs/r/hand_written.html.markdown"
    stray.write_text("a page regdocs did not write\n")
    (project / "specs" / "acme_widget.yaml").rename(project / "specs" / "acme_gizmo.yaml")
    spec = project / "specs" / "acme_gizmo.yaml"
    spec.write_text(spec.read_text().replace("acme_widget", "acme_gizmo"))

    checked = run_regdocs(project, "check")
    assert checked.returncode == 1
    assert f"{REGISTRY_PAGE}: generated earlier, but no spec writes it any more" in checked.stderr
    assert "3 orphaned pages; remove them with: regdocs generate --prune" in checked.stderr

    kept = run_regdocs(project, "generate")
    assert kept.returncode == 0 and "`regdocs generate --prune` removes it" in kept.stderr
    assert (project / REGISTRY_PAGE).exists()
    assert run_regdocs(project, "check").returncode == 1  # still orphaned: the manifest keeps them

    pruned = run_regdocs(project, "generate", "--prune")
    assert pruned.returncode == 0 and "3 removed" in pruned.stderr
    assert not any((project / page).exists() for page in (REGISTRY_PAGE, CDKTF_PAGE, TYPESCRIPT_PAGE))
    assert stray.read_text() == "a page regdocs did not write\n"
    assert (project / "out/website/docs/r/gizmo.html.markdown").exists()
    assert run_regdocs(project, "check").returncode == 0


def test_a_failing_spec_keeps_its_pages(project):
    run_regdocs(project, "generate")
    (project / "specs" / "acme_widget.yaml").write_text(WIDGET.replace("kind: resource", "kind: [resource"))
    pruned = run_regdocs(project, "generate", "--prune")
    assert pruned.returncode == 1 and "0 removed" in pruned.stderr
    assert (project / REGISTRY_PAGE).exists() and (project / CDKTF_PAGE).exists()
    assert "orphaned" not in run_regdocs(project, "check").stderr


def test_a_provider_function_example_gets_the_same_verdict_from_generate_and_check_force(project):
    spec = project / "specs" / "acme_widget.yaml"
    spec.write_text(WIDGET.replace('name = "one"', 'name = provider::acme::label("one")'))
    generated = run_regdocs(project, "generate")
    assert generated.returncode == 0, generated.stderr
    assert "acme_widget.yaml:12:16: note: `provider::acme::label` is a provider-defined function" in generated.stderr
    assert "not valid HCL" not in generated.stderr
    again = run_regdocs(project, "generate")  # the cdktf page is now current: nothing is converted
    forced = run_regdocs(project, "check", "--force")
    assert again.returncode == forced.returncode == 0, forced.stderr
    assert "[E002]" in again.stderr and "[E002]" in forced.stderr


def test_with_validate_an_example_that_is_not_hcl_fails_even_under_a_current_cache_key(project):
    (project / "pyproject.toml").write_text("[tool.regdocs]\nvalidate = true\n")
    run_regdocs(project, "generate")
    spec = project / "specs" / "acme_widget.yaml"
    broken = WIDGET.replace('name = "one"', 'name = "one" }')
    spec.write_text(broken)
    assert run_regdocs(project, "generate").returncode == 1
    assert run_regdocs(project, "check").returncode == 1
    assert run_regdocs(project, "check", "--force").returncode == 1


def test_the_diff_of_a_page_without_a_final_newline_names_it_as_diff_does(project):
    run_regdocs(project, "generate")
    page = project / CDKTF_PAGE
    page.write_text(page.read_text().replace("Manages a widget.", "Manages widgets."))
    forced = run_regdocs(project, "check", "--force")
    assert forced.returncode == 1
    assert forced.stdout.startswith(f"--- {CDKTF_PAGE}\n+++ {CDKTF_PAGE}\n")
    assert "-Manages widgets.\n+Manages a widget.\n" in forced.stdout


def test_unified_diff_marks_a_missing_final_newline_on_either_side():
    diff = "".join(unified_diff("a\nb", "a\nc\n", "out/x.md"))
    assert diff == ("--- out/x.md\n+++ out/x.md\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n")
    assert "".join(unified_diff(None, "new", "out/y.md")).endswith("+new\n\\ No newline at end of file\n")
    assert "--- /dev/null\n+++ out/y.md\n" in "".join(unified_diff(None, "new", "out/y.md"))


def test_validate_true_makes_generate_and_check_run_the_rules(project):
    (project / "schema.json").write_text(
        '{"format_version": "1.0", "provider_schemas": {"registry.terraform.io/acme/acme": {'
        '"provider": {"version": 0, "block": {}}, "resource_schemas": {"acme_widget": {"version": 0, "block": '
        '{"attributes": {"name": {"type": "string", "optional": true}}}}}}}}'
    )
    (project / "pyproject.toml").write_text('[tool.regdocs]\nschemas = ["schema.json"]\n')
    assert run_regdocs(project, "generate").returncode == 0  # validation is off by default
    (project / "pyproject.toml").write_text('[tool.regdocs]\nschemas = ["schema.json"]\nvalidate = true\n')
    generated = run_regdocs(project, "generate")
    assert generated.returncode == 1
    assert "acme_widget.yaml:15:11: error: `name` is Optional in the schema but documented as Required [S004]" in (
        generated.stderr
    )
    assert run_regdocs(project, "check").returncode == 1


# --- the build cache: a run that changes nothing reads no spec ------------------------------


def test_a_cached_run_still_sees_every_change(project):
    spec = project / "specs" / "acme_widget.yaml"
    spec.write_text(WIDGET.replace('name = "one"', 'name = provider::acme::label("one")'))
    assert run_regdocs(project, "generate").returncode == 0
    again = run_regdocs(project, "generate")
    assert "0 files written" in again.stderr and "[E002]" in again.stderr  # its note is said again
    page = project / REGISTRY_PAGE
    page.write_text("edited by hand\n")
    assert "1 files written" in run_regdocs(project, "generate").stderr
    assert "Manages a widget." in page.read_text()
    spec.write_text(spec.read_text().replace("summary: Manages a widget.", "summary: Manages widgets."))
    assert "Manages widgets." in (run_regdocs(project, "generate") and page.read_text())
    templates = project / "templates"
    templates.mkdir()
    (templates / "examples.md.j2").write_text("## Examples left out\n")
    (project / "pyproject.toml").write_text('[tool.regdocs]\ntemplates-dir = "templates"\n')
    run_regdocs(project, "generate")
    assert "## Examples left out" in page.read_text()
    assert run_regdocs(project, "check").returncode == 0


def test_a_spec_with_an_error_is_read_every_time(project):
    (project / "specs" / "acme_gizmo.yaml").write_text(WIDGET.replace("acme_widget", "acme_gizmo") + "style: 1\n")
    for _ in range(2):
        result = run_regdocs(project, "generate")
        assert result.returncode == 1 and "acme_gizmo.yaml:19:8: error: `style` must be a mapping" in result.stderr
