"""The distribution must carry every package, including the templates kept at top level."""

import tomllib

from conftest import PROJECT_ROOT


def test_every_package_folder_is_listed_in_pyproject():
    listed = set(tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(PROJECT_ROOT / "generator").parts)
        for init in (PROJECT_ROOT / "generator").rglob("__init__.py")
    }
    templates = PROJECT_ROOT / "templates"
    found.add("regdocs.templates")
    found |= {
        ".".join(("regdocs.templates", *folder.relative_to(templates).parts))
        for folder in templates.rglob("*")
        if folder.is_dir() and folder.name != "__pycache__"
    }
    assert found == listed, "update [tool.setuptools] packages in pyproject.toml"


def test_templates_ship_as_package_data():
    import importlib.resources

    templates = importlib.resources.files("regdocs.templates")
    assert templates.is_dir()
