"""Layout tests: TypeScript written in the converter's shape (Babel style, one line), parsed
with `ts_source`, printed by `print_typescript` and compared with what prettier 2.8.8 printed
for the same Babel AST (each expected text was produced by running @babel/generator 7.24.7
and prettier 2.8.8 on the same nodes during development)."""

from __future__ import annotations

import pytest
from ts_source import parse_expression, parse_program

from regdocs.convert.layout import print_typescript
from regdocs.convert.tsast import (
    ArrayExpression,
    CallExpression,
    Identifier,
    NumericLiteral,
    ObjectExpression,
    ObjectProperty,
    Program,
    StringLiteral,
    VariableDeclaration,
)

CASES = [
    (
        "hugged_construct_object",
        'const workspace = new Workspace(this, "workspace", { "name": "my-workspace", "organization": org.name });',
        """\
const workspace = new Workspace(this, "workspace", {
  name: "my-workspace",
  organization: org.name,
});
""",
    ),
    (
        "assignment_breaks_after_equals",
        'const tfeWorkspaceVariableSetExampleResource = new WorkspaceVariableSetResource(this, "example", { "name": "x" });',
        """\
const tfeWorkspaceVariableSetExampleResource = new WorkspaceVariableSetResource(
  this,
  "example",
  {
    name: "x",
  }
);
""",
    ),
    (
        "construct_arguments_broken_out",
        'const tfeWorkspaceVariableSetTest = new WorkspaceVariableSet(this, "test_variable_set", { "variableSetId": "x" });',
        """\
const tfeWorkspaceVariableSetTest = new WorkspaceVariableSet(
  this,
  "test_variable_set",
  {
    variableSetId: "x",
  }
);
""",
    ),
    (
        "call_breaks_inside_outer_call",
        'new Resource(this, "r", { "listenerArn": Token.asString(Fn.lookupNested(priorityResource, ["keepers", "listener_arn"])) });',
        """\
new Resource(this, "r", {
  listenerArn: Token.asString(
    Fn.lookupNested(priorityResource, ["keepers", "listener_arn"])
  ),
});
""",
    ),
    (
        "hugged_last_array_argument",
        'new Resource(this, "r", { "value": Fn.lookupNested(tfeWorkspaceSettingsTestResource.overwrites, ["0", "\\"execution_mode\\""]) });',
        """\
new Resource(this, "r", {
  value: Fn.lookupNested(tfeWorkspaceSettingsTestResource.overwrites, [
    "0",
    '"execution_mode"',
  ]),
});
""",
    ),
    (
        "arguments_one_per_line",
        'new Resource(this, "r", { "value": Fn.join(",", Token.asList(Fn.concat([aVeryLongResourceName.ids, anotherLongResourceName.ids]))) });',
        """\
new Resource(this, "r", {
  value: Fn.join(
    ",",
    Token.asList(
      Fn.concat([aVeryLongResourceName.ids, anotherLongResourceName.ids])
    )
  ),
});
""",
    ),
    (
        "number_array_fill",
        "const numbers = [1, 22, 333, 4444, 55555, 666666, 7777777, 88888888, 999999999, 1, 22, 333, 4444, 55555, 666666];",
        """\
const numbers = [
  1, 22, 333, 4444, 55555, 666666, 7777777, 88888888, 999999999, 1, 22, 333,
  4444, 55555, 666666,
];
""",
    ),
    (
        "string_array_broken",
        'const strings = ["alpha-bravo-charlie", "delta-echo-foxtrot", "golf-hotel-india", "juliett-kilo"];',
        """\
const strings = [
  "alpha-bravo-charlie",
  "delta-echo-foxtrot",
  "golf-hotel-india",
  "juliett-kilo",
];
""",
    ),
    (
        "array_of_objects_always_broken",
        'const items = [{ "a": 1, "b": 2 }, { "c": 3, "d": 4 }];',
        """\
const items = [
  {
    a: 1,
    b: 2,
  },
  {
    c: 3,
    d: 4,
  },
];
""",
    ),
    (
        "plus_chain_in_property",
        'new Resource(this, "r", { "description": "The workspace " + workspaceResource.name + " belongs to " + organizationResource.name + "." });',
        """\
new Resource(this, "r", {
  description:
    "The workspace " +
    workspaceResource.name +
    " belongs to " +
    organizationResource.name +
    ".",
});
""",
    ),
    (
        "plus_chain_in_argument",
        'new Resource(this, "r", { "value": Token.asString("prefix-" + Fn.lookupNested(someResource.attributes, ["first"]) + "-suffix-text") });',
        """\
new Resource(this, "r", {
  value: Token.asString(
    "prefix-" +
      Fn.lookupNested(someResource.attributes, ["first"]) +
      "-suffix-text"
  ),
});
""",
    ),
    (
        "short_key_never_breaks",
        'new Resource(this, "r", { "ami": "a-string-that-is-long-enough-to-overflow-the-eighty-column-limit-here" });',
        """\
new Resource(this, "r", {
  ami: "a-string-that-is-long-enough-to-overflow-the-eighty-column-limit-here",
});
""",
    ),
    (
        "long_key_breaks_before_string",
        'new Resource(this, "r", { "description": "a string that is long enough to overflow the eighty column limit" });',
        """\
new Resource(this, "r", {
  description:
    "a string that is long enough to overflow the eighty column limit",
});
""",
    ),
    (
        "poorly_breakable_chain_value",
        'new Resource(this, "r", { "organizationMembershipIds": Token.asString(organizationMembershipResourceIdx) });',
        """\
new Resource(this, "r", {
  organizationMembershipIds: Token.asString(organizationMembershipResourceIdx),
});
""",
    ),
    (
        "member_chain_breaks",
        "const value = someObjectWithAVeryLongName.firstPropertyName.secondPropertyName.thirdPropertyName;",
        """\
const value =
  someObjectWithAVeryLongName.firstPropertyName.secondPropertyName
    .thirdPropertyName;
""",
    ),
    (
        "member_chain_with_calls",
        'const iterator = TerraformIterator.fromList(Token.asAny(listOfThings)).dynamic({ "key": iteratorKey.value }).keys();',
        """\
const iterator = TerraformIterator.fromList(Token.asAny(listOfThings))
  .dynamic({
    key: iteratorKey.value,
  })
  .keys();
""",
    ),
    (
        "strings_and_quotes",
        'const s = ["plain", "it\'s", "say \\"hi\\"", "\\"double\\" \\"double\\" \'single\'", "tab\\there", "nul\\0 and \\x001", "\\u00e9t\\u00e9 \\u4e2d \\ud83d\\ude00", "line\\u2028sep", "back\\\\slash", "del\\x7f"];',
        'const s = [\n  "plain",\n  "it\'s",\n  \'say "hi"\',\n  \'"double" "double" \\\'single\\\'\',\n  "tab\\there",\n  "nul\\0 and \\x001",\n  "\\xE9t\\xE9 \\u4E2D \\uD83D\\uDE00",\n  "line\\u2028sep",\n  "back\\\\slash",\n  "del\\x7F",\n];\n',
    ),
    (
        "numbers",
        "const n = [1e21, 12345678901234567890, 0.1, 1.5, 62.5, 1e-7, 0.000001, 100, -5, 9007199254740993];",
        """\
const n = [
  1e21, 12345678901234567000, 0.1, 1.5, 62.5, 1e-7, 0.000001, 100, -5,
  9007199254740992,
];
""",
    ),
    (
        "object_keys",
        'const o = { "simple": 1, "with-dash": 2, "1": 3, "01": 4, "1.5": 5, "1.50": 6, "999999999999999999999": 7, "default": 8, "$x": 9, "caf\\u00e9": 10, "": 11, "key\\"q": 12 };',
        'const o = {\n  simple: 1,\n  "with-dash": 2,\n  1: 3,\n  "01": 4,\n  1.5: 5,\n  "1.50": 6,\n  "999999999999999999999": 7,\n  default: 8,\n  $x: 9,\n  "caf\\xE9": 10,\n  "": 11,\n  \'key"q\': 12,\n};\n',
    ),
    (
        "empty_collections",
        'new Resource(this, "r", { "tags": {}, "list": [], "nested": { "inner": {} } });',
        """\
new Resource(this, "r", {
  tags: {},
  list: [],
  nested: {
    inner: {},
  },
});
""",
    ),
    (
        "comments",
        '/*first line\n* second line\n*/\nimport { Construct } from "constructs";\nclass MyConvertedCode extends TerraformStack { constructor(scope: Construct, name: string) { super(scope, name);\n/*This allows the Terraform resource name to match the original name.*/\nresource.overrideLogicalId("name");\n/*A comment of\n    two lines*/\n;\n/*carried over from an empty statement*/\nconst x = new Resource(this, "x", { "a": 1 });\n/*trailing after the last statement*/\n; } }',
        """\
/*first line
 * second line
 */
import { Construct } from "constructs";
class MyConvertedCode extends TerraformStack {
  constructor(scope: Construct, name: string) {
    super(scope, name);
    /*This allows the Terraform resource name to match the original name.*/
    resource.overrideLogicalId("name");
    /*A comment of
        two lines*/
    /*carried over from an empty statement*/
    const x = new Resource(this, "x", {
      a: 1,
    });
    /*trailing after the last statement*/
  }
}
""",
    ),
    (
        "imports_and_interface",
        'import { Construct } from "constructs";\nimport { VariableType, TerraformVariable, TerraformIterator, Token, TerraformStack } from "cdktf";\nimport * as Module from "./.gen/modules/module";\ninterface MyConfig { firstField: any; secondField: any; }\nclass MyConvertedCode extends Construct { constructor(scope: Construct, name: string, config: MyConfig) { super(scope, name);\nnew Module.Module(this, "m", { "input": config.firstField }); } }',
        """\
import { Construct } from "constructs";
import {
  VariableType,
  TerraformVariable,
  TerraformIterator,
  Token,
  TerraformStack,
} from "cdktf";
import * as Module from "./.gen/modules/module";
interface MyConfig {
  firstField: any;
  secondField: any;
}
class MyConvertedCode extends Construct {
  constructor(scope: Construct, name: string, config: MyConfig) {
    super(scope, name);
    new Module.Module(this, "m", {
      input: config.firstField,
    });
  }
}
""",
    ),
    (
        "dotted_identifier_breaks_like_member",
        'new TerraformVariable(this, "v", { "type": VariableType.listOf(VariableType.mapOf(VariableType.STRING_LIST_VALUE_TYPE)) });',
        """\
new TerraformVariable(this, "v", {
  type: VariableType.listOf(
    VariableType.mapOf(VariableType.STRING_LIST_VALUE_TYPE)
  ),
});
""",
    ),
    (
        "conditional_arguments",
        'new Resource(this, "r", { "value": conditional(Op.eq(someVariable.value, "expected-value"), Fn.lookupNested(someResource.attributes, ["a"]), "") });',
        """\
new Resource(this, "r", {
  value: conditional(
    Op.eq(someVariable.value, "expected-value"),
    Fn.lookupNested(someResource.attributes, ["a"]),
    ""
  ),
});
""",
    ),
]


