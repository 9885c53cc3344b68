"""The docs pipeline: every spec to its Registry page and its cdktf Python page, in memory.

`generate` writes what changed; `check` compares with what is on disk. A cdktf page whose
cache-key already matches its Registry page and cdktf version is reused as it is (the
reference pipeline's incremental rule) unless `force` is set."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Callable

from regdocs.api import code_blocks, load_spec, page_path, render_page
from regdocs.cdktf.page import is_current, python_page
from regdocs.project.config import Config
from regdocs.registry.code_blocks import HCL_LANGUAGES
from regdocs.convert.bindings import SchemaSet
from regdocs.diagnostics import Diagnostic, DiagnosticError, Level, Report
from regdocs.project.manifest import MANIFEST, manifest_text, orphans
from regdocs.project.output_checks import spec_findings, without_clashes
from regdocs.project.outputs import read_existing, with_line_endings_of
from regdocs.project.schema_files import load_schema_set
from regdocs.spec.model import Spec
from regdocs.spec.as_provider_schema import resource_schema


@dataclass(frozen=True)
class Output:
    path: PurePosixPath  # relative to the output folder
    text: str
    source: Path | None = None  # the spec it comes from


@dataclass
class Build:
    outputs: list[Output] = field(default_factory=list)
    converted_pages: int = 0
    failed_conversions: int = 0
    orphans: list[PurePosixPath] = field(default_factory=list)  # generated earlier, written by no spec now


def spec_files(specs_dir: Path) -> list[Path]:
    return sorted(p for pattern in ("*.yaml", "*.yml") for p in specs_dir.rglob(pattern))


def python_page_path(registry_path: PurePosixPath) -> PurePosixPath:
    """`website/docs/r/x.html.markdown` -> `website/docs/cdktf/python/r/x.html.markdown`
    (and `docs/resources/x.md` -> `docs/cdktf/python/resources/x.md`)."""
    parts = registry_path.parts
    docs = 2 if parts[:2] == ("website", "docs") else 1
    return PurePosixPath(*parts[:docs], "cdktf", "python", *parts[docs:])


def schemas_for(config: Config, specs: list[Spec]) -> SchemaSet:
    """The configured schema files, plus every spec's resource that they do not describe."""
    schemas = load_schema_set(list(config.schemas))
    for spec in specs:
        group = {"resource": "resource_schemas", "data_source": "data_source_schemas"}.get(spec.kind)
        if group is None:
            continue
        provider = config.provider or spec.name.split("_")[0]
        fqpn = schemas.find_provider(provider) or f"registry.terraform.io/hashicorp/{provider}"
        if fqpn not in schemas.provider_schemas:
            schemas.add({"provider_schemas": {fqpn: {"provider": {"version": 0, "block": {}}}}})
        resources = schemas.provider_schemas[fqpn].setdefault(group, {})
        resources.setdefault(spec.name, resource_schema(spec))
    return schemas


def _conversion_problems(spec_path: Path, spec: Spec, failures) -> list[Diagnostic]:
    """HCL examples that cdktf does not support, located in the spec: a warning (the page keeps
    the HCL, as the reference pipeline did). Examples that are not valid HCL are reported by the
    syntax check every run makes (so a current cache-key hides nothing); blocks in other
    languages (console, shell) fail quietly."""
    blocks = {block.code.rstrip("\n"): block for block in code_blocks(spec)}
    problems = []
    for failure in failures:
        block = blocks.get(failure.code.rstrip("\n").replace("\r\n", "\n"))
        if block is None or (block.language or "").lower() not in HCL_LANGUAGES or failure.invalid_hcl:
            continue
        message = f"cdktf cannot convert this example, the page keeps the HCL: {failure.reason}"
        problems.append(Diagnostic(message, str(spec_path), block.spec_line(failure.snippet_line), level=Level.WARNING))
    return problems


def build(
    config: Config,
    report: Report,
    *,
    force: bool = False,
    progress: Callable[[int, int], None] = None,
    keep_orphans: bool = True,
) -> Build:
    """Every output of the project, the outputs manifest last, with problems added to `report`;
    `keep_orphans` keeps generated files no spec writes any more in the manifest."""
    loaded: list[tuple[Path, Spec]] = []
    paths = spec_files(config.specs_dir)
    for path in paths:
        try:
            loaded.append((path, load_spec(path)))
        except DiagnosticError as error:
            report.add(*error.diagnostics)
    report.add(*spec_findings(config, [spec for _, spec in loaded]))
    schemas = lru_cache(maxsize=1)(lambda: schemas_for(config, [spec for _, spec in loaded]))  # read when converting
    template_dirs = [config.templates_dir] if config.templates_dir else []
    result = Build()
    for index, (path, spec) in enumerate(loaded, start=1):
        try:
            registry = render_page(spec, template_dirs, config.page_style)
        except DiagnosticError as error:
            report.add(*error.diagnostics)
            continue
        registry_path = page_path(spec, config.page_style)
        cdktf_path = python_page_path(registry_path)
        registry = with_line_endings_of(read_existing(config.out_dir / registry_path), registry)
        current = read_existing(config.out_dir / cdktf_path)
        if not force and current is not None and is_current(current, registry, config.cdktf_version):
            cdktf_text = current
        else:
            page = python_page(registry, schemas(), config.cdktf_version, config.do_not_edit)
            cdktf_text = with_line_endings_of(current, page.text)
            result.converted_pages += 1
            problems = _conversion_problems(path, spec, page.failures)
            result.failed_conversions += len(problems)
            report.add(*problems)
        result.outputs += [Output(registry_path, registry, path), Output(cdktf_path, cdktf_text, path)]
        if progress:
            progress(index, len(loaded))
    rendered = {output.source for output in result.outputs}
    result.outputs = without_clashes(result.outputs, report, dict(loaded))
    leftovers = orphans(config.out_dir, [output.path for output in result.outputs])
    # a spec that failed may still own some of them: then nothing is an orphan
    complete = len(rendered) == len(paths)
    result.orphans = leftovers if complete else []
    kept = leftovers if keep_orphans or not complete else []
    listed = [*(output.path for output in result.outputs), *kept]
    if listed or (config.out_dir / MANIFEST).is_file():
        result.outputs.append(Output(MANIFEST, manifest_text(listed)))
    return result
