"""Speed figures (`make bench`): snippets and pages per second and peak memory.

1. the reference's 236 snippets (`../shared/reference/snippets.json`) converted in a new process
   with the four corpus schemas, start-up included, in each language: milliseconds per snippet
   (wall and CPU time, best of several runs: the machine is shared) and the speed-up over the
   reference converter warm (about 1.4 s per Python snippet, 0.5 s per TypeScript snippet);
2. convert-page over every page pair of the corpus (its cdktf version and schema set), in
   each language;
3. import + render over every Registry page of the corpus;
4. a no-op `regdocs generate` over a project of 1,000 specs (run once to fill `out/`,
   then timed as a user runs it: a new process).

    python scripts/bench.py [--corpus DIR] [--specs N] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_corpus_argument(parser)
    parser.add_argument("--specs", type=int, default=1000, help="specs in the no-op generate project")
    parser.add_argument("--runs", type=int, default=5, help="runs of each snippet benchmark (the best counts)")
    args = parser.parse_args()
    corpus = args.corpus or corpus_root()
    if corpus is None:
        print("corpus not found: the corpus benchmarks are skipped", file=sys.stderr)
    else:
        bench_snippets(corpus, args.runs)
        bench_convert_pages(corpus)
        bench_import_render(corpus)
    bench_noop_generate(args.specs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
