"""``eventwire ingest PATH... [--db] [--workers|--dask [--shards]] [--date] [--batch-size]``: process
and store."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from eventwire.batch import IngestReport, ingest
from eventwire.cli.options import add_actors_option, add_dask_option, joined_paths
from eventwire.cli.progress import PROGRESS_MODES, ingest_progress
from eventwire.config import Settings
from eventwire.ingest.readers import standard_input
from eventwire.store import open_store


def register(sub: Any) -> None:
    """Add the ``ingest`` sub-command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "ingest",
        help="process inputs and store the records (idempotent by article id)",
        description=(
            "Process inputs like `eventwire process` and store each record in the store, one "
            "transaction per batch. An article already stored by the same pipeline version only "
            "gets a new sighting, found by its id before any parsing; one stored by another version has its layers replaced. A "
            "document that fails is listed with its reason at the end; the exit code is 1 if any "
            "failed."
        ),
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="input file, directory, or - for stdin")
    add_db_argument(p)
    p.add_argument(
        "--workers",
        default=None,
        help="worker processes: a count, or auto (cores, memory, input size; the default)",
    )
    add_dask_option(p, shards=True)
    p.add_argument("--date", help="publication date YYYY-MM-DD (overrides the inputs' own dates)")
    p.add_argument(
        "--batch-size", type=int, default=None, metavar="N",
        help="documents per parse batch and per store transaction (default: setting batch_size)",
    )  # fmt: skip
    p.add_argument("--model", default=None, help="spaCy model (default: setting model)")
    add_actors_option(p)
    p.add_argument(
        "--progress", choices=PROGRESS_MODES, default="auto",
        help="progress on stderr: a bar (default on a terminal), a line per batch, or none",
    )  # fmt: skip
    p.set_defaults(func=run_ingest)


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """Add ``--db`` (shared by every command that uses the store)."""
    parser.add_argument(
        "--db", default=None, metavar="PATH|URL",
        help="the store: a DuckDB file, :memory: or postgresql://user@host:port/db "
        "(default: $EVENTWIRE_DB or eventwire.duckdb)",
    )  # fmt: skip


def run_ingest(args: argparse.Namespace) -> int:
    """Ingest the inputs, print a summary; return 1 if any document failed."""
    settings = Settings.build(
        {
            "model": args.model,
            "n_process": args.workers,
            "batch_size": args.batch_size,
            "actors": joined_paths(args.actors),
        }
    )
    started = time.perf_counter()
    with open_store(args.db or settings.db) as store, ingest_progress(args.progress) as show:
        report = ingest(
            args.paths,
            store,
            settings=settings,
            date=args.date,
            stdin=standard_input(),
            on_batch=show,
            dask=args.dask,
            shards=args.shards,
        )
    print_summary(report, store.location, time.perf_counter() - started)
    return 1 if report.failures else 0


def print_summary(report: IngestReport, location: str, seconds: float) -> None:
    """Print the counts to stdout and each failure, with its source and reason, to stderr."""
    rate = report.documents / seconds if seconds > 0 else 0.0
    print(
        f"{report.documents} documents into {location} in {seconds:.1f} s ({rate:,.1f} documents/s)"
    )
    rows = [
        ("stored", report.stored),
        ("already present", report.present),
        ("re-processed", report.replaced),
        ("placed in stories", report.placed),
        *([("kept (newer)", report.kept)] if report.kept else []),
        ("failed", report.failed),
    ]
    for label, count in rows:
        print(f"  {label + ':':<18} {count:>8,}")
    for failure in report.failures:
        source = "" if failure.error.source else f"{failure.source_name}: "
        print(f"eventwire: failed: {source}{failure.reason}", file=sys.stderr)
