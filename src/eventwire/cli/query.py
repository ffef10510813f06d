"""``eventwire events|statements|actors [filters] [--db] [--format]``: query the store.

The three commands share the filter flags that apply to them; each builds a ``Filters`` value and
makes one store call. Filter values no row can hold are usage errors (:mod:`eventwire.cli.choices`);
when ``--limit`` leaves rows out, stderr says "showing N of M" whatever the format.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
from collections.abc import Callable
from typing import Any, TypeVar, get_args

from eventwire.cli.choices import cameo_code, country_code, plover_type, stance
from eventwire.cli.ingest import add_db_argument
from eventwire.cli.output import OUTPUT_FORMATS, print_rows
from eventwire.records import ActorKind, Modality, StatementKind
from eventwire.store import ActorRow, EventRow, Filters, StatementRow, Store, open_store
from eventwire.store.results import ResultRow

DEFAULT_LIMIT = 100
R = TypeVar("R")

_ACTOR_HELP = {
    "events": "source or target actor: name contains TEXT (any case), or CAMEO code starts with it",
    "statements": (
        "speaker or addressee: name contains TEXT (any case), or CAMEO code starts with it"
    ),
    "actors": "name contains TEXT (any case), or CAMEO code starts with it",
}
_COUNTRY_HELP = {
    "events": "ISO 3166-1 alpha-3 country of the source or target actor",
    "statements": "ISO 3166-1 alpha-3 country of the speaker or addressee",
    "actors": "ISO 3166-1 alpha-3 country of the actor",
}
_TEXT_HELP = {
    "events": "the event's sentence contains TEXT (any case)",
    "statements": "the statement's content contains TEXT (any case)",
    "actors": "one of the actor's mentions contains TEXT (any case)",
}


def register(sub: Any) -> None:
    """Add the ``events``, ``statements`` and ``actors`` sub-commands."""
    events = _parser(sub, "events", "list stored events (who did what to whom), filtered")
    events.add_argument(
        "--cameo", type=cameo_code, metavar="CODE",
        help="CAMEO code or prefix: 04 matches 040 to 049",
    )  # fmt: skip
    events.add_argument(
        "--plover", type=plover_type, metavar="TYPE", help="PLOVER event type (any case)"
    )
    events.add_argument("--modality", choices=get_args(Modality), help="event modality")
    _date_arguments(events, "event")
    events.set_defaults(func=_runner(EventRow, "events", lambda store, f: store.events(f)))

    statements = _parser(sub, "statements", "list stored statements (who said what), filtered")
    statements.add_argument("--kind", choices=get_args(StatementKind), help="statement kind")
    statements.add_argument(
        "--stance", type=stance, metavar="STANCE", help="stance (say, claim, accuse, deny, ...)"
    )
    _date_arguments(statements, "statement")
    statements.set_defaults(
        func=_runner(StatementRow, "statements", lambda store, f: store.statements(f))
    )

    actors = _parser(sub, "actors", "list stored actors (one row per actor per article), filtered")
    actors.add_argument("--kind", choices=get_args(ActorKind), help="actor kind")
    actors.set_defaults(func=_runner(ActorRow, "actors", lambda store, f: store.actors(f)))


def _parser(sub: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        name,
        help=help_text,
        description=f"{help_text[0].upper()}{help_text[1:]}. Filters combine with AND.",
    )
    p.add_argument("--actor", metavar="TEXT", help=_ACTOR_HELP[name])
    p.add_argument("--country", type=country_code, metavar="ISO3", help=_COUNTRY_HELP[name])
    p.add_argument("--text", metavar="TEXT", help=_TEXT_HELP[name])
    p.add_argument(
        "--article",
        action="append",
        default=[],
        metavar="ID",
        help="only this article (repeatable)",
    )
    add_listing_arguments(p)
    return p


def add_listing_arguments(p: argparse.ArgumentParser, what: str = "rows", note: str = "") -> None:
    """Add ``--limit`` (``what`` to print, ``note`` on the default), ``--format`` and ``--db``:
    the options of every command that lists stored rows."""
    p.add_argument(
        "--limit", type=_limit, default=DEFAULT_LIMIT, metavar="N",
        help=f"most {what} to print; 0 for all (default {DEFAULT_LIMIT}{note})",
    )  # fmt: skip
    p.add_argument(
        "--format", choices=OUTPUT_FORMATS, default="table", help="output format (default table)"
    )
    add_db_argument(p)


def _date_arguments(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--include-inferred", action="store_true",
        help=f"with --since/--until, also keep {what}s dated only by the article's date "
        "(their date is inferred: no time expression dates them)",
    )  # fmt: skip
    parser.add_argument(
        "--since", type=_date, metavar="YYYY-MM-DD",
        help=f"the {what}'s date lies on or after this day (undated {what}s are left out)",
    )  # fmt: skip
    parser.add_argument(
        "--until", type=_date, metavar="YYYY-MM-DD",
        help=f"the {what}'s date lies on or before this day (undated {what}s are left out)",
    )  # fmt: skip


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {value!r}") from None


MAX_LIMIT = 2**31 - 1
"""The largest ``--limit`` (beyond it the store's integer would overflow; 0 already means all)."""


def _limit(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if not 0 <= number <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"must be 0 (all) to {MAX_LIMIT:,}, not {value}")
    return number


def filters_from(args: argparse.Namespace) -> Filters:
    """Build the ``Filters`` of a query command's arguments."""
    return Filters(
        actor=args.actor,
        country=args.country,
        cameo=getattr(args, "cameo", None),
        plover=getattr(args, "plover", None),
        modality=getattr(args, "modality", None),
        kind=getattr(args, "kind", None),
        stance=getattr(args, "stance", None),
        since=getattr(args, "since", None),
        until=getattr(args, "until", None),
        include_inferred=getattr(args, "include_inferred", False),
        text=args.text,
        articles=tuple(args.article),
        limit=args.limit or None,
    )


def _runner(
    row_type: type[ResultRow], title: str, method: Callable[[Store, Filters], list[Any]]
) -> Callable[[argparse.Namespace], int]:
    def run_query(args: argparse.Namespace) -> int:
        with open_store(args.db, read_only=True) as store:
            rows = limited_rows(store, method, filters_from(args), title)
        print_rows(rows, row_type, args.format, title)
        return 0

    return run_query


def limited_rows(
    store: Store, method: Callable[[Store, Filters], list[R]], filters: Filters, what: str
) -> list[R]:
    """Run a query; when its limit leaves rows out, say on stderr how many were shown of all.

    One row more than the limit is asked for; only when it comes are all rows counted.
    """
    if filters.limit is None:
        return method(store, filters)
    rows = method(store, dataclasses.replace(filters, limit=filters.limit + 1))
    if len(rows) <= filters.limit:
        return rows
    total = len(method(store, dataclasses.replace(filters, limit=None)))
    print(
        f"eventwire: showing {filters.limit:,} of {total:,} {what} (--limit 0 shows all)",
        file=sys.stderr,
    )
    return rows[: filters.limit]
