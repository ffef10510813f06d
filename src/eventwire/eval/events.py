"""Scoring the events layer against event gold (../shared/eval/FORMATS.md, "events").

Every gold record (a sentence, or a few) runs through the real pipeline with its date; the
record's predicted events are compared with its gold events. Three levels, micro P/R/F1 over
sentences (a predicted event matches a gold one, one-to-one, when source, target and code agree):

* ``strict``: full actor codes (capitals, e.g. ``HUNGOV``) and the full CAMEO code;
* ``root``: actor country (first three letters) and CAMEO root (first two digits);
* ``plover``: actor country and PLOVER type.

A null gold actor needs a null predicted actor. Strict and root score only sentences whose gold
events all carry a consistent CAMEO code (``event_code`` set, ``event_code_consistent`` not
false); the counts say how many. ``noevents`` sentences count every prediction as a false
positive; negated events are not predictions. Country blocks are compared as ISO alpha-3 codes
(CAMEO country codes and the gold file's legacy codes JAP, ITL, VTN are mapped).

The dataset is read from the records: India police events are scored by label (ARREST: police
source + CAMEO 173; FORCE: police source + roots 18-20; per sentence), PETRARCH unit tests by
mechanics (:mod:`eventwire.eval.events_mechanics`), anything else at the three levels.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.config import Settings
from eventwire.eval.gold import iso_day, read_jsonl, run_gold
from eventwire.eval.report import Report, prf
from eventwire.records import Actor, Article, Event

LEVELS = ("strict", "root", "plover")
LEGACY = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
POLICE_LABELS = ("ARREST", "FORCE")
Key = tuple[str | None, str | None, str | None]


def read_gold(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Read an events gold file (one JSON record per line with ``text`` and ``events``)."""
    return read_jsonl(path, ("text", "events"), limit)


def record_date(record: dict[str, Any]) -> str | None:
    """The record's date: ``date``, else ``date_raw`` when it is an ISO date (else None)."""
    return iso_day(record.get("date")) or iso_day(record.get("date_raw"))


def predict(records: Sequence[dict[str, Any]], settings: Settings) -> Iterator[Article | None]:
    """Run the pipeline over the gold texts; yield one article per record (None on failure)."""
    for result in run_gold(records, settings, date=record_date):
        yield None if result is None else result[0]


def evaluate(gold: Path, settings: Settings, limit: int | None = None) -> Report:
    """Score the events layer on ``gold`` (dispatching on the records' ``dataset``)."""
    records = read_gold(gold, limit)
    dataset = str(records[0].get("dataset", "")) if records else ""
    if dataset == "petrarch_unittest":
        from eventwire.eval.events_mechanics import evaluate_mechanics

        return evaluate_mechanics(records, settings, str(gold))
    articles = list(predict(records, settings))
    if dataset == "india_police_events":
        return score_police(records, articles, str(gold))
    return score_levels(records, articles, str(gold))


def country_block(code: str | None) -> str | None:
    """The comparable country block of an actor code ("HUNGOV" -> "HUN", "JAP" -> "JPN")."""
    if not code:
        return None
    block = strict_code(code)[:3]
    if not block:
        return None
    block = LEGACY.get(block, block)
    try:
        from eventwire.knowledge.base import load_knowledge

        country = load_knowledge().country_by_code(block)
    except ImportError:  # knowledge tables not packaged in this build
        country = None
    return country.iso3 if country is not None else block


def strict_code(code: str | None) -> str:
    """The capital letters a code starts with ("SRBCVLalb" -> "SRBCVL", "IRQ***" -> "IRQ")."""
    match = re.match(r"[A-Z]+", code or "")
    return match.group() if match else ""


def gold_keys(event: dict[str, Any]) -> dict[str, Key]:
    """The gold event's key at each level."""
    src, tgt = event.get("source_actor_code"), event.get("target_actor_code")
    code = event.get("event_code")
    plover = (
        event.get("plover_type_v2") or event.get("plover_type_mapped") or event.get("plover_type")
    )
    return {
        "strict": (strict_code(src) or None, strict_code(tgt) or None, code),
        "root": (country_block(src), country_block(tgt), code[:2] if code else None),
        "plover": (country_block(src), country_block(tgt), plover),
    }


def actor_code(actor: Actor | None) -> str | None:
    """The code a predicted actor is scored with (its CAMEO code, else its country)."""
    if actor is None:
        return None
    return actor.code or actor.country


def predicted_keys(event: Event, actors: dict[str, Actor]) -> dict[str, Key]:
    """The predicted event's key at each level."""
    src = actor_code(actors.get(event.source)) if event.source else None
    tgt = actor_code(actors.get(event.target)) if event.target else None
    return {
        "strict": (src, tgt, event.cameo),
        "root": (country_block(src), country_block(tgt), event.cameo[:2]),
        "plover": (country_block(src), country_block(tgt), event.plover),
    }


