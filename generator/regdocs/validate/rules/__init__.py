"""The rule modules; importing this package registers every rule (see regdocs.validate.registry)."""

from regdocs.validate.rules import examples, pages, placeholders, schema  # noqa: F401
