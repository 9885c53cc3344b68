"""Hypothesis strategies for bad input: real files of the project mutated at the byte, line and
token level (each mutation a small tuple, so that hypothesis shrinks a failure to the few edits
that matter), random JSON-like values for structure-aware mutations, and a tiny TOML writer."""

from __future__ import annotations

import json
import math
from pathlib import Path

from hypothesis import strategies as st

PROJECT_ROOT = Path(__file__).resolve().parents[2]

# Bytes that break readers: control characters, invalid UTF-8, a BOM, separators of other
# platforms, the longest code point.
NASTY_BYTES = [
    b"\x00",
    b"\x07",
    b"\x1b",
    b"\x7f",
    b"\x85",
    b"\xc2\x85",
    b"\xe2\x80\xa8",
    b"\xef\xbb\xbf",
    b"\xff",
    b"\xc3",
    b"\xed\xa0\x80",
    b"\xf4\x8f\xbf\xbf",
    b"\r",
    b"\r\n",
    b"\t",
    b"\x0c",
    b"\xc2\xa0",
]

YAML_TOKENS = [
    b"&a ",
    b"*a",
    b"&a [1, 2]",
    b"<<: *a",
    b"!!binary ",
    b"!!binary =",
    b"!!str ",
    b"!!int ",
    b"!!int 0x_",
    b"!!float ",
    b"!!float x",
    b"!!timestamp 2001-13-45",
    b"!!timestamp ",
    b"!!set ",
    b"!!omap ",
    b"!!pairs ",
    b"!!map ",
    b"!!seq ",
    b"!!null ",
    b"!!bool ",
    b"!!merge ",
    b"!!python/object:os.system ",
    b"!local ",
    b"? ",
    b"? [a, b]",
    b"? {a: 1}",
    b": ",
    b"- ",
    b"[",
    b"]",
    b"{",
    b"}",
    b",",
    b"|",
    b">",
    b"|-",
    b"|+",
    b"|2",
    b">9",
    b"#",
    b"'",
    b'"',
    b'"\\x"',
    b'"\\ud800"',
    b"\\",
    b"%YAML 1.1",
    b"%YAML 2.0",
    b"%TAG ! tag:x,2000:",
    b"---",
    b"...",
    b"@",
    b"`",
    b"~",
    b"null",
    b"true",
    b"yes",
    b".inf",
    b"-.inf",
    b".nan",
    b"0x1F",
    b"0o17",
    b"0b101",
    b"1_000",
    b"1e400",
    b"-1",
    b"12:30:45",
    b"2001-12-14t21:59:43.10-05:00",
    b"=",
    b"[" * 40 + b"]" * 40,
    b"{a: " * 40 + b"1" + b"}" * 40,
    b"- " * 40,
]

SPEC_KEYS = [
    b"kind: resource",
    b"kind: guide",
    b"kind: provider",
    b"kind: function",
    b"name: x",
    b"name: acme_x",
    b"name: " + b"n" * 300,
    b"name: ../x",
    b"name: a/b",
    b"file_name: " + b"f" * 300,
    b"file_name: .",
    b"page_style: registry",
    b"page_style: website",
    b"title: ",
    b"title: '{name}'",
    b"front_matter: raw text",
    b"front_matter: |\n  a: b\n  c",
    b"front_matter:\n  layout: x",
    b"summary: x",
    b"notes: [x]",
    b"notes:\n  - '-> **Note:** x'",
    b"examples: []",
    b"examples:\n  - code: x",
    b'examples:\n  - language: terraform\n    code: \'resource "a" "b" {\'',
    b"examples:\n  - language: hcl\n    valid_hcl: false\n    code: '...'",
    b"arguments: []",
    b"arguments:\n  - name: a\n  - markdown: x",
    b"arguments:\n  - name: a\n    nested: true",
    b"arguments:\n  - name: a\n    tf_type: strnig",
    b"arguments:\n  - name: a\n    tf_type: " + b"list(" * 40 + b"string" + b")" * 40,
    b"    tf_type: object({a = ",
    b"attributes:\n  - name: id",
    b"blocks:\n  - name: b\n    arguments:\n      - name: c",
    b"blocks:\n  - name: a.b.c\n    nested_attributes: true",
    b"timeouts:\n  create: 10m",
    b"import:\n  using: x\n  id: y",
    b"import:\n  using: x\n  identity:\n    a: b",
    b"import:\n  steps:\n    - markdown: x\n    - code: y\n    - identity:\n        - name: id",
    b"import: {}",
    b"sections: [examples, arguments, attributes, schema, timeouts, import]",
    b"sections:\n  - title: T\n    body: B",
    b"style:\n  line_endings: crlf",
    b"style:\n  bullet: '-'\n  indent: 0",
    b"style:\n  front_matter_quoting: {description: '|+'}",
    b"spacing:\n  end: 0",
    b"spacing:\n  title: 5",
]

