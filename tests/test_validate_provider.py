"""`regdocs validate` over a made-up provider of ours (tests/validate/kiln: a schema and specs):
the clean specs give no finding, and each planted defect is found by its rule at the spec
line marked `# defect: <rule>`. The text and JSON outputs are golden files."""

import json
import re
import subprocess
import sys
from pathlib import Path

from conftest import PROJECT_ROOT
from regdocs.validate.registry import all_rules

KILN = PROJECT_ROOT / "tests" / "validate" / "kiln"
DEFECT = re.compile(r"#\s*defect:\s*(\w+)")


def _validate(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "regdocs", "validate", "--all", *args], capture_output=True, text=True, cwd=project
    )


def _planted() -> set[tuple[str, int, str]]:
    """(path, line, rule) of every `# defect:` mark, and the schema resource with no spec."""
    planted = set()
    for spec in sorted((KILN / "defects" / "specs").glob("*.yaml")):
        for number, line in enumerate(spec.read_text().splitlines(), start=1):
            for rule in DEFECT.findall(line):
                planted.add((f"specs/{spec.name}", number, rule))
    schema_lines = (KILN / "schema.json").read_text().splitlines()
    glazes = next(number for number, line in enumerate(schema_lines, start=1) if '"kiln_glazes":' in line)
    planted.add(("../schema.json", glazes, "S007"))
    return planted


def test_the_clean_provider_has_no_finding():
    result = _validate(KILN / "clean", "--strict")
    assert result.returncode == 0, result.stdout
    assert result.stdout == ""
    assert "0 errors, 0 warnings, 0 notes in 4 specs" in result.stderr


def test_each_planted_defect_is_found_by_its_rule_at_its_line():
    result = _validate(KILN / "defects", "--format", "json")
    assert result.returncode == 1
    found = {(item["path"], item["line"], item["rule"]) for item in json.loads(result.stdout)}
    assert found == _planted()


def test_every_rule_has_one_planted_defect():
    assert sorted(rule for _, _, rule in _planted()) == sorted(all_rules())


def test_text_output_is_golden(goldens):
    result = _validate(KILN / "defects")
    goldens.check(KILN / "defects.txt", result.stdout)


def test_json_output_is_golden(goldens):
    result = _validate(KILN / "defects", "--format", "json")
    goldens.check(KILN / "defects.json", result.stdout)


def test_github_output_annotates_each_finding():
    result = _validate(KILN / "defects", "--format", "github")
    lines = result.stdout.splitlines()
    assert len(lines) == len(_planted())
    assert "::error file=specs/kiln_oven.yaml,line=2,col=7,title=S001::resource `kiln_oven`" in result.stdout
    assert any(line.startswith("::notice file=specs/kiln_batch.yaml") for line in lines)


def test_strict_makes_warnings_fail(tmp_path):
    (tmp_path / "specs").mkdir()
    (tmp_path / "specs" / "todo.yaml").write_text(
        "kind: guide\nname: todo\nfront_matter:\n  layout: x\n  page_title: x\n  description: x\n"
        "summary: 'TODO(regdocs): a summary'\n"
    )
    assert _validate(tmp_path).returncode == 0
    strict = _validate(tmp_path, "--strict")
    assert strict.returncode == 1
    assert "specs/todo.yaml:7:11: warning: still to be written: a summary [T001]" in strict.stdout


def test_docs_list_every_rule_with_its_name_and_level():
    text = (PROJECT_ROOT / "docs" / "validate.md").read_text()
    for rule in all_rules().values():
        assert f"| `{rule.id}` | `{rule.name}` | {rule.level.value} |" in text, rule.id
