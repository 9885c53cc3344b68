"""Names planned per construct on first use (`ProviderNames`) are the names the generator gives
when it takes every construct's names in order (what `ClassNames` over the whole provider
gives), on the corpus schemas and on generated schemas made to collide."""

from hypothesis import given, settings
from hypothesis import strategies as st

from regdocs.convert.bindings import SchemaSet
from regdocs.convert.bindings.names import ClassNames, ProviderNames, resource_candidates


def _eager(provider_name, constructs):
    """Every construct's (candidate, name) list, taking all names in the generator's order."""
    names = ClassNames()
    records = []
    for terraform_type, schema, is_provider in constructs:
        record = []
        for candidate in resource_candidates(provider_name, terraform_type, schema, is_provider):
            candidate = record[0][1] + "Config" if candidate is None else candidate
            record.append((candidate, names.unique(candidate)))
        records.append(record)
    return records


def _constructs(provider_schema):
    constructs = [(t, s, False) for t, s in (provider_schema.get("resource_schemas") or {}).items()]
    constructs += [("data_" + t, s, False) for t, s in (provider_schema.get("data_source_schemas") or {}).items()]
    if provider_schema.get("provider") is not None:
        constructs.append(("provider", provider_schema["provider"], True))
    return constructs


def _check(provider_name, constructs):
    lazy = ProviderNames(provider_name, constructs)
    eager = _eager(provider_name, constructs)
    # asked in reverse order, so no construct is planned because an earlier one was
    for position in reversed(range(len(constructs))):
        assert lazy.record(position) == eager[position], constructs[position][0]


def test_corpus_schemas(corpus):
    schemas = SchemaSet.from_files(sorted((corpus / "schemas").glob("*.json")))
    for fqpn, provider_schema in schemas.provider_schemas.items():
        _check(fqpn.split("/")[2], _constructs(provider_schema))


_WORDS = st.sampled_from(["a", "b", "ab", "a_b", "list", "config", "aconfig", "b_list", "A", "x1"])
_ATTRIBUTES = st.dictionaries(
    _WORDS,
    st.sampled_from([{"type": "string"}, {"type": ["list", ["object", {"a": "string", "ab": "number"}]]}]),
    max_size=3,
)


def _blocks(inner):
    nested = st.builds(lambda block: {"nesting_mode": "list", "block": block}, inner)
    return st.builds(
        lambda a, b: {"attributes": a, "block_types": b}, _ATTRIBUTES, st.dictionaries(_WORDS, nested, max_size=2)
    )


_BLOCK = _blocks(_blocks(st.builds(lambda a: {"attributes": a}, _ATTRIBUTES)))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.lists(_WORDS, min_size=1, max_size=3), _BLOCK, st.booleans()), max_size=8))
def test_generated_schemas_that_collide(items):
    constructs = []
    for words, block, is_data in items:
        terraform_type = "p_" + "_".join(words)
        constructs.append((("data_" if is_data else "") + terraform_type, {"block": block}, False))
    constructs.append(("provider", {"block": {"attributes": {"a": {"type": "string"}}}}, True))
    _check("p", constructs)
