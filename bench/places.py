"""Places benchmark: detection and geocoding of the places layer on LGL and GeoVirus, the
gazetteer's load time against the spaCy model's, and the layer's own cost, in one process.

Runs ``eventwire.eval.places.evaluate`` (the real pipeline: clean -> parse -> extract, offsets
mapped back to the raw gold text) on each corpus and records one row per corpus in
bench/RESULTS.md under "## Places", with the load times, the layer's cost (seconds in
``extract_places`` / seconds in plain ``nlp.pipe`` over the VOA corpus: the R a layer costs,
timed directly, free of the noise of whole-run comparisons), the date, the machine and the command.

    python bench/places.py [--limit N] [--no-write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
from pathlib import Path

from bench_results import insert_row
from eventwire.config import Settings
from eventwire.eval.places import evaluate
from throughput import machine

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "eval" / "places"
CORPUS = ROOT.parent / "shared" / "eval" / "corpus" / "voa_stories.jsonl"
RESULTS = ROOT / "bench" / "RESULTS.md"
CORPORA = ("lgl.jsonl", "geovirus.jsonl")
LOAD_ROUNDS = 5
SECTION = """## Places

Scoring (`eventwire eval places`, `src/eventwire/eval/places.py`) of the places layer on
`../shared/eval/places` (LGL: 588 local US news articles; GeoVirus: 229 WikiNews articles), each
document run through the real pipeline. Detection: every predicted place (any role, demonyms and
metonyms included) against the gold toponyms, spans overlapping, one-to-one; accuracy@161km over
the matched literal gold toponyms with coordinates; product = detection F1 x accuracy (a naive
spaCy + most-populous baseline scores about 0.20). Load: the packaged gazetteer
(`knowledge/data/gazetteer.tsv.gz`) read from disk, median of 5 reads, against one
`spacy.load` of the model, in the same process (DESIGN budget: at most 25%). Layer cost: seconds
in `extract_places` over the VOA corpus divided by seconds of plain `nlp.pipe` over it (a layer
costing c lowers R from R0 to R0 / (1 + c R0); DESIGN budget: at most 10% of R0). The CI floors
are pinned in `tests/eval/test_eval_places.py` (on a fixed subset).

| date | corpus | docs | gold | predicted | detection P | detection R | detection F1 | acc@161km | product | gazetteer load s | model load s | load ratio | layer cost | seconds | machine | command |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
<!-- places-rows -->
"""


def load_times(model: str) -> tuple[float, float]:
    """Seconds to load the spaCy model once, and the median seconds to read the gazetteer."""
    import spacy

    from eventwire.extract.places.gazetteer import GAZETTEER_FILE, read_gazetteer
    from eventwire.knowledge.tsv import packaged

    start = time.perf_counter()
    spacy.load(model)
    model_seconds = time.perf_counter() - start
    path = packaged(GAZETTEER_FILE)
    reads = []
    for _ in range(LOAD_ROUNDS):
        start = time.perf_counter()
        read_gazetteer(path)
        reads.append(time.perf_counter() - start)
    return statistics.median(reads), model_seconds


def layer_cost(model: str) -> float:
    """Seconds in ``extract_places`` / seconds in plain ``nlp.pipe``, over the VOA corpus."""
    import spacy

    from eventwire.extract.places import extract_places
    from eventwire.nlp.state import DocState

    if not CORPUS.is_file():
        return float("nan")
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    nlp = spacy.load(model)
    start = time.perf_counter()
    docs = list(nlp.pipe(texts))
    pipe_seconds = time.perf_counter() - start
    extract_places(docs[0], DocState())  # load the tables outside the timing
    start = time.perf_counter()
    for doc in docs:
        extract_places(doc, DocState())
    return (time.perf_counter() - start) / pipe_seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    parser.add_argument(
        "--no-write", action="store_true", help="print only; do not add rows to RESULTS.md"
    )
    args = parser.parse_args()
    settings = Settings.build(env={})
    gazetteer_s, model_s = load_times(settings.model)
    cost = layer_cost(settings.model)
    print(
        json.dumps({"gazetteer_load_s": gazetteer_s, "model_load_s": model_s, "layer_cost": cost})
    )
    command = " ".join(["python", *sys.argv])
    for name in CORPORA:
        gold = GOLD / name
        if not gold.is_file():
            print(f"skipped: gold file not found at {gold}", file=sys.stderr)
            continue
        start = time.perf_counter()
        report = evaluate(gold, settings, limit=args.limit)
        seconds = time.perf_counter() - start
        f, c = report.figures, report.counts
        print(json.dumps({"corpus": name, **f, **c, "seconds": round(seconds, 1)}, indent=1))
        line = (
            f"| {dt.date.today().isoformat()} | {name.removesuffix('.jsonl')} | {c['docs']} | "
            f"{c['gold_toponyms']} | {c['predicted']} | {f['detection_precision']:.3f} | "
            f"{f['detection_recall']:.3f} | {f['detection_f1']:.3f} | {f['accuracy_161km']:.3f} | "
            f"**{f['product']:.3f}** | {gazetteer_s:.3f} | {model_s:.2f} | "
            f"{gazetteer_s / model_s:.0%} | {cost:.1%} | {seconds:.0f} | {machine()} | `{command}` |"
        )
        if not args.no_write:
            insert_row(RESULTS, "places", line, SECTION)
    return 0


if __name__ == "__main__":
    sys.exit(main())
