"""The bindings model. The synthetic schemas below were fed to the real generator
(@cdktf/provider-generator 0.20.1 `generateProviderBindingsFromSchema`, and its
`TerraformProviderGenerator.getClassNameForResource` / `getNamespaceNameForResource`) during
development; every expected name and type text is what it emitted."""

import json
import time

import pytest

from regdocs.convert.bindings import (
    ANY,
    IRESOLVABLE,
    STRING,
    ProviderBindings,
    SchemaSet,
    TsArray,
    TsMap,
    TsPrimitive,
    TsRef,
    TsStructRef,
    TsUnion,
)
from regdocs.convert.bindings.cdktf_meta import TERRAFORM_META_ARGUMENTS, TERRAFORM_RESOURCE_LIFECYCLE
from regdocs.convert.bindings.types import BOOLEAN, union

OPT = {"type": "string", "optional": True}
REQ = {"type": "string", "required": True}
COMP = {"type": "string", "computed": True}
OBJ = ["object", {"name": "string", "on": "bool", "n": "number"}]


def block(attributes=None, blocks=None):
    return {k: v for k, v in (("attributes", attributes), ("block_types", blocks)) if v is not None}


def nested(mode, block_, **limits):
    return {"nesting_mode": mode, "block": block_, **limits}


def schema(attributes=None, blocks=None):
    return {"version": 0, "block": block(attributes, blocks)}


def nested_type(mode, attributes, **flags):
    return {"nested_type": {"nesting_mode": mode, "attributes": attributes}, **flags}


TYPES = {
    "str": "string", "flag": "bool", "dyn": "dynamic", "ls": ["list", "string"], "lb": ["list", "bool"],
    "sb": ["set", "bool"], "ms": ["map", "string"], "mb": ["map", "bool"], "md": ["map", "dynamic"],
    "ld": ["list", "dynamic"], "lls": ["list", ["list", "string"]], "llb": ["list", ["list", "bool"]],
    "mlb": ["map", ["list", "bool"]], "lms": ["list", ["map", "string"]], "llms": ["list", ["list", ["map", "string"]]],
    "obj": OBJ, "lo": ["list", OBJ], "mo": ["map", OBJ], "llo": ["list", ["list", OBJ]],
    "mlo": ["map", ["list", OBJ]], "rules_list": ["list", ["object", {"a": "string"}]],
}  # fmt: skip

_LOOP_INNER = block({"x": OPT}, {"b": nested("list", block({"y": OPT}, {"a": nested("list", block({"x": OPT}))}))})
_LOOP = block({"x": OPT}, {"b": nested("list", block({"y": OPT}, {"a": nested("list", _LOOP_INNER)}))})

EDGE = "registry.terraform.io/acme/edge"
EDGE_SCHEMA = {
    "provider": schema(
        {"region": OPT},
        {
            "assume_role": nested("list", block({"role_arn": OPT}), max_items=1),
            "endpoints": nested("set", block({"s3": OPT})),
        },
    ),
    "resource_schemas": {
        "edge_types": schema(
            {
                **{n: {"type": t, "optional": True} for n, t in TYPES.items()},
                "lo_comp": {"type": ["list", OBJ], "computed": True},
            }
        ),
        "edge_escapes": schema(
            {
                n: OPT
                for n in ["self", "get_value", "getter", "equals", "node", "count", "bgp_ipv6_state", "bgp_ipv6state"]
            }
        ),
        "edge_blocks": schema(
            {"name": REQ},
            {
                "single_opt": nested("single", block({"a": OPT, "b": OPT})),
                "single_mixed": nested("single", block({"a": OPT, "b": REQ})),
                "single_req": nested("single", block({"a": REQ})),
                "single_comp": nested("single", block({"a": COMP})),
                "single_empty": nested("single", block()),
                "list_max1": nested("list", block({"a": OPT}), max_items=1),
                "list_min1": nested("list", block({"a": OPT}), min_items=1),
                "list_min1_max1": nested("list", block({"a": OPT}), min_items=1, max_items=1),
                "map_block": nested("map", block({"a": OPT})),
                "allow_list": nested("list", block({"a": OPT})),
                "deny_LIST": nested("list", block({"a": OPT}), max_items=1),
                "outer": nested(
                    "list",
                    block(
                        {"o": OPT},
                        {
                            "inner": nested(
                                "list", block({"i": OPT}, {"innermost_list": nested("set", block({"z": REQ}))})
                            )
                        },
                    ),
                ),
            },
        ),
        "edge_nested": schema(
            {
                "ns": nested_type("single", {"a": OPT, "b": REQ, "c": COMP}, optional=True),
                "nl": nested_type("list", {"a": OPT, "o": {"type": OBJ, "optional": True}}, required=True),
                "nm": nested_type("map", {"a": OPT}, optional=True),
                "ncomp": nested_type("list", {"a": OPT}, computed=True),
            }
        ),
        "edge_loop": schema({"top": OPT}, {"a": nested("list", _LOOP)}),
        "edge_foo": schema({"a": OPT}, {"bar": nested("list", block({"x": OPT}))}),
        "edge_foo_bar": schema({"a": OPT}),
        "edge_foo_bar_config": schema({"a": OPT}),
        "edge_foo_bar_a": schema({"a": OPT}),
        "edge_x_a": schema({"a": OPT}),
        "edge_x": schema({"a": OPT}),
        "edge_X": schema({"a": OPT}),
        "edge_loop_a_b_a": schema({"a": OPT}),
        "edge_string": schema({"a": OPT}),
        "edge_index": schema({"a": OPT}),
        "edge_provider": schema({"a": OPT}),
        "edge_dns_a_record_set": schema({"a": OPT}),
    },
    "data_source_schemas": {
        "edge": schema({"a": OPT, "b": COMP}),
        "edge_foo": schema({"a": OPT}, {"bar": nested("list", block({"x": OPT}))}),
        "foo_bar": schema({"a": OPT}),
    },
}


