"""Store benchmark: ingest into PostgreSQL relative to DuckDB, on the same texts, in the same run.

Over ../shared/eval/corpus/voa_stories.jsonl, in N rounds (best round of each kept):

- ingest: ``batch.ingest`` (what ``eventwire ingest`` does) over the corpus, each batch stored
  into a fresh DuckDB file and into a fresh PostgreSQL database in turn (the order alternating
  by batch), each store timed. One pipeline run feeds both, so the parsing, which dominates and
  varies with the load on a shared machine, is the same for both: a backend's ingest time is the
  run's time less the time spent storing into the other one. Reported: ingest words/s of each,
  the PostgreSQL/DuckDB ratio of ingest times, and the seconds inside ``add_batch``;
- store only: the corpus's records, processed once, stored again as ``--copies`` copies under new
  ids (so every one is new), in batches, into fresh stores of each backend: articles/s and the
  ratio of storing times, at a volume where the timing is not noise.

The PostgreSQL server is ``--pg URL`` or ``$EVENTWIRE_TEST_PG``; ``make bench-postgres`` starts a
private one (``.ci/with-postgres``: default settings, 127.0.0.1, same machine). Databases are
created and dropped on it. The row goes to bench/RESULTS.md.

    python bench/store_backends.py [--rounds 3] [--batch-size 32] [--copies 20] [--pg URL]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import psycopg
from psycopg import sql

from bench_results import insert_row
from eventwire.batch import ingest
from eventwire.config import Settings
from eventwire.ingest import iter_documents
from eventwire.pipeline import run
from eventwire.records import Article
from eventwire.store import BatchResult, Store, open_store
from throughput import CORPUS, RESULTS, machine

HEADING = """## Store backends

Ingest into PostgreSQL relative to DuckDB, on the same texts in the same run
(`../shared/eval/corpus/voa_stories.jsonl`), best of N rounds. One `batch.ingest` run stores each
batch into a fresh DuckDB file and a fresh PostgreSQL database in turn (a private server on the
same machine, default settings, over 127.0.0.1), so both share the same parsing; a backend's
ingest time = the run's time less the time spent storing into the other. Words/s of each,
**PG/DuckDB** = ratio of ingest times, `add_batch` = seconds spent storing into each; store only
= the records processed once, stored again as copies under new ids, in batches of the same size
(articles/s, ratio of storing times).
`bench/store_backends.py` (`make bench-postgres`) writes these rows.

| date | corpus | batch | ingest words/s DuckDB | ingest words/s PostgreSQL | **ingest PG/DuckDB** | add_batch s DuckDB | add_batch s PostgreSQL | store only | store articles/s DuckDB | store articles/s PostgreSQL | store PG/DuckDB | machine | command |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
<!-- store-backends-rows -->
"""


class Databases:
    """Fresh PostgreSQL databases on one server, dropped after use."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.admin = psycopg.connect(url, autocommit=True)

    @contextmanager
    def fresh(self) -> Iterator[str]:
        name = f"eventwire_bench_{uuid.uuid4().hex[:12]}"
        ident = sql.Identifier(name)
        self.admin.execute(
            sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0").format(ident)
        )
        try:
            yield urlsplit(self.url)._replace(path=f"/{name}").geturl()
        finally:
            self.admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(ident))


@contextmanager
def fresh_store(backend: str, scratch: Path, databases: Databases) -> Iterator[str]:
    """A location for a new store of ``backend``."""
    if backend == "duckdb":
        path = scratch / f"{uuid.uuid4().hex}.duckdb"
        yield str(path)
        path.unlink(missing_ok=True)
        return
    with databases.fresh() as url:
        yield url


class BothStores:
    """Stores each batch into every store in turn (the order alternating), timing each store."""

    def __init__(self, stores: dict[str, Store]) -> None:
        self.stores = stores
        self.seconds = dict.fromkeys(stores, 0.0)
        self.batches = 0

    def add_batch(self, articles: Sequence[Article], *rest: Any) -> BatchResult:
        names = list(self.stores)[:: 1 if self.batches % 2 == 0 else -1]
        self.batches += 1
        results = []
        for name in names:
            start = time.perf_counter()
            results.append(self.stores[name].add_batch(articles, *rest))
            self.seconds[name] += time.perf_counter() - start
        assert all(r == results[0] for r in results), results  # fresh stores agree
        return results[0]

    def stored_pipelines(self, ids: Sequence[str]) -> dict[str, str]:
        found = [store.stored_pipelines(ids) for store in self.stores.values()]
        assert all(f == found[0] for f in found), found  # the stores agree
        return found[0]


