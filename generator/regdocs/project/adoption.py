"""Adopting regdocs in a provider repository (`regdocs init`): read every Registry page of its
docs tree into a spec, keep only the specs that render their page back byte for byte at its
own path, survey the cdktf pages, and write the specs and `regdocs.toml`.

Nothing in the docs tree is written: a page whose spec would not reproduce it gets no spec,
so `generate` leaves it alone; cdktf pages made from the current Registry page stay as they
are whichever cdktf version made them (see `cdktf.cache_key`).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from regdocs.api import import_spec, load_spec_text, page_path, render_page
from regdocs.cdktf.cache_key import made_from
from regdocs.convert import DEFAULT_CDKTF_VERSION, LANGUAGES, parse_cdktf_version
from regdocs.diagnostics import Diagnostic, DiagnosticError, internal_error
from regdocs.input_files import read_text
from regdocs.markdown_import.tree import spec_relative_path
from regdocs.project.config import CONFIG_FILE
from regdocs.project.docs_tree import DocsTree
from regdocs.project.outputs import write_atomic
from regdocs.project.pipeline import cdktf_page_path
from regdocs.spec.writer import dump_spec

# The oldest cdktf release whose page format regdocs writes; older pages are kept, not imitated.
OLDEST_WRITTEN_CDKTF = (0, 18, 0)


@dataclass
class AdoptedPage:
    page: PurePosixPath  # the Registry page, from the repository root
    spec: PurePosixPath  # its spec, from the specs folder
    spec_text: str


@dataclass
class CdktfPages:
    """The cdktf pages of one language for the adopted Registry pages."""

    current: Counter = field(default_factory=Counter)  # cdktf version -> pages made from the current page
    stale: list[PurePosixPath] = field(default_factory=list)
    missing: list[PurePosixPath] = field(default_factory=list)
    unmanaged: list[PurePosixPath] = field(default_factory=list)  # no adopted Registry page: left alone


@dataclass
class Survey:
    tree: DocsTree
    adopted: list[AdoptedPage] = field(default_factory=list)
    not_reproduced: list[tuple[PurePosixPath, Diagnostic]] = field(default_factory=list)  # (page, why, where)
    cdktf: dict[str, CdktfPages] = field(default_factory=dict)

    @property
    def cdktf_version(self) -> str:
        """The newest cdktf version regdocs writes among the current pages, else the default."""
        versions = {version for pages in self.cdktf.values() for version in pages.current}
        written = [version for version in versions if parse_cdktf_version(version) >= OLDEST_WRITTEN_CDKTF]
        return max(written, key=parse_cdktf_version, default=DEFAULT_CDKTF_VERSION)

    @property
    def languages(self) -> list[str]:
        """The languages the repository has cdktf pages in (all of them when it has none)."""
        found = [language for language, pages in self.cdktf.items() if pages.current or pages.stale or pages.unmanaged]
        return found or list(LANGUAGES)


def _first_difference(expected: str, actual: str, page: Path) -> Diagnostic:
    lines = list(zip(expected.split("\n"), actual.split("\n")))
    for number, (want, got) in enumerate(lines, start=1):
        if want != got:
            column = next((index for index, pair in enumerate(zip(want, got), start=1) if pair[0] != pair[1]), None)
            column = column or min(len(want), len(got)) + 1
            message = (
                f"its spec would not reproduce the page: this line would read {got[:60]!r} instead of {want[:60]!r}"
            )
            return Diagnostic(message, str(page), number, column)
    return Diagnostic("its spec would not reproduce the page: the page would end differently", str(page), len(lines), 1)


def adopt_page(repository: Path, page: Path) -> AdoptedPage | Diagnostic:
    """The spec of `page` when it renders the page back byte for byte at its own path, else
    why not (at the place in the page)."""
    relative = PurePosixPath(page.relative_to(repository).as_posix())
    try:
        text = read_text(page, "the page")
        spec_path = spec_relative_path(page)
        spec_text = dump_spec(import_spec(text, str(relative))[0])
        spec = load_spec_text(spec_text, str(spec_path))
        rendered = render_page(spec)
    except DiagnosticError as error:
        problem = error.diagnostics[0]
        if problem.path == str(page):
            return problem
        return Diagnostic(f"its spec does not render: {problem.message}", str(page), 1, 1)
    except Exception as error:  # noqa: BLE001 - one page's bug must not cost the others
        return internal_error(error, "importing the page", str(page))
    if rendered != text:
        return _first_difference(text, rendered, page)
    if page_path(spec) != relative:
        return Diagnostic(f"its spec would write the page to {page_path(spec)}", str(page), 1, 1)
    return AdoptedPage(relative, spec_path, spec_text)


def _survey_cdktf(repository: Path, survey: Survey) -> None:
    docs = repository / survey.tree.relative
    for language in LANGUAGES:
        pages = survey.cdktf[language] = CdktfPages()
        expected = set()
        for adopted in survey.adopted:
            path = cdktf_page_path(adopted.page, language)
            expected.add(path)
            file = repository / path
            if not file.is_file():
                pages.missing.append(path)
                continue
            registry = (repository / adopted.page).read_bytes().decode("utf-8")
            key = made_from(file.read_bytes().decode("utf-8", errors="replace"), registry)
            if key is None:
                pages.stale.append(path)
            else:
                pages.current[key.cdktf_version] += 1
        folder = docs / "cdktf" / language
        if folder.is_dir():
            for file in sorted(folder.rglob("*")):
                relative = PurePosixPath(file.relative_to(repository).as_posix())
                if file.is_file() and relative not in expected:
                    pages.unmanaged.append(relative)


def survey_tree(repository: Path, tree: DocsTree) -> Survey:
    """What adopting `tree` would do (nothing is written)."""
    survey = Survey(tree)
    specs: dict[PurePosixPath, PurePosixPath] = {}
    for page in tree.pages:
        result = adopt_page(repository, page)
        if isinstance(result, AdoptedPage) and result.spec in specs:  # `x.markdown` beside `x.html.markdown`
            result.spec = result.spec.with_name(f"{result.page.name}.yaml")
        if isinstance(result, AdoptedPage):
            survey.adopted.append(result)
            specs[result.spec] = result.page
        else:
            survey.not_reproduced.append((PurePosixPath(page.relative_to(repository).as_posix()), result))
    _survey_cdktf(repository, survey)
    return survey


def config_text(survey: Survey, specs_dir: str) -> str:
    """`regdocs.toml` for the adopted repository: generate writes into its own docs folders."""
    languages = ", ".join(json.dumps(language) for language in survey.languages)
    return (
        "# regdocs: the Registry and cdktf pages under "
        f"{survey.tree.relative}/ are generated from the YAML specs in {specs_dir}/.\n"
        "# `regdocs generate` writes them, `regdocs check` fails when they are stale (see `regdocs init`).\n"
        f"specs-dir = {json.dumps(specs_dir)}\n"
        'out-dir = "."\n'
        f"cdktf-version = {json.dumps(survey.cdktf_version)}\n"
        f"languages = [{languages}]\n"
    )


def write_adoption(repository: Path, survey: Survey, specs_dir: str) -> None:
    """Write the specs of the adopted pages and `regdocs.toml`."""
    for adopted in survey.adopted:
        write_atomic(repository / specs_dir / adopted.spec, adopted.spec_text)
    write_atomic(repository / CONFIG_FILE, config_text(survey, specs_dir))
