"""The blind set (docs/blind-set.md): events and actors on news no rule was shaped on.

Scores the events layer (country + PLOVER type, country + CAMEO root, strict) and the actors
layer (per gold mention: full code, country) on the development three quarters and on the
never-looked-at quarter of ``bench/blind/gold.jsonl``, reading the documents from ../shared at
run time, and appends one row per split to bench/RESULTS.md::

    python bench/blind.py [--label TEXT] [--no-write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "bench"))

from blind_sample import SENTENCES, document_text, load_sentences  # noqa: E402

from bench_results import insert_row  # noqa: E402
from eventwire.config import Settings  # noqa: E402
from eventwire.eval.blind import Sentence, evaluate_blind, join  # noqa: E402
from throughput import machine  # noqa: E402

GOLD = ROOT / "bench" / "blind" / "gold.jsonl"
RESULTS = ROOT / "bench" / "RESULTS.md"
SECTION = """## Blind set (events and actors on unseen news)

`bench/blind/gold.jsonl` (docs/blind-set.md): 420 sentences drawn at random from dev news no rule
was developed on (PolNeAR, TimeBank/AQUAINT, GeoVirus, LGL, ECB+), annotated blind before any
scoring. `dev` = the three quarters that may be read while developing; `test` = the quarter never
looked at sentence by sentence. Events: micro P/R/F1 at country + PLOVER type (the main figure),
country + CAMEO root and strict (FORMATS.md definitions; every gold event counts at every level).
Actors: per gold mention with a known code, the predicted actor covering it has the full code /
the country. `bench/blind.py` writes these rows.

| date | label | split | sentences | gold events | PLOVER P / R / **F1** | root F1 | strict F1 | actor mentions | actor code | actor country | machine | command |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
<!-- blind-rows -->
"""

PLACES = """## Blind set: who did it to whom, and where

Gold events of `bench/blind/gold.jsonl`. Dyads: gold events answered by a predicted event of the
same PLOVER type (its trigger overlaps, else the first of that type in the sentence), and the
share of those with the gold source and target countries. Places: gold events whose sentence
names where they happened (a `place` span, annotated blind by a fifth annotator,
docs/blind-set.md); `answered`: a predicted event answers it (trigger overlap, else the same
PLOVER type); `placed`: it carries a place; `right`: that place overlaps the gold place or has its
name. **Right** = right / answered (issue 14: >= 0.8). `share` = predicted events with any place.

| date | label | split | typed | dyad right | **dyad share** | gold with a place | answered | placed | right | **place right** | share with a place | machine | command |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
<!-- blind-places-rows -->
"""


def gold_sentences() -> list[Sentence]:
    """The blind sentences joined with their gold lines."""
    gold = [json.loads(x) for x in GOLD.read_text(encoding="utf-8").splitlines() if x.strip()]
    return join(load_sentences(), gold)


def main() -> int:
    """Score both splits and write the rows."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--label", default="current code", help="what was measured")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    if not GOLD.exists() or not SENTENCES.exists():
        print(f"blind set not found: {GOLD}", file=sys.stderr)
        return 1
    warnings.simplefilter("ignore")
    reports = evaluate_blind(gold_sentences(), document_text, Settings.build(env={}), "blind")
    command = "python bench/blind.py" + (f" --label {args.label}" if args.label else "")
    for split in ("dev", "test"):
        f, c = reports[split].figures, reports[split].counts
        print(split, json.dumps({**f, **c}, indent=1))
        line = (
            f"| {dt.date.today()} | {args.label} | {split} | {c['sentences']} | {c['plover_gold']} "
            f"| {f['plover_precision']:.3f} / {f['plover_recall']:.3f} / **{f['plover_f1']:.3f}** "
            f"| {f['root_f1']:.3f} | {f['strict_f1']:.3f} | {c['actor_mentions']} "
            f"| {f['actor_code_accuracy']:.3f} | {f['actor_country_accuracy']:.3f} "
            f"| {machine()} | `{command}` |"
        )
        places = (
            f"| {dt.date.today()} | {args.label} | {split} | {c['typed']} | {c['dyad_right']} "
            f"| **{f['dyad_right_share']:.3f}** | {c['place_named']} "
            f"| {c['place_answered']} | {c['place_placed']} | {c['place_right']} "
            f"| **{f['event_place_right']:.3f}** | {f['event_place_share']:.3f} "
            f"| {machine()} | `{command}` |"
        )
        if not args.no_write:
            insert_row(RESULTS, "blind", line, SECTION)
            insert_row(RESULTS, "blind-places", places, PLACES)
    return 0


if __name__ == "__main__":
    sys.exit(main())
