"""Times benchmark: TempEval-3 scores of the times layer, and what the layer costs.

Scores: runs ``eventwire.eval.times.evaluate`` (the real pipeline: clean -> parse -> extract,
offsets mapped back to the raw gold text) on the TimeBank and AQUAINT gold files and records one
row per corpus in bench/RESULTS.md under "## Times".

Cost (``--cost``): runs the real pipeline over the throughput corpus with the times extractor
timed inside it (CPU time), next to plain ``nlp.pipe``, and records the extractor's share of the
pipeline and the R it leaves: a direct measure that a busy machine does not blur the way it blurs
two wall-clock runs of ``throughput.py``.

    python bench/times.py [--limit N] [--no-write]
    python bench/times.py --cost [--rounds 2] [--no-write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import Any

from bench_results import insert_row
from eventwire.config import Settings
from eventwire.eval.times import evaluate
from throughput import CORPUS, load_corpus, machine

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "eval" / "times"
RESULTS = ROOT / "bench" / "RESULTS.md"
CORPORA = ("timebank.jsonl", "aquaint.jsonl")
SECTION = """## Times

TempEval-3 scoring (`eventwire eval times`, `src/eventwire/eval/times.py`) of the times layer on
the TempEval-3 training data (`../shared/eval/times`: TimeBank 183 docs, AQUAINT 73 docs), each
document run through the real pipeline with its creation time as the article date. Strict = exact
extent, relaxed = any overlap (one-to-one); type and value accuracy over relaxed matches; value
F1 = relaxed F1 x value accuracy (HeidelTime, the Java leader, scores 0.73 on AQUAINT). The CI
floors are pinned in `tests/eval/test_eval_times.py`. A document that fails in any layer of the
pipeline counts as predicting nothing ("failed" column).

| date | corpus | docs (failed) | gold | predicted | strict F1 | relaxed P | relaxed R | relaxed F1 | type acc | value acc | value F1 | seconds | machine | command |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
<!-- times-rows -->

Cost of the layer (`--cost`): CPU seconds of plain `nlp.pipe` and of the whole eventwire pipeline
over the throughput corpus (89 VOA stories), the CPU seconds spent inside `extract_times`, its
share of the pipeline, and R (CPU) with and without it; best of N rounds. DESIGN.md: a layer may
cost at most 10% of the R it found.

| date | corpus | nlp.pipe CPU s | eventwire CPU s | extract_times CPU s | share | R with times | R without times | machine | command |
|---|---|---|---|---|---|---|---|---|---|
<!-- times-cost-rows -->
"""


def score(limit: int | None) -> list[str]:
    """Score both gold files; return the table rows."""
    settings = Settings.build(env={})
    rows = []
    for name in CORPORA:
        gold = GOLD / name
        if not gold.is_file():
            print(f"skipped: gold file not found at {gold}", file=sys.stderr)
            continue
        start = time.perf_counter()
        report = evaluate(gold, settings, limit=limit)
        seconds = time.perf_counter() - start
        f, c = report.figures, report.counts
        print(json.dumps({"corpus": name, **f, **c, "seconds": round(seconds, 1)}, indent=1))
        rows.append(
            f"| {dt.date.today().isoformat()} | {name.removesuffix('.jsonl')} | {c['docs']} "
            f"({c['failed_docs']}) | {c['gold']} | {c['predicted']} | {f['strict_f1']:.3f} | "
            f"{f['relaxed_precision']:.3f} | {f['relaxed_recall']:.3f} | {f['relaxed_f1']:.3f} | "
            f"{f['type_accuracy']:.3f} | {f['value_accuracy']:.3f} | **{f['value_f1']:.3f}** | "
            f"{seconds:.0f} | {machine()} | `{' '.join(['python', *sys.argv])}` |"
        )
    return rows


def cost(rounds: int) -> dict[str, Any]:
    """CPU time of plain ``nlp.pipe``, of the pipeline, and of ``extract_times`` inside it."""
    import spacy

    from eventwire.extract.times import extract_times
    from eventwire.ingest.document import RawDocument
    from eventwire.nlp.loading import load_pipeline
    from eventwire.pipeline import run

    stories = load_corpus(CORPUS, 1)
    settings = Settings.build({"n_process": 1}, env={})
    texts = [s["text"] for s in stories]
    docs = [
        RawDocument(text=s["text"], source_name=s["id"], format="jsonl", published=s["date"])
        for s in stories
    ]
    plain = spacy.load(settings.model)
    list(run(docs[:4], settings=settings))  # warm up: model, tables, lazy imports
    spent = [0.0]

    def timed(doc: Any, state: Any, knowledge: Any = None) -> Any:
        start = time.process_time()
        found = extract_times(doc, state, knowledge)
        spent[0] += time.process_time() - start
        return found

    load_pipeline(settings.model).get_pipe("eventwire_times").extractor = timed
    best: dict[str, float] = {}
    for _ in range(rounds):
        spent[0] = 0.0
        start = time.process_time()
        sum(1 for _ in plain.pipe(texts, batch_size=settings.batch_size))
        plain_s = time.process_time() - start
        start = time.process_time()
        sum(1 for _ in run(docs, settings=settings))
        total_s = time.process_time() - start
        if not best or total_s < best["eventwire"]:
            best = {"plain": plain_s, "eventwire": total_s, "times": spent[0]}
    return {
        **best,
        "share": best["times"] / best["eventwire"],
        "R_with": best["plain"] / best["eventwire"],
        "R_without": best["plain"] / (best["eventwire"] - best["times"]),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    parser.add_argument("--cost", action="store_true", help="measure the layer's CPU cost instead")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of the cost measurement")
    parser.add_argument(
        "--no-write", action="store_true", help="print only; do not add rows to RESULTS.md"
    )
    args = parser.parse_args()
    if args.cost:
        if not CORPUS.is_file():
            print(f"skipped: corpus not found at {CORPUS}", file=sys.stderr)
            return 0
        c = cost(args.rounds)
        print(json.dumps(c, indent=1))
        rows = [
            f"| {dt.date.today().isoformat()} | 89 VOA stories | {c['plain']:.2f} | {c['eventwire']:.2f} | "
            f"{c['times']:.3f} | {c['share']:.1%} | **{c['R_with']:.3f}** | {c['R_without']:.3f} | "
            f"{machine()} | `{' '.join(['python', *sys.argv])}` |"
        ]
        section = "times-cost"
    else:
        rows, section = score(args.limit), "times"
    if not args.no_write:
        for row in rows:
            insert_row(RESULTS, section, row, SECTION)
    return 0


if __name__ == "__main__":
    sys.exit(main())
