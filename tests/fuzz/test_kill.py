"""`regdocs generate` killed (SIGKILL) at random moments: every page is then either its old
version or its new one, never a mix or a truncated file; the next run writes every new page and
removes the temporary files the killed run left."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from fuzz_contract import sandbox, snapshot
from fuzz_inputs import PROJECT_ROOT
from fuzz_settings import PROFILE, next_case

SPECS = 24
KILLS = 4 if PROFILE == "ci" else 1000


def _specs(folder: Path, summary: str) -> None:
    source = (PROJECT_ROOT / "specs" / "acme_widget.yaml").read_text()
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(SPECS):
        text = source.replace("name: acme_widget\n", f"name: acme_widget{number}\n")
        (folder / f"widget{number}.yaml").write_text(text.replace("summary: ", f"summary: {summary} ", 1))


def _generate(project: Path, **options) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "regdocs", "generate", "--project-dir", str(project)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=PROJECT_ROOT,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT / "generator")},
        **options,
    )


def _wait_for_writes(project: Path, process: subprocess.Popen) -> None:
    """Return once a file appears or is replaced in the folder of the Registry pages."""
    folder = project / "out" / "website" / "docs" / "r"
    before = os.stat(folder).st_mtime_ns
    while process.poll() is None and os.stat(folder).st_mtime_ns == before:
        time.sleep(0.0005)


def _pages(project: Path) -> dict[str, bytes]:
    return {path: entry.content for path, entry in snapshot(project / "out").items() if entry.kind == "file"}


def test_generate_killed_at_random_moments():
    with sandbox() as root:
        template = root / "template"
        _specs(template / "specs", "Old.")
        started = time.monotonic()
        assert _generate(template).wait() == 0
        duration = time.monotonic() - started
        old = _pages(template)
        _specs(template / "specs", "New.")
        reference = root / "reference"
        shutil.copytree(template, reference, symlinks=True)
        assert _generate(reference).wait() == 0
        new = _pages(reference)
        assert set(new) == set(old) and all(new[path] != old[path] for path in new if path.endswith(".markdown"))
        chooser = random.Random(os.environ.get("REGDOCS_KILL_SEED", "regdocs"))
        for kill in range(KILLS):
            if not next_case("file system"):
                break
            project = root / f"run{kill}"
            shutil.copytree(template, project, symlinks=True)
            process = _generate(project)
            if kill % 2:
                time.sleep(chooser.uniform(0, duration * 1.2))
            else:  # aim at the end, where the pages are written: once the first write shows
                _wait_for_writes(project, process)
                time.sleep(chooser.uniform(0, 0.03))
            process.send_signal(signal.SIGKILL)
            process.wait()
            pages = _pages(project)
            if os.environ.get("REGDOCS_KILL_LOG"):
                kinds = [
                    "temp" if ".regdocs-tmp" in p else "new" if c == new.get(p) else "old" for p, c in pages.items()
                ]
                print(kill, {kind: kinds.count(kind) for kind in set(kinds)}, file=sys.__stderr__)
            for path, content in pages.items():
                if ".regdocs-tmp" in path:
                    continue
                assert content in (old[path], new[path]), f"kill {kill}: {path} is neither old nor new"
            assert _generate(project).wait() == 0
            assert _pages(project) == new, f"kill {kill}: the next run did not finish the job"
            shutil.rmtree(project)
