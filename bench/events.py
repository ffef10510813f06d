"""Events layer figures on the gold files in ../shared/eval/events (FORMATS.md definitions).

* PLOVER gold-standard records (``plover_gsr_dev.jsonl``): P/R/F1 at the three levels (strict,
  country + CAMEO root, country + PLOVER type) and the number of sentences each level scores;
* India police events (``india_police_events_sents.jsonl``, the first ``--india`` sentences,
  2,000 by default, 0 for all): per-sentence P/R of ARREST and FORCE;
* PETRARCH unit tests (``petrarch_unittest.jsonl``): the mechanics share (eventwire.eval.events_mechanics);
* calibration: reliability of the confidence by bin on the PLOVER records (an event is right when
  it matches a gold event at the country + PLOVER type level).

``--calibrate`` first fits the confidence weights (``knowledge/data/event_confidence.tsv``) by
L2-regularised logistic regression on the PLOVER records, then measures. Rows go into
bench/RESULTS.md ("## Events") with the date, the machine and the command.

    python bench/events.py [--india 2000] [--calibrate] [--no-write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eventwire.config import Settings
from eventwire.eval import events as scoring
from eventwire.eval.events_mechanics import evaluate_mechanics
from eventwire.extract.events.confidence import FEATURES, TABLE
from eventwire.knowledge.tsv import packaged

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "eval" / "events"
RESULTS = ROOT / "bench" / "RESULTS.md"
BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.01)
SECTION = """## Events

The events layer against the event gold files (`../shared/eval/events`, FORMATS.md definitions):
PLOVER gold-standard records at three levels (strict; country + CAMEO root; country + PLOVER type;
strict and root score only sentences whose gold codes are all consistent), India police events
(per-sentence ARREST / FORCE from police-source events), the PETRARCH unit tests' mechanics share
(see `eventwire.eval.events_mechanics` for what "passed" means), and the reliability of the
calibrated confidence on the PLOVER records (in-sample: the weights are fitted there).
`bench/events.py` writes these rows; `tests/eval/test_eval_events.py` pins floors.

| date | PLOVER sentences (strict/root, plover) | strict P/R/F1 | root P/R/F1 | plover P/R/F1 | India sentences | ARREST P/R | FORCE P/R | PETRARCH mechanics | machine | command |
|---|---|---|---|---|---|---|---|---|---|---|
<!-- events-rows -->

Calibration (confidence bin: events, mean confidence, share right):

