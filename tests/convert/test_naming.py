"""The case helpers. Every expected value was produced by the original JavaScript (npm
camelcase 6.3.0, codemaker 1.98, cdktf 0.20 `snakeCase`, jsii-rosetta 5 `mangleIdentifier`,
@cdktf/provider-generator 0.20 escapes, hcl2cdk `validVarName`) during development; the
ports were also compared with it on ~95,000 generated inputs."""

import pytest

from regdocs.convert import naming


@pytest.mark.parametrize(
    "text, expected",
    [
        ("test-organization", "testOrganization"),
        ("a_b_c", "aBC"),
        ("dns_64", "dns64"),
        ("web1server", "web1Server"),
        ("myHTTPServer", "myHttpServer"),
        ("data.http_example", "dataHttpExample"),
        ("Name", "name"),
        ("HTTPServer", "httpServer"),
        ("  spaced out ", "spacedOut"),
        ("__leading_underscores", "leadingUnderscores"),
        ("a__#b", "a_#b"),
        ("X", "x"),
        ("", ""),
        ("kebab-case/with-slash", "kebabCase/withSlash"),
        ("KiBPerSecond", "kiBPerSecond"),
        ("someLongNameXXXX", "someLongNameXxxx"),
        ("enableAB", "enableAb"),
        ("1st_thing", "1StThing"),
        ("foo.bar-baz qux", "fooBarBazQux"),
        ("ÄpfelBaum", "äpfelBaum"),
    ],
)
def test_camelcase(text, expected):
    assert naming.camelcase_js(text) == expected
    assert naming.codemaker_camel(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a_b_c", "ABC"),
        ("x", "X"),
        ("HTTPServer", "HttpServer"),
        ("a__#b", "A_#b"),
        ("1st_thing", "1StThing"),
        ("data-dns-a-record-set", "DataDnsARecordSet"),
        ("lexv2models-bot", "Lexv2ModelsBot"),
    ],
)
def test_pascalcase(text, expected):
    assert naming.camelcase_js(text, pascal=True) == expected
    assert naming.codemaker_pascal(text) == expected


def test_hcl2cdk_wrappers_replace_dashes_and_slashes_first():
    assert naming.hcl2cdk_camel("kebab-case/with-slash") == "kebabCaseWithSlash"
    assert naming.camelcase_js("kebab-case/with-slash") == "kebabCase/withSlash"
    assert naming.hcl2cdk_camel("data-dns-a-record-set") == "dataDnsARecordSet"
    assert naming.hcl2cdk_camel("lexv2models-bot") == "lexv2ModelsBot"
    assert naming.hcl2cdk_pascal("kebab-case/with-slash") == "KebabCaseWithSlash"
    assert naming.hcl2cdk_pascal("data_aws_ami") == "DataAwsAmi"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("myHTTPServer", "my_http_server"),
        ("ABc", "a_bc"),
        ("size_in_GiB", "size_in_gib"),
        ("sizeInGiB", "size_in_gib"),
        ("KiBPerSecond", "kib_per_second"),
        ("someLongNameXXXX", "some_long_name_xxxx"),
        ("myAttr2X", "my_attr2_x"),
        ("dataDnsARecordSet", "data_dns_a_record_set"),
        ("lexv2ModelsBot", "lexv2_models_bot"),
        ("ÄpfelBaum", "äpfel_baum"),
        ("a_b_c", "a_b_c"),
        ("X", "x"),
        ("", ""),
    ],
)
def test_codemaker_snake(text, expected):
    assert naming.codemaker_snake(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("test-organization", "test_organization"),
        ("myHTTPServer", "my_httpserver"),
        ("  spaced out ", "spaced_out"),
        ("a__#b", "a_b"),
        ("KiBPerSecond", "ki_bper_second"),
        ("dataDnsARecordSet", "data_dns_arecord_set"),
        ("lexv2ModelsBot", "lexv2_models_bot"),
        ("ÄpfelBaum", "pfel_baum"),
        ("", ""),
    ],
)
def test_cdktf_snake(text, expected):
    assert naming.cdktf_snake(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("myHTTPServer", "my_hTTPServer"),
        ("size_in_GiB", "size_in__gi_b"),
        ("someLongNameXXXX", "some_long_name_xXXX"),
        ("myAttr2X", "my_attr2_x"),
        ("enableAB", "enable_aB"),
        ("aBC", "a_bC"),
        ("lambda", "lambda_"),
        ("class", "class"),
        ("dataDnsARecordSet", "data_dns_aRecord_set"),
        ("HTTPServer", "HTTPServer"),
        ("ÄpfelBaum", "Äpfel_baum"),
        ("web1Server", "web1_server"),
        ("ipv6CidrBlock", "ipv6_cidr_block"),
    ],
)
def test_rosetta_mangle(text, expected):
    assert naming.rosetta_mangle(text) == expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("getter", "fetchter"),
        ("getValue", "fetchValue"),
        ("get", "get"),
        ("get1", "get1"),
        ("self", "selfAttribute"),
        ("build", "buildAttribute"),
        ("equals", "equalTo"),
        ("node", "nodeAttribute"),
        ("system", "systemAttribute"),
        ("tfResourceType", "tfResourceTypeAttribute"),
        ("importFrom", "importFromAttribute"),
        ("moveTo", "moveToAttribute"),
        ("software", "softwareAttribute"),
        ("Self", "Self"),
        ("ipv6CidrBlock", "ipv6CidrBlock"),
    ],
)
def test_escape_attribute_name(name, expected):
    assert naming.escape_attribute_name(name) == expected


def test_sanitize_class_or_namespace_name():
    assert naming.sanitize_class_or_namespace_name("string") == "string_resource"
    assert naming.sanitize_class_or_namespace_name("Object") == "Object_resource"
    assert naming.sanitize_class_or_namespace_name("FUNCTION") == "FUNCTION_resource"
    assert naming.sanitize_class_or_namespace_name("license") == "license_resource"
    assert naming.sanitize_class_or_namespace_name("await") == "await_resource"
    assert naming.sanitize_class_or_namespace_name("provider") == "provider_resource"
    assert naming.sanitize_class_or_namespace_name("provider", True) == "provider"
    assert naming.sanitize_class_or_namespace_name("index") == "index"
    assert naming.sanitize_class_or_namespace_name("data_aws_string") == "data_aws_string"


@pytest.mark.parametrize(
    "name, expected",
    [
        ("class", "classVar"),
        ("for", "forVar"),
        ("1st_thing", "d1st_thing"),
        ("9", "d9"),
        ("let", "let"),
        ("", ""),
        ("x", "x"),
    ],
)
def test_valid_var_name(name, expected):
    assert naming.valid_var_name(name) == expected
