"""Generate docs/cli.md from the parser's ``--help`` texts (``make docs``; checked by a test)."""

from __future__ import annotations

import argparse
import os
import sys

from eventwire.cli import build_parser


def render() -> str:
    """Return the Markdown reference of every command."""
    os.environ["COLUMNS"] = "100"  # argparse wraps to the terminal: make the output stable
    parser = build_parser()
    out = [
        "# Command line reference",
        "",
        "Generated from `--help` by `make docs`; a test keeps it current.",
        "",
    ]
    out += ["```text", parser.format_help().rstrip(), "```", ""]
    for action in parser._actions:  # argparse exposes sub-parsers only through this attribute
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                out += [
                    f"## eventwire {name}",
                    "",
                    "```text",
                    sub.format_help().rstrip(),
                    "```",
                    "",
                ]
    return "\n".join(out)


if __name__ == "__main__":
    sys.stdout.write(render())
