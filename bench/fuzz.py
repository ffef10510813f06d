"""The long fuzzing run: N mutated real files through every reader, the pipeline and the store.

    python bench/fuzz.py [--inputs 10000] [--seed 22] [--timeout 60] [--pipeline-share 0.5]

Input ``i`` is rebuilt from ``(seed, i)`` alone: a seed file of ``tests/fuzz_inputs.seeds()``
(text in several encodings, HTML, RSS, Atom, JSON Lines, PDF, WARC), one to six byte edits, and
whether its format is given by its name or sniffed as standard input would be. Every input goes
through its reader; for a share of them, up to two of the documents read then go through the
whole pipeline (cleaning, spaCy, every layer, record checks) and an in-memory DuckDB store,
which must give each new article back equal.

A worker process runs the inputs one at a time; the parent waits ``--timeout`` seconds for each
and counts a hang when none comes (the worker is killed and replaced). A crash is any exception
other than an ``EventwireError``, an ``E900``, a bug of ours caught by a reader's guard, a span
that differs from the text, or a store round trip that changes an article (``fuzz_inputs``).
Writes a row to bench/RESULTS.md; exits 1 on any crash or hang, printing how to rebuild it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import multiprocessing as mp
import os
import random
import sys
import time
import warnings
from collections import Counter
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import fuzz_inputs as fz  # noqa: E402
from bench_results import insert_row  # noqa: E402
from throughput import RESULTS, machine  # noqa: E402

STORE_EVERY = 500
"""A fresh in-memory store after this many pipeline inputs (bounds the worker's memory)."""


def build(seed: int, index: int, seeds: list[tuple[str, str, bytes]]) -> tuple[str, str, bytes]:
    """Input ``index`` of run ``seed``: (name, format to read it as, bytes)."""
    rng = random.Random(f"{seed}:{index}")
    name, fmt, data = seeds[rng.randrange(len(seeds))]
    edits = fz.random_edits(rng)
    mutated = fz.mutate(data, edits, [d for _, _, d in seeds])
    if rng.random() < 0.25:
        fmt = fz.sniffed(mutated)
    return name, fmt, mutated


def _worker(conn: Connection, seed: int, share: float) -> None:
    from eventwire.store import open_store

    seeds = fz.seeds()
    settings = fz.fuzz_settings()
    store = open_store(":memory:")
    piped = 0
    warnings.simplefilter("ignore")
    logging.disable(logging.CRITICAL)
    os.dup2(os.open(os.devnull, os.O_WRONLY), 2)  # warcio prints its complaints to stderr
    while True:
        index = conn.recv()
        if index is None:
            break
        _, fmt, data = build(seed, index, seeds)
        check = fz.Check()
        start = time.perf_counter()
        documents = fz.read(fmt, data, settings, check)
        if documents and random.Random(f"pipeline:{seed}:{index}").random() < share:
            piped += 1
            if piped % STORE_EVERY == 0:
                store.close()
                store = open_store(":memory:")
            fz.annotate(documents[:2], settings, check, store)
        conn.send((index, time.perf_counter() - start, _plain(check)))
    store.close()


def _plain(check: fz.Check) -> dict[str, Any]:
    return {
        "documents": check.documents, "articles": check.articles,
        "failures": dict(check.failures), "rejections": dict(check.rejections),
        "crashes": check.crashes,
    }  # fmt: skip


class Pool:
    """One worker process, replaced when it hangs or dies."""

    def __init__(self, seed: int, share: float) -> None:
        self.seed, self.share = seed, share
        self.start()

    def start(self) -> None:
        """Start a fresh worker (it loads spaCy on its first pipeline input)."""
        self.conn, child = mp.Pipe()
        self.process = mp.get_context("fork").Process(
            target=_worker, args=(child, self.seed, self.share), daemon=True
        )
        self.process.start()

    def run(self, index: int, timeout: float) -> tuple[float, dict[str, Any]] | str:
        """The worker's answer for input ``index``, or why there is none (a hang, a death)."""
        self.conn.send(index)
        if not self.conn.poll(timeout):
            self.restart()
            return f"hang: no answer in {timeout:.0f} s"
        try:
            _, seconds, result = self.conn.recv()
        except EOFError:
            self.restart()
            return "the worker died (a crash of the interpreter)"
        return seconds, result

    def restart(self) -> None:
        """Kill the worker and start another."""
        self.process.kill()
        self.process.join()
        self.start()

    def close(self) -> None:
        """Stop the worker."""
        self.conn.send(None)
        self.process.join(timeout=30)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=22)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per input")
    parser.add_argument("--pipeline-share", type=float, default=0.5)
    parser.add_argument("--no-results", action="store_true", help="do not write RESULTS.md")
    args = parser.parse_args(argv)

    seeds = fz.seeds()
    formats: Counter[str] = Counter()
    totals = fz.Check()
    problems: list[str] = []
    slowest = (0.0, -1)
    hangs = 0
    pool = Pool(args.seed, args.pipeline_share)
    started = time.perf_counter()
    for index in range(args.inputs):
        name, fmt, _ = build(args.seed, index, seeds)
        formats[fmt] += 1
        answer = pool.run(index, args.timeout)
        if isinstance(answer, str):
            hangs += answer.startswith("hang")
            problems.append(f"input {index} ({name} as {fmt}): {answer}")
            continue
        seconds, result = answer
        slowest = max(slowest, (seconds, index))
        totals.add(
            fz.Check(result["documents"], result["articles"], Counter(result["failures"]),
                     Counter(result["rejections"]), result["crashes"])
        )  # fmt: skip
        problems += [f"input {index} ({name} as {fmt}): {c}" for c in result["crashes"]]
        if (index + 1) % 500 == 0:
            print(f"{index + 1} inputs, {len(problems)} problems, "
                  f"{time.perf_counter() - started:.0f} s", file=sys.stderr)  # fmt: skip
    pool.close()
    elapsed = time.perf_counter() - started

    crashes = len(problems) - hangs
    for problem in problems:
        print(problem)
    print(
        f"{args.inputs} inputs ({dict(formats)}) in {elapsed:.0f} s: {crashes} crashes, {hangs} "
        f"hangs; {totals.documents} documents read, {totals.articles} articles through the "
        f"pipeline and the store; failures by code {dict(sorted(totals.failures.items()))}; "
        f"parser rejections {dict(totals.rejections.most_common(6))}; slowest input "
        f"{slowest[1]} ({slowest[0]:.1f} s)"
    )
    if problems:
        print(f"rebuild an input: bench/fuzz.py's build({args.seed}, INDEX, fuzz_inputs.seeds())")
    if not args.no_results:
        row = (
            f"| {dt.date.today()} | {machine()}, shared with other jobs | "
            f"`python bench/fuzz.py --inputs {args.inputs} --seed {args.seed} --timeout "
            f"{args.timeout:.0f}` | {args.inputs:,} | {totals.documents:,} | {totals.articles:,} "
            f"| {crashes} | {hangs} | {slowest[0]:.1f} s | {elapsed / 60:.0f} min |"
        )
        insert_row(RESULTS, "fuzz", row, heading=_HEADING)
    return 1 if problems else 0


_HEADING = """## Fuzzing (issue 22)

`bench/fuzz.py`: mutated real files (our own PDFs, WARCs, RSS/Atom feeds, HTML, JSON Lines,
text in UTF-8/UTF-16/cp1252) through every reader; half of the inputs that give documents go on
through the whole pipeline (record checks on) and an in-memory DuckDB store. A crash is any
exception other than an `EventwireError`, an E900, a bug of ours caught by a reader's guard, a
span unequal to its text, or an article the store gives back changed; a hang is an input with no
answer within the timeout. `tests/test_fuzz.py` runs the same checks on a few hundred inputs.

| date | machine | command | inputs | documents read | articles piped and stored | crashes | hangs | slowest input | time |
|---|---|---|---|---|---|---|---|---|---|
<!-- fuzz-rows -->
"""


if __name__ == "__main__":
    sys.exit(main())
