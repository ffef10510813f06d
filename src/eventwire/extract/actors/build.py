"""From the passes' mentions and drafts to ``Actor`` records (ids in order of first mention)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from eventwire.extract.actors.backoff import (
    DOMESTIC,
    alias_country,
    back_off,
    gives_country,
    has_country_form,
    person_words,
    place_country,
)
from eventwire.extract.actors.codes import code_person, code_titled, person_country
from eventwire.extract.actors.context import ActorContext, Draft, Found, Key
from eventwire.nlp.actor_index import ActorIndex, MentionRef
from eventwire.records import Actor, Mention

_VERBS = frozenset({"VERB", "AUX"})
#: Prepositions of the place where something happens.
_AT = frozenset({"in", "at"})


def build(ctx: ActorContext) -> tuple[tuple[Actor, ...], ActorIndex, str | None]:
    """Return the actors in order of first mention, the token index of the layer and the
    document's one country (ISO alpha-3, or None)."""
    found = _distinct(ctx.found)
    first: dict[Key, int] = {}
    for f in found:
        first.setdefault(f.key, ctx.doc[f.start].idx)
    for key, members in ctx.members.items():
        for member in members:  # a member never mentioned by itself comes just before its set
            first.setdefault(member, first.get(key, 0))
    order = sorted(first, key=lambda k: (first[k], k[0] == "set"))
    ids = {key: f"A{n}" for n, key in enumerate(order, start=1)}
    by_key: dict[Key, list[Found]] = {}
    for f in found:
        by_key.setdefault(f.key, []).append(f)
    actors = tuple(_actor(ctx, key, ids, by_key.get(key, [])) for key in order)
    by_id = {ids[k]: by_key.get(k, []) for k in order}
    domestic = _own_forces(ctx, _domestic(ctx, actors, by_id), by_id)
    lent = frozenset(a.id for a, b in zip(actors, domestic, strict=True) if a.country != b.country)
    actors, country = back_off(ctx, domestic, by_id, lent)
    return actors, _index(ctx, found, ids, actors), country.iso3 if country else None


def _domestic(
    ctx: ActorContext, actors: tuple[Actor, ...], found: dict[str, list[Found]]
) -> tuple[Actor, ...]:
    """A domestic kind of actor named without a country ("police", "students", "the
    spokesperson") takes the country of the sentences it is named in, when those sentences name
    exactly one country through their other actors ("Cairo's security chief warned that police
    ..." -> Egyptian police) and the places they name that only one country has (a name whose
    far larger namesake is abroad is not enough here: "Alexandria" in a Virginia story). Where
    the sentences name several, the place of the mention's own clause decides among them ("In
    Cape Town, South Africa, a police spokesman said the FBI arrested him": South African)."""
    countries: dict[int, set[str]] = {}
    for actor in actors:
        if actor.country is not None and not actor.members and gives_country(ctx, actor):
            for f in found[actor.id]:
                countries.setdefault(ctx.sentence_of[f.start], set()).add(actor.country)
    people = person_words(actors)
    for ent in ctx.doc.ents:
        if ent.text in people:
            continue  # a person's name read as a place (backoff.person_words)
        if ent.label_ not in {"GPE", "LOC"}:
            continue
        if iso3 := alias_country(ctx, ent) or place_country(ent.text, dominant=False):
            countries.setdefault(ctx.sentence_of[ent.start], set()).add(iso3)
    out = []
    for actor in actors:
        fs = found[actor.id]
        if (
            actor.country is None
            and actor.code in DOMESTIC
            and fs
            and not actor.members
            and not has_country_form(actor)  # its legal form says more (backoff._of_form)
        ):
            named = set().union(*(countries.get(ctx.sentence_of[f.start], set()) for f in fs))
            if len(named) > 1:  # every mention's clause must say where: one actor may be many
                clauses = {_clause_country(ctx, f) for f in fs}
                named = named & clauses if None not in clauses else set()
            country = ctx.lex.knowledge.country_by_code(named.pop()) if len(named) == 1 else None
            if country is not None:
                actor = replace(actor, country=country.iso3, code=f"{country.cameo}{actor.code}")
        out.append(actor)
    return tuple(out)


