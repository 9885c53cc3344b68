"""Targets over the public corpus (skipped when it is absent): round trip, structure, speed."""

import importlib.util
import os
import subprocess
import sys

import pytest

from conftest import PROJECT_ROOT


def _report_module():
    location = PROJECT_ROOT / "scripts" / "report_roundtrip.py"
    module_spec = importlib.util.spec_from_file_location("report_roundtrip", location)
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[module_spec.name] = module
    module_spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def measurement(corpus):
    return _report_module().measure(corpus)


def test_round_trip_is_byte_identical_on_97_percent(measurement):
    misses = "\n".join(f"{page}: {difference}" for page, difference in measurement.misses[:20])
    assert measurement.rate() >= 0.97, misses
    for group in measurement.pages:
        assert measurement.rate(group) >= 0.97, group


def test_bullets_become_structured_entries_on_95_percent(measurement):
    assert measurement.structure_rate() >= 0.95


def test_the_whole_corpus_round_trips_well_under_a_minute(measurement):
    assert measurement.seconds < 30


def test_output_paths_match_the_original_paths(measurement):
    assert measurement.paths_matching == measurement.paths_checked > 0


def test_import_and_render_do_not_depend_on_hash_seed(corpus, tmp_path):
    pages = sorted((corpus / "pairs" / "tfe").glob("r--workspace--*.hcl.md"))[:3] + [
        corpus / "seed" / "apigatewayv2_route_response.hcl.md"
    ]
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        for step in (["import", *map(str, pages), "--out-dir", str(out / "specs")],):
            subprocess.run([sys.executable, "-m", "regdocs", *step], check=True, env=env, cwd=PROJECT_ROOT)
        specs = sorted((out / "specs").iterdir())
        for spec in specs:  # versions of one page: each rendered on its own
            rendered = subprocess.run(
                [sys.executable, "-m", "regdocs", "render", str(spec)],
                check=True,
                capture_output=True,
                env=env,
                cwd=PROJECT_ROOT,
            )
            (out / "pages").mkdir(exist_ok=True)
            (out / "pages" / spec.name).write_bytes(rendered.stdout)
        outputs.append({path.relative_to(out): path.read_bytes() for path in out.rglob("*") if path.is_file()})
    assert outputs[0] == outputs[1]


@pytest.fixture(scope="module")
def wild(corpus):
    measured = _report_module().measure_wild(corpus)
    if measured is None:
        pytest.skip("the corpus has no wild/ pages")
    return measured


def test_every_wild_page_renders_back_to_its_repository_path(wild):
    assert wild.wrong_paths == []
    assert sum(wild.at_path.values()) + len(wild.misses) >= sum(wild.pages.values())


def test_every_wild_page_round_trips_byte_for_byte(wild):
    assert wild.misses == [] and sum(wild.failures.values()) == 0


def test_wild_entry_looking_bullets_become_entries_on_97_percent_and_90_per_provider(wild):
    assert wild.structure_rate() >= 0.97, dict(wild.raw)
    below = {provider: wild.structure_rate(provider) for provider in wild.pages if wild.structure_rate(provider) < 0.9}
    assert below == {}
