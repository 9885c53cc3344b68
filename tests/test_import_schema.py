"""`regdocs import --schema`: imported specs carry `tf_type` from the schema, and the drift
between the page and the schema is reported at the imported spec's lines."""

import subprocess
import sys

from conftest import PROJECT_ROOT
from regdocs.api import load_spec, render_page

KILN = PROJECT_ROOT / "tests" / "validate" / "kiln"


def test_import_with_a_schema_fills_types_and_reports_drift(tmp_path):
    spec = load_spec(KILN / "defects" / "specs" / "kiln_furnace.yaml")
    for entry in spec.arguments:  # a page says nothing of types
        entry.tf_type = None
    page = tmp_path / "website" / "docs" / "r" / "furnace.html.markdown"
    page.parent.mkdir(parents=True)
    page.write_text(render_page(spec))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "regdocs",
            "import",
            str(page),
            "--schema",
            str(KILN / "schema.json"),
            "--out-dir",
            "specs",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    imported = load_spec(tmp_path / "specs" / "r" / "furnace.yaml")
    types = {entry.name: entry.tf_type for entry in imported.arguments}
    assert types["zones"] == "list(string)" and types["max_temperature"] == "number"
    assert types["colour"] is None  # not in the schema
    lines = (tmp_path / "specs" / "r" / "furnace.yaml").read_text().splitlines()
    drift = [line for line in result.stderr.splitlines() if "warning: drift:" in line]
    assert any(line.endswith("[S002]") and "`insulated`" in line for line in drift)
    name_line = next(line for line in drift if line.endswith("[S004]"))
    number = int(name_line.split(":")[1])
    assert lines[number - 1].strip() == "- name: name"
    assert any("`colour` is not in the schema" in line for line in drift)
