"""Who did it to whom: a frame's (source, target) pairs, and the fallbacks when the text names no
target or no source (unidentified attackers, the country struck, the actor's own country), plus
the cleaning of candidate dyads (a denial answers an accusation; half-known dyads give way)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Token

from eventwire.extract.events.arguments import Lookup
from eventwire.extract.events.attributes import EventContext, is_local, material_code, place_of
from eventwire.extract.events.frames import ActorLookup, Frame
from eventwire.extract.events.merge import Candidate
from eventwire.extract.events.syntax import (
    children,
    clause_head,
    clause_tokens,
    keys_of,
    patient,
    prep_objects,
)
from eventwire.knowledge.event_codes import load_codebook
from eventwire.knowledge.event_patterns import PatternBook, load_patterns

Pair = tuple[str | None, str | None]
#: Prepositions that make a violent noun the means or occasion of the verb they attach to.
_MEANS = frozenset({"in", "during", "with", "by", "through"})


def dyads(frame: Frame, lookup: ActorLookup) -> list[tuple[str | None, str | None]]:
    """Return the (source, target) actor pairs of a frame."""
    sources = _unique(a for w in frame.sources for a in lookup.resolve(w))
    if frame.sources and not sources and not frame.nominal:
        sources = _unique(a for w in frame.sources if (a := lookup.seat_of_government(w)))
    if frame.sources and not sources and not frame.nominal and _unnamed_violence(frame):
        # "Israeli strikes killed 12 people", "Hezbollah's rockets hit Haifa": the owner did it
        sources = _unique(a for w in frame.sources for a in _owners(w, lookup))
    if not frame.sources:
        unknown = (
            civil_suit(frame)
            or frame.source_how == "elided"
            or _trigger_in(frame, "organised_gathering")  # a rally: someone's, no crowd implied
        )
        implied = None if unknown else lookup.implied_agent(frame.trigger, frame.code)
        if implied is None and frame.nominal:  # "an Iraqi attack on Jordan": Iraq's
            implied = lookup.owner_country(frame.trigger)
        sources = [implied] if implied is not None else []
    if (frame.sources or frame.nominal) and not sources and not _unnamed_violence(frame):
        return []  # an agent is named but is no actor we know ("crowds", "we"), or a noun has none
    # "visit Moscow", "invasion of South Lebanon": a place as target stands for its country
    blamed = _blames_force(frame)
    if blamed is not None:
        targets = _unique(_blamed(blamed, lookup))
    else:
        targets = _unique(a for w in frame.targets for a in _target_actors(w, lookup))
    mutual = any(_each_other(w) for w in frame.targets)  # "accused each other"
    if not targets:
        if (frame.recip or mutual) and len(sources) >= 2:
            return [(a, b) for a in sources for b in sources if a != b]
        return [(s, None) for s in sources]
    if not sources:
        return [(None, t) for t in targets if not lookup.generic(t)]
    pairs: list[tuple[str | None, str | None]] = [
        (s, t) for s in sources for t in targets if s != t
    ]
    # "the US backed its own plan": a source that is its only target acts on no one else
    return pairs or [(s, None) for s in sources]


def _target_actors(word: Token, lookup: ActorLookup) -> list[str]:
    """The actors a target word stands for; for a number or a bare kind of people, the actors
    it is said to include ("killed 259 people, including 12 Americans": the Americans)."""
    found = lookup.resolve(word, places=True)
    if found and not all(lookup.generic(a) for a in found):
        return found
    members = [a for m in prep_objects(word, "including") for a in lookup.resolve(m)]
    return [a for a in members if not lookup.generic(a)] or found


def _blames_force(frame: Frame) -> Token | None:
    """The forceful act an accusation or condemnation (CAMEO 11) names as its object or target
    ("condemned the raid on the embassy"), if it names one."""
    if not load_codebook().in_class(frame.code, "accusation"):
        return None
    obj = patient(frame.trigger) if not frame.nominal else None
    for word in (obj, *frame.targets):
        if word is not None and _forceful_noun(word):
            return word
    return None


def _forceful_noun(word: Token) -> bool:
    """A noun that names a protest, coercion or force ("the bombings", "the arrest")."""
    book = load_patterns()
    patterns = book.nouns.get(word.lemma_.lower(), ())
    return word.pos_ == "NOUN" and any(
        p.code is not None and book.codes.in_class(p.code, "forceful") for p in patterns
    )


def _blamed(word: Token, lookup: ActorLookup) -> list[str]:
    """Whom condemning or accusing a forceful act targets: its agent ("Israel's strike", "the
    killings by the militia", "the Israeli raid"), never its victims ("condemned the bombings
    of the embassies" is aimed at the bombers, whoever they are)."""
    words = [*children(word, "poss"), *prep_objects(word, "by")]
    found = [a for w in words for a in lookup.resolve(w)]
    if found:
        return found
    owner = lookup.owner_country(word)
    if owner is not None:
        return [owner]
    return [a for c in children(word, "compound", "amod") for a in lookup.resolve(c)]


def civil_suit(frame: Frame) -> bool:
    """A lawsuit ("sued the city", "a lawsuit against ..."): brought by a plaintiff, never by
    courts implied for an agentless charge."""
    return _trigger_in(frame, "civil_suit")


def _trigger_in(frame: Frame, name: str) -> bool:
    """Whether the trigger word is in the pattern book's word class ``name``."""
    return bool(keys_of(frame.trigger) & load_patterns().classes.get(name, frozenset()))


def _owners(word: Token, lookup: ActorLookup) -> list[str]:
    """Who a weapon or an attack named as a verb's subject belongs to: its possessor, else the
    country of a demonym on it ("Israeli strikes")."""
    owned = [a for c in children(word, "poss") for a in lookup.resolve(c)]
    if owned:
        return owned
    country = lookup.owner_country(word)
    return [country] if country is not None else []


def _unnamed_violence(frame: Frame) -> bool:
    """Violence that names what struck, not who ("a bomb killed two officers", "the bombings of
    the embassies"): its agent is unknown, and its victims are still its target."""
    if not load_codebook().in_class(frame.code, "unattributed"):
        return False
    weapons = load_patterns().classes.get("unattributed", frozenset())
    if frame.nominal:  # a bombing or an attack, not a war or an invasion, and not the means of
        # a verb's own act ("killed four in an attack on ...": the verb's event)
        word = frame.trigger
        means = word.dep_ == "pobj" and word.head.lower_ in _MEANS
        return not frame.sources and bool(keys_of(word) & weapons) and not means
    return all(keys_of(w) & weapons for w in frame.sources)


def unattributed(
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


_MILITARY_AID = frozenset({"072", "074"})


def sent_to_place(frame: Frame, ctx: EventContext, book: PatternBook, lookup: Lookup) -> Frame:
    """Forces sent or deployed *to a country* are provided to it (CAMEO 074: "deployed troops
    to Belarus"); sent to a town, a region or a thing they are a military move there, not aid
    to whoever lives there ("sent troops to Gaza", "deployed troops to the border"): CAMEO 154,
    with no target from the destination."""
    if frame.code not in _MILITARY_AID or frame.target_how != "prep:to":
        return frame
    if not frame.nominal:
        obj = patient(frame.trigger)
        if obj is None or not keys_of(obj) & book.classes.get("forces", frozenset()):
            return frame
    if any(
        lookup.index.actor_of(t) is not None
        and ((place := ctx.places.get(t.i)) is None or not is_local(place))
        for t in frame.targets
    ):
        return frame
    return replace(frame, code="154", targets=(), target_how="none")


def is_open(pairs: list[tuple[str | None, str | None]], lookup: Lookup) -> bool:
    """Whether a dyad still lacks a codable target."""
    return any(t is None or lookup.blank(t) for _, t in pairs)


def own_country(
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


def struck(
    frame: Frame, pairs: list[tuple[str | None, str | None]], lookup: Lookup, ctx: EventContext
) -> list[tuple[str | None, str | None]]:
    """With no actor as target, the country whose people or property the object names
    ("demolished Palestinian homes"), or for a material act the target's phrase ("a tariff on
    Indian goods"), else the country where the event happens (CAMEO practice: "demonstrated in
    Serbia" is directed at Serbia; the place hangs on the trigger or on an object that is no
    actor: "evacuate the settlements in Gaza")."""
    if _blames_force(frame) is not None:  # "condemned the bombings in Kenya": not Kenya
        return pairs
    obj = patient(frame.trigger) if not frame.nominal else None
    target = _struck_building(frame, lookup)
    if target is None and obj is not None:
        target = lookup.owner_country(obj)
    if target is None and material_code(frame.code):  # "tariffs on Indian goods"
        owners = (lookup.owner_country(w) for w in frame.targets)
        target = next((o for o in owners if o is not None), None)
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


#: Prepositions that put a forceful act at a body's door: "a bomb exploded outside the embassy".
_AT_DOOR = frozenset({"outside", "at", "near"})
#: Kinds of actor whose building a forceful act at its door is aimed at (not a country's).
_HOUSED = frozenset({"government", "organization"})


def _struck_building(frame: Frame, lookup: Lookup) -> str | None:
    """The body a protest, coercion or force happens at the door of ("exploded outside the
    U.S. embassy", "opened fire near the police headquarters"): what it is aimed at (CAMEO
    practice codes the embassy's country as the target of a bombing outside it)."""
    if not load_codebook().in_class(frame.code, "forceful"):
        return None
    hosts = [frame.trigger] if frame.nominal else [frame.trigger, frame.anchor]
    for host in hosts:
        for prep in children(host, "prep"):
            if prep.lower_ not in _AT_DOOR:
                continue
            for word in children(prep, "pobj"):
                found = lookup.actor_of(word)
                actor = lookup.actors.get(found) if found is not None else None
                if actor is not None and actor.kind in _HOUSED:
                    return actor.id
    return None


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


def _each_other(word: Token) -> bool:
    return word.lower_ in {"other", "another"} and any(
        c.lower_ in {"each", "one"} for c in word.doc[max(0, word.i - 1) : word.i]
    )


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _country(actor_id: str, lookup: Lookup) -> str | None:
    actor = lookup.actors.get(actor_id)
    return actor.country if actor is not None else None


def answer_accusations(candidates: list[Candidate], lookup: Lookup) -> list[Candidate]:
    """A denial of accusations without a named accuser (016) answers the latest accusation
    against the denier (or the denier's country)."""
    codes = load_codebook()
    out = list(candidates)
    for n, cand in enumerate(out):
        if (
            not codes.in_class(cand.code, "denial")
            or cand.target is not None
            or cand.source is None
        ):
            continue
        country = _country(cand.source, lookup)
        for earlier in reversed(out[:n]):
            if not codes.in_class(earlier.code, "accusation"):
                continue
            if earlier.source is None or earlier.target is None:
                continue
            if earlier.target == cand.source or (
                country is not None and _country(earlier.target, lookup) == country
            ):
                out[n] = replace(cand, target=earlier.source)
                break
    return out


def partnered(candidates: list[Candidate]) -> list[Candidate]:
    """Drop a consultation with no partner (CAMEO 04 is between two parties, and one with no
    target after every target rule is mostly no consultation at all: "talking about his
    appearance", "traveled the country", "their trip home"), and a statement, appeal, intent,
    consultation or cooperation that no one named does ("citizens are urged to stay away",
    "schools will be allowed to", "when he was asked for details"): unlike an arrest or a
    bombing, such an act implies no agent, and most of them are advice or routine."""
    codes = load_codebook()
    return [
        c
        for c in candidates
        if (c.target is not None or not codes.in_class(c.code, "two_party"))
        and (c.source is not None or not codes.in_class(c.code, "doer_needed"))
    ]


def subsume(candidates: list[Candidate]) -> list[Candidate]:
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