| date | 0-0.2 | 0.2-0.4 | 0.4-0.6 | 0.6-0.8 | 0.8-1 | command |
|---|---|---|---|---|---|---|
<!-- events-calibration-rows -->
"""


def labelled(
    records: Sequence[dict[str, Any]], settings: Settings
) -> list[tuple[dict[str, float], float, bool]]:
    """(features, confidence, right) of every predicted event of the PLOVER records."""
    from eventwire.clean import clean_text
    from eventwire.nlp.loading import load_pipeline
    from eventwire.nlp.state import state_of
    from eventwire.pipeline import parse_date

    nlp = load_pipeline(settings.model)
    docs = []
    for record in records:
        doc = nlp.make_doc(clean_text(record["text"]).text)
        state_of(doc).published = parse_date(scoring.record_date(record))
        docs.append(doc)
    out = []
    for record, doc in zip(records, nlp.pipe(docs), strict=True):
        state = state_of(doc)
        assert state.events is not None
        actors = {a.id: a for a in (*state.actor_list, *state.events.implied_actors)}
        values = state.events.features
        gold = [scoring.gold_keys(e)["plover"] for e in record["events"]]
        for event in state.events.events:
            if event.modality == "negated":
                continue
            key = scoring.predicted_keys(event, actors)["plover"]
            right = key in gold
            if right:
                gold.remove(key)
            out.append((values.get(event.id, {}), event.confidence, right))
    return out


def fit(
    samples: list[tuple[dict[str, float], float, bool]], l2: float = 0.5, rounds: int = 3000
) -> dict[str, float]:
    """Logistic regression weights (gradient descent, L2 on all but the bias)."""
    weights = dict.fromkeys(FEATURES, 0.0)
    rate = 0.5
    n = max(1, len(samples))
    for _ in range(rounds):
        grad = dict.fromkeys(FEATURES, 0.0)
        for values, _conf, right in samples:
            z = sum(weights[f] * values.get(f, 0.0) for f in FEATURES)
            error = 1.0 / (1.0 + math.exp(-z)) - float(right)
            for f in FEATURES:
                grad[f] += error * values.get(f, 0.0)
        for f in FEATURES:
            penalty = 0.0 if f == "bias" else l2 * weights[f]
            weights[f] -= rate * (grad[f] / n + penalty / n)
    return weights


def write_weights(weights: dict[str, float], note: str) -> None:
    """Rewrite the weight rows of event_confidence.tsv (its header comments are kept)."""
    path = packaged(TABLE)
    head = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    rows = ["feature\tweight\tsource"] + [f"{f}\t{weights[f]:.3f}\t{note}" for f in FEATURES]
    path.write_text("\n".join(head + rows) + "\n", encoding="utf-8")


def reliability(samples: list[tuple[dict[str, float], float, bool]]) -> list[str]:
    """One cell per confidence bin: events, mean confidence, share right."""
    cells = []
    for low, high in itertools.pairwise(BINS):
        inside = [(c, r) for _v, c, r in samples if low <= c < high]
        if not inside:
            cells.append("0")
            continue
        mean = sum(c for c, _ in inside) / len(inside)
        right = sum(r for _, r in inside) / len(inside)
        cells.append(f"{len(inside)}: {mean:.2f} / {right:.2f}")
    return cells


def machine() -> str:
    """The machine description used by the other benchmarks."""
    sys.path.insert(0, str(ROOT / "bench"))
    from throughput import machine as describe

    return describe()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--india", type=int, default=2000, help="India sentences to score (0: all)")
    parser.add_argument("--calibrate", action="store_true", help="fit the confidence weights first")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    gsr = GOLD / "plover_gsr_dev.jsonl"
    if not gsr.is_file():
        print(f"skipped: gold not found at {gsr}", file=sys.stderr)
        return 0
    settings = Settings.build(env={})
    records = scoring.read_gold(gsr)
    today = dt.date.today().isoformat()
    if args.calibrate:
        weights = fit(labelled(records, settings))
        write_weights(
            weights, f"fitted on plover_gsr_dev.jsonl by bench/events.py --calibrate, {today}"
        )
        from eventwire.extract.events.confidence import load_weights

        load_weights.cache_clear()
    levels = scoring.score_levels(records, list(scoring.predict(records, settings)), str(gsr))
    samples = labelled(records, settings)
    india_path = GOLD / "india_police_events_sents.jsonl"
    india = scoring.read_gold(india_path, args.india or None)
    police = scoring.score_police(india, list(scoring.predict(india, settings)), str(india_path))
    petrarch_path = GOLD / "petrarch_unittest.jsonl"
    mechanics = evaluate_mechanics(scoring.read_gold(petrarch_path), settings, str(petrarch_path))
    command = " ".join(["python", *sys.argv])
    line = results_row(today, levels, police, mechanics, command)
    calibration = f"| {today} | " + " | ".join(reliability(samples)) + f" | `{command}` |"
    print(line)
    print(calibration)
    print("root confusions:", levels.details["root_confusions"])
    if not args.no_write:
        write(line, calibration)
    return 0


def results_row(today: str, levels: Any, police: Any, mechanics: Any, command: str) -> str:
    """The RESULTS.md row of one measurement."""
    f, c, p = levels.figures, levels.counts, police.figures
    cells = [
        today,
        f"{c['root_sentences']}, {c['plover_sentences']}",
        *(
            f"{f[f'{lv}_precision']:.3f} / {f[f'{lv}_recall']:.3f} / **{f[f'{lv}_f1']:.3f}**"
            for lv in scoring.LEVELS
        ),
        f"{police.counts['sentences']:,}",
        f"{p['arrest_precision']:.3f} / {p['arrest_recall']:.3f}",
        f"{p['force_precision']:.3f} / {p['force_recall']:.3f}",
        f"**{mechanics.figures['mechanics_share']:.3f}** "
        f"({mechanics.counts['mechanics_passed']}/{mechanics.counts['mechanics_scored']})",
        machine(),
        f"`{command}`",
    ]
    return "| " + " | ".join(cells) + " |"


def write(line: str, calibration: str) -> None:
    """Insert the rows into bench/RESULTS.md, adding the section when it is missing."""
    from bench_results import insert_row

    insert_row(RESULTS, "events", line, SECTION)
    insert_row(RESULTS, "events-calibration", calibration)


if __name__ == "__main__":
    sys.exit(main())
