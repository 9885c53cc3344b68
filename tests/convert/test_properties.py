"""Property: the conversion of any valid snippet (here: generated resource blocks of the
test provider) is valid Python that black can format. (Not every corpus conversion is: the
reference itself writes `from imports.tfe. import X` for resources its schema lacks, or
breaks a long assignment after `=`; byte compatibility keeps those.)"""

import ast
import json
from pathlib import Path

import black
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

from regdocs.convert import ConversionError, SchemaSet, convert_hcl

SCHEMAS = SchemaSet([json.loads((Path(__file__).parent / "acme_schema.json").read_text())])
NAMES = st.sampled_from(["a", "b", "main", "web_1", "x-y"])
WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789 -_./:", min_size=0, max_size=30)


def _string(word: str) -> str:
    return '"' + word + '"'


REFERENCE = st.builds(lambda name, attr: f"acme_widget.{name}.{attr}", NAMES, st.sampled_from(["id", "name", "size"]))
SCALAR = st.one_of(
    WORDS.map(_string),
    st.integers(-1000, 100000).map(str),
    st.floats(0, 1000, allow_nan=False).map(lambda f: f"{f:.3f}"),
    st.sampled_from(["true", "false", "null"]),
    REFERENCE,
    st.builds(lambda word, ref: f'"{word}${{{ref}}}"', WORDS, REFERENCE),
    st.builds(lambda value: f"upper({value})", WORDS.map(_string)),
    st.builds(lambda ref: f"length({ref})", REFERENCE),
    st.builds(lambda a, b: f"{a} == {b} ? 1 : 2", REFERENCE, WORDS.map(_string)),
)
LIST = st.lists(SCALAR, max_size=4).map(lambda items: "[" + ", ".join(items) + "]")


def _map(keys: list[str]):
    return st.dictionaries(st.sampled_from(keys), SCALAR, max_size=3).map(
        lambda d: "{\n" + "".join(f'    "{k}" = {v}\n' for k, v in d.items()) + "  }"
    )


# values of the shape each attribute takes (a list where the schema wants an object is a
# case where the reference writes invalid Python itself: `meta = ["0"]` gives `0="0"`)
ATTRIBUTE_VALUES = {
    "name": SCALAR,
    "size": SCALAR,
    "enabled": SCALAR,
    "tags": _map(["k", "Name", "with-dash", "x1"]),
    "meta": _map(["owner", "level"]),
    "ports": LIST,
    "zones": LIST,
    "other": st.one_of(SCALAR, LIST, _map(["k", "with-dash"])),
}
ATTRIBUTES = st.fixed_dictionaries({}, optional=ATTRIBUTE_VALUES)
PARTS = st.lists(st.dictionaries(st.sampled_from(["kind", "count"]), SCALAR, max_size=2), max_size=2)


@st.composite
def snippets(draw) -> str:
    blocks = []
    for name in draw(st.lists(NAMES, min_size=1, max_size=3, unique=True)):
        lines = [f"  {key} = {value}" for key, value in draw(ATTRIBUTES).items()]
        for part in draw(PARTS):
            lines.append("  part {\n" + "".join(f"    {k} = {v}\n" for k, v in part.items()) + "  }")
        kind = draw(st.sampled_from(["acme_widget", "acme_gadget"]))
        blocks.append(f'resource "{kind}" "{name}" {{\n' + "\n".join(lines) + "\n}\n")
    return "\n".join(blocks)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(snippets())
def test_conversions_are_valid_python_that_black_formats(snippet):
    try:
        python = convert_hcl(snippet, SCHEMAS, "0.20.8")
    except ConversionError:
        reject()  # the reference fails on it too (e.g. `tags = []` on a map attribute)
    ast.parse(python)
    black.format_str(python, mode=black.Mode())
