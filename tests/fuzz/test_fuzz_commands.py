"""The shared contract over the other commands: `validate` (each output format), `preview
--out`, `init` on a docs tree of fuzzed pages, `new` from a fuzzed schema and odd names,
`import --schema`, `generate --prune` over a damaged outputs manifest, and `check`."""

from __future__ import annotations

from hypothesis import strategies as st

from fuzz_contract import Expectations, run_checked, sandbox
from fuzz_inputs import MARKDOWN_TOKENS, mutated
from fuzz_settings import fuzz_test
from test_fuzz_page import PAGE_SEEDS
from test_fuzz_schema import SNIPPET, schema_texts
from test_fuzz_spec import GOOD_SPEC, spec_texts

NAMES = st.sampled_from(
    ["acme_widget", "acme_x", "../x", "a/b", "", ".", "x" * 300, "acme_\u00e9", "-x", "acme widget"]
)
KINDS = st.sampled_from(["resource", "data_source", "ephemeral_resource", "guide", "x"])
MANIFEST_LINES = st.lists(
    st.sampled_from(["website/docs/r/gone.html.markdown", "../outside.md", "/etc/passwd", "a\x00b", "x" * 300, "", "#"])
    | st.text(max_size=20),
    max_size=5,
)


def _project(root, spec: bytes) -> None:
    (root / "specs").mkdir()
    (root / "specs" / "fuzzed.yaml").write_bytes(spec)
    (root / "specs" / "good.yaml").write_bytes(GOOD_SPEC)


@fuzz_test("commands", 80)
def test_validate(data):
    with sandbox() as root:
        _project(root, data.draw(spec_texts()))
        output = data.draw(st.sampled_from(["text", "json", "github"]))
        run_checked(root, ["validate", "--project-dir", root, "--format", output], Expectations())


@fuzz_test("commands", 30)
def test_preview(data):
    with sandbox() as root:
        _project(root, data.draw(spec_texts()))
        outcome = run_checked(root, ["preview", "--out", root / "site", "--project-dir", root], Expectations(("site",)))
        assert outcome.run.code == 2 or "site/index.html" in outcome.changed("site"), outcome.run.stderr


@fuzz_test("commands", 30)
def test_init(data):
    pages = data.draw(st.lists(mutated(PAGE_SEEDS, MARKDOWN_TOKENS), min_size=1, max_size=3))
    with sandbox() as root:
        for number, page in enumerate(pages):
            path = root / "website" / "docs" / "r" / f"page{number}.html.markdown"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(page)
        writable = ("specs", "regdocs.toml", "website/docs/.regdocs-manifest", "website/docs/cdktf")
        run_checked(root, ["init", "--project-dir", root], Expectations(writable))


@fuzz_test("commands", 40)
def test_new(data):
    with sandbox() as root:
        (root / "schema.json").write_bytes(data.draw(schema_texts()))
        names = data.draw(st.lists(NAMES, min_size=1, max_size=2))
        argv = ["new", data.draw(KINDS), *names, "--schema", root / "schema.json", "--project-dir", root]
        run_checked(root, argv, Expectations(("specs",)))


@fuzz_test("commands", 40)
def test_import_with_schema(data):
    with sandbox() as root:
        (root / "in").mkdir()
        (root / "in" / "schema.json").write_bytes(data.draw(schema_texts()))
        page = root / "in" / "widget.html.markdown"
        page.write_bytes(b"# Resource: acme_widget\n\n## Example Usage\n\n```terraform\n" + SNIPPET + b"```\n")
        argv = ["import", page, "--schema", root / "in" / "schema.json", "--out-dir", root / "specs"]
        run_checked(root, argv, Expectations(("specs",)))


@fuzz_test("commands", 30)
def test_generate_prune_and_check_with_a_damaged_manifest(data):
    lines = data.draw(MANIFEST_LINES)
    with sandbox() as root:
        _project(root, GOOD_SPEC)
        (root / "out").mkdir()
        (root / "out" / ".regdocs-manifest").write_text("\n".join(lines) + "\n")
        (root / "outside.md").write_text("not regdocs'\n")
        run_checked(root, ["generate", "--prune", "--project-dir", root], Expectations(("out",)))
        run_checked(root, ["check", "--project-dir", root], Expectations())
