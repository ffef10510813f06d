"""One happening reported several times is one event: candidates (one dyad of one frame, with
its attributes) with the same CAMEO root, the same dyad, the same kind of reality and compatible
dates merge their triggers into one ``Event`` with its confidence."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.extract.events.attributes import Mood
from eventwire.extract.events.confidence import features, score
from eventwire.extract.events.frames import Frame
from eventwire.knowledge.event_patterns import PatternBook
from eventwire.records import DateRef, Event, Span

_REALITY = {"asserted": "real", "reported": "real", "claimed": "real"}
_PREFERRED = ("asserted", "reported", "claimed", "intended", "hypothetical", "denied", "negated")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One dyad of one frame, with its attributes, before merging."""

    frame: Frame
    code: str
    source: str | None
    target: str | None
    trigger: Span
    sentence: int
    date: DateRef | None
    place: str | None
    mood: Mood
    guessed: bool = False  # the target is its source's own country by default, not a word


def merge(
    candidates: list[Candidate], book: PatternBook
) -> tuple[list[Event], dict[str, dict[str, float]]]:
    groups: list[list[Candidate]] = []
    for cand in sorted(candidates, key=lambda c: c.trigger.start):
        for group in groups:
            if _same_happening(group[0], cand):
                group.append(cand)
                break
        else:
            groups.append([cand])
    events: list[Event] = []
    values: dict[str, dict[str, float]] = {}
    for n, group in enumerate(groups, start=1):
        event, values[f"E{n}"] = _event(f"E{n}", group, book)
        events.append(event)
    return events, values


def _same_happening(a: Candidate, b: Candidate) -> bool:
    if (a.code[:2], a.source, a.target) != (b.code[:2], b.source, b.target):
        return False
    reality_a = _REALITY.get(a.mood.modality, a.mood.modality)
    if reality_a != _REALITY.get(b.mood.modality, b.mood.modality):
        return False
    return _dates_agree(a.date, b.date)


def _dates_agree(a: DateRef | None, b: DateRef | None) -> bool:
    if a is None or b is None or a.inferred or b.inferred:
        return True
    return a.value.startswith(b.value) or b.value.startswith(a.value)


def _event(
    event_id: str, group: list[Candidate], book: PatternBook
) -> tuple[Event, dict[str, float]]:
    lead = min(group, key=lambda c: (_PREFERRED.index(c.mood.modality), c.trigger.start))
    code = max((c.code for c in group), key=_specific)
    entry = book.codes.get(code)
    triggers = sorted({(c.trigger.start, c.trigger.end): c.trigger for c in group}.values(),
                      key=lambda s: s.start)  # fmt: skip
    dated = [c.date for c in group if c.date is not None]
    date = next((d for d in dated if not d.inferred), dated[0] if dated else None)
    place = next((c.place for c in group if c.place is not None), None)
    values = features(
        lead.frame, lead.source, lead.target, lead.mood.modality, len(triggers), lead.guessed
    )
    return Event(
        id=event_id,
        cameo=code,
        plover=entry.plover,
        plover_mode=entry.plover_mode,
        quad_class=entry.quad_class,
        goldstein=entry.goldstein,
        source=lead.source,
        target=lead.target,
        triggers=tuple(triggers),
        sentence=min(c.sentence for c in group),
        date=date,
        place=place,
        modality=lead.mood.modality,
        statement=lead.mood.statement,
        confidence=score(values),
    ), values


def _specific(code: str) -> tuple[int, int]:
    """Sort key: a leaf code beats its generic parent ("046" over "040")."""
    return (0 if code.endswith("0") and len(code) == 3 else 1, len(code))
