"""``eventwire demo [PATH] [--db]``: ingest the bundled examples and print what was found."""

from __future__ import annotations

import argparse
import sys
import time
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire.batch import ingest
from eventwire.cli.ingest import add_db_argument, print_summary
from eventwire.cli.output import print_demo_tables
from eventwire.config import Settings
from eventwire.store import Filters, open_store


def register(sub: Any) -> None:
    """Add the ``demo`` sub-command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "demo",
        help="ingest the bundled example articles and print what was found",
        description=(
            "Ingest the example articles (default: ./examples, else the copy installed with "
            "eventwire) into the store (default eventwire.duckdb) and print tables of the actors, "
            "events and statements found in them. Running it again adds sightings only, never "
            "duplicates."
        ),
    )
    p.add_argument(
        "path", nargs="?", default=None,
        help="examples directory (default ./examples, else the installed examples)",
    )  # fmt: skip
    add_db_argument(p)
    p.set_defaults(func=run_demo)


def examples_directory() -> str:
    """``./examples`` when there is one (a checkout), else the examples installed with eventwire."""
    if Path("examples").is_dir():
        return "examples"
    return str(resources.files("eventwire") / "examples")


def run_demo(args: argparse.Namespace) -> int:
    """Ingest the examples, print the summary and the tables; return 1 if any document failed."""
    path = args.path or examples_directory()
    if not Path(path).exists():
        print(f"eventwire: {path}: no such examples directory", file=sys.stderr)
        return 1
    settings = Settings.build()
    started = time.perf_counter()
    with open_store(args.db or settings.db) as store:
        report = ingest([path], store, settings=settings)
        found = Filters(articles=tuple(dict.fromkeys(report.article_ids)), limit=None)
        actors, events, statements = (
            store.actors(found),
            store.events(found),
            store.statements(found),
        )
    print_summary(report, store.location, time.perf_counter() - started)
    print_demo_tables(actors, events, statements)
    return 1 if report.failures else 0
