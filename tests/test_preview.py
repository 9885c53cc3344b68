"""`regdocs preview`: Registry markdown as HTML, examples with a tab per cdktf language, problems
beside what they concern, bad input on its own page, the page cache and `--serve`."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import PROJECT_ROOT
from regdocs.diagnostics import Diagnostic, Level, Report
from regdocs.preview.examples import needs_switcher, page_examples
from regdocs.preview.markdown import code_tokens, parse, registry_markdown
from regdocs.preview.page import PageInfo
from regdocs.preview.site import build_site, index_page, page_href
from regdocs.project.config import load_config


def _html(markdown: str) -> str:
    md = registry_markdown()
    return md.renderer.render(parse(markdown), md.options, {"code": lambda token: f"<pre>{token.content}</pre>"})


# --- Registry markdown --------------------------------------------------------------------


def test_callouts_become_boxes_without_their_marker():
    html = _html("-> **Note:** a note.\n\n~> **Warning:** careful.\n\n!> **Danger:** final.\n\nplain -> text\n")
    assert '<p class="callout callout-note" role="note"><strong>Note:</strong> a note.</p>' in html
    assert '<p class="callout callout-warning" role="note"><strong>Warning:</strong> careful.</p>' in html
    assert '<p class="callout callout-danger" role="note"><strong>Danger:</strong> final.</p>' in html
    assert "<p>plain -&gt; text</p>" in html


def test_headings_get_anchors_and_front_matter_stays_out_of_the_page():
    html = _html('---\nsubcategory: "X"\n---\n\n# Resource: a_b\n\n## Argument Reference\n\n## Argument Reference\n')
    assert "subcategory" not in html
    assert '<h1 id="resource-a_b"><a class="header-anchor" href="#resource-a_b">#</a> Resource: a_b</h1>' in html
    assert '<h2 id="argument-reference">' in html and '<h2 id="argument-reference-1">' in html


def test_bullets_opening_with_a_name_link_to_themselves_once_each():
    html = _html("## id\n\n* `id` - first.\n* `id` - again.\n* plain `id` bullet.\n")
    assert '<li id="id-1"><a href="#id-1" class="item-anchor"><code>id</code></a> - first.</li>' in html
    assert '<li id="id-2">' in html
    assert "<li>plain <code>id</code> bullet.</li>" in html


def test_tables_and_strikethrough_render():
    html = _html("| a | b |\n| --- | --- |\n| 1 | ~~2~~ |\n")
    assert "<table>" in html and "<td><s>2</s></td>" in html


# --- examples across languages ------------------------------------------------------------

REGISTRY = '# T\n\n```terraform\nresource "a" "b" {}\n```\n\n```console\n% terraform import a.b x\n```\n'
PYTHON = "# T\n\n<!-- x -->\n\n```python\nA(self)\n```\n\n```console\n% terraform import a.b x\n```\n"


def test_each_code_block_is_paired_with_its_counterpart_on_every_cdktf_page():
    blocks = code_tokens(parse(REGISTRY))
    stayed = PYTHON.replace("```python\nA(self)\n```", '```terraform\nresource "a" "b" {}\n```')
    examples = page_examples(blocks, {"python": PYTHON, "typescript": stayed})
    hcl, console = (examples.by_line[block.map[0]] for block in blocks)
    assert [(c.language, c.code, c.info, c.converted) for c in hcl] == [
        ("python", "A(self)\n", "python", True),
        ("typescript", 'resource "a" "b" {}\n', "terraform", False),
    ]
    assert needs_switcher("terraform", hcl) and not needs_switcher("console", console)
    assert examples.misaligned == []


def test_a_cdktf_page_whose_blocks_do_not_line_up_is_left_out():
    examples = page_examples(code_tokens(parse(REGISTRY)), {"python": "# T\n\nno code\n"})
    assert examples.misaligned == ["python"]
    assert all(counterparts == [] for counterparts in examples.by_line.values())


# --- the site over a scratch project ------------------------------------------------------

WIDGET = """kind: resource
name: acme_widget
front_matter:
  subcategory: Widgets
  layout: acme
  page_title: "ACME: acme_widget"
  description: Manages a widget.
summary: Manages a widget.
notes:
  - "~> **Note:** Deleting a widget is final."
examples:
  - title: Good
    language: hcl
    code: |
      resource "acme_widget" "example" {
        name = "one"
      }
  - title: Broken
    language: hcl
    code: |
      resource "acme_widget" "b" {
        name = ...
      }
arguments:
  - name: name
    required: true
    tf_type: string
    description: Name of the widget.
  - name: size
    tf_type: number
    description: Size of the widget.
