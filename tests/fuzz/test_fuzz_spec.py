"""Fuzzed specs through `regdocs render` and `regdocs generate`: mutations of the project's
own specs (bytes, lines, YAML constructs, spec keys) and of their data (a subtree replaced).
Whatever the spec, the contract holds and a good spec beside it is still written."""

from __future__ import annotations

import yaml
from hypothesis import strategies as st

from fuzz_settings import fuzz_test
from fuzz_contract import Expectations, run_checked, sandbox
from fuzz_inputs import SPEC_KEYS, YAML_TOKENS, mutated, replaced_subtree, seed_files

SPEC_SEEDS = seed_files("specs/*.yaml") + seed_files("tests/broken_specs/*.yaml")
SPEC_DATA = [yaml.safe_load(text) for text in seed_files("specs/*.yaml")]
# A spec that stays good beside the fuzzed one: a guide, whose page no fuzzed spec is likely to claim.
GOOD_SPEC = b"kind: guide\nname: zz-fuzz-good\nsummary: Still written.\n"
GOOD_PAGE = "website/docs/guides/zz-fuzz-good.html.markdown"
MANIFEST = "out/.regdocs-manifest"  # lists what generate wrote


def spec_texts():
    structured = (
        st.sampled_from(SPEC_DATA)
        .flatmap(replaced_subtree)
        .map(lambda data: yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8"))
    )
    return mutated(SPEC_SEEDS, YAML_TOKENS + SPEC_KEYS) | structured


def _render(text: bytes, destination: str) -> None:
    with sandbox() as root:
        specs = root / "in"
        specs.mkdir()
        fuzzed, good = specs / "fuzzed.yaml", specs / "good.yaml"
        fuzzed.write_bytes(text)
        good.write_bytes(GOOD_SPEC)
        good_output = "out/" + (GOOD_PAGE if destination == "--repo-dir" else GOOD_PAGE.removeprefix("website/docs/"))
        outcome = run_checked(root, ["render", fuzzed, good, destination, root / "out"], Expectations(("out",)))
        assert good_output in outcome.changed("out"), outcome.run.stderr
        if str(fuzzed) in outcome.run.failed_paths():
            assert outcome.changed("out") == {good_output}, outcome.run.stderr


@fuzz_test("spec", 250)
def test_render(data):
    _render(data.draw(spec_texts()), data.draw(st.sampled_from(["--out-dir", "--repo-dir"])))


def _generate(text: bytes) -> None:
    with sandbox() as root:
        (root / "specs").mkdir()
        fuzzed = root / "specs" / "fuzzed.yaml"
        fuzzed.write_bytes(text)
        (root / "specs" / "good.yaml").write_bytes(GOOD_SPEC)
        outcome = run_checked(root, ["generate", "--project-dir", root], Expectations(("out",)))
        written = outcome.changed("out")
        assert "out/" + GOOD_PAGE in written, outcome.run.stderr
        if str(fuzzed) in outcome.run.failed_paths():
            assert {path for path in written if "zz-fuzz-good" not in path} <= {MANIFEST}, outcome.run.stderr


@fuzz_test("spec", 60)
def test_generate(data):
    _generate(data.draw(spec_texts()))


def test_good_spec_pages_are_known():
    """The fixture the properties lean on: the good spec alone writes its pages (and the manifest)."""
    with sandbox() as root:
        (root / "specs").mkdir()
        (root / "specs" / "good.yaml").write_bytes(GOOD_SPEC)
        outcome = run_checked(root, ["generate", "--project-dir", root], Expectations(("out",)))
        assert outcome.run.code == 0
        assert outcome.changed("out") == {
            "out/" + GOOD_PAGE,
            "out/website/docs/cdktf/python/guides/zz-fuzz-good.html.markdown",
            "out/website/docs/cdktf/typescript/guides/zz-fuzz-good.html.markdown",
            MANIFEST,
        }