@pytest.fixture(scope="module")
def edge() -> ProviderBindings:
    return ProviderBindings.from_schema(EDGE, EDGE_SCHEMA)


def props(struct):
    return {p.name: ("?" if p.optional else "") + str(p.type) for p in struct.properties.values()}


# --- names -----------------------------------------------------------------------------------


def test_class_names_are_unique_per_provider_in_generator_order(edge):
    names = {
        t: (edge.resource(t).class_name, edge.resource(t).config_struct.name) for t in EDGE_SCHEMA["resource_schemas"]
    }
    assert names["edge_foo"] == ("Foo", "FooConfig")
    assert [s.name for s in edge.resource("edge_foo").structs] == ["FooBar"]
    assert names["edge_foo_bar"] == ("FooBarA", "FooBarAConfig")  # the struct FooBar came first
    assert names["edge_foo_bar_config"] == ("FooBarConfig", "FooBarConfigConfig")
    assert names["edge_foo_bar_a"] == ("FooBarAA", "FooBarAAConfig")
    assert names["edge_x_a"] == ("XA", "XAConfig")
    assert names["edge_x"] == ("X", "XConfig")
    assert names["edge_X"] == ("XA", "XAConfigA")  # `A` is appended once: XA is now taken twice
    assert names["edge_string"] == ("StringResource", "StringResourceConfig")
    assert names["edge_index"] == ("Index", "IndexConfig")
    assert names["edge_provider"] == ("ProviderResource", "ProviderResourceConfig")
    assert names["edge_dns_a_record_set"] == ("DnsARecordSet", "DnsARecordSetConfig")


def test_disposed_recursive_structs_keep_their_names_taken(edge):
    assert edge.resource("edge_loop_a_b_a").class_name == "LoopABAA"


def test_folders(edge):
    assert edge.resource("edge_x").folder == edge.resource("edge_X").folder == "x"
    assert edge.resource("edge_index").folder == "index-resource"
    assert edge.resource("edge_string").folder == "string-resource"
    assert edge.resource("edge_provider").folder == "provider-resource"
    assert edge.resource("edge_dns_a_record_set").folder == "dns-a-record-set"
    assert edge.data_source("edge_foo").folder == "data-edge-foo"
    assert edge.provider().folder == "provider"
    assert {"foo", "foo-bar", "data-edge", "data-foo-bar", "provider", "loop-a-b-a"} <= edge.folders
    assert len(edge.folders) == len(EDGE_SCHEMA["resource_schemas"]) + len(
        EDGE_SCHEMA["data_source_schemas"]
    )  # x/X share


