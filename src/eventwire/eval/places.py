"""Scoring the places layer against toponym gold (LGL, GeoVirus; ../shared/eval/FORMATS.md).

Each gold document runs through the real pipeline with its date; predicted spans index the cleaned
text and are mapped back to the raw gold text through the cleaner's offset map. Figures:

* detection P/R/F1: every predicted place (any role) against the gold toponyms with
  ``is_toponym``; a pair matches when the spans overlap (one-to-one, largest overlap first);
* accuracy@161km: over matched gold toponyms that are literal (``literal`` not false) and have
  coordinates, the share whose predicted coordinates lie within 161 km (100 miles); a matched
  prediction without coordinates is wrong;
* product = detection F1 x accuracy@161km.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.config import Settings
from eventwire.eval.gold import greedy_pairs, iso_day, read_jsonl, run_gold
from eventwire.eval.report import Report, prf
from eventwire.extract.places.resolve import distance_km

RADIUS_KM = 161.0


@dataclass(frozen=True, slots=True)
class Predicted:
    """A predicted place with its span in the raw gold text."""

    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None


@dataclass(slots=True)
class Tally:
    """Running counts over documents."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    scored: int = 0
    within: int = 0
    docs: int = 0
    failures: int = 0
    missed: Counter[str] = field(default_factory=Counter)
    spurious: Counter[str] = field(default_factory=Counter)
    far: Counter[str] = field(default_factory=Counter)

    def add(self, gold: Sequence[dict[str, Any]], predicted: Sequence[Predicted]) -> None:
        """Score one document's predictions against its gold toponyms."""
        toponyms = [g for g in gold if g.get("is_toponym", True)]
        self.docs += 1
        self.gold += len(toponyms)
        self.predicted += len(predicted)
        pairs = pair_overlaps(
            [(g["start"], g["end"]) for g in toponyms], [(p.start, p.end) for p in predicted]
        )
        self.matched += len(pairs)
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        self.missed.update(g["text"] for gi, g in enumerate(toponyms) if gi not in matched_g)
        self.spurious.update(p.text for pi, p in enumerate(predicted) if pi not in matched_p)
        for gi, pi in pairs:
            g, p = toponyms[gi], predicted[pi]
            if g.get("literal") is False or g.get("lat") is None or g.get("lon") is None:
                continue
            self.scored += 1
            ok = (
                p.lat is not None
                and p.lon is not None
                and distance_km((g["lat"], g["lon"]), (p.lat, p.lon)) <= RADIUS_KM
            )
            self.within += ok
            if not ok:
                self.far[g["text"]] += 1

    def figures(self) -> dict[str, float]:
        """Detection P/R/F1, accuracy@161km and their product."""
        detection = prf(self.matched, self.predicted - self.matched, self.gold - self.matched)
        accuracy = self.within / self.scored if self.scored else 0.0
        return {
            **{f"detection_{k}": v for k, v in detection.items()},
            "accuracy_161km": accuracy,
            "product": detection["f1"] * accuracy,
        }

    def counts(self) -> dict[str, int]:
        """Document and toponym counts."""
        return {
            "docs": self.docs,
            "failed_docs": self.failures,
            "gold_toponyms": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "geocoding_scored": self.scored,
            "within_161km": self.within,
        }


def pair_overlaps(
    gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Pair overlapping gold and predicted spans one-to-one, largest overlap first (indices)."""
    return greedy_pairs(gold, predicted)


def read_gold(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Read a places gold file (one JSON document per line)."""
    return read_jsonl(path, ("text", "toponyms"), limit)


def predict(
    records: Sequence[dict[str, Any]], settings: Settings
) -> Iterator[list[Predicted] | None]:
    """Run the pipeline over the gold texts; yield raw-text places per record (None on failure)."""
    for result in run_gold(records, settings, date=lambda r: iso_day(r.get("date"))):
        if result is None:
            yield None
            continue
        article, offsets = result
        places = []
        for p in article.places:
            start, end = offsets.span_to_input(p.span.start, p.span.end)
            places.append(Predicted(start, end, p.span.text, p.lat, p.lon))
        yield places


def evaluate(gold: Path, settings: Settings, limit: int | None = None) -> Report:
    """Score the places layer on ``gold`` (a places JSONL file)."""
    records = read_gold(gold, limit)
    tally = Tally()
    for record, predicted in zip(records, predict(records, settings), strict=True):
        if predicted is None:
            tally.failures += 1
            predicted = []
        tally.add(record["toponyms"], predicted)
    return Report(
        layer="places",
        gold=str(gold),
        figures=tally.figures(),
        counts=tally.counts(),
        details={
            "missed": _top(tally.missed),
            "spurious": _top(tally.spurious),
            "far": _top(tally.far),
        },
    )


def _top(counter: Counter[str], n: int = 15) -> list[str]:
    return [f"{text} ({count})" for text, count in counter.most_common(n)]