MARKDOWN_TOKENS = [
    b"```",
    b"```hcl",
    b"```terraform",
    b"```python",
    b"~~~",
    b"````",
    b"`",
    b"``",
    b"    ",
    b"\t",
    b"# ",
    b"## ",
    b"### ",
    b"#### ",
    b"* ",
    b"- ",
    b"+ ",
    b"1. ",
    b"> ",
    b"---",
    b"***",
    b"<!--",
    b"-->",
    b"<div>",
    b"</div>",
    b"|",
    b"| a | b |\n|---|---|",
    b"\\",
    b"[",
    b"](#x)",
    b"**",
    b"_",
    b"-> **Note:** ",
    b"~> **Warning:** ",
    b"!> ",
    b"layout: ",
    b"description: |-",
    b"page_title: ",
    b"subcategory: ",
    b"# Resource: x_y",
    b"# x_y (Data Source)",
    b"## Example Usage",
    b"## Argument Reference",
    b"## Attribute Reference",
    b"## Attributes Reference",
    b"## Timeouts",
    b"## Import",
    b"## Schema",
    b"### Required",
    b"### Optional",
    b"### Read-Only",
    b"### Nested Schema for `x`",
    b'<a id="nestedblock--x"></a>',
    b"* `name` - (Required) x.",
    b"* `name` - (Optional) x. Defaults to `1`.",
    b"- `name` (String) x",
    b"- `name` (Block List, Max: 1) x (see [below for nested schema](#nestedblock--x))",
    b"Required:",
    b"Optional:",
    b"Read-Only:",
    b"* `create` - (Default `10m`)",
    b"terraform import x_y.z id",
    b"% terraform import x_y.z id",
    b'import {\n  to = x_y.z\n  id = "i"\n}',
    b"In Terraform v1.5.0 and later, use an [`import` block]",
    b"The following arguments are supported:",
    b"In addition to all arguments above, the following attributes are exported:",
]

HCL_TOKENS = [
    b"{",
    b"}",
    b"[",
    b"]",
    b"(",
    b")",
    b"=",
    b"==",
    b'"',
    b"${",
    b"%{",
    b"%{ if x }",
    b"%{ else }",
    b"%{ endif }",
    b"%{ for x in y }",
    b"%{ endfor }",
    b"~}",
    b"<<EOT\n",
    b"\nEOT\n",
    b"<<-EOT\n",
    b"...",
    b"?",
    b":",
    b"=>",
    b"for k, v in var.m :",
    b",",
    b".",
    b"[*]",
    b".*",
    b"#",
    b"//",
    b"/*",
    b"*/",
    b"\\",
    b"\\u0000",
    b"\\U0010FFFF",
    b"\\ud800",
    b"\\x",
    b"resource",
    b'resource "aws_instance" "x" {\n}\n',
    b'data "aws_ami" "y" {\n}\n',
    b'module "m" {\n  source = "./m"\n}\n',
    b'variable "v" {\n  type = string\n}\n',
    b"locals {\n  l = 1\n}\n",
    b'output "o" {\n  value = 1\n}\n',
    b'provider "aws" {\n  alias = "a"\n}\n',
    b'terraform {\n  required_providers {\n    x = { source = "a/x" }\n  }\n}\n',
    b'import {\n  to = aws_instance.x\n  id = "i"\n}\n',
    b'dynamic "d" {\n  for_each = var.l\n  content {\n  }\n}\n',
    b"for_each",
    b"count",
    b"each.value",
    b"count.index",
    b"self",
    b"null",
    b"true",
    b"1e400",
    b"0x10",
    b"1.2.3",
    b"-",
    b"!",
    b"toString",
    b"__proto__",
    b"constructor",
    b"jsonencode(",
    b"provider::x::f(",
    b"aws_instance.x.id",
    b"var.x",
    b"local.x",
    b"data.aws_ami.y.id",
    b"module.m.out",
    b"path.module",
    b"depends_on = [aws_instance.x]",
    b"lifecycle {\n  ignore_changes = all\n}\n",
    b'provisioner "local-exec" {\n  command = "x"\n}\n',
    b"[" * 40 + b"1" + b"]" * 40,
    b"(" * 40 + b"1" + b")" * 40,
]


