"""The anchors a page provides and its `#` links, read line by line (rule R005)."""

import pytest

from regdocs.validate.page_anchors import heading_text, page_anchors, slug

PAGE = """---
page_title: "x"
---

# Resource: acme_widget

## Argument Reference

* `door` - (Optional) See [Door](#door-block) and [Timeouts](#timeouts).

### `door` Block

<a id="nestedblock--door"></a>
Text with `[not a link](#nowhere)` in code.

```terraform
# Not A Heading
link = "[x](#inside-code)"
```

Setext Heading
--------------

## Timeouts

## Timeouts

[first](#timeouts) [second](#timeouts-1) [broken](#missing) <a href="#nestedblock--door">html</a>
"""


def test_headings_html_anchors_and_links_outside_code():
    anchors, links = page_anchors(PAGE)
    assert anchors == {
        "resource-acme_widget",
        "argument-reference",
        "door-block",
        "nestedblock--door",
        "setext-heading",
        "timeouts",
        "timeouts-1",
    }
    assert links == ["door-block", "timeouts", "timeouts", "timeouts-1", "missing", "nestedblock--door"]


@pytest.mark.parametrize(
    "markdown, anchor",
    [
        ("`aws_s3_bucket` Configuration Block", "aws_s3_bucket-configuration-block"),
        ("[Example](https://example.com) *Usage*", "example-usage"),
        ("Import: `id` (v1.5+)", "import-id-v15"),
        ("Über _Größe_", "über-größe"),
    ],
)
def test_slugs_as_github_makes_them(markdown, anchor):
    assert slug(heading_text(markdown)) == anchor
