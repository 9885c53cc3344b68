"""The docs pipeline: every spec to its Registry page and its cdktf Python page, in memory.

`generate` writes what changed; `check` compares with what is on disk. A cdktf page whose
cache-key already matches its Registry page and cdktf version is reused as it is (the
reference pipeline's incremental rule) unless `force` is set."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable

from regdocs.api import code_blocks, load_spec, page_path, render_page
from regdocs.cdktf.page import is_current, python_page
from regdocs.project.config import Config
from regdocs.convert.bindings import SchemaSet
from regdocs.diagnostics import Diagnostic, DiagnosticError, Level, Report, internal_error
from regdocs.project.hcl_examples import invalid_examples, is_hcl, must_parse
from regdocs.project.outputs import read_existing, with_line_endings_of
from regdocs.project.schema_files import load_schema_set
from regdocs.spec.model import Spec
from regdocs.spec.as_provider_schema import resource_schema


@dataclass(frozen=True)
class Output:
    path: PurePosixPath  # relative to the output folder
    text: str


@dataclass
class SpecPages:
    """One spec's share of a build, for commands that show pages spec by spec (preview): its
    Registry page, its cdktf pages by language, and the problems found in it. `spec` and the
    pages are None when the spec failed to load or render."""

    path: Path
    spec: Spec | None = None
    registry: Output | None = None
    cdktf: dict[str, Output] = field(default_factory=dict)  # "python" -> the cdktf Python page
    problems: list[Diagnostic] = field(default_factory=list)


@dataclass
class Build:
    outputs: list[Output] = field(default_factory=list)
    converted_pages: int = 0
    failed_conversions: int = 0
    specs: list[SpecPages] = field(default_factory=list)


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
    """Warnings for HCL code blocks that did not convert, located in the spec: the page keeps
    the HCL, as the reference pipeline did. Examples that must parse were checked before
    (`invalid_examples`); blocks marked `valid_hcl: false` and blocks in other languages
    (console, shell) fail quietly."""
    blocks = {block.code.rstrip("\n"): block for block in code_blocks(spec)}
    problems = []
    for failure in failures:
        block = blocks.get(failure.code.rstrip("\n").replace("\r\n", "\n"))
        if block is None or not is_hcl(block) or not block.valid_hcl:
            continue
        if failure.invalid_hcl and must_parse(block):
            continue
        if failure.invalid_hcl:
            message = f"this code block is not valid HCL, the page keeps it as it is: {failure.reason}"
        else:
            message = f"cdktf cannot convert this example, the page keeps the HCL: {failure.reason}"
        problems.append(Diagnostic(message, str(spec_path), block.spec_line(failure.snippet_line), level=Level.WARNING))
    return problems


def _claim_page(claimed: dict[PurePosixPath, Path], spec_path: Path, spec: Spec, page: PurePosixPath) -> None:
    """Record that `spec` writes `page`; DiagnosticError at its name when another spec does."""
    owner = claimed.setdefault(page, spec_path)
    if owner != spec_path:
        name = spec.file_name if spec.file_name else spec.name
        raise DiagnosticError(
            [
                Diagnostic(
                    f"{owner} writes the same page ({page}); give one of the two another `name` or `file_name`",
                    str(spec_path),
                    getattr(name, "line", None),
                    getattr(name, "column", None),
                )
            ]
        )


def _spec_pages(
    config: Config, record: SpecPages, spec: Spec, schemas: SchemaSet, force: bool, result: Build
) -> tuple[Output, Output, list[Diagnostic]]:
    """One spec's Registry page, cdktf Python page and warnings; DiagnosticError when the spec
    cannot give its pages (an example that is not valid HCL, a template error): then none of
    them is written."""
    errors = invalid_examples(spec, str(record.path))
    if errors:
        raise DiagnosticError(errors)
    template_dirs = [config.templates_dir] if config.templates_dir else []
    registry = render_page(spec, template_dirs, config.page_style)
    registry_path = page_path(spec, config.page_style)
    cdktf_path = python_page_path(registry_path)
    registry = with_line_endings_of(read_existing(config.out_dir / registry_path), registry)
    current = read_existing(config.out_dir / cdktf_path)
    if not force and current is not None and is_current(current, registry, config.cdktf_version):
        return Output(registry_path, registry), Output(cdktf_path, current), []
    page = python_page(registry, schemas, config.cdktf_version, config.do_not_edit)
    result.converted_pages += 1
    problems = _conversion_problems(record.path, spec, page.failures)
    result.failed_conversions += len(problems)
    cdktf = Output(cdktf_path, with_line_endings_of(current, page.text))
    return Output(registry_path, registry), cdktf, problems


def build(
    config: Config,
    report: Report,
    *,
    force: bool = False,
    progress: Callable[[int, int], None] = None,
    only: list[Path] | None = None,
) -> Build:
    """Every output of the project, with problems added to `report`. With `only`, the pages of
    those specs alone (every spec still acts as schema for the examples). A spec with an error
    gives no page; the others still do."""
    paths = spec_files(config.specs_dir)
    if only is not None:
        paths += [path for path in only if path not in paths]
    records: list[SpecPages] = []
    loaded: list[tuple[SpecPages, Spec]] = []
    for path in paths:
        record = SpecPages(path)
        try:
            loaded.append((record, load_spec(path)))
        except DiagnosticError as error:
            record.problems += error.diagnostics
        except Exception as error:  # noqa: BLE001 - a bug must not cost the other specs
            record.problems.append(internal_error(error, "reading the spec", str(path)))
        records.append(record)
    schemas = schemas_for(config, [spec for _, spec in loaded])
    result = Build()
    if only is not None:
        wanted = set(only)
        records = [record for record in records if record.path in wanted]
        loaded = [(record, spec) for record, spec in loaded if record.path in wanted]
    claimed: dict[PurePosixPath, Path] = {}
    for index, (record, spec) in enumerate(loaded, start=1):
        record.spec = spec
        try:
            _claim_page(claimed, record.path, spec, page_path(spec, config.page_style))
            registry, cdktf, problems = _spec_pages(config, record, spec, schemas, force, result)
        except DiagnosticError as error:
            record.problems += error.diagnostics
        except Exception as error:  # noqa: BLE001 - a bug must not cost the other specs
            record.problems.append(internal_error(error, "generating the pages", str(record.path)))
        else:
            record.registry, record.cdktf["python"] = registry, cdktf
            record.problems += problems
            result.outputs += [registry, cdktf]
        if progress:
            progress(index, len(loaded))
    for record in records:
        report.add(*record.problems)
    result.specs = records
    return result
