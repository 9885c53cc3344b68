"""Every failure the fuzzers found, and each class of the robustness issue, kept as a case
under `cases/<surface>/`: run through the command of its surface, it keeps the contract and
gives the messages of its `.expected` file (exit code and stderr, the sandbox shown as `<dir>`;
`make update-goldens` rewrites them). Inputs too large to keep as files are made here."""

from __future__ import annotations

from pathlib import Path

import pytest

from fuzz_contract import Expectations, run_checked, sandbox
from fuzz_inputs import PROJECT_ROOT

CASES_DIR = Path(__file__).parent / "cases"
CASES = sorted(path for path in CASES_DIR.glob("*/*") if path.suffix != ".expected")
ACME_SCHEMA = PROJECT_ROOT / "tests" / "convert" / "acme_schema.json"
SNIPPET = b'resource "acme_widget" "a" {\n  name = "x"\n}\n'
GOOD_SPEC = b"kind: guide\nname: still-written\nsummary: A page beside the case.\n"


def _runs(surface: str, case: bytes, name: str, root: Path) -> list[tuple[list, Expectations]]:
    """The commands that read a case of `surface`, with what each may write."""
    if surface == "spec":
        (root / "specs").mkdir()
        (root / "specs" / name).write_bytes(case)
        (root / "specs" / "good.yaml").write_bytes(GOOD_SPEC)
        return [(["generate", "--project-dir", root], Expectations(("out",)))]
    if surface == "config":
        (root / "project" / "specs").mkdir(parents=True)
        (root / "project" / "pyproject.toml").write_bytes(case)
        (root / "project" / "specs" / "good.yaml").write_bytes(GOOD_SPEC)
        return [(["generate", "--project-dir", root / "project"], Expectations(("project",)))]
    source = root / "in" / name
    source.parent.mkdir()
    source.write_bytes(case)
    if surface == "page":
        return [
            (["import", source, "--out-dir", root / "specs"], Expectations(("specs",))),
            (["convert-page", source, "--out-dir", root / "out"], Expectations(("out",))),
        ]
    if surface == "hcl":
        return [(["convert", source, "--schema", ACME_SCHEMA, "--out-dir", root / "out"], Expectations(("out",)))]
    snippet = root / "in" / "snippet.tf"
    snippet.write_bytes(SNIPPET)
    return [(["convert", snippet, "--schema", source, "--out-dir", root / "out"], Expectations(("out",)))]


def _transcript(surface: str, case: bytes, name: str) -> str:
    with sandbox() as root:
        lines = []
        for argv, expect in _runs(surface, case, name, root):
            outcome = run_checked(root, argv, expect)
            shown = " ".join(str(arg) for arg in argv)
            lines += [f"$ regdocs {shown}", f"exit {outcome.run.code}", outcome.run.stderr]
            if outcome.run.code != 0 and surface in ("spec", "config"):
                written = {Path(path).name for path in outcome.changed("out") | outcome.changed("project/out")}
                assert "still-written.html.markdown" in written or surface == "config", outcome.run.stderr
        return "\n".join(lines).replace(str(root), "<dir>").replace(str(PROJECT_ROOT), "<project>")


@pytest.mark.parametrize("case", CASES, ids=[f"{case.parent.name}/{case.name}" for case in CASES])
def test_case(case: Path, goldens):
    transcript = _transcript(case.parent.name, case.read_bytes(), case.name)
    goldens.check(case.with_name(case.name + ".expected"), transcript)


# Inputs of the size classes the issue measured, made on the fly: each is processed or refused
# with a positioned error (the time they take is measured by `make bench`, not here).
LARGE = {
    "page with a 900,000-character line": ("page", b"# Resource: acme_thing\n\n" + b"x" * 900_000 + b"\n"),
    "5 MB snippet": ("hcl", b'resource "acme_widget" "a" {\n' + b'  name = "' + b"v" * 5_000_000 + b'"\n}\n'),
    "spec with a 1 MB line": ("spec", b"kind: guide\nname: big\nsummary: " + b"w" * 1_000_000 + b"\n"),
}


@pytest.mark.parametrize("label", sorted(LARGE))
def test_large_input(label):
    surface, data = LARGE[label]
    transcript = _transcript(surface, data, "large" + {"page": ".md", "hcl": ".tf", "spec": ".yaml"}[surface])
    assert "exit 0" in transcript or ":1:1: error:" in transcript, transcript


def test_every_surface_has_cases():
    assert {case.parent.name for case in CASES} == {"spec", "page", "hcl", "schema", "config"}
