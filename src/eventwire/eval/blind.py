"""Scoring on a gold set kept as offsets: sentences of documents read from elsewhere at run time.

A blind set (docs/blind-set.md) names sentences by (file, document id, start, end) and keeps
its gold events and actor mentions as offsets and codes, never text. Each document is processed
whole, with its date, so pronouns and titles can resolve to what came before; a sentence's
predictions are the events whose first trigger lies inside it. Events are scored with the
definitions of :mod:`eventwire.eval.events` (three levels, micro P/R/F1 over sentences); actor
mentions per gold mention: the predicted actor whose mention covers the gold span must have the
gold code (and, for the country figure, the gold country block).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from eventwire.clean.offsets import OffsetMap
from eventwire.config import Settings
from eventwire.eval.events import (
    actor_code,
    country_block,
    gold_keys,
    predicted_keys,
    predictions,
    score_levels,
    strict_code,
)
from eventwire.eval.gold import run_gold
from eventwire.eval.report import Report
from eventwire.records import Actor, Article, Event

DocumentText = Callable[[str, str], str]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One blind sentence with its gold."""

    id: str
    file: str
    doc: str
    start: int
    end: int
    date: str | None
    split: str
    gold: dict[str, Any]


def join(sentences: Iterable[dict[str, Any]], gold: Iterable[dict[str, Any]]) -> list[Sentence]:
    """Pair the drawn sentences with their gold lines (sentences without gold are left out)."""
    by_id = {g["id"]: g for g in gold}
    return [
        Sentence(s["id"], s["file"], s["doc"], s["start"], s["end"], s.get("date"), s["split"],
                 by_id[s["id"]])
        for s in sentences
        if s["id"] in by_id
    ]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Processed:
    """One processed document: its article and the map from cleaned to input offsets."""

    article: Article
    offsets: OffsetMap

    def input_span(self, start: int, end: int) -> tuple[int, int]:
        """Input offsets of a cleaned ``[start, end)``."""
        return self.offsets.span_to_input(start, end)


def process_documents(
    sentences: Sequence[Sentence], text_of: DocumentText, settings: Settings
) -> dict[tuple[str, str], Processed | None]:
    """Process every document the sentences come from, once, with its date."""
    keys = list(dict.fromkeys((s.file, s.doc) for s in sentences))
    dates = {(s.file, s.doc): s.date for s in sentences}
    records = [{"text": text_of(file, doc), "date": dates[(file, doc)]} for file, doc in keys]
    outcomes = run_gold(records, settings, date=lambda r: r["date"])
    return {
        key: Processed(*outcome) if outcome is not None else None
        for key, outcome in zip(keys, outcomes, strict=True)
    }


def sentence_events(sentence: Sentence, processed: Processed | None) -> Article | None:
    """The document's article with only the events whose first trigger lies in the sentence."""
    if processed is None:
        return None
    kept = []
    for event in processed.article.events:
        start, _ = processed.input_span(event.triggers[0].start, event.triggers[0].end)
        if sentence.start <= start < sentence.end:
            kept.append(event)
    return dataclasses.replace(processed.article, events=tuple(kept))


def score_events(sentences: Sequence[Sentence], articles: Sequence[Article | None]) -> Report:
    """P/R/F1 at the three levels of :mod:`eventwire.eval.events` (every blind gold event carries
    its CAMEO code, so every sentence counts at every level)."""
    records = [
        {"events": s.gold["events"], "noevents": s.gold.get("noevents", False)} for s in sentences
    ]
    return score_levels(records, articles, "blind")


def covering_actor(processed: Processed, start: int, end: int) -> Actor | None:
    """The actor with the smallest mention that covers input ``[start, end)`` (else overlaps it)."""
    best: tuple[int, int, Actor] | None = None
    for actor in processed.article.actors:
        for mention in actor.mentions:
            s, e = processed.input_span(mention.start, mention.end)
            if s >= end or e <= start:
                continue
            rank = (0 if s <= start and end <= e else 1, e - s)
            if best is None or rank < best[:2]:
                best = (*rank, actor)
    return best[2] if best is not None else None


def score_actors(
    sentences: Sequence[Sentence], documents: dict[tuple[str, str], Processed | None]
) -> dict[str, Any]:
    """Per gold mention (code known): the covering actor's full code, and its country block."""
    total = code_right = country_right = found = 0
    for sentence in sentences:
        processed = documents.get((sentence.file, sentence.doc))
        for mention in sentence.gold.get("actors", []):
            code = mention.get("code")
            if not code or code == "UNK":
                continue
            total += 1
            actor = (
                covering_actor(processed, mention["start"], mention["end"]) if processed else None
            )
            if actor is None:
                continue
            found += 1
            predicted = actor_code(actor)
            code_right += strict_code(predicted) == strict_code(code)
            country_right += country_block(predicted) == country_block(code)
    return {
        "mentions": total,
        "found": found,
        "code_accuracy": code_right / total if total else 0.0,
        "country_accuracy": country_right / total if total else 0.0,
    }


