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
    place_countries,
    place_country,
)
from eventwire.extract.actors.codes import code_person, code_titled, person_country
from eventwire.extract.actors.companies import public_body
from eventwire.extract.actors.context import ActorContext, Draft, Found, Key
from eventwire.nlp.actor_index import ActorIndex, MentionRef
from eventwire.records import Actor, Mention

_VERBS = frozenset({"VERB", "AUX"})
#: Prepositions of the place where something happens.
_AT = frozenset({"in", "at"})
#: Prepositions after a group noun that name its place ("police in Lagos", "residents of Athens").
_AROUND = frozenset({"in", "of", "from"})
#: A place this many times as populous as every namesake abroad is the one a story that names
#: no country means ("a San Antonio jury").
_LARGER = 10
#: A city this populous, ``backoff._DOMINANT`` times as populous as every namesake abroad, is the
#: one meant whatever other countries the story names ("police in Lagos").
_CITY = 1_000_000


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
    countries = _sentence_countries(ctx, actors, by_id)
    placed = _placed(ctx, actors, by_id, countries)
    domestic = _own_forces(ctx, _domestic(ctx, placed, by_id, countries), by_id)
    lent = frozenset(a.id for a, b in zip(actors, domestic, strict=True) if a.country != b.country)
    actors, country = back_off(ctx, domestic, by_id, lent)
    return actors, _index(ctx, found, ids, actors), country.iso3 if country else None


def _sentence_countries(
    ctx: ActorContext, actors: tuple[Actor, ...], found: dict[str, list[Found]]
) -> dict[int, dict[str, set[str]]]:
    """The countries each sentence names through its coded actors and the places it names that
    only one country has (a name whose far larger namesake is abroad is not enough here:
    "Alexandria" in a Virginia story), each with what names it (an actor's id, a place name)."""
    countries: dict[int, dict[str, set[str]]] = {}
    for actor in actors:
        if actor.country is not None and not actor.members and gives_country(ctx, actor):
            for f in found[actor.id]:
                if _abroad(ctx, f):
                    continue  # "protesters outside the U.S. embassy in Cairo" are no Americans
                at = countries.setdefault(ctx.sentence_of[f.start], {})
                at.setdefault(actor.country, set()).add(actor.id)
    people = person_words(actors)
    for ent in ctx.doc.ents:
        if ent.text in people:
            continue  # a person's name read as a place (backoff.person_words)
        if ent.label_ not in {"GPE", "LOC"}:
            continue
        if iso3 := alias_country(ctx, ent) or place_country(ent.text, dominant=False):
            at = countries.setdefault(ctx.sentence_of[ent.start], {})
            at.setdefault(iso3, set()).add(ent.text)
    return countries


def _placed(
    ctx: ActorContext,
    actors: tuple[Actor, ...],
    found: dict[str, list[Found]],
    countries: dict[int, dict[str, set[str]]],
) -> tuple[Actor, ...]:
    """A domestic kind of actor named without a country but with a town or region takes that
    place's country (not refugees, nor exiles, embassies ...: ``abroad_noun`` in
    reference_words.tsv): a place inside its phrase ("a San Antonio jury", "Surrey police") or
    after "in", "of" or "from" ("police in Lagos", "residents of Athens"). A place name several
    countries have is the one of the country the rest of the story names (San Antonio in a
    story that names Texas); in a story that names no country, the far larger one. Every such
    place of the actor's mentions must agree. A story that names countries but not one of the
    place's leaves it, but for a city of millions ("police in Lagos, U.S. officials said"): the
    gazetteer may lack the smaller place that is meant (the English county of Surrey)."""
    todo = [
        a.id
        for a in actors
        if _uncoded_domestic(a, found[a.id])
        and a.code != "REF"
        and not any(_abroad(ctx, f) for f in found[a.id])
    ]
    if not todo:
        return actors
    story: dict[str, set[str]] = {}
    for at in countries.values():
        for iso3, sources in at.items():
            story.setdefault(iso3, set()).update(sources)
    if ctx.dateline is not None:
        story.setdefault(ctx.dateline.iso3, set()).add("")
    people = person_words(actors)
    out = []
    for actor in actors:
        if actor.id in todo:
            named = {c for f in found[actor.id] for c in _mention_places(ctx, f, story, people)}
            actor = _of(ctx, actor, named.pop() if len(named) == 1 else None)
        out.append(actor)
    return tuple(out)


