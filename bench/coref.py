"""GAP pronoun resolution (``eventwire eval coref``) on ../shared/eval/coref/gap_dev.jsonl.

F1 of the coreferent decisions over both candidates of every example (GAP's metric), masculine
and feminine apart, and the share of pronouns that land in any actor; one row to bench/RESULTS.md::

    python bench/coref.py [--limit N] [--label TEXT] [--no-write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import warnings
from pathlib import Path

from bench_results import insert_row
from eventwire.config import Settings
from eventwire.eval.coref import evaluate
from throughput import machine

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "eval" / "coref" / "gap_dev.jsonl"
RESULTS = ROOT / "bench" / "RESULTS.md"
SECTION = """## Coreference (GAP dev)

`../shared/eval/coref/gap_dev.jsonl` (2,454 Wikipedia snippets, one pronoun and two candidate
names each): F1 of the coreferent decisions over both candidates (GAP's metric), masculine and
feminine apart, and the share of pronouns resolved to any actor. The GAP paper's syntactic
baselines reach about 0.67. `bench/coref.py` writes these rows.

| date | label | examples | P / R / **F1** | masculine F1 | feminine F1 | pronouns landed | machine | command |
|---|---|---|---|---|---|---|---|---|
<!-- coref-rows -->
"""


def main() -> int:
    """Score GAP dev and write the row."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="score the first N examples")
    parser.add_argument("--label", default="current code", help="what was measured")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    if not GOLD.exists():
        print(f"gold not found: {GOLD}", file=sys.stderr)
        return 1
    warnings.simplefilter("ignore")
    report = evaluate(GOLD, Settings.build(env={}), limit=args.limit)
    f, c = report.figures, report.counts
    print(json.dumps({**f, **c}, indent=1))
    command = "python bench/coref.py" + (f" --limit {args.limit}" if args.limit else "")
    line = (
        f"| {dt.date.today()} | {args.label} | {c['pronouns']} "
        f"| {f['precision']:.3f} / {f['recall']:.3f} / **{f['f1']:.3f}** "
        f"| {f['masculine_f1']:.3f} | {f['feminine_f1']:.3f} | {f['landed']:.3f} "
        f"| {machine()} | `{command}` |"
    )
    if not args.no_write:
        insert_row(RESULTS, "coref", line, SECTION)
    return 0


if __name__ == "__main__":
    sys.exit(main())
