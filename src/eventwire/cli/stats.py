"""``eventwire stats [--db] [--format table|json]``: what the store holds."""

from __future__ import annotations

import argparse
from typing import Any

from eventwire.cli.ingest import add_db_argument
from eventwire.cli.output import print_stats
from eventwire.store import open_store


def register(sub: Any) -> None:
    """Add the ``stats`` sub-command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "stats",
        help="print counts per table, articles by language and year, top actors and CAMEO roots",
        description="Print what the store holds: rows per table, articles by language, by year "
        "and by pipeline version, the most frequent actors and the CAMEO roots of the events.",
    )
    add_db_argument(p)
    p.add_argument(
        "--format", choices=("table", "json"), default="table", help="output format (default table)"
    )
    p.set_defaults(func=run_stats)


def run_stats(args: argparse.Namespace) -> int:
    """Print the statistics."""
    with open_store(args.db, read_only=True) as store:
        stats = store.stats()
    print_stats(stats, args.format)
    return 0