@st.composite
def mutated(draw, seeds: list[bytes], tokens: list[bytes], max_mutations: int = 4) -> bytes:
    """A seed with up to `max_mutations` edits: lines deleted, duplicated, swapped, indented or
    replaced, tokens and nasty bytes inserted, spans deleted, the text truncated."""
    text = draw(st.sampled_from(seeds))
    insertions = st.sampled_from(tokens + NASTY_BYTES) | st.binary(min_size=1, max_size=8)
    operations = st.lists(
        st.tuples(
            st.sampled_from(
                [
                    "delete_line",
                    "duplicate_line",
                    "swap_lines",
                    "insert_line",
                    "replace_line",
                    "indent",
                    "insert",
                    "cut",
                ]
                + ["truncate", "replace_value"]
            ),
            st.integers(0, 10**6),
            st.integers(0, 10**6),
            insertions,
        ),
        min_size=1,
        max_size=max_mutations,
    )
    for operation in draw(operations):
        text = apply(text, *operation)
    return text


def apply(text: bytes, kind: str, a: int, b: int, token: bytes) -> bytes:
    """One edit of `text`; `a` and `b` pick positions (modulo the text's size)."""
    lines = text.split(b"\n")
    i, j = a % len(lines), b % len(lines)
    if kind == "delete_line":
        del lines[i]
    elif kind == "duplicate_line":
        lines.insert(i, lines[i])
    elif kind == "swap_lines":
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == "insert_line":
        lines.insert(i, token)
    elif kind == "replace_line":
        lines[i] = token
    elif kind == "indent":
        lines[i] = b" " * (b % 7) + lines[i].lstrip(b" ") if b % 2 else lines[i][b % 5 :]
    elif kind == "replace_value":
        head, colon, _ = lines[i].partition(b": ")
        lines[i] = head + b": " + token if colon else lines[i] + token
    else:
        position = a % (len(text) + 1)
        if kind == "insert":
            return text[:position] + token + text[position:]
        if kind == "cut":
            return text[:position] + text[position + b % 64 :]
        return text[:position]  # truncate
    return b"\n".join(lines)


def seed_files(pattern: str, root: Path = PROJECT_ROOT) -> list[bytes]:
    return [path.read_bytes() for path in sorted(root.glob(pattern))]


# JSON-like values for structure-aware mutations (a subtree replaced by one of these).
JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(["", "..", "/", "a/b", "\x00", "x" * 300, "{name}", "{", "%s", "resource", "aws_x"])
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)


@st.composite
def replaced_subtree(draw, document, values=JSON_VALUES):
    """`document` (parsed JSON or YAML) with one subtree replaced, deleted or given a new key."""
    paths = list(_paths(document))
    path = draw(st.sampled_from(paths))
    action = draw(st.sampled_from(["replace", "delete", "add"]))
    value = draw(values)
    return _edit(document, path, action, value, draw(st.text(max_size=10)))


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*prefix, index))


def _edit(node, path, action, value, new_key):
    if not path:
        if action == "add" and isinstance(node, dict):
            return {**node, new_key: value}
        return value
    head, rest = path[0], path[1:]
    if isinstance(node, dict):
        copy = dict(node)
        if not rest and action == "delete":
            del copy[head]
        else:
            copy[head] = _edit(node[head], rest, action, value, new_key)
        return copy
    copy = list(node)
    if not rest and action == "delete":
        del copy[head]
    else:
        copy[head] = _edit(node[head], rest, action, value, new_key)
    return copy


def toml_value(value) -> str:
    """A TOML literal for a JSON-like value (None has no TOML form: an empty inline table)."""
    if value is None:
        return "{}"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(max(min(value, 2**63 - 1), -(2**63)))
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else "nan"
    if isinstance(value, str):
        return json.dumps(value).replace("\\/", "/")
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    return "{" + ", ".join(f"{json.dumps(str(key))} = {toml_value(item)}" for key, item in value.items()) + "}"


def toml_table(header: str, table: dict) -> str:
    lines = [f"[{header}]"]
    lines += [f"{json.dumps(str(key))} = {toml_value(value)}" for key, value in table.items()]
    return "\n".join(lines) + "\n"
