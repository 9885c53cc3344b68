"""Fuzzed configuration through `regdocs generate` and `regdocs check`: `[tool.regdocs]` tables
of known and unknown keys with values of every TOML type (paths with NUL, `/`, `..`; numbers
where strings go...), the tables themselves of the wrong type, and TOML text mutated. A
configuration that cannot be used is an error at its line with exit 2 and nothing written."""

from __future__ import annotations

from hypothesis import strategies as st

from fuzz_contract import Expectations, run_checked, sandbox
from fuzz_inputs import JSON_VALUES, mutated, toml_table, toml_value
from fuzz_settings import fuzz_test

KEYS = ["specs-dir", "out-dir", "templates-dir", "page-style", "provider", "cdktf-version", "schemas", "do-not-edit"]
PATHS = st.sampled_from(["specs", "out", "docs", ".", "", "/", "..", "../x", "a/../..", "a\x00b", "C:\\x", "x" * 300])
VALUES = st.one_of(
    PATHS,
    st.sampled_from(["website", "registry", "0.20.1", "0.19.0", "latest", "acme", "schema.json"]),
    st.lists(PATHS, max_size=2),
    JSON_VALUES,
)
TABLES = st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), VALUES, max_size=4)
WHOLE_FILES = st.sampled_from(
    [
        "tool = []\n",
        "[tool]\nregdocs = 5\n",
        'tool.regdocs = "x"\n',
        "[[tool.regdocs]]\n",
        "[tool.regdocs]\n[tool.regdocs]\n",
        '[project]\nname = "x"\n',
        "[tool.regdocs]\nout-dir = '''\nout'''\n",
        "[tool]\nregdocs.out-dir = 1\n",
        'tool = {regdocs = {"specs-dir" = 2}}\n',
    ]
)
TOML_TOKENS = [
    b"[",
    b"]",
    b"[[",
    b"=",
    b'"',
    b"'''",
    b'"""',
    b"#",
    b"tool",
    b"regdocs",
    b".",
    b"{",
    b"}",
    b",",
    b"\\u0000",
]
SPEC = b"kind: guide\nname: fuzz-config\nsummary: A page.\n"


def config_texts():
    tables = TABLES.map(lambda table: toml_table("tool.regdocs", table).encode())
    return st.one_of(tables, WHOLE_FILES.map(str.encode), tables.flatmap(lambda text: mutated([text], TOML_TOKENS, 2)))


def _run(config: bytes, command: str) -> None:
    with sandbox() as root:
        project = root / "project"  # in a folder of its own: nothing may appear beside it
        (project / "specs").mkdir(parents=True)
        (project / "pyproject.toml").write_bytes(config)
        (project / "specs" / "page.yaml").write_bytes(SPEC)
        (project / "schema.json").write_bytes(b'{"provider_schemas": {}}')
        outcome = run_checked(root, [command, "--project-dir", project], Expectations(("project",)))
        if outcome.run.code == 2 and str(project / "pyproject.toml") in outcome.run.failed_paths():
            assert outcome.before == outcome.after, outcome.run.stderr


@fuzz_test("configuration", 200)
def test_generate(data):
    _run(data.draw(config_texts()), "generate")


@fuzz_test("configuration", 60)
def test_check(data):
    _run(data.draw(config_texts()), "check")


def test_toml_values_cover_every_type():
    assert [toml_value(value) for value in (None, True, 3, 1.5, "a", [1], {"k": "v"})] == [
        "{}",
        "true",
        "3",
        "1.5",
        '"a"',
        "[1]",
        '{"k" = "v"}',
    ]
