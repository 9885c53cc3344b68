"""Where pages go in a provider repository."""

import pytest

from regdocs.registry.paths import file_name_for, page_path
from regdocs.spec.model import Spec


@pytest.mark.parametrize(
    "kind, name, style, path",
    [
        ("resource", "aws_s3_bucket", "website", "website/docs/r/s3_bucket.html.markdown"),
        ("data_source", "aws_s3_bucket", "website", "website/docs/d/s3_bucket.html.markdown"),
        (
            "ephemeral_resource",
            "tfe_token",
            "website",
            "website/docs/ephemeral-resources/token.html.markdown",
        ),
        ("action", "tfe_run", "website", "website/docs/actions/run.html.markdown"),
        ("guide", "upgrading", "website", "website/docs/guides/upgrading.html.markdown"),
        ("provider", "aws", "website", "website/docs/index.html.markdown"),
        ("resource", "random_id", "registry", "docs/resources/id.md"),
        ("data_source", "null_data_source", "registry", "docs/data-sources/data_source.md"),
        ("ephemeral_resource", "random_password", "registry", "docs/ephemeral-resources/password.md"),
        ("function", "parse_arn", "registry", "docs/functions/parse_arn.md"),
        ("guide", "terraform-migration", "registry", "docs/guides/terraform-migration.md"),
        ("provider", "random", "registry", "docs/index.md"),
    ],
)
def test_conventional_paths(kind, name, style, path):
    assert str(page_path(Spec(kind=kind, name=name, page_style=style))) == path


def test_file_name_overrides_the_convention_in_its_own_style_only():
    spec = Spec(kind="resource", name="tfe_settings", file_name="settings.markdown")
    assert str(page_path(spec)) == "website/docs/r/settings.markdown"
    assert str(page_path(spec, "registry")) == "docs/resources/settings.md"


def test_file_name_is_read_only_from_docs_folders():
    spec = Spec(kind="resource", name="tfe_settings")
    assert file_name_for(spec, "provider/website/docs/r/settings.markdown") == "settings.markdown"
    assert file_name_for(spec, "provider/website/docs/r/settings.html.markdown") is None
    assert file_name_for(spec, "downloads/settings.markdown") is None