def test_hcl2cdk_lookups(edge):
    assert edge.class_name_for("edge_foo_bar") == "FooBarA"
    assert edge.namespace_for("edge_foo_bar") == "foo-bar"
    assert edge.class_name_for("data_edge") == "DataEdge"
    assert edge.namespace_for("data_edge") == "data-edge"
    assert edge.class_name_for("data_foo_bar") == "DataFooBar"
    assert edge.namespace_for("edge_index") == "index-resource"
    # not parsed by hcl2cdk's generator instance: the provider itself, unknown types
    for unknown in ["provider", "edge_nope", "data_edge_", "edge_foo_bar.x", ""]:
        assert edge.class_name_for(unknown) is None
        assert edge.namespace_for(unknown) is None


def test_data_external_special_case():
    external = ProviderBindings.from_schema(
        "registry.terraform.io/hashicorp/external",
        {"data_source_schemas": {"external": schema({"program": {"type": ["list", "string"], "required": True}})}},
    )
    assert external.class_name_for("data_external") == "DataExternal"
    assert external.class_name_for("data_external_") is None
    assert external.namespace_for("data_external_") == "data-external"
    assert external.provider() is None


def test_struct_names_get_struct_suffix_after_list(edge):
    blocks = edge.resource("edge_blocks")
    assert {"BlocksAllowListStruct", "BlocksDenyListStruct", "BlocksOuterInnerInnermostListStruct"} <= {
        s.name for s in blocks.structs
    }
    assert (
        props(edge.resource("edge_types").config_struct)["rulesList"] == "?TypesRulesListStruct[] | cdktf.IResolvable"
    )


def test_escaped_and_deduplicated_property_names(edge):
    config = edge.resource("edge_escapes").config_struct
    assert [p.name for p in config.properties.values()] == [
        "selfAttribute", "fetchValue", "fetchter", "equalTo", "nodeAttribute", "count", "bgpIpv6State",
    ]  # fmt: skip
    assert "bgp_ipv6state" in config.properties and "bgp_ipv6_state" not in config.properties


# --- types -----------------------------------------------------------------------------------


def test_attribute_type_texts(edge):
    assert props(edge.resource("edge_types").config_struct) == {
        "str": "?string",
        "flag": "?boolean | cdktf.IResolvable",
        "dyn": "?{ [key: string]: any }",
        "ls": "?string[]",
        "lb": "?Array<boolean | cdktf.IResolvable> | cdktf.IResolvable",
        "sb": "?Array<boolean | cdktf.IResolvable> | cdktf.IResolvable",
        "ms": "?{ [key: string]: string }",
        "mb": "?{ [key: string]: (boolean | cdktf.IResolvable) }",
        "md": "?{ [key: string]: { [key: string]: any } } | cdktf.IResolvable",
        "ld": "?{ [key: string]: any }[] | cdktf.IResolvable",
        "lls": "?string[][] | cdktf.IResolvable",
        "llb": "?Array<boolean | cdktf.IResolvable> | cdktf.IResolvable[] | cdktf.IResolvable",
        "mlb": "?{ [key: string]: Array<boolean | cdktf.IResolvable> | cdktf.IResolvable } | cdktf.IResolvable",
        "lms": "?{ [key: string]: string }[] | cdktf.IResolvable",
        "llms": "?{ [key: string]: string }[] | cdktf.IResolvable[] | cdktf.IResolvable",
        "obj": "?TypesObj",
        "lo": "?TypesLo[] | cdktf.IResolvable",
        "mo": "?{ [key: string]: TypesMo } | cdktf.IResolvable",
        "llo": "?TypesLloList[] | cdktf.IResolvable",
        "mlo": "?{ [key: string]: TypesMloList } | cdktf.IResolvable",
        "rulesList": "?TypesRulesListStruct[] | cdktf.IResolvable",
    }


def test_types_model_what_typescript_parses(edge):
    config = edge.resource("edge_types").config_struct
    structs = {s.name: s for s in edge.resource("edge_types").structs}
    assert config.properties["str"].type == STRING
    assert config.properties["lo"].type == TsUnion((TsArray(TsStructRef(structs["TypesLo"])), IRESOLVABLE))
    assert config.properties["llo"].type == union(TsArray(TsRef("TypesLloList")), IRESOLVABLE)
    assert config.properties["dyn"].type == TsMap(ANY)
    # `X | Y[]`: the brackets bind to the last member only
    assert config.properties["llb"].type.union_members() == (
        TsArray(union(BOOLEAN, IRESOLVABLE), generic=True), TsArray(IRESOLVABLE), IRESOLVABLE,
    )  # fmt: skip
    assert props(structs["TypesObj"]) == {"name": "?string", "on": "?boolean | cdktf.IResolvable", "n": "?number"}
    assert props(structs["TypesLoComp"]) == {}  # computed-only: emitted, but nothing assignable
    assert "loComp" not in props(config)


