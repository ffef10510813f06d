"""``eventwire export --format jsonl|csv|parquet [--db] OUT``: write the store to files."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from eventwire.cli.ingest import add_db_argument
from eventwire.export import FORMATS, export
from eventwire.store import open_store


def register(sub: Any) -> None:
    """Add the ``export`` sub-command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "export",
        help="write the store as JSONL records, or CSV/Parquet files (one per table)",
        description=(
            "jsonl: OUT is a file (or - for stdout) with one full article record per line, as "
            "`eventwire show` prints it. csv, parquet: OUT is a directory (created when its parent "
            "exists) that receives one file per table: articles, sightings, actors, "
            "actor_mentions, actor_members, events, event_triggers, statements, "
            "statement_content, quantities, times, places."
        ),
    )
    p.add_argument("out", metavar="OUT", help="output file (jsonl) or directory (csv, parquet)")
    p.add_argument(
        "--format", choices=FORMATS, default="jsonl", help="output format (default jsonl)"
    )
    add_db_argument(p)
    p.set_defaults(func=run_export)


def run_export(args: argparse.Namespace) -> int:
    """Export the store; print the files written to stderr."""
    with open_store(args.db, read_only=True) as store:
        written = export(store, args.format, args.out)
    for path in written:
        print(f"eventwire: wrote {path}", file=sys.stderr)
    return 0