def _uncoded_domestic(actor: Actor, found: list[Found]) -> bool:
    """Whether an actor named in the text is of a domestic kind and has no country yet (not a
    set, nor a company whose legal form says more: ``backoff._of_form``)."""
    return (
        actor.country is None
        and actor.code in DOMESTIC
        and bool(found)
        and not actor.members
        and not has_country_form(actor)
    )


def _of(ctx: ActorContext, actor: Actor, iso3: str | None) -> Actor:
    """The actor as one of that country (unchanged for None or an unknown code)."""
    country = ctx.lex.knowledge.country_by_code(iso3) if iso3 else None
    if country is None:
        return actor
    return replace(actor, country=country.iso3, code=f"{country.cameo}{actor.code}")


def _abroad(ctx: ActorContext, found: Found) -> bool:
    """Whether a mention names people or a body usually of another country than the place named
    with it or the story's ("the Yugoslav consulate in Istanbul", "Miami exiles")."""
    return ctx.doc[found.start : found.end].root.lemma_.lower() in ctx.lex.words.abroad_nouns


def _mention_places(
    ctx: ActorContext, found: Found, story: dict[str, set[str]], people: frozenset[str]
) -> set[str | None]:
    """The countries of the towns and regions a mention names before its head or after its
    "in", "of" or "from" (None for a place whose country the story does not settle)."""
    root = ctx.doc[found.start : found.end].root
    tokens = [ctx.doc[i] for i in range(found.start, root.i)]
    for prep in root.rights:
        if prep.dep_ == "prep" and prep.lower_ in _AROUND:
            tokens += [c for c in prep.children if c.dep_ == "pobj"]
    places: set[str | None] = set()
    seen: set[int] = set()
    for token in tokens:
        ent = ctx.ent_at(token.i)
        if ent is None or ent.label_ not in {"GPE", "LOC"} or ent.start in seen:
            continue
        if ent.text in people:
            continue  # a person's name read as a place (backoff.person_words)
        seen.add(ent.start)
        if alias_country(ctx, ent) or ctx.lex.named(ctx.trimmed(ent).text) is not None:
            continue  # a country, capital or demonym: the phrases pass has read it
        name = ctx.trimmed(ent).text
        # the countries the story names by other means than this place name
        others = {c for c, sources in story.items() if sources - {ent.text}}
        backed = place_countries(name) & others
        if len(backed) == 1:
            places.add(backed.pop())
        elif not others:  # nothing else in the story says where: the far larger place
            places.add(place_country(name, ratio=_LARGER))
        else:  # a city of millions far larger than its namesakes is meant in any story
            places.add(place_country(name, population=_CITY))
    return places


def _domestic(
    ctx: ActorContext,
    actors: tuple[Actor, ...],
    found: dict[str, list[Found]],
    countries: dict[int, dict[str, set[str]]],
) -> tuple[Actor, ...]:
    """A domestic kind of actor named without a country ("police", "students", "the
    spokesperson") takes the country of the sentences it is named in, when those sentences name
    exactly one country through their other actors ("Cairo's security chief warned that police
    ..." -> Egyptian police) and the places they name that only one country has
    (:func:`_sentence_countries`). Where the sentences name several, the place of the mention's
    own clause decides among them ("In Cape Town, South Africa, a police spokesman said the FBI
    arrested him": South African). A public body named by its name ("the Justice Department")
    is left to the story's country: the other countries of its sentences are more often the
    ones it deals with ("the Justice Department ordered the boy returned to Cuba")."""
    out = []
    for actor in actors:
        fs = found[actor.id]
        if _uncoded_domestic(actor, fs) and not _named_public_body(ctx, fs):
            named = {c for f in fs for c in countries.get(ctx.sentence_of[f.start], {})}
            if len(named) > 1:  # every mention's clause must say where: one actor may be many
                clauses = {_clause_country(ctx, f) for f in fs}
                named = named & clauses if None not in clauses else set()
            actor = _of(ctx, actor, named.pop() if len(named) == 1 else None)
        out.append(actor)
    return tuple(out)


def _named_public_body(ctx: ActorContext, found: list[Found]) -> bool:
    """Whether an actor is mentioned by a public body's name (``companies.public_body``)."""
    return any(f.how == "name" and public_body(ctx.doc[f.start : f.end]) for f in found)


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
