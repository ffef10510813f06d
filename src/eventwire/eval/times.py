"""Scoring the times layer against TIMEX3 gold (TempEval-3 conventions, ../shared/eval/FORMATS.md).

Each gold document runs through the real pipeline (clean -> parse -> extract) with its document
creation time as the article date; predicted spans index the cleaned text and are mapped back to
the raw gold text through the cleaner's offset map. Figures:

* strict span P/R/F1 (exact extent) and relaxed span P/R/F1 (any overlap; one-to-one, greedy by
  overlap);
* type and value accuracy over the relaxed matches;
* value F1 = relaxed F1 x value accuracy (TempEval-3's headline number).

Values are compared after a canonical spelling that does not change their meaning: upper case,
two-digit ISO weeks (``2000-W7`` = ``2000-W07``) and clock times with minutes (``T17`` = ``T17:00``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.config import Settings
from eventwire.eval.gold import greedy_pairs, iso_day, read_jsonl, run_gold
from eventwire.eval.report import Report, prf

Interval = tuple[int, int, str, str]  # start, end, type, value

_WEEK = re.compile(r"-W(\d)(?!\d)")
_HOUR = re.compile(r"T(\d\d)$")


@dataclass(slots=True)
class Tally:
    """Running counts over documents."""

    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    docs: int = 0
    failures: int = 0
    misses: list[dict[str, str]] = field(default_factory=list)

    def add(self, gold: Sequence[Interval], predicted: Sequence[Interval]) -> None:
        """Score one document's predictions against its gold intervals."""
        self.docs += 1
        self.gold += len(gold)
        self.predicted += len(predicted)
        self.strict += len({(g[0], g[1]) for g in gold} & {(p[0], p[1]) for p in predicted})
        for g, p in match_relaxed(gold, predicted):
            self.relaxed += 1
            self.type_ok += g[2] == p[2]
            same = canonical(g[3]) == canonical(p[3])
            self.value_ok += same
            if not same:
                self.misses.append({"gold": f"{g[2]} {g[3]}", "predicted": f"{p[2]} {p[3]}"})

    def figures(self) -> dict[str, float]:
        """Strict and relaxed P/R/F1, type and value accuracy, value F1."""
        strict = prf(self.strict, self.predicted - self.strict, self.gold - self.strict)
        relaxed = prf(self.relaxed, self.predicted - self.relaxed, self.gold - self.relaxed)
        type_acc = self.type_ok / self.relaxed if self.relaxed else 0.0
        value_acc = self.value_ok / self.relaxed if self.relaxed else 0.0
        return {
            **{f"strict_{k}": v for k, v in strict.items()},
            **{f"relaxed_{k}": v for k, v in relaxed.items()},
            "type_accuracy": type_acc,
            "value_accuracy": value_acc,
            "value_f1": relaxed["f1"] * value_acc,
        }

    def counts(self) -> dict[str, int]:
        """Document and expression counts."""
        return {
            "docs": self.docs,
            "failed_docs": self.failures,
            "gold": self.gold,
            "predicted": self.predicted,
            "strict_matches": self.strict,
            "relaxed_matches": self.relaxed,
        }


def match_relaxed(
    gold: Sequence[Interval], predicted: Sequence[Interval]
) -> list[tuple[Interval, Interval]]:
    """Pair overlapping gold and predicted intervals one-to-one, largest overlap first."""
    pairs = greedy_pairs([g[:2] for g in gold], [p[:2] for p in predicted])
    return [(gold[gi], predicted[pi]) for gi, pi in pairs]


def canonical(value: str) -> str:
    """A TIMEX3 value in one spelling: upper case, two-digit weeks, clock hours with minutes."""
    value = value.strip().upper()
    value = _WEEK.sub(lambda m: f"-W0{m.group(1)}", value)
    return _HOUR.sub(lambda m: f"T{m.group(1)}:00", value)


def read_gold(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Read a times gold file (one JSON document per line)."""
    return read_jsonl(path, ("text", "timexes", "dct"), limit)


def gold_intervals(record: dict[str, Any]) -> list[Interval]:
    """The gold TIMEX3 intervals of a record."""
    return [(t["start"], t["end"], t["type"], t["value"]) for t in record["timexes"]]


def creation_date(record: dict[str, Any]) -> str | None:
    """The document creation time of a record as an ISO date (or None)."""
    return iso_day((record.get("dct") or {}).get("value"))


def predict(
    records: Sequence[dict[str, Any]], settings: Settings
) -> Iterable[list[Interval] | None]:
    """Run the pipeline over the gold texts; yield raw-text intervals per record (None on failure)."""
    for result in run_gold(records, settings, date=creation_date):
        if result is None:
            yield None
            continue
        article, offsets = result
        intervals: list[Interval] = []
        for t in article.times:
            start, end = offsets.span_to_input(t.span.start, t.span.end)
            intervals.append((start, end, t.type, t.value))
        yield intervals


def evaluate(gold: Path, settings: Settings, limit: int | None = None) -> Report:
    """Score the times layer on ``gold`` (a times JSONL file)."""
    records = read_gold(gold, limit)
    tally = Tally()
    for record, predicted in zip(records, predict(records, settings), strict=True):
        if predicted is None:
            tally.failures += 1
            predicted = []
        tally.add(gold_intervals(record), predicted)
    return Report(
        layer="times",
        gold=str(gold),
        figures=tally.figures(),
        counts=tally.counts(),
        details={"value_confusions": _top_confusions(tally.misses)},
    )


def _top_confusions(misses: list[dict[str, str]], n: int = 10) -> list[str]:
    """The most frequent (gold -> predicted) value mismatches, as short strings."""
    counts: dict[str, int] = {}
    for miss in misses:
        key = f"{miss['gold']} -> {miss['predicted']}"
        counts[key] = counts.get(key, 0) + 1
    return [f"{k} ({v})" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])[:n]]
