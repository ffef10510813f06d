"""The ``eventwire`` command line: argument parsing only; each command makes one API call.

Commands live in one module each (``eventwire.cli.<command>``) exposing ``register(subparsers)``,
which adds the sub-parser and sets ``func(args) -> int``. ``EventwireError``s become one line on
stderr and exit code 1; so does standard output that cannot be written (``E401``: a full disk,
``/dev/full``); usage errors exit 2 (argparse).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import warnings
from collections.abc import Sequence
from types import ModuleType

from eventwire.errors import EventwireError, OutputError
from eventwire.version import __version__

COMMANDS = (
    "process",
    "ingest",
    "recode",
    "show",
    "stats",
    "query",
    "quantities",
    "counts",
    "stories",
    "export",
    "serve",
    "eval",
    "demo",
)
"""Command modules (``eventwire.cli.<name>``), in the order ``--help`` lists them."""

MODULES_OF: dict[str, tuple[str, ...]] = {
    c: (c,) for c in COMMANDS if c != "query"
} | dict.fromkeys(("events", "statements", "actors", "stories"), ("query", "stories"))
"""The modules a command's parser needs (``query`` adds events, statements and actors;
``stories`` adds ``--per-story`` to ``events``): a command line naming one imports only those, not
the store, web and table libraries of the others (a tenth of a second of every start)."""


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """Return the full argument parser (also used to generate docs/cli.md), or one holding only
    what ``command`` needs (``MODULES_OF``)."""
    parser = argparse.ArgumentParser(
        prog="eventwire",
        description="Turn news articles into events, statements, actors, times, places and quantities.",
    )
    parser.add_argument("--version", action="version", version=f"eventwire {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    needed = MODULES_OF.get(command or "", COMMANDS)
    for name in (c for c in COMMANDS if c in needed):
        _module(name).register(sub)
    return parser


def _module(name: str) -> ModuleType:
    """Import one command module (plain imports, so the architecture checks see them)."""
    if name == "process":
        from eventwire.cli import process

        return process
    if name == "ingest":
        from eventwire.cli import ingest

        return ingest
    if name == "recode":
        from eventwire.cli import recode

        return recode
    if name == "show":
        from eventwire.cli import show

        return show
    if name == "stats":
        from eventwire.cli import stats

        return stats
    if name == "query":
        from eventwire.cli import query

        return query
    if name == "quantities":
        from eventwire.cli import quantities

        return quantities
    if name == "counts":
        from eventwire.cli import counts

        return counts
    if name == "stories":
        from eventwire.cli import stories

        return stories
    if name == "export":
        from eventwire.cli import export

        return export
    if name == "serve":
        from eventwire.cli import serve

        return serve
    if name == "eval":
        from eventwire.cli import eval as eval_command

        return eval_command
    if name == "demo":
        from eventwire.cli import demo

        return demo
    raise ValueError(f"no command module {name!r}")


def _show_warning(
    message: Warning | str, category: type[Warning], *_args: object, **_kw: object
) -> None:
    print(f"warning: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    warnings.showwarning = _show_warning
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(arguments[0] if arguments else None)
    args = parser.parse_args(arguments)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        code: int = args.func(args)
        if sys.stdout is not None:
            sys.stdout.flush()
    except EventwireError as exc:
        print(f"eventwire: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("eventwire: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _drop_stdout()
        return 0
    except OSError as exc:
        _drop_stdout()
        error = OutputError(f"cannot write ({exc.strerror or exc})", source=_written(exc))
        print(f"eventwire: {error}", file=sys.stderr)
        return 1
    return code


def _written(exc: OSError) -> str:
    """What an ``OSError`` that reached the command line failed on: a file, else stdout."""
    return str(exc.filename) if exc.filename else "standard output"


def _drop_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's final flush of what is left fails no more."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
