"""Starting specs from a provider schema (`regdocs new`): every argument, attribute and block
of the schema with its flags, type and description, a first example made of the required
arguments, and `TODO(regdocs)` placeholders where the schema says nothing (rule T001)."""

from regdocs.scaffold.from_schema import scaffold_spec
from regdocs.scaffold.house_style import HouseStyle

__all__ = ["HouseStyle", "scaffold_spec"]
