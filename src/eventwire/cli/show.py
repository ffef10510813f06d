"""``eventwire show ID [--db] [--format json|table]``: one stored article, rebuilt in full.

``ID`` is the article id, the input's own id (a JSONL ``id``, a feed item's guid), or a start of
the article id that only one article has.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from eventwire.cli.ingest import add_db_argument
from eventwire.cli.output import print_article_table
from eventwire.errors import StoreError
from eventwire.store import open_store

_SHOWN = 5
"""Ids an ambiguous reference lists."""


def register(sub: Any) -> None:
    """Add the ``show`` sub-command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "show",
        help="print one stored article record",
        description="Print the full stored record of one article (as `eventwire process` made it).",
    )
    p.add_argument(
        "id", metavar="ID",
        help="the article id (16 hex characters), a unique start of it, or the input's own id",
    )  # fmt: skip
    add_db_argument(p)
    p.add_argument(
        "--format", choices=("json", "table"), default="json", help="output format (default json)"
    )
    p.set_defaults(func=run_show)


def run_show(args: argparse.Namespace) -> int:
    """Print the article; an unknown id is an error."""
    with open_store(args.db, read_only=True) as store:
        ids = store.article_ids(args.id)
        article = store.article(ids[0]) if len(ids) == 1 else None
    if not ids:
        raise StoreError(f"no article with id {args.id!r}", source=store.location)
    if article is None:
        shown = ", ".join(ids[:_SHOWN]) + (", ..." if len(ids) > _SHOWN else "")
        raise StoreError(
            f"{args.id!r} matches {len(ids)} articles ({shown}); give more of the id",
            source=store.location,
        )
    if args.format == "json":
        print(json.dumps(article.to_dict(), ensure_ascii=False, indent=2))
    else:
        print_article_table(article)
    return 0