@pytest.mark.parametrize("dotted", [True, False], ids=["dotted-identifiers", "member-expressions"])
@pytest.mark.parametrize("name,source,expected", CASES, ids=[c[0] for c in CASES])
def test_prints_like_prettier(name, source, expected, dotted):
    assert print_typescript(parse_program(source, dotted)) == expected


def test_comments_print_in_reverse_add_order():
    # Babel's t.addComment(node, "leading", text) prepends (checked with Babel 7.24.7).
    statement = VariableDeclaration("value", NumericLiteral(1))
    statement.leading_comments = ["added first", "added second"]
    assert print_typescript(Program([statement])) == ("/*added second*/\n/*added first*/\nconst value = 1;\n")


def _spans(node, text, out):
    """(node, printed text) for the node and every node below it."""
    out.append((node, text[node.ts_start : node.ts_end]))
    for child in vars(node).values():
        for item in child if isinstance(child, list) else [child]:
            if hasattr(item, "ts_start") and not isinstance(item, str):
                _spans(item, text, out)
    return out


def test_offsets_of_property_key_value_and_call():
    program = parse_program('new Resource(this, "r", { "key-a": Fn.lookupNested(a.b, ["x"]), "b": 1 });')
    text = print_typescript(program)
    statement = program.body[0]
    new = statement.expression
    prop = new.arguments[2].properties[0]
    call = prop.value
    assert text[statement.ts_start : statement.ts_end] == text.rstrip("\n")
    assert text[new.ts_start : new.ts_end] == text.rstrip(";\n")
    assert text[prop.ts_start : prop.ts_end] == '"key-a": Fn.lookupNested(a.b, ["x"])'
    assert text[prop.key.ts_start : prop.key.ts_end] == '"key-a"'
    assert text[new.arguments[2].properties[1].key.ts_start] == "b"
    assert text[call.ts_start : call.ts_end] == 'Fn.lookupNested(a.b, ["x"])'
    assert text[call.callee.ts_start : call.callee.ts_end] == "Fn.lookupNested"
    assert text[call.arguments[0].ts_start : call.arguments[0].ts_end] == "a.b"
    assert text[call.arguments[1].ts_start : call.arguments[1].ts_end] == '["x"]'
    assert program.ts_start == 0 and program.ts_end == len(text)