def _own_forces(
    ctx: ActorContext, actors: tuple[Actor, ...], found: dict[str, list[Found]]
) -> tuple[Actor, ...]:
    """Armed forces named without a country that a verb of moving forces takes as its object
    are its subject's ("the minister said he was willing to withdraw troops": Israeli troops),
    when every mention of them says so (one actor "troops" may gather several)."""
    owner: dict[int, Actor] = {}
    for actor in actors:
        for f in found[actor.id]:
            for i in range(f.start, f.end):
                owner.setdefault(i, actor)
    out = []
    for actor in actors:
        if actor.sector == "MIL" and actor.country is None and not actor.members:
            countries = {_mover_country(ctx, f, owner) for f in found[actor.id]}
            iso3 = countries.pop() if len(countries) == 1 else None
            country = ctx.lex.knowledge.country_by_code(iso3) if iso3 else None
            if country is not None:
                actor = replace(actor, country=country.iso3, code=f"{country.cameo}MIL")
        out.append(actor)
    return tuple(out)


def _mover_country(ctx: ActorContext, found: Found, owner: dict[int, Actor]) -> str | None:
    """The country of the subject of the verb of moving forces whose object the mention is,
    through "willing to", "decided to" ("he was willing to withdraw troops")."""
    head = ctx.doc[found.start : found.end].root
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in ctx.lex.words.force_verbs:
        return None
    while verb.dep_ in {"xcomp", "acomp"} and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or any(c.dep_ == "conj" for c in subject.children):
        return None  # "Egypt, Syria and Morocco committed troops": each its own
    actor = owner.get(subject.i)
    return actor.country if actor is not None else None


def _clause_country(ctx: ActorContext, found: Found) -> str | None:
    """The country of the place where the mention's clause happens: an "in" or "at" phrase of
    its verb whose object is a place only one country has ("In Cape Town, police said ...",
    "police arrested two men in Lagos")."""
    verb = ctx.doc[found.start : found.end].root
    while verb.pos_ not in _VERBS and verb.head.i != verb.i:
        verb = verb.head
    countries = set()
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _AT:
            continue
        for place in prep.children:
            ent = ctx.ent_at(place.i) if place.dep_ == "pobj" else None
            if ent is not None and ent.label_ in {"GPE", "LOC"}:
                iso3 = place_country(ent.text, dominant=False)
                countries.add(iso3)
    return countries.pop() if len(countries) == 1 else None


def _distinct(found: list[Found]) -> list[Found]:
    """One mention per (span, actor), in text order; a span's first reading wins."""
    seen: set[tuple[int, int, Key]] = set()
    out = []
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        if (f.start, f.end, f.key) not in seen:
            seen.add((f.start, f.end, f.key))
            out.append(f)
    return out


def _actor(ctx: ActorContext, key: Key, ids: dict[Key, str], found: list[Found]) -> Actor:
    draft = _draft(ctx, key)
    members = tuple(ids[m] for m in ctx.members.get(key, ()) if m in ids)
    return Actor(
        id=ids[key],
        name=draft.name,
        kind=draft.kind,
        code=draft.code,
        country=draft.country,
        sector=draft.sector,
        wikidata=draft.wikidata,
        mentions=tuple(_mention(ctx.doc, f) for f in found),
        members=members,
    )


def _draft(ctx: ActorContext, key: Key) -> Draft:
    """The attributes of an actor; people are coded here, with all their titles known."""
    facts = ctx.titles.get(key, [])
    if key[0] == "person":
        person = ctx.lex.person(key[1])
        if person is not None:
            code, country, sector = code_person(person, facts, ctx.date, ctx.lex)
            if country is None and code is None:
                country = person_country(person)
            return Draft(person.name, "person", code, country, sector, person.wikidata)
    if key[0] == "person?":
        code, country, sector = code_titled(facts, None, ctx.date)
        return Draft(str(key[1]), "person", code, country, sector)
    return ctx.drafts.get(key) or Draft(name=str(key[1]), kind="group")


def _mention(doc: Doc, f: Found) -> Mention:
    span = doc[f.start : f.end]  # its text is doc.text[start:end], without building doc.text
    return Mention(span.start_char, span.end_char, span.text, f.how)


def _index(
    ctx: ActorContext, found: list[Found], ids: dict[Key, str], actors: tuple[Actor, ...]
) -> ActorIndex:
    mentions: list[MentionRef] = [(f.start, f.end, ids[f.key], f.how) for f in found]
    by_token: dict[int, str] = {}
    for start, end, actor, _ in sorted(mentions, key=lambda m: m[1] - m[0], reverse=True):
        for i in range(start, end):
            by_token[i] = actor
    heads: dict[int, str] = {}
    for f in sorted(found, key=lambda f: f.end - f.start):
        heads.setdefault(ctx.doc[f.start : f.end].root.i, ids[f.key])
    return ActorIndex(
        mentions=tuple(mentions),
        by_token=by_token,
        heads=heads,
        members={a.id: a.members for a in actors if a.members},
        kinds={a.id: a.kind for a in actors},
        codes={a.id: a.code for a in actors},
    )
