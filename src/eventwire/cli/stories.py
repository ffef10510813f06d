"""``eventwire stories [filters] [--db] [--format] [--limit]``: the stored stories; and
``eventwire events --per-story``: one row per event cluster (the flag is added here to the
``events`` command, which ``cli.query`` registers first)."""

from __future__ import annotations

import argparse
from typing import Any

from eventwire.cli.output import print_rows
from eventwire.cli.query import (
    _date,
    _limit,
    add_listing_arguments,
    filters_from,
    limited_rows,
)
from eventwire.store import EventClusterRow, Filters, StoryRow, open_store


def register(sub: Any) -> None:
    """Add the ``stories`` sub-command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "stories",
        help="list stored stories (articles reporting one happening), biggest first",
        description=(
            "List stored stories: the articles that report one happening (near-duplicate copies "
            "included), with their dates, main actors and how many distinct events they report. "
            "Filters combine with AND."
        ),
    )
    p.add_argument("--actor", metavar="TEXT", help="one of the main actors' names contains TEXT")
    p.add_argument("--text", metavar="TEXT", help="the story's title contains TEXT (any case)")
    p.add_argument(
        "--article", action="append", default=[], metavar="ID",
        help="only the story of this article (repeatable)",
    )  # fmt: skip
    p.add_argument(
        "--since", type=_date, metavar="YYYY-MM-DD",
        help="the story's last article is on or after this day (undated stories left out)",
    )  # fmt: skip
    p.add_argument(
        "--until", type=_date, metavar="YYYY-MM-DD",
        help="the story's first article is on or before this day (undated stories left out)",
    )  # fmt: skip
    p.add_argument(
        "--min-articles", type=_limit, default=None, metavar="N",
        help="only stories of at least N articles",
    )  # fmt: skip
    add_listing_arguments(p)
    p.set_defaults(func=run_stories)
    _add_per_story(sub.choices["events"])


def _add_per_story(events: argparse.ArgumentParser) -> None:
    """Give ``eventwire events`` (registered before this command) its ``--per-story`` flag."""
    events.add_argument(
        "--per-story", action="store_true",
        help="one row per event of a story (its reports in several articles counted once, "
        "each kept as evidence) instead of one row per report",
    )  # fmt: skip
    per_report = events.get_default("func")
    events.set_defaults(
        func=lambda args: run_event_clusters(args) if args.per_story else per_report(args)
    )


def run_stories(args: argparse.Namespace) -> int:
    """Print the stories matching the filters."""
    filters = Filters(
        actor=args.actor,
        text=args.text,
        since=args.since,
        until=args.until,
        articles=tuple(args.article),
        min_articles=args.min_articles or None,
        limit=args.limit or None,
    )
    with open_store(args.db, read_only=True) as store:
        rows = limited_rows(store, lambda s, f: s.stories(f), filters, "stories")
    print_rows(rows, StoryRow, args.format, "stories")
    return 0


def run_event_clusters(args: argparse.Namespace) -> int:
    """Print the event clusters of the events matching the filters (``events --per-story``)."""
    with open_store(args.db, read_only=True) as store:
        rows = limited_rows(
            store, lambda s, f: s.event_clusters(f), filters_from(args), "event clusters"
        )
    print_rows(rows, EventClusterRow, args.format, "events per story")
    return 0