def test_offsets_of_a_broken_dotted_identifier_cover_the_whole_text():
    program = parse_program(dict((c[0], c[1]) for c in CASES)["member_chain_breaks"])
    text = print_typescript(program)
    init = program.body[0].init
    assert isinstance(init, Identifier)
    assert text[init.ts_start : init.ts_end] == (
        "someObjectWithAVeryLongName.firstPropertyName.secondPropertyName\n" "    .thirdPropertyName"
    )


def test_offsets_exclude_parentheses():
    program = parse_program('const x = ("a" + b).length + c;', dotted=False)
    text = print_typescript(program)
    assert text == 'const x = ("a" + b).length + c;\n'
    inner = program.body[0].init.left.object
    assert text[inner.ts_start : inner.ts_end] == '"a" + b'


@pytest.mark.parametrize("dotted", [True, False])
@pytest.mark.parametrize("name,source,expected", CASES, ids=[c[0] for c in CASES])
def test_every_printed_node_has_consistent_offsets(name, source, expected, dotted):
    program = parse_program(source, dotted)
    text = print_typescript(program)
    for node, printed in _spans(program, text, []):
        if type(node).__name__ == "EmptyStatement":
            continue
        assert 0 <= node.ts_start <= node.ts_end <= len(text), node
        if isinstance(node, StringLiteral):
            if printed[:1] in ("'", '"'):
                assert parse_expression(printed).value == node.value
            else:  # an unquoted key
                assert printed == node.value or float(printed) == float(node.value)
        elif isinstance(node, ObjectProperty):
            assert node.ts_start == node.key.ts_start and node.ts_end == node.value.ts_end
        elif isinstance(node, ObjectExpression):
            assert printed.startswith("{") and printed.endswith("}")
        elif isinstance(node, ArrayExpression):
            assert printed.startswith("[") and printed.endswith("]")
        elif isinstance(node, CallExpression):
            assert printed.endswith(")") and node.ts_start == node.callee.ts_start
        elif isinstance(node, Identifier):
            assert "".join(printed.split()) == node.name


def test_print_expression_of_a_lone_expression():
    from regdocs.convert.layout import print_expression

    expr = parse_expression('Token.asString(Fn.lookupNested(priority, ["keepers", "listener_arn"]))')
    assert print_expression(expr) == ('Token.asString(Fn.lookupNested(priority, ["keepers", "listener_arn"]))')


def test_print_expression_continuation_lines_follow_the_indent():
    from regdocs.convert.layout import print_expression

    # The property value of the `call_breaks_inside_outer_call` case: it starts at column
    # 15 ("  listenerArn: ") of a line indented by 2.
    expr = parse_expression('Token.asString(Fn.lookupNested(priorityResource, ["keepers", "listener_arn"]))')
    text = print_expression(expr, indent=2, width_used=15)
    assert text == ("Token.asString(\n" '    Fn.lookupNested(priorityResource, ["keepers", "listener_arn"])\n' "  )")
    assert (expr.ts_start, expr.ts_end) == (0, len(text))