def test_block_properties(edge):
    config = edge.resource("edge_blocks").config_struct
    assert props(config) == {
        "name": "string",
        "singleOpt": "?BlocksSingleOpt",
        "singleReq": "BlocksSingleReq",
        "singleEmpty": "?BlocksSingleEmpty",
        "listMax1": "?BlocksListMax1",
        "listMin1": "BlocksListMin1[] | cdktf.IResolvable",
        "listMin1Max1": "BlocksListMin1Max1",
        "allowList": "?BlocksAllowListStruct[] | cdktf.IResolvable",
        "denyList": "?BlocksDenyListStruct",
        "outer": "?BlocksOuter[] | cdktf.IResolvable",
    }  # single blocks mixing required/optional, computed single blocks and map blocks are left out
    structs = {s.name: s for s in edge.resource("edge_blocks").structs}
    assert props(structs["BlocksSingleMixed"]) == {"a": "?string", "b": "string"}
    assert props(structs["BlocksOuterInner"]) == {
        "i": "?string",
        "innermostList": "?BlocksOuterInnerInnermostListStruct[] | cdktf.IResolvable",
    }
    assert list(structs)[:2] == ["BlocksSingleOpt", "BlocksSingleMixed"]
    assert list(structs)[-4:] == [
        "BlocksDenyListStruct",
        "BlocksOuterInnerInnermostListStruct",
        "BlocksOuterInner",
        "BlocksOuter",
    ]


def test_nested_type_attributes(edge):
    binding = edge.resource("edge_nested")
    structs = {s.name: s for s in binding.structs}
    assert props(binding.config_struct) == {
        "ns": "?NestedNs",
        "nl": "NestedNl[] | cdktf.IResolvable",
        "nm": "?{ [key: string]: NestedNm } | cdktf.IResolvable",
    }
    assert props(structs["NestedNs"]) == {"a": "?string", "b": "string"}
    assert props(structs["NestedNl"]) == {"a": "?string", "o": "?NestedNlO"}
    assert props(structs["NestedNlO"]) == {}  # object fields inside nested_type: neither optional nor required
    assert "NestedNcomp" in structs


def test_recursive_blocks_point_back_to_the_enclosing_struct(edge):
    binding = edge.resource("edge_loop")
    assert [s.name for s in binding.structs] == ["LoopAB", "LoopA"]
    loop_a, loop_ab = binding.structs[1], binding.structs[0]
    assert binding.config_struct.properties["a"].type == union(TsArray(TsStructRef(loop_a)), IRESOLVABLE)
    assert loop_ab.properties["a"].type == binding.config_struct.properties["a"].type
    assert props(loop_a) == {"x": "?string", "b": "?LoopAB[] | cdktf.IResolvable"}


def test_skipped_attributes_of_a_provider_named_aws():
    aws = ProviderBindings.from_schema(
        "registry.terraform.io/hashicorp/aws",
        {
            "resource_schemas": {
                "aws_quicksight_template": schema(
                    {"name": REQ}, {"definition": nested("list", block({"x": OPT}), max_items=1)}
                ),
                "aws_wafv2_web_acl": schema(
                    {"name": REQ},
                    {
                        "rule": nested(
                            "set",
                            block(
                                {"name": REQ},
                                {"statement": nested("list", block({"x": OPT}), min_items=1, max_items=1)},
                            ),
                        )
                    },
                ),
            },
            "data_source_schemas": {
                "aws_quicksight_template": schema({"name": REQ}, {"definition": nested("list", block({"x": OPT}))})
            },
        },
    )
    assert props(aws.resource("aws_quicksight_template").config_struct) == {"name": "string", "definition": "?any"}
    assert aws.resource("aws_quicksight_template").structs == ()
    assert props(aws.resource("aws_wafv2_web_acl").structs[0]) == {"name": "string", "statement": "?any"}
    assert (
        props(aws.data_source("aws_quicksight_template").config_struct)["definition"]
        == "?DataAwsQuicksightTemplateDefinition[] | cdktf.IResolvable"
    )


