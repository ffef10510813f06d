"""``eventwire counts --by DIM[,DIM...] [filters] [--per-story] [--format table|csv|json]``.

Event counts and mean Goldstein score per group (dyad, day, week, month, CAMEO root, quad class,
PLOVER type, source country), over the events the filters select (the filters of ``events``).
``--per-story`` counts each event cluster once when the store holds stories; without them it
says so on stderr and counts per report.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any, get_args

from rich.console import Console
from rich.table import Table

from eventwire.cli.choices import cameo_code, country_code, plover_type
from eventwire.cli.ingest import add_db_argument
from eventwire.cli.query import _date_arguments, filters_from
from eventwire.records import Modality
from eventwire.store import open_store
from eventwire.store.browse import COUNT_DIMENSIONS, check_dimensions
from eventwire.store.results import Counts


def _dimensions(value: str) -> tuple[str, ...]:
    by = tuple(part.strip().lower() for part in value.split(","))
    try:
        check_dimensions(by)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return by


def register(sub: Any) -> None:
    """Add the ``counts`` sub-command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "counts",
        help="count stored events (and their mean Goldstein score) per dyad, day, type, ...",
        description="Count the stored events the filters select, per group, with their mean "
        "Goldstein score. Filters combine with AND and mean what they mean for `events`.",
    )
    p.add_argument(
        "--by", type=_dimensions, required=True, metavar="DIM[,DIM...]",
        help=f"group by one or more of {', '.join(COUNT_DIMENSIONS)} (dyad = source and target "
        "actor codes; country = the source actor's country; a day/week/month holds the events "
        "whose whole date lies in it)",
    )  # fmt: skip
    p.add_argument(
        "--per-story", action="store_true",
        help="count each event cluster (one happening reported by several articles) once; "
        "needs stories in the store, else counts per report with a warning",
    )  # fmt: skip
    p.add_argument("--actor", metavar="TEXT", help="source or target actor: name or code prefix")
    p.add_argument("--country", type=country_code, metavar="ISO3", help="source or target country")
    p.add_argument("--cameo", type=cameo_code, metavar="CODE", help="CAMEO code or prefix")
    p.add_argument("--plover", type=plover_type, metavar="TYPE", help="PLOVER event type")
    p.add_argument("--modality", choices=get_args(Modality), help="event modality")
    p.add_argument("--text", metavar="TEXT", help="the event's sentence contains TEXT (any case)")
    p.add_argument("--article", action="append", default=[], metavar="ID", help="only this article")
    _date_arguments(p, "event")  # the same date flags as `events`
    p.add_argument(
        "--format", choices=("table", "csv", "json"), default="table",
        help="output format (default table)",
    )  # fmt: skip
    add_db_argument(p)
    p.set_defaults(func=run_counts, limit=0)


def run_counts(args: argparse.Namespace) -> int:
    """Print the counts."""
    with open_store(args.db, read_only=True) as store:
        counts = store.counts(filters_from(args), args.by, per_story=args.per_story)
    if args.per_story and not counts.per_story:
        print("eventwire: no stories in this store: counting per report", file=sys.stderr)
    print_counts(counts, args.format)
    return 0


def print_counts(counts: Counts, fmt: str) -> None:
    """Print counts as a table, CSV or one JSON object."""
    names = [*counts.columns, "events", "goldstein"]
    rows = [dict(zip(names, row, strict=True)) for row in counts.rows]
    if fmt == "json":
        document = {"by": list(counts.by), "per_story": counts.per_story, "groups": rows}
        print(json.dumps(document, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=names, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    elif not rows:
        print("counts: no events selected")
    else:
        how = "per story" if counts.per_story else "per report"
        table = Table(*names, title=f"events by {', '.join(counts.by)} ({how}, {len(rows)} groups)")
        for row in rows:
            goldstein = row["goldstein"]
            shown = {**row, "goldstein": None if goldstein is None else f"{goldstein:.2f}"}
            table.add_row(*("-" if shown[n] is None else str(shown[n]) for n in names))
        Console(soft_wrap=False, width=120, markup=False).print(table)
