"""From a parsed document to its ``EventsResult``: frames, dates, candidates, merged events.

One frame gives one event per dyad: every source with every target ("accused China, Russia and
North Korea" = 3 events); a reciprocal pattern with a plural source and no target gives both
directions ("Putin and Kim held talks"). An intended cooperative event takes its "express intent"
code, a conditional intended conflict event its threat code (``event_recodes.tsv``). One
happening reported several times is one event: candidates with the same CAMEO root, the same
dyad, the same kind of reality and compatible dates merge their triggers.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc

from eventwire.extract.events.arguments import Lookup
from eventwire.extract.events.attributes import EventContext, Mood, date_of, event_place, mood_of
from eventwire.extract.events.dyads import (
    answer_accusations,
    dyads,
    is_open,
    own_country,
    partnered,
    sent_to_place,
    struck,
    subsume,
    unattributed,
)
from eventwire.extract.events.filters import (
    depth,
    drop_aims,
    drop_helpers,
    drop_mishaps,
    find_frames,
    with_purposes,
)
from eventwire.extract.events.frames import Frame
from eventwire.extract.events.merge import Candidate, merge
from eventwire.extract.events.syntax import sentence_index
from eventwire.knowledge.base import Knowledge
from eventwire.knowledge.event_codes import load_codebook
from eventwire.knowledge.event_patterns import PatternBook, load_patterns
from eventwire.nlp.state import DocState, EventsResult
from eventwire.records import DateRef, Event, Span

__all__ = ["code_events", "dyads", "find_frames"]


def code_events(doc: Doc, state: DocState, knowledge: Knowledge) -> EventsResult:
    """Return the events of a parsed document (ids ``E1``.. in order of first trigger), the
    implied actors they use and their confidence features."""
    book = load_patterns()
    lookup = Lookup.build(doc, state, knowledge)
    ctx = EventContext.build(doc, state, book, lookup.places)
    found = drop_mishaps(drop_aims(find_frames(doc, book, lookup)), book)
    frames = with_purposes(drop_helpers(found), lookup)
    dates: dict[int, DateRef] = {}
    for frame in sorted(frames, key=lambda f: depth(f.anchor)):
        date = date_of(frame, ctx, dates)
        if date is not None:
            dates[frame.trigger.i] = date
    starts = sentence_index(doc)
    candidates: list[Candidate] = []
    for frame in frames:
        candidates.extend(_candidates(frame, doc, book, lookup, ctx, dates, starts))
    events, values = merge(subsume(partnered(answer_accusations(candidates, lookup))), book)
    return _with_implied(events, lookup, len(state.actor_list), values)


def _with_implied(
    events: list[Event], lookup: Lookup, own: int, features: dict[str, dict[str, float]]
) -> EventsResult:
    """Number the implied actors the events use after the article's ``own`` actors, point the
    events at those ids, and return both (the annotator adds the actors to the record)."""
    used = [a for a in lookup.implied if any(a in (e.source, e.target) for e in events)]
    renamed = {old: f"A{own + n}" for n, old in enumerate(used, start=1)}
    implied = tuple(replace(lookup.implied[old], id=new) for old, new in renamed.items())
    final = tuple(
        replace(e, source=renamed.get(e.source or "", e.source),
                target=renamed.get(e.target or "", e.target))
        for e in events
    ) if renamed else tuple(events)  # fmt: skip
    return EventsResult(final, implied, features)


def _candidates(
    frame: Frame,
    doc: Doc,
    book: PatternBook,
    lookup: Lookup,
    ctx: EventContext,
    dates: dict[int, DateRef],
    starts: list[int],
) -> Iterable[Candidate]:
    frame = sent_to_place(frame, ctx, book, lookup)
    pairs = dyads(frame, lookup)
    arguments = {t.i for w in (*frame.sources, *frame.targets) for t in w.subtree}
    if all(s is None for s, _ in pairs):
        pairs = unattributed(frame, pairs, book, lookup, ctx) or pairs
    if not pairs:
        return []
    mood = mood_of(frame, ctx)
    place = event_place(frame, ctx, arguments)
    if is_open(pairs, lookup):
        pairs = struck(frame, pairs, lookup, ctx)
    read = list(pairs)
    if is_open(pairs, lookup):
        pairs = own_country(frame, pairs, lookup, ctx)
    intended = mood.modality == "intended"
    refused = mood.refused and book.codes.in_class(frame.code, "cooperative")
    threat = mood.conditional or (intended and _announced_force(frame, mood, pairs, ctx))
    code = book.codes.recode(frame.code, intended=intended, threat=threat, refused=refused)
    people = {"person", "group"}
    first, last = doc[frame.span[0]], doc[frame.span[1] - 1]
    start, end = first.idx, last.idx + len(last.text)
    trigger = Span(start, end, doc.text[start:end])
    sentence = max(0, bisect.bisect_right(starts, frame.span[0]) - 1)
    date = dates.get(frame.trigger.i)
    return [
        Candidate(
            frame, book.codes.for_individual(code) if _kind(t, lookup) in people else code,
            s, t, trigger, sentence, date, place, mood, guessed=(s, t) != was,
        )
        for (s, t), was in zip(pairs, read, strict=True)
    ]  # fmt: skip


def _kind(actor_id: str | None, lookup: Lookup) -> str | None:
    actor = lookup.actors.get(actor_id) if actor_id is not None else None
    return actor.kind if actor is not None else None


def _announced_force(
    frame: Frame, mood: Mood, pairs: list[tuple[str | None, str | None]], ctx: EventContext
) -> bool:
    """Whether an actor announces its own future protest, coercion or force ("the farmers said
    they would blockade Paris"): a threat (CAMEO 13x), not an intended act reported by others."""
    if not load_codebook().in_class(frame.code, "forceful") or mood.statement is None:
        return False
    speaker = next((st.speaker for st in ctx.statements if st.id == mood.statement), None)
    return speaker is not None and all(s == speaker for s, _ in pairs)
