"""Registry markdown to spec: `import_page(markdown, path)` reads a page into a spec."""

from regdocs.markdown_import.importer import import_page, import_spec

__all__ = ["import_page", "import_spec"]