attributes:
  - name: id
    description: Identifier.
"""
GIZMO = """kind: data_source
name: acme_gizmo
page_style: registry
summary: Reads a gizmo.
arguments:
  - name: id
    required: true
    type: String
    description: Gizmo identifier.
"""


@pytest.fixture
def project(tmp_path):
    (tmp_path / "specs" / "more").mkdir(parents=True)
    (tmp_path / "specs" / "acme_widget.yaml").write_text(WIDGET)
    (tmp_path / "specs" / "more" / "acme_gizmo.yaml").write_text(GIZMO)
    (tmp_path / "specs" / "acme_broken.yaml").write_text("kind: resource\nname: [\n")
    return tmp_path


def _preview(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "regdocs", "preview", *args, "--project-dir", str(project)],
        capture_output=True,
        text=True,
        cwd=project,
    )


def _panel(html: str, language: str, number: int) -> str:
    match = re.search(
        rf'<div class="panel" data-language="{language}" role="tabpanel" id="example-{number}-[^>]*>', html
    )
    assert match, f"no {language} panel for example {number}"
    return html[match.start() : html.index("</div>", match.end())]


def _text(html: str) -> str:
    """What a browser shows of an HTML fragment: no tags, entities decoded."""
    import html as html_module

    return html_module.unescape(re.sub(r"<[^>]+>", "", html))


def test_preview_writes_a_page_per_spec_and_an_index(project):
    result = _preview(project, "--out", "site")
    assert result.returncode == 1, result.stderr  # the broken spec, the invalid HCL, two page styles
    assert "regdocs preview: 3 pages, 3 errors, 0 warnings, 0 notes" in result.stderr
    site = project / "site"
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()) == [
        "_preview/preview.css",
        "_preview/preview.js",
        "acme_broken.html",
        "acme_widget.html",
        "index.html",
        "more/acme_gizmo.html",
    ]
    gizmo = (site / "more" / "acme_gizmo.html").read_text()
    assert 'href="../_preview/preview.css"' in gizmo and 'href="../index.html"' in gizmo
    assert '<h2 id="schema">' in gizmo


def test_the_index_groups_pages_by_kind_and_subcategory_with_their_problem_counts(project):
    _preview(project, "--out", "site")
    index = (project / "site" / "index.html").read_text()
    sections = [re.sub(r"<[^>]+>", "", heading) for heading in re.findall(r"<h[23]>.*?</h[23]>", index)]
    assert sections == ["Specs that did not load or render", "Resources", "Widgets", "Data Sources", "No subcategory"]
    widget = index[index.index('href="acme_widget.html"') :]
    assert widget.index("2 errors</span>") < widget.index("</li>")
    assert "specs/acme_broken.yaml:3:1: error: malformed YAML" in index


def test_a_page_shows_front_matter_callouts_and_a_tab_per_language(project):
    _preview(project, "--out", "site")
    page = (project / "site" / "acme_widget.html").read_text()
    assert "<title>ACME: acme_widget · regdocs preview</title>" in page
    assert '<p class="subcategory">Widgets</p>' in page
    assert '<p class="callout callout-warning" role="note"><strong>Note:</strong> Deleting' in page
    tabs = re.findall(r'<button type="button" role="tab" id="example-1-(\w+)-tab"', page)
    assert tabs == ["hcl", "python", "typescript"]
    assert '<span class="nn">acme_widget</span>' not in _panel(page, "hcl", 1)  # highlighted as HCL
    assert 'Widget(self, "example",' in _text(_panel(page, "python", 1))
    assert 'new Widget(this, "example", {' in _text(_panel(page, "typescript", 1))
    assert 'class="k"' in _panel(page, "python", 1)  # Pygments spans
    assert " hidden" in re.search(r'id="example-1-python"[^>]*>', page).group()


def test_a_block_that_stayed_hcl_is_marked_and_its_problem_shown_below_it(project):
    _preview(project, "--out", "site")
    page = (project / "site" / "acme_widget.html").read_text()
    assert 'data-language="python" class="stayed"' in page
    assert "Not converted: the cdktf Python page keeps this example in HCL." in _panel(page, "python", 2)
    example = page.index('id="example-2"')
    problem = page.index("this example is not valid HCL")
    assert example < problem < page.index('id="argument-reference"')
    assert "specs/acme_widget.yaml:22:16" in page[problem : problem + 400]
    assert '<span class="rule">E001</span>' in page[problem - 200 : problem]


def test_the_validation_rules_findings_show_on_the_page(project):
    _preview(project, "--out", "site")
    page = (project / "site" / "acme_widget.html").read_text()
    finding = page.index('<span class="rule">R007</span>')  # two page styles in one project
    title = page.index('<h1 id="resource-acme_widget">')
    assert title < finding < page.index("Manages a widget.</p>", title)


def test_a_spec_that_does_not_load_shows_its_error_and_the_rest_still_works(project):
    _preview(project, "--out", "site")
    broken = (project / "site" / "acme_broken.html").read_text()
    assert "This spec did not render" in broken
    assert "malformed YAML" in broken and "specs/acme_broken.yaml:3:1" in broken
    assert "Gizmo identifier." in (project / "site" / "more" / "acme_gizmo.html").read_text()


def test_a_broken_page_template_shows_on_each_page_it_breaks(project):
    (project / "templates").mkdir()
    (project / "templates" / "page.md.j2").write_text("{{ spec.name }\n")
    (project / "pyproject.toml").write_text('[tool.regdocs]\ntemplates-dir = "templates"\n')
    result = _preview(project, "--out", "site")
    assert result.returncode == 1
    page = (project / "site" / "acme_widget.html").read_text()
    assert "This spec did not render" in page and "template error" in page


def test_a_broken_preview_template_gives_plain_error_pages_and_the_assets_still_come(project):
    (project / "templates" / "preview").mkdir(parents=True)
    (project / "templates" / "preview" / "page.html.j2").write_text("{% if %}\n")
    (project / "pyproject.toml").write_text('[tool.regdocs]\ntemplates-dir = "templates"\n')
    result = _preview(project, "--out", "site")
    assert "Traceback" not in result.stderr
    page = (project / "site" / "acme_widget.html").read_text()
    assert "This page could not be rendered" in page and "page.html.j2" in page
    assert "acme_widget" in (project / "site" / "index.html").read_text()
    assert "addEventListener" in (project / "site" / "_preview" / "preview.js").read_text()


def test_problems_land_beside_the_bullet_of_the_entry_they_concern(project):
    config = load_config(project)
    report = Report()
    site = build_site(config, report, only=[project / "specs" / "acme_widget.yaml"])
    assert [page.href for page in site.pages] == ["acme_widget.html"]
    # an entry's problem, as `validate` reports them: its spec line
    from regdocs.preview import site as site_module

    record = site_module.build(config, Report(), only=[project / "specs" / "acme_widget.yaml"]).specs[0]
    spec_path = str(record.path)
    record.problems = [
        Diagnostic("size has no default", spec_path, 30, 5, Level.WARNING),  # the `size` argument
        Diagnostic("attributes need an intro", spec_path, 32, 1, Level.WARNING),  # `attributes:`
        Diagnostic("no description for the page", spec_path, 1, 1, Level.WARNING),  # `kind:`
        Diagnostic("somewhere else", "other.yaml", 3, 1, Level.WARNING),
    ]
    html, info = site_module.render_page(record, "acme_widget.html", config)
    assert (info.errors, info.warnings) == (0, 4)  # the findings the build gave are replaced here
    item = html.index('<li id="size">')
    assert item < html.index("size has no default") < html.index("</li>", item)
    heading = html.index('<h2 id="attribute-reference">')
    assert heading < html.index("attributes need an intro") < html.index("This resource exports")
    title = html.index('<h1 id="resource-acme_widget">')
    assert title < html.index("no description for the page") < html.index("Manages a widget.", title)
    assert html.index("somewhere else") < html.index('<article class="registry-page">')


def test_the_preview_of_given_specs_holds_only_those(project):
    result = _preview(project, "specs/more/acme_gizmo.yaml", "--out", "site")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (project / "site").glob("*.html")) == ["index.html"]
    assert (project / "site" / "more" / "acme_gizmo.html").is_file()


def test_pages_are_reused_while_their_inputs_are_unchanged(project):
    _preview(project, "--out", "site")
    page = project / "site" / "more" / "acme_gizmo.html"
    page.write_text(page.read_text().replace("Reads a gizmo.", "STALE BUT REUSED"))
    _preview(project, "--out", "site")
    assert "STALE BUT REUSED" in page.read_text()  # same key: not rendered again
    spec = project / "specs" / "more" / "acme_gizmo.yaml"
    spec.write_text(spec.read_text().replace("Reads a gizmo.", "Reads one gizmo."))
    _preview(project, "--out", "site")
    assert "Reads one gizmo." in page.read_text()
    page.write_text(page.read_text().replace("Reads one gizmo.", "STALE"))
    _preview(project, "--out", "site", "--force")
    assert "Reads one gizmo." in page.read_text()


def test_the_preview_is_the_same_from_scratch_and_from_the_cache(project):
    _preview(project, "--out", "one")
    _preview(project, "--out", "one")
    _preview(project, "--out", "two")
    one, two = project / "one", project / "two"
    files = sorted(p.relative_to(one) for p in one.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(two) for p in two.rglob("*") if p.is_file())
    assert all((one / name).read_bytes() == (two / name).read_bytes() for name in files)


def test_preview_needs_out_or_serve(project):
    result = _preview(project)
    assert result.returncode == 2 and "--out DIR" in result.stderr


def test_page_paths_follow_the_specs_tree():
    taken: set[str] = set()
    specs = Path("/p/specs")
    assert page_href(specs / "a" / "x.yaml", specs, taken) == "a/x.html"
    assert page_href(specs / "a" / "x.yml", specs, taken) == "a/x.yml.html"
    assert page_href(Path("/elsewhere/y.yaml"), specs, taken) == "y.html"


def test_the_index_of_no_pages_renders(tmp_path):
    assert "0 pages" in index_page([], load_config(tmp_path))
    info = PageInfo("x.html", "x", "guide", None, "x")
    assert "Guides" in index_page([info], load_config(tmp_path))
    project_wide = Diagnostic("two specs write one page", None, level=Level.ERROR, rule="R001")
    index = index_page([info], load_config(tmp_path), [project_wide])
    assert "Problems of the whole project" in index and '<span class="rule">R001</span>' in index


# --- the project's own specs --------------------------------------------------------------


def test_the_project_specs_preview_without_problems(tmp_path):
    site = build_site(load_config(PROJECT_ROOT), Report())
    specs = sorted((PROJECT_ROOT / "specs").rglob("*.yaml"))
    assert len(site.pages) == len(specs) and all(page.errors == page.warnings == 0 for page in site.pages)
    seed = site.files["aws_apigatewayv2_route_response.html"]
    assert re.findall(r'role="tab" id="example-1-(\w+)-tab"', seed) == ["hcl", "python", "typescript"]
    assert "Example Usage" in seed and '<li id="api_id">' in seed


# --- --serve --------------------------------------------------------------------------------


class _Server:
    def __init__(self, project: Path):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "regdocs", "preview", "--serve", "--port", "0", "--project-dir", str(project)],
            cwd=project,
            stderr=subprocess.PIPE,
            text=True,
        )
        line = self.process.stderr.readline()
        match = re.search(r"serving (http://127\.0\.0\.1:\d+/)", line)
        assert match, line
        self.url = match.group(1)

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=60) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)
        self.process.stderr.close()


@pytest.fixture
def server(project):
    running = _Server(project)
    yield running
    running.stop()


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    time.sleep(0.01)  # a later modification time, even on coarse clocks
    path.write_text(text.replace(old, new))


def test_serve_answers_on_loopback_and_rebuilds_an_edited_page(server, project):
    status, index = server.get("")
    assert status == 200 and "acme_widget.html" in index
    assert server.get("_preview/preview.js")[0] == 200
    assert server.get("nothing.html")[0] == 404
    assert "Manages a widget." in server.get("acme_widget.html")[1]
    spec = project / "specs" / "acme_widget.yaml"
    _edit(spec, "Manages a widget.", "Manages one widget.")
    assert "Manages one widget." in server.get("acme_widget.html")[1]


def test_serve_keeps_serving_after_a_broken_edit(server, project):
    spec = project / "specs" / "acme_widget.yaml"
    _edit(spec, "kind: resource", "kind: [resource")
    status, page = server.get("acme_widget.html")
    assert status == 200 and "This spec did not render" in page and "malformed YAML" in page
    assert "Gizmo identifier." in server.get("more/acme_gizmo.html")[1]
    _edit(spec, "kind: [resource", "kind: resource")
    assert "Manages a widget." in server.get("acme_widget.html")[1]


def test_serve_shows_a_template_edit_and_new_specs(project):
    (project / "templates" / "preview").mkdir(parents=True)
    shutil.copy(PROJECT_ROOT / "templates" / "preview" / "layout.html.j2", project / "templates" / "preview")
    (project / "pyproject.toml").write_text('[tool.regdocs]\ntemplates-dir = "templates"\n')
    server = _Server(project)
    try:
        assert "regdocs preview</a>" in server.get("acme_widget.html")[1]
        _edit(project / "templates" / "preview" / "layout.html.j2", "regdocs preview</a>", "EDITED</a>")
        assert "EDITED</a>" in server.get("acme_widget.html")[1]
        (project / "specs" / "acme_new.yaml").write_text(GIZMO.replace("acme_gizmo", "acme_new"))
        assert "acme_new.html" in server.get("index.html")[1]
        assert server.get("acme_new.html")[0] == 200
    finally:
        server.stop()
