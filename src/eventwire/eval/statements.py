"""Scoring the statements layer against attribution gold (PolNeAR format, ../shared/eval/FORMATS.md).

Each gold article runs through the real pipeline with its publication date; predicted spans index
the cleaned text and are mapped back to the raw gold text through the cleaner's offset map.

* A prediction matches a gold attribution when their contents (all pieces) overlap by at least
  50% of the longer one, counting letters and digits only (so quotation marks and spacing never
  matter); pairs are made one-to-one, largest overlap first.
* A match is correct when the speaker matches too: the predicted speaker mention overlaps a gold
  speaker span, or the resolved actor's canonical name shares a name word with the gold speaker
  text.
* Gold attributions without a speaker are ignored, and so are the predictions matched to them.

Figures: precision, recall and F1 of correct matches; recall by gold type (direct, mixed,
indirect); the same P/R/F1 for content alone (``content_*``, speakers not checked); and
``direct_speaker``, the share of found direct quotes whose speaker is right (gold type direct,
content matched, speaker correct / content matched).

The details hold the same figures for two fixed halves of the gold file, by document index
parity (``tune``: documents 0, 2, 4 ...; ``check``: 1, 3, 5 ...), so that rules studied on the
errors of one half can be checked on the other.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from eventwire.config import Settings
from eventwire.eval.gold import iso_day, read_jsonl, run_gold
from eventwire.eval.report import Report, prf

__all__ = ["HALVES", "Gold", "Predicted", "Tally", "evaluate", "match", "read_gold"]

TYPES = ("direct", "mixed", "indirect")
#: The halves of a gold file by document index parity: even documents, then odd ones.
HALVES = ("tune", "check")
_THRESHOLD = 0.5
_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
_NOT_NAME_WORDS = frozenset({"the", "of", "and", "for", "in", "on", "at", "to", "a", "an"})


@dataclass(frozen=True, slots=True)
class Gold:
    """A gold attribution: content and speaker spans in the raw text, speaker text and type."""

    content: tuple[tuple[int, int], ...]
    speakers: tuple[tuple[int, int], ...]
    speaker_text: str
    type: str


@dataclass(frozen=True, slots=True)
class Predicted:
    """A predicted statement mapped to the raw text: content, speaker mention, actor name."""

    content: tuple[tuple[int, int], ...]
    speaker: tuple[int, int] | None = None
    name: str | None = None


@dataclass(slots=True)
class Tally:
    """Running counts over documents."""

    gold: int = 0
    predicted: int = 0
    correct: int = 0
    matched: int = 0
    docs: int = 0
    failures: int = 0
    gold_by_type: Counter[str] = field(default_factory=Counter)
    correct_by_type: Counter[str] = field(default_factory=Counter)
    matched_by_type: Counter[str] = field(default_factory=Counter)

    def add(self, text: str, gold: Sequence[Gold], predicted: Sequence[Predicted]) -> None:
        """Score one document."""
        self.docs += 1
        pairs = match(text, gold, predicted)
        ignored = {p for g, p in pairs if not gold[g].speakers}
        scored = [g for g in gold if g.speakers]
        self.gold += len(scored)
        self.gold_by_type.update(g.type for g in scored)
        self.predicted += len(predicted) - len(ignored)
        for g, p in pairs:
            if not gold[g].speakers:
                continue
            self.matched += 1
            self.matched_by_type[gold[g].type] += 1
            if speaker_matches(gold[g], predicted[p]):
                self.correct += 1
                self.correct_by_type[gold[g].type] += 1

    def __add__(self, other: Tally) -> Tally:
        """The counts of both tallies together."""
        return Tally(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(Tally)))

    def figures(self) -> dict[str, float]:
        """P/R/F1 (speaker checked), recall by gold type, content-only P/R/F1, and the share of
        matched direct quotes whose speaker is right."""
        scored = prf(self.correct, self.predicted - self.correct, self.gold - self.correct)
        content = prf(self.matched, self.predicted - self.matched, self.gold - self.matched)
        by_type = {
            f"recall_{t}": self.correct_by_type[t] / self.gold_by_type[t]
            for t in TYPES
            if self.gold_by_type[t]
        }
        direct = self.matched_by_type["direct"]
        speaker = {"direct_speaker": self.correct_by_type["direct"] / direct} if direct else {}
        return {
            **scored,
            **by_type,
            **{f"content_{k}": v for k, v in content.items()},
            **speaker,
        }

    def counts(self) -> dict[str, int]:
        """Document and attribution counts."""
        return {
            "docs": self.docs,
            "failed_docs": self.failures,
            "gold": self.gold,
            "predicted": self.predicted,
            "content_matches": self.matched,
            "correct": self.correct,
            **{f"gold_{t}": self.gold_by_type[t] for t in TYPES},
            "matched_direct": self.matched_by_type["direct"],
        }


def positions(text: str, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    """The offsets of the letters and digits inside ``spans``."""
    return frozenset(i for s, e in spans for i in range(s, min(e, len(text))) if text[i].isalnum())


def match(text: str, gold: Sequence[Gold], predicted: Sequence[Predicted]) -> list[tuple[int, int]]:
    """Pair gold and predicted contents one-to-one, largest overlap first, where the overlap is
    at least half of the longer content (letters and digits only)."""
    gold_pos = [positions(text, g.content) for g in gold]
    pred_pos = [positions(text, p.content) for p in predicted]
    candidates = []
    for gi, g in enumerate(gold_pos):
        for pi, p in enumerate(pred_pos):
            shared = len(g & p)
            if shared and shared >= _THRESHOLD * max(len(g), len(p)):
                candidates.append((shared, gi, pi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _shared, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def speaker_matches(gold: Gold, predicted: Predicted) -> bool:
    """The predicted mention overlaps a gold speaker span, or the actor's canonical name shares
    a name word with the gold speaker text."""
    if predicted.speaker is not None:
        s, e = predicted.speaker
        if any(gs < e and s < ge for gs, ge in gold.speakers):
            return True
    if predicted.name:
        return bool(name_words(predicted.name) & name_words(gold.speaker_text))
    return False


def name_words(text: str) -> set[str]:
    """The lower-case words of a name (two letters or more, function words left out)."""
    return {w.lower() for w in _WORD.findall(text)} - _NOT_NAME_WORDS


def read_gold(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Read a statements gold file (one JSON article per line)."""
    return read_jsonl(path, ("text", "quotes"), limit)


