"""Speed figures (`make bench`): snippets and pages per second and peak memory.

1. the reference's 236 snippets (`../shared/reference/snippets.json`) converted in a new process
   with the four corpus schemas, start-up included, in each language: milliseconds per snippet
   (wall and CPU time, best of several runs: the machine is shared) and the speed-up over the
   reference converter warm (about 1.4 s per Python snippet, 0.5 s per TypeScript snippet);
2. convert-page over every page pair of the corpus (its cdktf version and schema set), in
   each language;
3. import + render over every Registry page of the corpus;
4. a no-op `regdocs generate` over a project of 1,000 specs (run once to fill `out/`,
   then timed as a user runs it: a new process);
5. `regdocs preview --out` against `regdocs generate` over a project of 2,000 specs, each state
   alike: from scratch (both convert every page), then again (both reuse what they wrote).

    python scripts/bench.py [--corpus DIR] [--specs N] [--runs N] [--preview-specs N]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from regdocs.api import import_spec, render_page  # noqa: E402
from regdocs.cdktf.page import cdktf_page  # noqa: E402
from regdocs.convert import LANGUAGES  # noqa: E402
from scripts.convert_snippets import snippets_file  # noqa: E402
from scripts.corpus import add_corpus_argument, corpus_root, load_pages, schema_set  # noqa: E402

# the reference converter warm, with the same schemas (hcl2cdk 0.20, one long-lived process)
REFERENCE_SECONDS_PER_SNIPPET = {"python": 1.4, "typescript": 0.5}

SPEC = """kind: resource
name: acme_widget_{n}
front_matter:
  page_title: "ACME: acme_widget_{n}"
summary: Manages widget number {n}.
examples:
  - language: hcl
    code: |
      resource "acme_widget_{n}" "example" {{
        name = "widget-{n}"
        size = {n}
      }}
arguments:
  - name: name
    required: true
    tf_type: string
    description: Name of the widget.
  - name: size
    required: false
    tf_type: number
    description: Size of the widget.
attributes:
  - name: id
    description: Identifier of the widget.
"""


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _measure(label: str, count: int, unit: str, run) -> None:
    started = time.perf_counter()
    run()
    elapsed = time.perf_counter() - started
    print(
        f"{label}: {count} {unit} in {elapsed:.2f} s = {count / elapsed:,.0f} {unit}/s "
        f"(process peak so far {_peak_mib():.0f} MiB)"
    )


def bench_snippets(corpus: Path, runs: int) -> None:
    """Each run a new process, as a user's: bytecode is cached (written by a first run)."""
    snippets = sum("hcl" in item for item in json.loads(snippets_file(corpus).read_text()))
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    script = Path(__file__).resolve().parent / "convert_snippets.py"
    for language in LANGUAGES:
        command = [sys.executable, str(script), language, "--corpus", str(corpus)]
        subprocess.run(command, check=True, capture_output=True, env=env)  # caches the bytecode
        walls, cpus = [], []
        for _ in range(runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env=env)
            walls.append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        per_snippet = min(cpus) / snippets
        speedup = REFERENCE_SECONDS_PER_SNIPPET[language] / per_snippet
        print(
            f"{language} snippets, one process, start-up included: {snippets} in {min(walls):.2f} s wall, "
            f"{min(cpus):.2f} s CPU (best of {runs}) = {1000 * per_snippet:.2f} ms/snippet CPU, "
            f"{speedup:.0f}x the reference warm"
        )


def bench_convert_pages(corpus: Path) -> None:
    for language in LANGUAGES:
        pages = [page for page in load_pages(corpus, language) if page.is_current_format]
        schema_sets = {key: schema_set(corpus, key) for key in {p.schema_providers for p in pages}}

        def run() -> None:
            for page in pages:
                cdktf_page(page.hcl, schema_sets[page.schema_providers], page.cdktf_version, language)

        _measure(f"convert-page over the corpus, {language}", len(pages), "pages", run)


