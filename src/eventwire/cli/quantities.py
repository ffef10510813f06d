"""``eventwire quantities [filters] [--totals] [--db] [--format]``: reported numbers in the store.

One store call: ``Store.quantities`` lists the numbers, ``Store.quantity_totals`` sums them by
category, country and unit (``--totals``).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, get_args

from eventwire.cli.choices import country_code
from eventwire.cli.output import print_rows
from eventwire.cli.query import _date, add_listing_arguments, limited_rows
from eventwire.records import QuantityCategory
from eventwire.store import Filters, QuantityRow, TotalRow, open_store
from eventwire.store.query import CONTEXT_DAYS

_DESCRIPTION = (
    "List the reported numbers in the store (killed, wounded, arrested, deployed, money, ...) "
    "with their bounds, what they count, whose they are and who reported them; or, with "
    "--totals, their sums by category, country and unit. A total adds only the numbers tied to "
    "an event the article itself reports; the others are counted by why they were left out: "
    f"no_event (a figure quoted for context, an economy's size), earlier_event (an event dated "
    f"over {CONTEXT_DAYS} days before the article: a past war's toll), not_happened (an event "
    "stated as intended, hypothetical, negated or denied). A total adds each number's value: the "
    "low end of a range and the least a vague count can mean, so totals are conservative; the "
    "same number reported by several articles is counted once per article. Filters combine "
    "with AND."
)


def register(sub: Any) -> None:
    """Add the ``quantities`` sub-command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "quantities",
        help="list stored quantities (reported numbers), filtered, or their totals",
        description=_DESCRIPTION,
    )
    _filter_arguments(p)
    p.add_argument(
        "--totals", action="store_true",
        help="print sums by category, country and unit instead of the numbers (only numbers "
        "tied to the article's own events; stderr says what was summed and left out)",
    )  # fmt: skip
    add_listing_arguments(p, "numbers", "; totals use all")
    p.set_defaults(func=run_quantities)


def _filter_arguments(p: argparse.ArgumentParser) -> None:
    """Add the filters: category, actor, country, dates, text, articles."""
    categories = get_args(QuantityCategory)
    p.add_argument(
        "--category", choices=categories, metavar="CATEGORY",
        help=f"quantity category: {', '.join(categories)}",
    )  # fmt: skip
    p.add_argument(
        "--actor", metavar="TEXT",
        help="whose number: the counted people's actor or the reporting speaker; name contains "
        "TEXT (any case), or CAMEO code starts with it",
    )  # fmt: skip
    p.add_argument(
        "--country", type=country_code, metavar="ISO3",
        help="ISO 3166-1 alpha-3 country of the counted people's actor (else of the event's place)",
    )  # fmt: skip
    for flag, side in (("--since", "on or after"), ("--until", "on or before")):
        p.add_argument(
            flag, type=_date, metavar="YYYY-MM-DD",
            help=f"the quantity's date (its event's, else the article's) lies {side} this day",
        )  # fmt: skip
    p.add_argument("--text", metavar="TEXT", help="the number or what it counts contains TEXT")
    p.add_argument(
        "--article",
        action="append",
        default=[],
        metavar="ID",
        help="only this article (repeatable)",
    )


def run_quantities(args: argparse.Namespace) -> int:
    """Print the matching quantities, or their totals."""
    filters = Filters(
        actor=args.actor,
        country=args.country,
        category=args.category,
        since=args.since,
        until=args.until,
        text=args.text,
        articles=tuple(args.article),
        limit=args.limit or None,
    )
    with open_store(args.db, read_only=True) as store:
        if args.totals:
            totals = store.quantity_totals(filters)
        else:
            rows = limited_rows(store, lambda s, f: s.quantities(f), filters, "quantities")
    if args.totals:
        print_rows(totals, TotalRow, args.format, "quantity totals")
        if totals:
            print(summed_note(totals), file=sys.stderr)
    else:
        print_rows(rows, QuantityRow, args.format, "quantities")
    return 0


def summed_note(totals: list[TotalRow]) -> str:
    """One line saying which numbers the totals summed and how many were left out, and why."""
    summed = sum(t.quantities for t in totals)
    reasons = (
        ("no_event", "tied to no event (quoted for context)"),
        ("earlier_event", f"tied to an event dated over {CONTEXT_DAYS} days before its article"),
        ("not_happened", "tied to an event not stated as happening"),
    )
    left = [(sum(getattr(t, name) for t in totals), why) for name, why in reasons]
    out = "; ".join(f"{n:,} {why}" for n, why in left if n) or "none"
    return (
        f"eventwire: totals sum {summed:,} numbers tied to events their articles report; "
        f"left out: {out}"
    )
