"""From frames to ``Event`` records: dyads, recoding by modality, merging, ids.

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
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from eventwire.extract.events.arguments import Lookup
from eventwire.extract.events.attributes import EventContext, Mood, date_of, mood_of, place_of
from eventwire.extract.events.confidence import features, score
from eventwire.extract.events.frames import ActorLookup, Frame
from eventwire.extract.events.nouns import noun_frame
from eventwire.extract.events.syntax import (
    children,
    clause_head,
    clause_tokens,
    is_verbal,
    keys_of,
    patient,
    prep_objects,
    sentence_index,
)
from eventwire.extract.events.verbs import verb_frame
from eventwire.knowledge.base import Knowledge
from eventwire.knowledge.event_codes import load_codebook
from eventwire.knowledge.event_patterns import PatternBook, load_patterns
from eventwire.nlp.state import DocState, EventsResult
from eventwire.records import DateRef, Event, Span

_HELP = frozenset({"help", "assist"})
_REALITY = {"asserted": "real", "reported": "real", "claimed": "real"}
_PREFERRED = ("asserted", "reported", "claimed", "intended", "hypothetical", "denied", "negated")


@dataclass(slots=True)
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


def find_frames(doc: Doc, book: PatternBook, lookup: ActorLookup) -> list[Frame]:
    """Return the frames of a document in text order (verbs first claim the words they code)."""
    consumed: set[int] = set()
    frames: list[Frame] = []
    verbs = sorted((t for t in doc if t.lemma_.lower() in book.verbs), key=_depth)
    for verb in verbs:
        if verb.i in consumed:
            continue
        frame = verb_frame(verb, book, lookup.resolve)
        if frame is not None:
            frames.append(frame)
            consumed |= frame.consumed | _content(frame)
    triggers = {f.trigger.i for f in frames}
    for token in doc:
        if token.i in consumed or token.i in triggers:
            continue
        frame = noun_frame(token, book, lookup.resolve)
        if frame is not None:
            frames.append(frame)
    return sorted(frames, key=lambda f: f.span[0])


def _content(frame: Frame) -> set[int]:
    """The clausal complement or object of an appeal, intent, demand, rejection or threat is
    what is appealed for, intended, demanded, rejected or threatened, not a happening of its
    own ("agreed that their countries should cooperate", "urged Iraq to withdraw", "opposed
    French mediation"): it codes no separate event (its topic may have chosen the subcode)."""
    if frame.nominal or not load_codebook().in_class(frame.code, "verbal"):
        return set()
    clauses = [c for c in frame.trigger.children if c.dep_ in {"xcomp", "ccomp"} and is_verbal(c)]
    # what is demanded, offered, rejected or threatened: "opposed to French mediation",
    # "demanded a truce", "rejected an invitation to attend a meeting"
    things = [patient(frame.trigger), *prep_objects(frame.trigger, "to")]
    clauses += [w for w in things if w is not None and w.pos_ == "NOUN"]
    clauses += [
        c
        for c in frame.trigger.children
        if c.dep_ == "advcl" and any(m.lower_ == "that" for m in c.children if m.dep_ == "mark")
    ]
    return {t.i for clause in clauses for t in clause.subtree}


def _helpers(frames: list[Frame]) -> list[Frame]:
    """ "to help support the rights of X" codes the support: a verb of helping with no one
    helped and a coded act as its complement only introduces that act."""
    coded = {f.trigger.i for f in frames}
    return [
        f
        for f in frames
        if not (
            f.trigger.lemma_.lower() in _HELP
            and not f.nominal
            and patient(f.trigger) is None
            and not children(f.trigger, "dative")
            and any(c.dep_ in {"xcomp", "ccomp"} and c.i in coded for c in f.trigger.children)
        )
    ]


def _aims(frames: list[Frame]) -> list[Frame]:
    """Drop the demand or protest a protest or a coercive act is made for ("blocked roads to
    press their demands", "would blockade Paris to demand an end to the reform"): CAMEO codes
    the act, whose aim is what it demonstrates for, not a second event."""
    codes = load_codebook()
    hosts = {f.trigger.i for f in frames if codes.in_class(f.code, "forceful")}
    kept = []
    for frame in frames:
        verb = frame.anchor if frame.nominal else frame.trigger
        aim = (
            codes.in_class(frame.code, "aim")
            and verb.dep_ == "advcl"
            and verb.head.i in hosts
            and verb.head.i != frame.trigger.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        )
        if not aim:
            kept.append(frame)
    return kept


def _purposes(frames: list[Frame], lookup: Lookup) -> None:
    """A purpose clause without an actor as target takes the target of the act it is the
    purpose of: "telephoned X to discuss", "sent personnel to Bosnia to investigate"."""
    by_trigger = {f.trigger.i: f for f in frames}
    for frame in frames:
        verb = frame.trigger
        if frame.nominal or verb.dep_ != "advcl":
            continue
        if any(lookup.resolve(w, places=True) for w in frame.targets):
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            continue
        host = by_trigger.get(verb.head.i)
        if host is not None and host.targets:
            frame.targets = list(host.targets)
            frame.target_how = "purpose"


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


def code_events(doc: Doc, state: DocState, knowledge: Knowledge) -> EventsResult:
    """Return the events of a parsed document (ids ``E1``.. in order of first trigger), the
    implied actors they use and their confidence features."""
    book = load_patterns()
    lookup = Lookup.build(doc, state, knowledge)
    ctx = EventContext.build(doc, state, book, lookup.places)
    frames = _helpers(_aims(find_frames(doc, book, lookup)))
    _purposes(frames, lookup)
    dates: dict[int, DateRef] = {}
    for frame in sorted(frames, key=lambda f: _depth(f.anchor)):
        date = date_of(frame, ctx, dates)
        if date is not None:
            dates[frame.trigger.i] = date
    starts = sentence_index(doc)
    candidates: list[Candidate] = []
    for frame in frames:
        candidates.extend(_candidates(frame, doc, book, lookup, ctx, dates, starts))
    _answer_accusations(candidates, lookup)
    events, values = _merge(_subsume(candidates), book)
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
    pairs = dyads(frame, lookup)
    arguments = {t.i for w in (*frame.sources, *frame.targets) for t in w.subtree}
    if all(s is None for s, _ in pairs):
        pairs = _unattributed(frame, pairs, book, lookup, ctx) or pairs
    if not pairs:
        return []
    mood = mood_of(frame, ctx)
    place = place_of(frame, ctx, arguments)
    if _open(pairs, lookup):
        pairs = _struck(frame, pairs, lookup, ctx)
    read = list(pairs)
    if _open(pairs, lookup):
        pairs = _own_country(frame, pairs, lookup, ctx)
    intended = mood.modality == "intended"
    refused = mood.refused and book.codes.in_class(frame.code, "cooperative")
    threat = mood.conditional or (intended and _announced_force(frame, mood, pairs, ctx))
    code = book.codes.recode(frame.code, intended=intended, threat=threat, refused=refused)
    first, last = doc[frame.span[0]], doc[frame.span[1] - 1]
    start, end = first.idx, last.idx + len(last.text)
    trigger = Span(start, end, doc.text[start:end])
    sentence = max(0, bisect.bisect_right(starts, frame.span[0]) - 1)
    date = dates.get(frame.trigger.i)
    return [
        Candidate(frame, code, s, t, trigger, sentence, date, place, mood, guessed=(s, t) != was)
        for (s, t), was in zip(pairs, read, strict=True)
    ]


def _announced_force(
    frame: Frame, mood: Mood, pairs: list[tuple[str | None, str | None]], ctx: EventContext
) -> bool:
    """Whether an actor announces its own future protest, coercion or force ("the farmers said
    they would blockade Paris"): a threat (CAMEO 13x), not an intended act reported by others."""
    if not load_codebook().in_class(frame.code, "forceful") or mood.statement is None:
        return False
    speaker = next((st.speaker for st in ctx.statements if st.id == mood.statement), None)
    return speaker is not None and all(s == speaker for s, _ in pairs)


def _object_words(frame: Frame) -> set[int]:
    """The target words and the trigger's object (and the content clause of an appeal, intent,
    demand, rejection or threat, with its object), with the nouns their "of"/"in" phrases chain
    to ("lifted a state of emergency in X": state, emergency)."""
    verbs = [frame.trigger]
    if load_codebook().in_class(frame.code, "verbal"):  # "threatened to impose a curfew in Algiers"
        verbs += [c for c in frame.trigger.children if c.dep_ in {"xcomp", "ccomp"}]
    heads = list(frame.targets) + [v for v in verbs[1:]]
    heads += [o for v in verbs if (o := patient(v)) is not None and not frame.nominal]
    out: set[int] = set()
    while heads:
        word = heads.pop()
        if word.i in out:
            continue
        out.add(word.i)
        for prep in children(word, "prep"):
            heads.extend(children(prep, "pobj"))
    return out


def dyads(frame: Frame, lookup: ActorLookup) -> list[tuple[str | None, str | None]]:
    """Return the (source, target) actor pairs of a frame."""
    sources = _unique(a for w in frame.sources for a in lookup.resolve(w))
    if not frame.sources:
        implied = lookup.implied_agent(frame.trigger, frame.code)
        sources = [implied] if implied is not None else []
    if (frame.sources or frame.nominal) and not sources:
        return []  # an agent is named but is no actor we know ("crowds", "we"), or a noun has none
    # "visit Moscow", "invasion of South Lebanon": a place as target stands for its country
    targets = _unique(a for w in frame.targets for a in lookup.resolve(w, places=True))
    mutual = any(_each_other(w) for w in frame.targets)  # "accused each other"
    if not targets:
        if (frame.recip or mutual) and len(sources) >= 2:
            return [(a, b) for a in sources for b in sources if a != b]
        return [(s, None) for s in sources]
    if not sources:
        return [(None, t) for t in targets if not lookup.generic(t)]
    return [(s, t) for s in sources for t in targets if s != t]


def _unattributed(
    frame: Frame,
    pairs: list[tuple[str | None, str | None]],
    book: PatternBook,
    lookup: Lookup,
    ctx: EventContext,
) -> list[tuple[str | None, str | None]]:
    """A bombing, a blast or a mine that names no attacker ("a roadside bombing near Samarra
    killed ...", "was killed in a car bomb explosion in Beirut"): the agent is unidentified armed
    forces in the country where it happened (CAMEO ``UAF``); empty when that is not the case."""
    if not book.codes.in_class(frame.code, "unattributed") or frame.nominal:
        return []
    means = list(frame.sources)
    if not means:
        means = [*prep_objects(frame.trigger, "in"), *prep_objects(frame.trigger, "by")]
    weapons = book.classes.get("unattributed", frozenset())
    if not any(keys_of(w) & weapons and not lookup.resolve(w) for w in means):
        return []
    located = place_of(frame, ctx, set())
    place = ctx.place(located) if located is not None else None
    agent = lookup.unidentified(place.country) if place is not None and place.country else None
    if agent is None:
        return []
    targets = [t for _, t in pairs if t is not None] or [
        a for w in frame.targets for a in lookup.resolve(w, places=True)
    ]
    return [(agent, t) for t in dict.fromkeys(targets)] or [(agent, None)]


def _open(pairs: list[tuple[str | None, str | None]], lookup: Lookup) -> bool:
    """Whether a dyad still lacks a codable target."""
    return any(t is None or lookup.blank(t) for _, t in pairs)


def _own_country(
    frame: Frame, pairs: list[tuple[str | None, str | None]], lookup: Lookup, ctx: EventContext
) -> list[tuple[str | None, str | None]]:
    """A yielding, demand, rejection, protest or coercion on something that is no actor ("called
    off the strike", "accepted demands from the rebels", "blocked roads"), by an actor of one
    country in a clause that names no other country, is directed at its own country (CAMEO
    practice for domestic events)."""
    if not load_codebook().in_class(frame.code, "domestic_default"):
        return pairs
    acted_on = list(frame.targets) or (
        [o] if not frame.nominal and (o := patient(frame.trigger)) is not None else []
    )
    if not acted_on:
        return pairs
    named: set[str] = set()  # the countries the clause names, by actor or place
    for token in clause_tokens(clause_head(frame.anchor)):
        actor = lookup.index.actor_at(token.i)
        place = ctx.places.get(token.i)
        for country in (
            _country(actor, lookup) if actor is not None else None,
            place.country if place is not None else None,
        ):
            if country is not None:
                named.add(country)
    out = []
    for s, t in pairs:
        country = _country(s, lookup) if s is not None else None
        if (t is None or lookup.blank(t)) and country is not None and named <= {country}:
            own = lookup.country_actor(country)
            if own is not None and own != s:
                t = own
        out.append((s, t))
    return out


def _struck(
    frame: Frame, pairs: list[tuple[str | None, str | None]], lookup: Lookup, ctx: EventContext
) -> list[tuple[str | None, str | None]]:
    """With no actor as target, the country whose people or property the object names
    ("demolished Palestinian homes"), else the country where the event happens (CAMEO
    practice: "demonstrated in Serbia" is directed at Serbia; the place hangs on the trigger or
    on an object that is no actor: "evacuate the settlements in Gaza")."""
    obj = patient(frame.trigger) if not frame.nominal else None
    target = lookup.owner_country(obj) if obj is not None else None
    if target is None:
        hosts = {frame.trigger.i, frame.anchor.i} | _object_words(frame)
        agents = {t.i for w in frame.sources for t in w.subtree}
        located = place_of(frame, ctx, agents, hosts)
        place = ctx.place(located) if located is not None else None
        target = lookup.place_actor(place) if place is not None else None
    if target is None:
        return pairs
    return [
        (s, target) if (t is None or lookup.blank(t)) and s != target else (s, t) for s, t in pairs
    ]


def _each_other(word: Token) -> bool:
    return word.lower_ in {"other", "another"} and any(
        c.lower_ in {"each", "one"} for c in word.doc[max(0, word.i - 1) : word.i]
    )


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _answer_accusations(candidates: list[Candidate], lookup: Lookup) -> None:
    """A denial of accusations without a named accuser (016) answers the latest accusation
    against the denier (or the denier's country)."""
    codes = load_codebook()
    for n, cand in enumerate(candidates):
        if (
            not codes.in_class(cand.code, "denial")
            or cand.target is not None
            or cand.source is None
        ):
            continue
        country = _country(cand.source, lookup)
        for earlier in reversed(candidates[:n]):
            if not codes.in_class(earlier.code, "accusation"):
                continue
            if earlier.source is None or earlier.target is None:
                continue
            if earlier.target == cand.source or (
                country is not None and _country(earlier.target, lookup) == country
            ):
                cand.target = earlier.source
                break


def _subsume(candidates: list[Candidate]) -> list[Candidate]:
    """Drop a half-known dyad ("X -> ?" or "? -> Y", or a guessed target) of a sentence when the
    same sentence has a full dyad read off the text with the same root: "telephoned Y to
    discuss" is one consultation."""
    full = {
        (c.sentence, c.code[:2], c.source, c.target)
        for c in candidates
        if c.source is not None and c.target is not None and not c.guessed
    }
    sources = {(s, r, a) for s, r, a, _ in full}
    targets = {(s, r, t) for s, r, _, t in full}
    return [
        c
        for c in candidates
        if not ((c.target is None or c.guessed) and (c.sentence, c.code[:2], c.source) in sources)
        and not (c.source is None and (c.sentence, c.code[:2], c.target) in targets)
    ]


def _country(actor_id: str, lookup: Lookup) -> str | None:
    actor = lookup.actors.get(actor_id)
    return actor.country if actor is not None else None


def _merge(
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
