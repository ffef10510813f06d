"""``eventwire export --format jsonl|csv|parquet|gdelt|plover|graphml [--db] OUT``: write the store."""

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
        help=(
            "write the store as JSONL records, CSV/Parquet tables, a GDELT event table, "
            "PLOVER records or an actor network (GraphML)"
        ),
        description=(
            "jsonl: OUT is a file (or - for stdout) with one full article record per line, as "
            "`eventwire show` prints it. csv, parquet: OUT is a directory (created when its parent "
            "exists) that receives one file per table: articles, sightings, actors, "
            "actor_mentions, actor_members, events, event_triggers, statements, "
            "statement_content, quantities, times, places. gdelt: OUT is one tab-separated file "
            "(or -) in GDELT 2.0's event-table layout, one event a line, no header: GDELT's 61 "
            "columns, then ArticleID, EventID, TriggerOffsets, Modality, Confidence. plover: OUT "
            "is one file (or -) of PLOVER/POLECAT-style JSON records, one event a line. graphml: "
            "OUT is one GraphML file (or -) of the actor network: actors by CAMEO code, edges "
            "source -> target with event counts by quad class and PLOVER type and the mean "
            "Goldstein score. A file is replaced only once it is written whole. Columns, fields "
            "and attributes: docs/exports.md."
        ),
    )
    p.add_argument(
        "out", metavar="OUT", help="output file (jsonl, gdelt, plover, graphml; - for stdout) or "
        "directory (csv, parquet)",
    )  # fmt: skip
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