def ingest_round(settings: Settings, locations: dict[str, str]) -> dict[str, tuple[float, float]]:
    """Ingest the corpus into both stores at once: per backend, (ingest seconds, store seconds)."""
    with ExitStack() as stack:
        stores = {name: stack.enter_context(open_store(where)) for name, where in locations.items()}
        both = BothStores(stores)
        start = time.perf_counter()
        ingest([str(CORPUS)], both, settings=settings)  # type: ignore[arg-type]
        total = time.perf_counter() - start
    others = {name: sum(s for n, s in both.seconds.items() if n != name) for name in stores}
    return {name: (total - others[name], both.seconds[name]) for name in stores}


def store_round(location: str, articles: list[Article], batch_size: int) -> float:
    """Store ``articles`` in batches into a new store at ``location``; return the seconds."""
    with open_store(location) as store:
        start = time.perf_counter()
        for first in range(0, len(articles), batch_size):
            store.add_batch(articles[first : first + batch_size])
        return time.perf_counter() - start


def copies(articles: list[Article], count: int) -> list[Article]:
    """``count`` copies of every article, each under a new id (so every one is stored anew)."""
    return [
        dataclasses.replace(article, id=f"{n:04x}{article.id[4:]}")
        for n in range(count)
        for article in articles
    ]


def measure(args: argparse.Namespace, databases: Databases) -> dict[str, float]:
    """Run the ingest and store-only rounds, alternating the backends; keep the best of each."""
    settings = Settings.build({"batch_size": args.batch_size, "n_process": 1}, env={})
    lines = [json.loads(x) for x in CORPUS.read_text(encoding="utf-8").splitlines() if x.strip()]
    words = sum(len(line["text"].split()) for line in lines)
    outcomes = run(iter_documents([CORPUS], settings), settings=settings)  # warms the pipeline
    articles = [a for a in outcomes if isinstance(a, Article)]
    many = copies(articles, args.copies)
    best: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for number in range(args.rounds):
            backends = ("duckdb", "postgresql") if number % 2 == 0 else ("postgresql", "duckdb")
            with ExitStack() as stack:
                locations = {
                    name: stack.enter_context(fresh_store(name, Path(scratch), databases))
                    for name in backends
                }
                timings = ingest_round(settings, locations)
            for backend in backends:
                with fresh_store(backend, Path(scratch), databases) as where:
                    store_only = store_round(where, many, args.batch_size)
                keep_best(best, f"store_{backend}", store_only)
                keep_best(best, f"ingest_{backend}", timings[backend][0])
                keep_best(best, f"add_batch_{backend}", timings[backend][1])
    return {"docs": len(lines), "words": words, "many": len(many), **best}


def keep_best(best: dict[str, float], key: str, seconds: float) -> None:
    best[key] = min(best.get(key, seconds), seconds)


def row(result: dict[str, float], args: argparse.Namespace) -> str:
    """The RESULTS.md row of one run."""
    r = result
    ingest_ratio = r["ingest_postgresql"] / r["ingest_duckdb"]
    store_ratio = r["store_postgresql"] / r["store_duckdb"]
    command = " ".join(["python", *sys.argv])
    return (
        f"| {dt.date.today().isoformat()} | {r['docs']:.0f} docs, {r['words']:,.0f} words | "
        f"{args.batch_size} | {r['words'] / r['ingest_duckdb']:,.0f} | "
        f"{r['words'] / r['ingest_postgresql']:,.0f} | **{ingest_ratio:.3f}** | "
        f"{r['add_batch_duckdb']:.2f} | {r['add_batch_postgresql']:.2f} | "
        f"{r['many']:,.0f} articles | {r['many'] / r['store_duckdb']:,.0f} | "
        f"{r['many'] / r['store_postgresql']:,.0f} | {store_ratio:.2f} | {machine()} | "
        f"`{command}` |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--copies", type=int, default=20, help="copies of the corpus, store only")
    parser.add_argument("--pg", default=os.environ.get("EVENTWIRE_TEST_PG"), help="server URL")
    parser.add_argument(
        "--no-write", action="store_true", help="print only; do not append to RESULTS.md"
    )
    args = parser.parse_args()
    if not CORPUS.is_file():
        print(f"skipped: corpus not found at {CORPUS}", file=sys.stderr)
        return 0
    if not args.pg:
        print("no PostgreSQL server: give --pg URL or run `make bench-postgres`", file=sys.stderr)
        return 2
    databases = Databases(args.pg)
    result = measure(args, databases)
    line = row(result, args)
    print(json.dumps(result, indent=1))
    print(line)
    if not args.no_write:
        insert_row(RESULTS, "store-backends", line, HEADING)
    return 0


if __name__ == "__main__":
    sys.exit(main())
