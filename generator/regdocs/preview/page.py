"""One spec's preview page: its Registry page as the Registry shows it, each example with a tab
per cdktf language, and the spec's problems beside the part of the page they concern."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from markdown_it.token import Token

from regdocs.diagnostics import Diagnostic, Level
from regdocs.preview import templates
from regdocs.preview.examples import Counterpart, label, needs_switcher, page_examples
from regdocs.preview.highlight import highlight
from regdocs.preview.markdown import code_tokens, parse, registry_markdown
from regdocs.preview.placement import Placement
from regdocs.project.pipeline import SpecPages
from regdocs.spec.model import Spec
from regdocs.spec.styles import KIND_LABELS


@dataclass
class PageInfo:
    """What the index shows of a page."""

    href: str  # the page's path in the site
    name: str  # the spec's name, or its file name when it did not load
    kind: str | None
    subcategory: str | None
    title: str
    problems: list[Diagnostic] = field(default_factory=list)
    errors: int = 0
    warnings: int = 0
    notes: int = 0

    def add(self, *problems: Diagnostic) -> None:
        self.problems += problems
        self.errors += sum(problem.level is Level.ERROR for problem in problems)
        self.warnings += sum(problem.level is Level.WARNING for problem in problems)
        self.notes += sum(problem.level is Level.NOTE for problem in problems)


def page_info(record: SpecPages, href: str) -> PageInfo:
    """What the index shows of a spec's page, from the build alone."""
    spec = record.spec
    front_matter = _front_matter(spec) if spec else {}
    name = spec.name if spec else record.path.name
    kind = spec.kind if spec else None
    info = PageInfo(href, name, kind, front_matter.get("subcategory") or None, front_matter.get("page_title") or name)
    info.add(*record.problems)
    return info


def problem_view(problem: Diagnostic) -> dict:
    """A problem as the templates show it."""
    location = ":".join(str(part) for part in (problem.path, problem.line, problem.column) if part is not None)
    return {
        "level": problem.level.value,
        "location": location,
        "message": problem.message,
        "rule": getattr(problem, "rule", None),
        "text": problem.format(),
    }


def _front_matter(spec: Spec) -> dict[str, str]:
    """The front matter fields the Registry reads (page_title, subcategory, description)."""
    data = spec.front_matter
    if isinstance(data, str):  # raw text: read it as the Registry does, as YAML
        try:
            data = yaml.safe_load(data)
        except yaml.YAMLError:
            return {}
    return {str(key): str(value).strip() for key, value in data.items()} if isinstance(data, dict) else {}


class _Body:
    """Renders the page's tokens: code blocks through the example template, problem boxes after
    the part they concern."""

    def __init__(self, template_dirs: tuple[str, ...], counterparts: dict[int, list[Counterpart]]):
        self.template_dirs = template_dirs
        self.counterparts = counterparts
        self.examples = 0

    def code(self, token: Token) -> str:
        info = token.info.strip() if token.type == "fence" else ""
        counterparts = self.counterparts.get(token.map[0], []) if token.map else []
        variants = [{"language": "hcl", "label": label("hcl"), "html": highlight(token.content, info), "stayed": False}]
        if needs_switcher(info, counterparts):
            for counterpart in counterparts:
                variants.append(
                    {
                        "language": counterpart.language,
                        "label": label(counterpart.language),
                        "html": highlight(counterpart.code, counterpart.info),
                        "stayed": not counterpart.converted,
                    }
                )
        else:
            variants[0].update(language=info.split()[0] if info else "text", label=info or "")
        self.examples += 1
        return templates.render(
            self.template_dirs, "example.html.j2", number=self.examples, info=info, variants=variants
        )

    def problems(self, problems: list[Diagnostic]) -> str:
        views = [problem_view(problem) for problem in problems]
        return templates.render(self.template_dirs, "problems.html.j2", problems=views)

    def render(self, tokens: list[Token], placed: dict[int, list[Diagnostic]]) -> str:
        md = registry_markdown()
        return md.renderer.render(_with_problem_boxes(tokens, placed, self.problems), md.options, {"code": self.code})


def _with_problem_boxes(tokens: list[Token], placed: dict[int, list[Diagnostic]], render) -> list[Token]:
    """`tokens` with an HTML block of problems after (or, for a bullet, at the end of) the first
    element starting on each problem's page line."""
    insert_at: dict[int, list[Diagnostic]] = defaultdict(list)
    for line, problems in placed.items():
        for index, token in enumerate(tokens):
            if token.map and token.map[0] == line and token.nesting >= 0 and token.type != "inline":
                insert_at[_close_of(tokens, index)] += problems
                break
    result = []
    for index, token in enumerate(tokens):
        if index in insert_at and token.type == "list_item_close":
            result.append(Token("html_block", "", 0, content=render(insert_at[index])))
        result.append(token)
        if index in insert_at and token.type != "list_item_close":
            result.append(Token("html_block", "", 0, content=render(insert_at[index])))
    return result


def _close_of(tokens: list[Token], index: int) -> int:
    opening = tokens[index]
    if opening.nesting == 0:
        return index
    for later in range(index + 1, len(tokens)):
        if tokens[later].level == opening.level and tokens[later].nesting == -1:
            return later
    return index


def preview_page(
    record: SpecPages, info: PageInfo, root: str, template_dirs: tuple[str, ...], page_style: str | None, project: Path
) -> str:
    """The HTML page of one spec; problems found while rendering it are added to `info`."""
    spec = record.spec
    body, top = "", list(info.problems)
    if record.registry is not None and spec is not None:
        tokens = parse(record.registry.text)
        examples = page_examples(code_tokens(tokens), {lang: page.text for lang, page in record.cdktf.items()})
        info.add(*(_misaligned(record, language) for language in examples.misaligned))
        placement = Placement(spec, page_style, tokens)
        placed: dict[int, list[Diagnostic]] = defaultdict(list)
        top = []
        for problem in info.problems:
            line = placement.line_of(problem)
            (top if line is None else placed[line]).append(problem)
        body = _Body(template_dirs, examples.by_line).render(tokens, placed)
    return templates.render(
        template_dirs,
        "page.html.j2",
        root=root,
        page=info,
        kind_label=KIND_LABELS.get(info.kind or "", "spec").capitalize(),
        front_matter=_front_matter(spec) if spec else {},
        spec_path=_shown(record.path, project),
        page_path=str(record.registry.path) if record.registry else None,
        languages=[label(language) for language in record.cdktf],
        failed=record.registry is None,
        top_problems=[problem_view(problem) for problem in top],
        body=body,
    )


def _shown(path: Path, project: Path) -> str:
    """A spec's path as the maintainer knows it: from the project folder when it is inside."""
    try:
        return path.resolve().relative_to(project.resolve()).as_posix()
    except ValueError:
        return str(path)


def _misaligned(record: SpecPages, language: str) -> Diagnostic:
    return Diagnostic(
        f"the cdktf {label(language)} page's code blocks do not line up with the Registry page's; "
        "its examples are not shown (regdocs generate --force writes it again)",
        str(record.cdktf[language].path),
        level=Level.WARNING,
    )