def gold_attributions(record: dict[str, Any]) -> list[Gold]:
    """The gold attributions of a record."""
    return [
        Gold(
            content=tuple((s, e) for s, e in q.get("content_spans") or ()),
            speakers=tuple((s, e) for s, e in q.get("speaker_spans") or ()),
            speaker_text=q.get("speaker_text") or "",
            type=q.get("type") or "indirect",
        )
        for q in record["quotes"]
        if q.get("content_spans")
    ]


def predict(
    records: Sequence[dict[str, Any]], settings: Settings
) -> Iterator[list[Predicted] | None]:
    """Run the pipeline over the gold texts; yield raw-text predictions (None on failure)."""
    for result in run_gold(records, settings, date=lambda r: iso_day(r.get("publication_date"))):
        yield None if result is None else to_raw(result[0], result[1].span_to_input)


def to_raw(article: Any, span_to_input: Any) -> list[Predicted]:
    """An article's statements with spans mapped to the raw input text."""
    names = {a.id: a.name for a in article.actors}
    out = []
    for statement in article.statements:
        content = tuple(span_to_input(c.start, c.end) for c in statement.content)
        mention = statement.speaker_mention
        speaker = span_to_input(mention.start, mention.end) if mention else None
        out.append(Predicted(content, speaker, names.get(statement.speaker or "")))
    return out


def evaluate(gold: Path, settings: Settings, limit: int | None = None) -> Report:
    """Score the statements layer on ``gold`` (a statements JSONL file)."""
    records = read_gold(gold, limit)
    halves = {half: Tally() for half in HALVES}
    for n, (record, predicted) in enumerate(zip(records, predict(records, settings), strict=True)):
        half = halves[HALVES[n % 2]]  # documents alternate: tune, check, tune ...
        if predicted is None:
            half.failures += 1
            predicted = []
        half.add(record["text"], gold_attributions(record), predicted)
    tally = halves["tune"] + halves["check"]
    parts = {
        name: {**{k: round(v, 4) for k, v in t.figures().items()}, **t.counts()}
        for name, t in halves.items()
    }
    return Report(
        layer="statements",
        gold=str(gold),
        figures=tally.figures(),
        counts=tally.counts(),
        details={"halves": parts},
    )
