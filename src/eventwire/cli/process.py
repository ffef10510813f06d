"""``eventwire process PATH... [--date] [--format]``: records to stdout, stateless."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from typing import Any

from eventwire.cli.options import add_actors_option, add_dask_option, joined_paths
from eventwire.config import Settings
from eventwire.ingest import iter_documents
from eventwire.ingest.document import Failure, RawDocument
from eventwire.ingest.readers import standard_input
from eventwire.pipeline import Outcome, run


def register(sub: Any) -> None:
    """Add the ``process`` sub-command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "process",
        help="process files, directories or stdin and print article records",
        description=(
            "Process inputs (.txt .pdf .html .htm .xml/.rss/.atom feeds .jsonl .warc .warc.gz, "
            "directories, or - for stdin) and print one record per document, in input order. "
            "A document that fails is reported on stderr and skipped; the exit code is 1 if any failed."
        ),
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="input file, directory, or - for stdin")
    p.add_argument("--date", help="publication date YYYY-MM-DD (overrides the inputs' own dates)")
    p.add_argument(
        "--format",
        choices=("json", "jsonl", "table"),
        default="jsonl",
        help="output format (default jsonl; json: one document's record, or one JSON array of "
        "several)",
    )
    p.add_argument(
        "--workers",
        default=None,
        help="worker processes: a count, or auto (cores, memory, input size; the default)",
    )
    add_dask_option(p)
    p.add_argument("--model", default=None, help="spaCy model (default: setting model)")
    add_actors_option(p)
    p.set_defaults(func=run_process)


def run_process(args: argparse.Namespace) -> int:
    """Process the inputs and print records; return 1 if any document failed."""
    settings = Settings.build(
        {"model": args.model, "n_process": args.workers, "actors": joined_paths(args.actors)}
    )
    failed = 0
    docs = iter_documents(args.paths, settings, stdin=standard_input())
    array = JsonArray()
    for outcome in _outcomes(docs, settings, args):
        if isinstance(outcome, Failure):
            failed += 1
            print(f"eventwire: {outcome.reason}", file=sys.stderr)
            continue
        record = outcome.to_dict()
        if args.format == "json":
            array.add(json.dumps(record, ensure_ascii=False, indent=2))
        elif args.format == "jsonl":
            print(json.dumps(record, ensure_ascii=False))
        else:
            from eventwire.cli.output import print_article_table  # rich: only for tables

            print_article_table(outcome)
        sys.stdout.flush()
    if args.format == "json":
        array.close()
    return 1 if failed else 0


def _outcomes(
    docs: Iterable[RawDocument | Failure], settings: Settings, args: argparse.Namespace
) -> Iterator[Outcome]:
    if args.dask is None:
        return run(docs, settings=settings, date=args.date)
    from eventwire.scale.address import check_address
    from eventwire.scale.runner import run_on_cluster

    return run_on_cluster(docs, settings=settings, dask=check_address(args.dask), date=args.date)


class JsonArray:
    """Prints JSON documents as they come: one alone as itself, several as one JSON array.

    The first is held back until the second shows there are several, so the output is one
    JSON document either way and records still stream.
    """

    def __init__(self) -> None:
        self._first: str | None = None
        self._count = 0

    def add(self, document: str) -> None:
        """Print (or, for the first, hold) one document."""
        self._count += 1
        if self._count == 1:
            self._first = document
            return
        if self._count == 2:
            print("[\n" + _indented(self._first or ""), end="")
        print(",\n" + _indented(document), end="")

    def close(self) -> None:
        """Finish the output: the single document, the closing bracket, or ``[]`` for none."""
        if self._count == 0:
            print("[]")
        elif self._count == 1:
            print(self._first)
        else:
            print("\n]")


def _indented(document: str) -> str:
    return "\n".join("  " + line for line in document.splitlines())