def predictions(article: Article | None) -> list[Event]:
    """The events that count as predictions (not negated)."""
    if article is None:
        return []
    return [e for e in article.events if e.modality != "negated"]


def consistent(record: dict[str, Any]) -> bool:
    """Whether every gold event of a record carries a consistent CAMEO code."""
    return all(
        e.get("event_code") and e.get("event_code_consistent") is not False
        for e in record["events"]
    )


@dataclass(slots=True)
class LevelTally:
    """Counts at one level."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    sentences: int = 0

    def add(self, gold: list[Key], predicted: list[Key]) -> None:
        """Score one sentence (multiset match)."""
        g, p = Counter(gold), Counter(predicted)
        hit = sum((g & p).values())
        self.tp += hit
        self.fp += sum(p.values()) - hit
        self.fn += sum(g.values()) - hit
        self.sentences += 1


@dataclass(slots=True)
class Confusion:
    """Root-code confusions over dyads that agree at the country level."""

    pairs: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, gold: list[Key], predicted: list[Key]) -> None:
        """Pair gold and predicted events of one sentence by country dyad, then count roots."""
        left = list(predicted)
        for g in gold:
            match = next((p for p in left if p[:2] == g[:2]), None)
            if match is not None:
                left.remove(match)
                self.pairs[(g[2] or "?", match[2] or "?")] += 1
            else:
                self.pairs[(g[2] or "?", "none")] += 1
        for p in left:
            self.pairs[("none", p[2] or "?")] += 1

    def summary(self, n: int = 15) -> list[str]:
        """The most frequent gold -> predicted root pairs (including misses and extras)."""
        return [f"{g} -> {p}: {c}" for (g, p), c in self.pairs.most_common(n)]


def score_levels(
    records: Sequence[dict[str, Any]], articles: Sequence[Article | None], gold: str
) -> Report:
    """P/R/F1 at the three levels, with sentence counts and a root confusion summary."""
    tallies = {level: LevelTally() for level in LEVELS}
    confusion = Confusion()
    failures = 0
    for record, article in zip(records, articles, strict=True):
        failures += article is None
        actors = {a.id: a for a in article.actors} if article is not None else {}
        gold_events = [] if record.get("noevents") else record["events"]
        g_keys = [gold_keys(e) for e in gold_events]
        p_keys = [predicted_keys(e, actors) for e in predictions(article)]
        for level in LEVELS:
            if level != "plover" and not consistent(record):
                continue
            tallies[level].add([k[level] for k in g_keys], [k[level] for k in p_keys])
        confusion.add([k["root"] for k in g_keys], [k["root"] for k in p_keys])
    figures: dict[str, float] = {}
    counts: dict[str, int] = {"records": len(records), "failed": failures}
    for level, tally in tallies.items():
        for name, value in prf(tally.tp, tally.fp, tally.fn).items():
            figures[f"{level}_{name}"] = value
        counts[f"{level}_sentences"] = tally.sentences
        counts[f"{level}_gold"] = tally.tp + tally.fn
        counts[f"{level}_predicted"] = tally.tp + tally.fp
    return Report("events", gold, figures, counts, {"root_confusions": confusion.summary()})


def police_labels(article: Article | None) -> set[str]:
    """The India police labels a predicted article shows (police source + code)."""
    if article is None:
        return set()
    actors = {a.id: a for a in article.actors}
    labels = set()
    for event in predictions(article):
        actor = actors.get(event.source) if event.source else None
        if actor is None or not (actor.sector == "COP" or "COP" in (actor.code or "")):
            continue
        if event.cameo.startswith("173"):
            labels.add("ARREST")
        if event.cameo[:2] in {"18", "19", "20"}:
            labels.add("FORCE")
    return labels


def score_police(
    records: Sequence[dict[str, Any]], articles: Sequence[Article | None], gold: str
) -> Report:
    """Per-sentence P/R/F1 of the ARREST and FORCE labels."""
    counts = {label: [0, 0, 0] for label in POLICE_LABELS}
    for record, article in zip(records, articles, strict=True):
        truth = {str(e.get("label")) for e in record["events"]}
        found = police_labels(article)
        for label in POLICE_LABELS:
            tally = counts[label]
            tally[0] += label in truth and label in found
            tally[1] += label in found and label not in truth
            tally[2] += label in truth and label not in found
    figures: dict[str, float] = {}
    out_counts: dict[str, int] = {"sentences": len(records)}
    for label, (tp, fp, fn) in counts.items():
        for name, value in prf(tp, fp, fn).items():
            figures[f"{label.lower()}_{name}"] = value
        out_counts[f"{label.lower()}_gold"] = tp + fn
        out_counts[f"{label.lower()}_predicted"] = tp + fp
    return Report("events", gold, figures, out_counts)
