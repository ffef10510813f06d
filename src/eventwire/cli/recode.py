"""``eventwire recode [--db] [--layers ...]``: re-run the extraction layers on stored parses."""

from __future__ import annotations

import argparse
import json
import time
from typing import TYPE_CHECKING, Any

from eventwire.cli.ingest import add_db_argument
from eventwire.cli.options import add_actors_option, joined_paths
from eventwire.config import Settings
from eventwire.errors import SettingsError
from eventwire.store import open_store

if TYPE_CHECKING:
    from eventwire.scale.recode import RecodeReport


def register(sub: Any) -> None:
    """Add the ``recode`` sub-command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "recode",
        help="re-run the extraction layers on stored articles without parsing them again",
        description=(
            "Re-run extraction layers on every stored article from its stored parse, with the "
            "knowledge in force (after a knowledge or pattern update, or with --actors), and "
            "replace the article's layers, one transaction per batch. Prints what changed: "
            "records per layer, and events added, removed and recoded per CAMEO code. Articles "
            "without a stored parse (or parsed by another model) are left as they are and "
            "counted; re-ingest them to parse them again."
        ),
    )
    add_db_argument(p)
    p.add_argument(
        "--layers", default=None, type=_layers, metavar="LAYER[,LAYER...]",
        help="layers to re-run, by record field (actors, times, places, statements, events, "
        "quantities; default all); the layers they read and those that read them run too",
    )  # fmt: skip
    p.add_argument("--batch-size", type=int, default=None, metavar="N",
                   help="articles per store transaction (default: setting batch_size)")  # fmt: skip
    add_actors_option(p)
    p.add_argument("--format", choices=("table", "json"), default="table", help="report format")
    p.set_defaults(func=run_recode)


def _layers(value: str) -> list[str]:
    from eventwire.scale.recode import layers_to_run  # spaCy: only when the command runs

    names = [name.strip() for name in value.split(",") if name.strip()]
    try:
        layers_to_run(names)
    except SettingsError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None
    return names


def run_recode(args: argparse.Namespace) -> int:
    """Recode the store and print what changed; return 0."""
    from eventwire.scale.recode import recode

    settings = Settings.build({"batch_size": args.batch_size, "actors": joined_paths(args.actors)})
    layers = list(args.layers) if args.layers else None
    started = time.perf_counter()
    with open_store(args.db or settings.db) as store:
        report = recode(store, settings=settings, layers=layers)
    seconds = time.perf_counter() - started
    if args.format == "json":
        print(json.dumps(report_dict(report, seconds), indent=2))
    else:
        print_report(report, store.location, seconds)
    return 0


def report_dict(report: RecodeReport, seconds: float) -> dict[str, Any]:
    """The report as JSON-ready data."""
    changes = report.changes
    return {
        "layers": list(report.layers),
        "articles": report.articles,
        "recoded": report.recoded,
        "unchanged": report.unchanged,
        "skipped": report.skipped,
        "seconds": round(seconds, 3),
        "records": {
            layer: {"before": changes.before[layer], "after": changes.after[layer]}
            for layer in report.layers
        },
        "events_by_code": [
            {"code": c, "added": a, "removed": r, "recoded_away": w, "recoded_into": i}
            for c, a, r, w, i in changes.by_code()
        ],
    }


def print_report(report: RecodeReport, location: str, seconds: float) -> None:
    """Print the counts, the records per layer and the events that moved, per CAMEO code."""
    print(
        f"{report.articles} articles in {location} recoded in {seconds:.1f} s "
        f"(layers: {', '.join(report.layers)})"
    )
    print(f"  {'rewritten:':<18} {report.recoded:>8,}")
    print(f"  {'unchanged:':<18} {report.unchanged:>8,}")
    for reason, count in sorted(report.skipped.items()):
        print(f"  skipped, {reason}: {count:,}")
    print(f"\n{'layer':<12} {'before':>8} {'after':>8}")
    for layer in report.layers:
        before, after = report.changes.before[layer], report.changes.after[layer]
        print(f"{layer:<12} {before:>8,} {after:>8,}")
    rows = report.changes.by_code()
    if not rows:
        print("\nno event changed its code")
        return
    print(f"\n{'CAMEO':<6} {'added':>6} {'removed':>8} {'recoded away':>13} {'recoded into':>13}")
    for code, added, removed, away, into in rows:
        print(f"{code:<6} {added:>6,} {removed:>8,} {away:>13,} {into:>13,}")
