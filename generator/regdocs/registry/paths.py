"""Where a spec's page lives in a provider repository."""

from __future__ import annotations

from pathlib import PurePosixPath

from regdocs.spec.model import Spec

# Kind -> folder, per page style.
WEBSITE_FOLDERS = {
    "resource": "website/docs/r",
    "data_source": "website/docs/d",
    "ephemeral_resource": "website/docs/ephemeral-resources",
    "action": "website/docs/actions",
    "list_resource": "website/docs/list-resources",
    "function": "website/docs/functions",
    "guide": "website/docs/guides",
}
REGISTRY_FOLDERS = {
    "resource": "docs/resources",
    "data_source": "docs/data-sources",
    "ephemeral_resource": "docs/ephemeral-resources",
    "action": "docs/actions",
    "list_resource": "docs/list-resources",
    "function": "docs/functions",
    "guide": "docs/guides",
}
# Kinds whose names carry the provider prefix (`aws_s3_bucket`) that file names leave out.
PREFIXED_KINDS = ("resource", "data_source", "ephemeral_resource", "action", "list_resource")


def file_stem(spec: Spec) -> str:
    """`aws_s3_bucket` -> `s3_bucket`; guides and functions keep their name."""
    name = str(spec.name)
    if spec.kind in PREFIXED_KINDS and "_" in name:
        return name.split("_", 1)[1]
    return name


def conventional_path(spec: Spec, page_style: str | None = None) -> PurePosixPath:
    """The path naming conventions give the page (ignoring the spec's `file_name`)."""
    style = page_style or spec.page_style
    if style == "registry":
        if spec.kind == "provider":
            return PurePosixPath("docs/index.md")
        return PurePosixPath(REGISTRY_FOLDERS[spec.kind]) / f"{file_stem(spec)}.md"
    if spec.kind == "provider":
        return PurePosixPath("website/docs/index.html.markdown")
    return PurePosixPath(WEBSITE_FOLDERS[spec.kind]) / f"{file_stem(spec)}.html.markdown"


def page_path(spec: Spec, page_style: str | None = None) -> PurePosixPath:
    """The provider-repository path of the page, e.g. `website/docs/r/s3_bucket.html.markdown`.

    A spec's `file_name` replaces the conventional file name in its page style's folder.
    """
    path = conventional_path(spec, page_style)
    if spec.file_name and (page_style is None or page_style == spec.page_style):
        return path.with_name(str(spec.file_name))
    return path


def file_name_for(spec: Spec, input_path: str) -> str | None:
    """The file name to record when a page read from a docs folder breaks the convention."""
    source = PurePosixPath(input_path.replace("\\", "/"))
    expected = conventional_path(spec)
    if source.parent.parts[-len(expected.parent.parts) :] == expected.parent.parts and source.name != expected.name:
        return source.name
    return None
