"""The docs pipeline: every spec to its Registry page and its cdktf pages (one per configured
language: Python, TypeScript), in memory.

`generate` writes what changed; `check` compares with what is on disk. A cdktf page whose
cache-key input is the current Registry page is reused as it is (the reference pipeline's
incremental rule), whichever cdktf version made it, so adopting regdocs changes no byte;
`upgrade_cdktf` converts the pages of other cdktf versions again, `force` every page."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Callable

from regdocs.api import code_blocks, load_spec, page_path, render_page
from regdocs.cdktf.cache_key import reusable
from regdocs.cdktf.page import cdktf_page
from regdocs.project.config import Config
from regdocs.convert.bindings import SchemaSet
from regdocs.diagnostics import Diagnostic, DiagnosticError, Level, Report, internal_error
from regdocs.project.build_cache import BuildCache, CacheEntry
from regdocs.project.manifest import MANIFEST, manifest_text, orphans
from regdocs.project.hcl_examples import invalid_examples, is_hcl
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
class SpecPages:
    """One spec's share of a build, for commands that show pages spec by spec (preview): its
    Registry page, its cdktf pages by language, and the problems found in it. `spec` and the
    pages are None when the spec failed to load or render."""

    path: Path
    spec: Spec | None = None
    registry: Output | None = None
    cdktf: dict[str, Output] = field(default_factory=dict)  # language -> its cdktf page
    problems: list[Diagnostic] = field(default_factory=list)


@dataclass
class Build:
    outputs: list[Output] = field(default_factory=list)
    converted_pages: int = 0
    failed_conversions: int = 0
    specs: list[SpecPages] = field(default_factory=list)
    orphans: list[PurePosixPath] = field(default_factory=list)  # generated earlier, written by no spec now


def spec_files(specs_dir: Path) -> list[Path]:
    return sorted(p for pattern in ("*.yaml", "*.yml") for p in specs_dir.rglob(pattern))


def cdktf_page_path(registry_path: PurePosixPath, language: str) -> PurePosixPath:
    """`website/docs/r/x.html.markdown` -> `website/docs/cdktf/<language>/r/x.html.markdown`
    (and `docs/resources/x.md` -> `docs/cdktf/<language>/resources/x.md`)."""
    parts = registry_path.parts
    docs = 2 if parts[:2] == ("website", "docs") else 1
    return PurePosixPath(*parts[:docs], "cdktf", language, *parts[docs:])


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
    """Warnings for the HCL code blocks that did not convert, located in the spec: the page
    keeps the HCL, as the reference pipeline did. Examples that must parse were checked before
    converting (`invalid_examples`); code fences inside markdown text that are not valid HCL
    are warned about; blocks marked `valid_hcl: false`, and blocks in other languages (console,
    shell), fail quietly. Provider-defined functions are valid HCL that cdktf cannot convert: a
    note says so (E002)."""
    blocks = {block.code.rstrip("\n"): block for block in code_blocks(spec)}
    problems = []
    for failure in failures:
        block = blocks.get(failure.code.rstrip("\n").replace("\r\n", "\n"))
        if block is None or not is_hcl(block) or not block.valid_hcl:
            continue
        if not failure.invalid_hcl:
            message = f"cdktf cannot convert this example, the page keeps the HCL: {failure.reason}"
        elif block.in_markdown:
            message = f"this code block is not valid HCL, the page keeps it as it is: {failure.reason}"
        else:
            continue
        problems.append(Diagnostic(message, str(spec_path), block.spec_line(failure.snippet_line), level=Level.WARNING))
    return problems


def build(
    config: Config,
    report: Report,
    *,
    force: bool = False,
    upgrade_cdktf: bool = False,
    progress: Callable[[int, int], None] = None,
    only: list[Path] | None = None,
    keep_orphans: bool = True,
    cache: BuildCache | None = None,
) -> Build:
    """Every output of the project, with problems added to `report`. With `only`, the pages of
    those specs alone (every spec still acts as schema for the examples); else the outputs
    manifest comes last, listing generated files no spec writes any more too while
    `keep_orphans`. A spec the `cache` says is unchanged since its pages were written is not
    loaded again: its pages are read back."""
    paths = spec_files(config.specs_dir)
    if only is not None:
        known = {path.resolve(): path for path in paths}
        only = [known.get(path.resolve(), path) for path in only]
        paths += [path for path in only if path.resolve() not in known]
    records: list[SpecPages] = []
    loaded: list[tuple[SpecPages, Spec]] = []
    reused: list[SpecPages] = []
    for path in paths:
        record = SpecPages(path)
        entry = cache.fresh(path) if cache is not None and only is None else None
        if entry is not None and _reuse(config, record, entry):
            reused.append(record)
        else:
            try:
                loaded.append((record, load_spec(path)))
            except DiagnosticError as error:
                record.problems += error.diagnostics
            except Exception as error:  # noqa: BLE001 - a bug must not cost the other specs
                record.problems.append(internal_error(error, "reading the spec", str(path)))
        records.append(record)
    unowned = _add_findings(records, spec_findings(config, [spec for _, spec in loaded]))

    @lru_cache(maxsize=1)
    def schemas() -> SchemaSet:  # read when a page is converted: every spec acts as schema
        return schemas_for(config, [spec for _, spec in loaded] + [load_spec(record.path) for record in reused])

    result = Build()
    for record in reused:
        result.outputs += [record.registry, *record.cdktf.values()]
    if only is not None:
        wanted = set(only)
        records = [record for record in records if record.path in wanted]
        loaded = [(record, spec) for record, spec in loaded if record.path in wanted]
    withheld = False  # a spec gave pages that are not written
    for index, (record, spec) in enumerate(loaded, start=1):
        record.spec = spec
        try:
            errors = invalid_examples(spec, record.path)
            pages, problems = _spec_pages(config, record.path, spec, schemas, force, upgrade_cdktf, result)
        except DiagnosticError as error:
            record.problems += error.diagnostics
        except Exception as error:  # noqa: BLE001 - a bug must not cost the other specs
            record.problems.append(internal_error(error, "generating the pages", str(record.path)))
        else:
            # pages with an example that is not valid HCL are shown (preview), never written
            record.registry, *cdktf = pages
            record.cdktf = dict(zip(config.languages, cdktf))
            record.problems += errors + problems
            if errors:
                withheld = True
            else:
                result.outputs += pages
        if progress:
            progress(index, len(loaded))
    specs = {record.path: spec for record, spec in loaded}
    result.outputs, clashes = without_clashes(result.outputs, lambda path: specs.get(path) or _loaded(path))
    _add_findings(records, clashes)
    if only is None:
        complete = not withheld and all(record.registry for record in records)
        _add_manifest(config, result, complete=complete, keep_orphans=keep_orphans)
    report.add(*unowned)
    for record in records:
        record.problems = list(dict.fromkeys(record.problems))  # a rule may find what the pipeline did
        report.add(*record.problems)
    result.specs = records
    return result


def _spec_pages(
    config: Config, spec_path: Path, spec: Spec, schemas, force: bool, upgrade_cdktf: bool, result: Build
) -> tuple[list[Output], list[Diagnostic]]:
    """One spec's Registry page and cdktf pages (one per language), and the conversion's
    warnings; DiagnosticError when the spec cannot give its pages (a template error)."""
    template_dirs = [config.templates_dir] if config.templates_dir else []
    registry = render_page(spec, template_dirs, config.page_style)
    registry_path = page_path(spec, config.page_style)
    registry = with_line_endings_of(read_existing(config.out_dir / registry_path), registry)
    pages = [Output(registry_path, registry, spec_path)]
    problems: list[Diagnostic] = []
    reported = False  # every language converts the same blocks: their problems are said once
    for language in config.languages:
        cdktf_path = cdktf_page_path(registry_path, language)
        current = read_existing(config.out_dir / cdktf_path)
        if not force and reusable(current, registry, config.cdktf_version, upgrade=upgrade_cdktf):
            cdktf_text = current
        else:
            page = cdktf_page(registry, schemas(), config.cdktf_version, language, config.do_not_edit)
            cdktf_text = with_line_endings_of(current, page.text)
            result.converted_pages += 1
            if not reported:
                problems = _conversion_problems(spec_path, spec, page.failures)
                result.failed_conversions += len(problems)
                reported = True
        pages.append(Output(cdktf_path, cdktf_text, spec_path))
    return pages, problems


def _reuse(config: Config, record: SpecPages, entry: CacheEntry) -> bool:
    """A spec's pages read back from disk, as the cache says they were written (False when
    one can no longer be read: the spec is then generated again)."""
    outputs = {
        name: Output(path, read_existing(config.out_dir / path), record.path)
        for name, (path, _) in entry.outputs.items()
    }
    if any(output.text is None for output in outputs.values()):
        return False
    for name, output in outputs.items():
        if name == "registry":
            record.registry = output
        else:
            record.cdktf[name] = output
    record.problems += entry.findings
    return True


def _loaded(path: Path) -> Spec | None:
    try:
        return load_spec(path)
    except DiagnosticError:
        return None


def _add_findings(records: list[SpecPages], findings: list[Diagnostic]) -> list[Diagnostic]:
    """Give each finding to the spec it is about; those about no spec are returned."""
    by_path = {str(record.path): record for record in records}
    unowned = []
    for finding in findings:
        owner = by_path.get(finding.path)
        (owner.problems if owner else unowned).append(finding)
    return unowned


def _add_manifest(config: Config, result: Build, *, complete: bool, keep_orphans: bool) -> None:
    """The outputs manifest as the last output, and the orphans: files it listed that no spec
    writes now. A spec that failed may still own some of them: then nothing is an orphan."""
    leftovers = orphans(config.out_dir, [output.path for output in result.outputs])
    result.orphans = leftovers if complete else []
    kept = leftovers if keep_orphans or not complete else []
    listed = [*(output.path for output in result.outputs), *kept]
    if listed or (config.out_dir / MANIFEST).is_file():
        result.outputs.append(Output(MANIFEST, manifest_text(listed)))
