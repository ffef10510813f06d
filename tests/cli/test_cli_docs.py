"""Every command is documented: in README.md's commands table and in docs/cli.md (generated)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from eventwire.cli import build_parser
from eventwire.cli.docs import render

ROOT = Path(__file__).resolve().parents[2]


def command_names() -> list[str]:
    parser = build_parser()
    for action in parser._actions:  # argparse exposes sub-parsers only through this attribute
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    raise AssertionError("no sub-commands")


def readme_commands_table() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"^## Commands\n(.*?)(?=^## )", text, flags=re.S | re.M)
    assert match, "README.md has no '## Commands' section"
    return match.group(1)


def test_every_command_is_in_the_readme_commands_table() -> None:
    table = readme_commands_table()
    rows = [line for line in table.splitlines() if line.startswith("| `eventwire ")]
    missing = [
        name
        for name in command_names()
        if not any(row.startswith(f"| `eventwire {name}") for row in rows)
    ]
    assert not missing, f"commands missing from README.md's Commands table: {missing}"


def test_docs_cli_md_is_current() -> None:
    docs = ROOT / "docs" / "cli.md"
    assert docs.is_file(), "docs/cli.md is missing: run `make docs`"
    assert docs.read_text(encoding="utf-8") == render(), "docs/cli.md is stale: run `make docs`"