def bench_import_render(corpus: Path) -> None:
    pages = [
        path
        for pattern in ("pairs/*/*.hcl.md", "aws-apigatewayv2/*/*.hcl.md", "seed/*.hcl.md")
        for path in sorted(corpus.glob(pattern))
    ]
    texts = [(path, path.read_bytes().decode("utf-8")) for path in pages]

    def run() -> None:
        for path, text in texts:
            spec, _ = import_spec(text, str(path))
            render_page(spec)

    _measure("import + render over the corpus", len(texts), "pages", run)


def bench_noop_generate(count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        (project / "specs").mkdir()
        for n in range(count):
            (project / "specs" / f"acme_widget_{n}.yaml").write_text(SPEC.format(n=n))
        command = [sys.executable, "-m", "regdocs", "generate", "--project-dir", str(project)]
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        first = time.perf_counter() - started
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        again = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"regdocs generate, {count} specs: first run {first:.2f} s, no-op run {again:.2f} s "
        f"({count / again:,.0f} specs/s), peak {peak:.0f} MiB"
    )


def _run(command: list[str], repeats: int, prepare=lambda: None) -> tuple[float, float]:
    """The best wall-clock and CPU (user + system) seconds of `command` over `repeats` runs,
    each after `prepare()` (not timed). Exit 1 (some input has problems) counts as a run."""
    best_wall = best_cpu = float("inf")
    for _ in range(repeats):
        prepare()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        finished = subprocess.run(command, capture_output=True, text=True)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if finished.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(command)} failed:\n{finished.stderr}")
        cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        best_wall, best_cpu = min(best_wall, wall), min(best_cpu, cpu)
    return best_wall, best_cpu


def bench_preview(count: int, repeats: int = 3) -> None:
    """`regdocs preview --out` against `regdocs generate` on the same project (`validate = true`,
    as the preview always validates) in the same states: from scratch (both convert every page)
    and again (both reuse what they wrote).
    Best of `repeats`; CPU time is the steadier figure on a shared machine."""
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        (project / "specs").mkdir()
        for n in range(count):
            (project / "specs" / f"acme_widget_{n}.yaml").write_text(SPEC.format(n=n))
        # the preview always shows the validation rules' findings: generate runs them too here
        (project / "pyproject.toml").write_text("[tool.regdocs]\nvalidate = true\n")
        where = ["--project-dir", str(project)]
        generate = [sys.executable, "-m", "regdocs", "generate", *where]
        preview = [sys.executable, "-m", "regdocs", "preview", "--out", str(project / "site"), *where]

        def clear() -> None:
            shutil.rmtree(project / "out", ignore_errors=True)
            shutil.rmtree(project / "site", ignore_errors=True)

        figures = {
            ("generate", "from scratch"): _run(generate, repeats, clear),
            ("preview", "from scratch"): _run(preview, repeats, clear),
        }
        for command in (generate, preview):  # out/ and the site as each command leaves them
            subprocess.run(command, capture_output=True)
        figures |= {
            ("generate", "again"): _run(generate, repeats),
            ("preview", "again"): _run(preview, repeats),
        }
    for (command, state), (wall, cpu) in figures.items():
        print(f"regdocs {command} {state}, {count} specs: {wall:.2f} s wall, {cpu:.2f} s CPU")
    for state in ("from scratch", "again"):
        ratio = figures["preview", state][1] / figures["generate", state][1]
        print(f"preview / generate {state}: {ratio:.2f} (CPU time)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_corpus_argument(parser)
    parser.add_argument("--specs", type=int, default=1000, help="specs in the no-op generate project")
    parser.add_argument("--runs", type=int, default=5, help="runs of each snippet benchmark (the best counts)")
    parser.add_argument("--preview-specs", type=int, default=2000, help="specs in the preview project")
    args = parser.parse_args()
    corpus = args.corpus or corpus_root()
    if corpus is None:
        print("corpus not found: the corpus benchmarks are skipped", file=sys.stderr)
    else:
        bench_snippets(corpus, args.runs)
        bench_convert_pages(corpus)
        bench_import_render(corpus)
    bench_noop_generate(args.specs)
    bench_preview(args.preview_specs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
