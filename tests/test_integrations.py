"""What regdocs offers tools outside this checkout: pre-commit hooks, the spec JSON Schema."""

import json

import yaml

from conftest import PROJECT_ROOT
from regdocs.cli import build_parser, main


def test_every_pre_commit_hook_runs_a_regdocs_command():
    hooks = yaml.safe_load((PROJECT_ROOT / ".pre-commit-hooks.yaml").read_text())
    commands = build_parser()._subparsers._group_actions[0].choices
    assert hooks and len({hook["id"] for hook in hooks}) == len(hooks)
    for hook in hooks:
        program, command, *_ = hook["entry"].split()
        assert program == "regdocs" and command in commands, hook["id"]
        assert hook["language"] == "python" and hook["pass_filenames"] is False


def test_schema_prints_the_json_schema_the_loader_checks_against(capsys):
    assert main(["schema"]) == 0
    printed = capsys.readouterr().out
    assert printed == (PROJECT_ROOT / "generator/regdocs/spec/schema.json").read_text()
    schema = json.loads(printed)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "list_resource" in schema["properties"]["kind"]["enum"]