def test_provider_binding(edge):
    provider = edge.provider()
    assert (provider.kind, provider.class_name, provider.config_struct.name) == (
        "provider",
        "EdgeProvider",
        "EdgeProviderConfig",
    )
    assert provider.config_struct.bases == ()
    assert props(provider.config_struct) == {
        "region": "?string",
        "alias": "?string",
        "assumeRole": "?EdgeProviderAssumeRole",
        "endpoints": "?EdgeProviderEndpoints[] | cdktf.IResolvable",
    }
    assert [s.name for s in provider.structs] == ["EdgeProviderAssumeRole", "EdgeProviderEndpoints"]


def test_provider_alias_is_added_even_without_attributes_and_replaces_a_declared_one():
    bare = ProviderBindings.from_schema(
        "registry.terraform.io/acme/b",
        {"provider": {"version": 0, "block": {"block_types": {"x": nested("list", block({"k": OPT}), max_items=1)}}}},
    )
    assert props(bare.provider().config_struct) == {"alias": "?string", "x": "?BProviderX"}
    declared = ProviderBindings.from_schema(
        "registry.terraform.io/acme/al", {"provider": schema({"alias": {"type": "number", "required": True}, "z": OPT})}
    )
    assert props(declared.provider().config_struct) == {"alias": "?string", "z": "?string"}


def test_data_sources(edge):
    data = edge.data_source("edge_foo")
    assert (data.terraform_type, data.kind, data.class_name) == ("data_edge_foo", "data_source", "DataEdgeFoo")
    assert [s.name for s in data.structs] == ["DataEdgeFooBar"]
    assert props(edge.data_source("edge").config_struct) == {"a": "?string"}
    assert edge.data_source("edge_types") is None
    assert edge.resource("data_edge") is None


def test_meta_arguments_are_inherited(edge):
    config = edge.resource("edge_foo").config_struct
    assert config.bases == (TERRAFORM_META_ARGUMENTS,)
    assert config.property_named("lifecycle").type == TsStructRef(TERRAFORM_RESOURCE_LIFECYCLE)
    assert (
        str(config.property_named("provisioners").type)
        == "Array<FileProvisioner | LocalExecProvisioner | RemoteExecProvisioner>"
    )
    assert str(config.property_named("connection").type) == "SSHProvisionerConnection | WinrmProvisionerConnection"
    assert str(config.property_named("dependsOn").type) == "ITerraformDependable[]"
    assert str(TERRAFORM_RESOURCE_LIFECYCLE.property_named("ignoreChanges").type) == 'string[] | "all"'
    lifecycle = TERRAFORM_RESOURCE_LIFECYCLE.property_named("precondition").type.element.struct
    assert str(lifecycle.property_named("condition").type) == "Expression"
    # a config attribute of the same name wins
    assert str(edge.resource("edge_escapes").config_struct.property_named("count").type) == "string"
    assert config.property_named("nope") is None


def test_bindings_are_built_once(edge):
    assert edge.resource("edge_foo") is edge.resource("edge_foo")


def test_type_nodes_are_values():
    assert TsPrimitive("string") == STRING and hash(TsPrimitive("string")) == hash(STRING)
    assert union(STRING, union(BOOLEAN, IRESOLVABLE)) == TsUnion((STRING, BOOLEAN, IRESOLVABLE))
    assert str(TsMap(STRING, record=True)) == "Record<string, string>"
    assert STRING.union_members() == (STRING,)


# --- schema sets -----------------------------------------------------------------------------


def test_schema_set_merges_documents_in_order_and_finds_providers_by_suffix():
    first = {
        "provider_schemas": {
            "registry.terraform.io/acme/powerdns": {},
            "registry.terraform.io/hashicorp/dns": {"resource_schemas": {"dns_a_record_set": schema({"a": OPT})}},
        }
    }
    second = {
        "provider_schemas": {
            "registry.terraform.io/hashicorp/dns": {"resource_schemas": {"dns_cname_record": schema({"a": OPT})}}
        }
    }
    schemas = SchemaSet([first, second])
    assert list(schemas.provider_schemas) == [
        "registry.terraform.io/acme/powerdns",
        "registry.terraform.io/hashicorp/dns",
    ]
    assert schemas.find_provider("dns") == "registry.terraform.io/acme/powerdns"  # a plain string suffix
    assert schemas.find_provider("hashicorp/dns") == "registry.terraform.io/hashicorp/dns"
    assert schemas.find_provider("aws") is None
    dns = schemas.bindings("registry.terraform.io/hashicorp/dns")
    assert dns.name == "dns" and dns.class_name_for("dns_cname_record") == "CnameRecord"
    assert dns.class_name_for("dns_a_record_set") is None
    assert schemas.bindings("registry.terraform.io/hashicorp/dns") is dns


