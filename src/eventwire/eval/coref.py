"""Scoring pronoun resolution against GAP-style gold (../shared/eval/FORMATS.md, "coref").

Each gold record is a text with one pronoun and two candidate names, each marked coreferent or
not. The text runs through the whole pipeline (no date: GAP's snippets have none); the actor
whose mention covers the pronoun is its entity, and a candidate is predicted coreferent when
that actor has another mention overlapping the candidate's span. Predicted offsets index the
cleaned text and are mapped back to the raw gold text through the cleaner's offset map.

Figures: precision, recall and F1 of the coreferent decisions over both candidates of every
record (GAP's own metric), overall and for masculine and feminine pronouns apart (GAP is
gender-balanced: the two should be close); and the share of pronouns that landed in an actor.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.clean.offsets import OffsetMap
from eventwire.config import Settings
from eventwire.eval.gold import read_jsonl, run_gold
from eventwire.eval.report import Report, prf
from eventwire.records import Actor, Article

__all__ = ["evaluate", "gender_of", "predicted_links"]

_MASCULINE = frozenset({"he", "him", "his", "himself"})
_FEMININE = frozenset({"she", "her", "hers", "herself"})


def gender_of(pronoun: str) -> str:
    """``masculine``, ``feminine`` or ``other`` for a pronoun's text."""
    word = pronoun.lower()
    return "masculine" if word in _MASCULINE else "feminine" if word in _FEMININE else "other"


def _spans(actor: Actor, offsets: OffsetMap) -> list[tuple[int, int]]:
    return [offsets.span_to_input(m.start, m.end) for m in actor.mentions]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def predicted_links(
    article: Article,
    offsets: OffsetMap,
    pronoun: tuple[int, int],
    candidates: Sequence[tuple[int, int]],
) -> tuple[bool, list[bool]]:
    """Whether the pronoun landed in an actor, and per candidate whether it is predicted coreferent."""
    for actor in article.actors:
        spans = _spans(actor, offsets)
        if not any(_overlaps(s, pronoun) for s in spans):
            continue
        others = [s for s in spans if not _overlaps(s, pronoun)]
        return True, [any(_overlaps(s, c) for s in others) for c in candidates]
    return False, [False for _ in candidates]


@dataclass(slots=True)
class _Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    pronouns: int = 0
    landed: int = 0

    def add(self, gold: Sequence[bool], predicted: Sequence[bool], landed: bool) -> None:
        for g, p in zip(gold, predicted, strict=True):
            self.tp += g and p
            self.fp += p and not g
            self.fn += g and not p
        self.pronouns += 1
        self.landed += landed


def evaluate(gold: Path, settings: Settings, limit: int | None = None) -> Report:
    """Score pronoun resolution on a GAP-style gold file."""
    records = read_jsonl(gold, ("text", "pronoun", "candidates"), limit)
    tallies = {"all": _Tally(), "masculine": _Tally(), "feminine": _Tally()}
    for record, outcome in zip(
        records, run_gold(records, settings, date=lambda _r: None), strict=True
    ):
        pronoun = (record["pronoun"]["start"], record["pronoun"]["end"])
        candidates = [(c["start"], c["end"]) for c in record["candidates"]]
        truth = [bool(c["coref"]) for c in record["candidates"]]
        landed, predicted = (False, [False] * len(candidates))
        if outcome is not None:
            landed, predicted = predicted_links(outcome[0], outcome[1], pronoun, candidates)
        for name in ("all", gender_of(record["pronoun"]["text"])):
            if name in tallies:
                tallies[name].add(truth, predicted, landed)
    return _report(tallies, str(gold))


def _report(tallies: dict[str, _Tally], gold: str) -> Report:
    figures: dict[str, float] = {}
    counts: dict[str, int] = {}
    for name, t in tallies.items():
        prefix = "" if name == "all" else f"{name}_"
        for measure, value in prf(t.tp, t.fp, t.fn).items():
            figures[f"{prefix}{measure}"] = value
        figures[f"{prefix}landed"] = t.landed / t.pronouns if t.pronouns else 0.0
        counts[f"{prefix}pronouns"] = t.pronouns
    return Report("coref", gold, figures, counts)