def score_places(
    sentences: Sequence[Sentence],
    articles: Sequence[Article | None],
    documents: dict[tuple[str, str], Processed | None],
    text_of: DocumentText,
) -> dict[str, int]:
    """Gold events whose sentence names where they happened (a gold ``place`` span): how many a
    predicted event answers (its trigger overlaps the gold trigger, else the same PLOVER type in
    the sentence), how many of those carry a place, and how many carry the right one (its span
    overlaps the gold place, or it is a mention of the same name elsewhere in the text)."""
    named = matched = placed = right = 0
    for sentence, article in zip(sentences, articles, strict=True):
        processed = documents.get((sentence.file, sentence.doc))
        for gold in sentence.gold["events"]:
            if not gold.get("place"):
                continue
            named += 1
            if article is None or processed is None:
                continue
            event = _answering(gold, article, processed)
            if event is None:
                continue
            matched += 1
            place = next((p for p in article.places if p.id == event.place), None)
            if place is None:
                continue
            placed += 1
            start, end = gold["place"]
            s, e = processed.input_span(place.span.start, place.span.end)
            name = text_of(sentence.file, sentence.doc)[start:end].lower()
            right += (s < end and start < e) or name in {
                place.span.text.lower(),
                place.name.lower(),
            }
    return {"named": named, "answered": matched, "placed": placed, "right": right}


def score_dyads(
    sentences: Sequence[Sentence],
    articles: Sequence[Article | None],
    documents: dict[tuple[str, str], Processed | None],
) -> dict[str, int]:
    """Gold events answered by a predicted event of the same PLOVER type (:func:`_answering`),
    and how many of those have the gold source and target countries (the country blocks of
    the ``plover`` level) -- who did it to whom, once what was done is right."""
    typed = right = 0
    for sentence, article in zip(sentences, articles, strict=True):
        if article is None:
            continue
        actors = {a.id: a for a in article.actors}
        for gold in sentence.gold["events"]:
            processed = documents.get((sentence.file, sentence.doc))
            event = _answering(gold, article, processed, same_type=True)
            if event is None:
                continue
            typed += 1
            right += predicted_keys(event, actors)["plover"] == gold_keys(gold)["plover"]
    return {"typed": typed, "dyad_right": right}


def _answering(
    gold: dict[str, Any],
    article: Article,
    processed: Processed | None,
    same_type: bool = False,
) -> Event | None:
    """The predicted event answering a gold one: its trigger overlaps the gold trigger (and,
    with ``same_type``, it has the gold PLOVER type), else the first of that type."""
    start, end = gold["trigger"]
    same_type_event = None
    for event in predictions(article):
        if same_type and event.plover != gold["plover_type"]:
            continue
        if processed is not None:
            s, e = processed.input_span(event.triggers[0].start, event.triggers[0].end)
            if s < end and start < e:
                return event
        if same_type_event is None and event.plover == gold["plover_type"]:
            same_type_event = event
    return same_type_event


def evaluate_blind(
    sentences: Sequence[Sentence], text_of: DocumentText, settings: Settings, name: str
) -> dict[str, Report]:
    """Score events and actors on each split (``dev``, ``test``) and on all sentences."""
    text_of = functools.cache(text_of)  # each document is read once (processing, places)
    documents = process_documents(sentences, text_of, settings)
    reports: dict[str, Report] = {}
    for split in ("dev", "test", "all"):
        chosen = [s for s in sentences if split == "all" or s.split == split]
        articles = [sentence_events(s, documents.get((s.file, s.doc))) for s in chosen]
        events = score_events(chosen, articles)
        actors = score_actors(chosen, documents)
        figures = dict(events.figures)
        figures.update({f"actor_{k}": float(v) for k, v in actors.items() if "accuracy" in k})
        predicted = [e for a in articles if a is not None for e in a.events]
        placed = sum(1 for e in predicted if e.place is not None)
        figures["event_place_share"] = placed / len(predicted) if predicted else 0.0
        counts = {**events.counts, "sentences": len(chosen), "events_with_place": placed}
        places = score_places(chosen, articles, documents, text_of)
        dyads = score_dyads(chosen, articles, documents)
        figures["dyad_right_share"] = dyads["dyad_right"] / max(1, dyads["typed"])
        counts.update(dyads)
        if places["named"]:
            figures["event_place_right"] = places["right"] / max(1, places["answered"])
            counts.update({f"place_{k}": v for k, v in places.items()})
        counts.update({f"actor_{k}": int(v) for k, v in actors.items() if "accuracy" not in k})
        reports[split] = Report("blind", f"{name} ({split})", figures, counts)
    return reports


__all__ = [
    "Sentence",
    "evaluate_blind",
    "join",
    "score_actors",
    "score_dyads",
    "score_events",
    "score_places",
]
