"""Rendering gives the same bytes whatever the hash seed."""

import os
import subprocess
import sys

from conftest import PROJECT_ROOT


def test_rendering_specs_is_deterministic(tmp_path):
    specs = sorted(str(path) for path in (PROJECT_ROOT / "specs").glob("*.yaml"))
    trees = []
    for seed in ("0", "12345"):
        out = tmp_path / seed
        subprocess.run(
            [sys.executable, "-m", "regdocs", "render", *specs, "--repo-dir", str(out)],
            check=True,
            cwd=PROJECT_ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        trees.append({path.relative_to(out): path.read_bytes() for path in out.rglob("*") if path.is_file()})
    assert trees[0] == trees[1] and len(trees[0]) == len(specs)
