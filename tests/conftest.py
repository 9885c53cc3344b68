"""Shared test fixtures: the public corpus (skipped when absent) and golden files."""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.corpus import corpus_root

PROJECT_ROOT = Path(__file__).resolve().parent.parent
UPDATE_GOLDENS_COMMAND = "make update-goldens  (or: pytest --update-goldens)"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="rewrite golden files with the current output instead of comparing",
    )


@pytest.fixture(scope="session", autouse=True)
def build_cache_dir(tmp_path_factory) -> Path:
    """`regdocs generate` keeps its build cache in a folder of the test session, not the user's."""
    folder = tmp_path_factory.mktemp("regdocs-cache")
    os.environ["REGDOCS_CACHE_DIR"] = str(folder)
    return folder


@pytest.fixture(scope="session")
def corpus() -> Path:
    path = corpus_root()
    if path is None:
        pytest.skip(
            "corpus not found: set REGDOCS_CORPUS or place it at ../shared/corpus "
            "(it is public data kept outside the project)"
        )
    return path


class Goldens:
    """Compares text with a golden file, or rewrites it under --update-goldens."""

    def __init__(self, update: bool):
        self.update = update

    def check(self, golden: Path, actual: str) -> None:
        if self.update:
            golden.parent.mkdir(parents=True, exist_ok=True)
            golden.write_bytes(actual.encode("utf-8"))
            return
        if not golden.exists():
            pytest.fail(f"golden file {golden} is missing; create it with: {UPDATE_GOLDENS_COMMAND}")
        expected = golden.read_bytes().decode("utf-8")
        if expected != actual:
            diff = "".join(
                difflib.unified_diff(
                    expected.splitlines(keepends=True),
                    actual.splitlines(keepends=True),
                    fromfile=f"{golden} (golden)",
                    tofile="actual",
                )
            )
            pytest.fail(
                f"output differs from golden file {golden}:\n{diff}\n"
                f"If the change is intended, rewrite the goldens with: {UPDATE_GOLDENS_COMMAND}",
                pytrace=False,
            )


@pytest.fixture
def goldens(request: pytest.FixtureRequest) -> Goldens:
    return Goldens(request.config.getoption("--update-goldens"))


def run_regdocs(project: Path, *args: str) -> subprocess.CompletedProcess:
    """`regdocs ARGS --project-dir PROJECT` in a new process, from the project folder."""
    return subprocess.run(
        [sys.executable, "-m", "regdocs", *args, "--project-dir", str(project)],
        capture_output=True,
        text=True,
        cwd=project,
    )


def pytest_terminal_summary(terminalreporter) -> None:
    """The fuzz tests' count of cases per surface, when they ran."""
    fuzz_settings = sys.modules.get("fuzz_settings")
    if fuzz_settings is not None:
        fuzz_settings.print_summary(terminalreporter)
