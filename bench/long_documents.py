"""Long documents: time and peak RSS against document length (issue 23, point 3).

Each document is made of the project's own example articles (``examples/*.txt`` and the bench's
short article), paragraph after paragraph, cut to the length asked; the ``nopunct`` document is
their words with every punctuation mark and line break removed (one 900k-character sentence
for the parser). Each length runs in a fresh process (``eventwire.process`` on the text, default
settings), so its peak RSS is its own; the pipeline is loaded before the clock starts.

    python bench/long_documents.py [--lengths 10000,100000,...] [--no-write]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

from throughput import shared_row

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    *sorted((ROOT / "examples").glob("*.txt")),
    ROOT / "bench" / "texts" / "short_article.txt",
]
LENGTHS = (10_000, 30_000, 100_000, 300_000, 1_000_000)
NOPUNCT = 900_000

CHILD = """
import json, resource, sys, time
from eventwire.nlp.loading import load_pipeline
from eventwire.pipeline import process
text = sys.stdin.read()
load_pipeline()
start = time.perf_counter()
article = process(text, date="2025-09-03")
seconds = time.perf_counter() - start
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "rss_mb": rss, "sentences": len(article.sentences),
                  "events": len(article.events), "actors": len(article.actors)}))
"""


def document(length: int, punctuation: bool = True) -> str:
    """The project's example paragraphs, repeated to ``length`` characters."""
    paragraphs = [
        p.strip() for path in SOURCES for p in path.read_text(encoding="utf-8").split("\n\n")
    ]
    paragraphs = [p for p in paragraphs if p]
    if not punctuation:
        words = re.sub(r"[^\w\s]", "", " ".join(paragraphs)).split()
        text = ""
        while len(text) < length:
            text += " ".join(words) + " "
        return text[:length].rstrip()
    parts: list[str] = []
    total = n = 0
    while total < length:
        parts.append(paragraphs[n % len(paragraphs)])
        total += len(parts[-1]) + 2
        n += 1
    return "\n\n".join(parts)[:length].rstrip()


def run(text: str) -> dict[str, float]:
    """Process ``text`` in a fresh interpreter; return its figures."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD], input=text, capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lengths", default=",".join(str(n) for n in LENGTHS))
    parser.add_argument("--nopunct", type=int, default=NOPUNCT, help="0: skip")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    cases = [(int(n), True) for n in args.lengths.split(",")]
    if args.nopunct:
        cases.append((args.nopunct, False))
    cells = []
    for length, punctuation in cases:
        figures = run(document(length, punctuation))
        kind = "" if punctuation else " without punctuation"
        print(f"{length:>9,} chars{kind}: {json.dumps(figures)}", flush=True)
        cells.append(
            f"{length // 1000:,}k{kind}: {figures['seconds']:.1f} s, {figures['rss_mb']:.0f} MB"
        )
    if not args.no_write:
        shared_row("long-documents", ["; ".join(cells)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
