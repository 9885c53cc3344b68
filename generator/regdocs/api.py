"""The library API the regdocs pipeline calls.

- `load_spec(path) -> Spec`: read and check a YAML spec (raises DiagnosticError).
- `render_page(spec, template_dirs=(), page_style=None) -> str`: the Registry page.
- `import_page(markdown, path) -> str`: the YAML spec of a Registry page.
- `import_spec(markdown, path) -> (Spec, ImportStats)`: the same, as data.
- `page_path(spec, page_style=None) -> PurePosixPath`: where the page lives in a provider repo.
- `code_blocks(spec) -> list[CodeBlock]`: the page's fenced code blocks and their spec lines.
"""

from regdocs.registry.code_blocks import CodeBlock, code_blocks
from regdocs.diagnostics import Diagnostic, DiagnosticError
from regdocs.markdown_import import import_page, import_spec
from regdocs.registry.paths import page_path
from regdocs.registry.render import render_page
from regdocs.spec.loader import load_spec, load_spec_text
from regdocs.spec.model import Spec
from regdocs.spec.writer import dump_spec

__all__ = [
    "CodeBlock",
    "Diagnostic",
    "DiagnosticError",
    "Spec",
    "code_blocks",
    "dump_spec",
    "import_page",
    "import_spec",
    "load_spec",
    "load_spec_text",
    "page_path",
    "render_page",
]
