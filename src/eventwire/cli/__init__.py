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

from eventwire.cli import (
    counts,
    demo,
    export,
    ingest,
    process,
    quantities,
    query,
    recode,
    serve,
    show,
    stats,
    stories,
)
from eventwire.cli import eval as eval_command
from eventwire.errors import EventwireError, OutputError
from eventwire.version import __version__

COMMANDS = (
    process,
    ingest,
    recode,
    show,
    stats,
    query,
    quantities,
    counts,
    stories,
    export,
    serve,
    eval_command,
    demo,
)
"""Command modules, in the order ``--help`` lists them (``query`` adds events, statements, actors)."""


def build_parser() -> argparse.ArgumentParser:
    """Return the full argument parser (also used to generate docs/cli.md)."""
    parser = argparse.ArgumentParser(
        prog="eventwire",
        description="Turn news articles into events, statements, actors, times, places and quantities.",
    )
    parser.add_argument("--version", action="version", version=f"eventwire {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    return parser


def _show_warning(
    message: Warning | str, category: type[Warning], *_args: object, **_kw: object
) -> None:
    print(f"warning: {message}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    warnings.showwarning = _show_warning
    parser = build_parser()
    args = parser.parse_args(argv)
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