def test_models_are_built_once_per_schema_file(tmp_path):
    path = tmp_path / "dns.json"
    path.write_text(json.dumps({"provider_schemas": {"registry.terraform.io/hashicorp/dns": {}}}))
    first = SchemaSet.from_files([path]).bindings("registry.terraform.io/hashicorp/dns")
    assert SchemaSet.from_files([str(path)]).bindings("registry.terraform.io/hashicorp/dns") is first


def test_three_element_object_types_read_like_two_element_ones(tmp_path):
    def doc(object_type):
        attrs = {"o": {"type": ["list", object_type], "optional": True}}
        return {"provider_schemas": {"registry.terraform.io/acme/t": {"resource_schemas": {"t_thing": schema(attrs)}}}}

    path = tmp_path / "three.json"
    path.write_text(json.dumps(doc(["object", {"a": "string", "b": "number"}, ["b"]])))
    three = SchemaSet.from_files([path]).bindings("registry.terraform.io/acme/t").resource("t_thing")
    two = (
        SchemaSet([doc(["object", {"a": "string", "b": "number"}])])
        .bindings("registry.terraform.io/acme/t")
        .resource("t_thing")
    )
    assert props(three.config_struct) == props(two.config_struct) == {"o": "?ThingO[] | cdktf.IResolvable"}
    assert props(three.structs[0]) == props(two.structs[0]) == {"a": "?string", "b": "?number"}


# --- the corpus schemas ----------------------------------------------------------------------


def _struct_refs(t):
    """Every struct a type refers to."""
    if isinstance(t, TsStructRef):
        yield t.struct
        return
    for child in (
        getattr(t, "element", None),
        getattr(t, "value", None),
        getattr(t, "inner", None),
        *getattr(t, "members", ()),
    ):
        if child is not None:
            yield from _struct_refs(child)


def test_corpus_schemas_invariants(corpus):
    paths = sorted((corpus / "schemas").glob("*.json"))
    assert paths, "no schemas in the corpus"
    schemas = SchemaSet.from_files(paths)
    for fqpn, provider_schema in schemas.provider_schemas.items():
        started = time.perf_counter()
        bindings = schemas.bindings(fqpn)
        assert time.perf_counter() - started < 3, "names and folders are computed eagerly; structs must stay lazy"
        constructs = [bindings.resource(t) for t in provider_schema.get("resource_schemas", {})]
        constructs += [bindings.data_source(t) for t in provider_schema.get("data_source_schemas", {})]
        if bindings.provider():
            constructs.append(bindings.provider())
        class_names = [c.class_name for c in constructs]
        assert len(set(class_names)) == len(class_names), f"{fqpn}: class names not unique"
        assert {c.folder for c in constructs} == bindings.folders
        all_structs = [s for c in constructs for s in (c.config_struct, *c.structs)]
        assert len({s.name for s in all_structs}) == len(all_structs), f"{fqpn}: struct names not unique"
        assert not set(class_names) & {s.name for s in all_structs}
        for c in constructs:
            if c.kind != "provider":
                assert bindings.class_name_for(c.terraform_type) == c.class_name
                assert bindings.namespace_for(c.terraform_type) == c.folder
            assert c.config_struct.name.startswith(c.class_name + "Config")
            own = {s.name for s in (c.config_struct, *c.structs)}
            for struct in (c.config_struct, *c.structs):
                names = [p.name for p in struct.properties.values()]
                assert len(set(names)) == len(names)
                for p in struct.properties.values():
                    assert {s.name for s in _struct_refs(p.type)} <= own, f"{struct.name}.{p.name} leaves its folder"


def test_schema_types_are_looked_up_once_and_again_after_a_document_is_added():
    fqpn = "registry.terraform.io/acme/t"
    schemas = SchemaSet([{"provider_schemas": {fqpn: {"resource_schemas": {"t_thing": schema({"a": OPT})}}}}])
    assert schemas.type_at_path("t.thing.a") == "string"
    assert schemas.type_at_path("t.thing.a") is schemas.type_at_path("t.thing.a")
    changed = {"provider_schemas": {fqpn: {"resource_schemas": {"t_thing": schema({"a": {"type": "number"}})}}}}
    schemas.add(changed)
    assert schemas.type_at_path("t.thing.a") == "number"
