"""Named entities that are not people: organisations, countries, governments by metonym.

* An organisation of the table is its own actor ("the Shanghai Cooperation Organization",
  "SCO"); an unknown organisation named with an agent noun is coded from it ("the Latvian
  Constitutional Court" -> LVAJUD, "the Lane County Sheriff's Office" -> COP even when the NER
  calls it a place); one its name or sentence shows to be a company ("Conseco Inc.", "Kraft
  Foods", "Wells Fargo shares", see :mod:`.companies`) is BUS, with the short name the story
  goes on to use even when the NER calls that a person ("Conseco"), and so is one that any later
  mention shows to be a company; another unknown organisation is an actor (code null) only when it
  is a verb's argument, a passive's agent or the owner of a thing ("Nexus's new platform").
* A country name is the country (kind ``country``, ISO code), except when it is the subject of
  a political or speech verb ("Russia said ..."): then it stands for the government (how
  ``metonym``).
* A seat of government that is not a town ("the Kremlin", "Downing Street") stands for the
  government unless it follows a locative preposition ("talks at the Kremlin"). A capital
  ("Pyongyang", "Beijing") stands for the government only as the subject of a political verb
  or the owner of a political noun ("Beijing's response"); otherwise it is a place, no actor.
* A demonym used as a noun ("the Russians", "Palestinians said") is the country, how ``demonym``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.extract.actors.actor_lexicon import Named
from eventwire.extract.actors.codes import compose, country_key, government_key
from eventwire.extract.actors.companies import (
    acts_as_company,
    named_as_company,
    names_outlet,
    public_body,
    short_names,
)
from eventwire.extract.actors.context import ActorContext, Draft, Key
from eventwire.extract.actors.modifiers import modifiers, people_place, place_of
from eventwire.extract.actors.titles import phrase_of
from eventwire.knowledge.agents import Agent
from eventwire.knowledge.countries import Country
from eventwire.knowledge.first_names import given_name_gender
from eventwire.records import ActorKind, MentionHow

_SUBJECTS = frozenset({"nsubj"})
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "appos", "attr"})
_AGENT_WINDOW = 3


def find_entities(ctx: ActorContext, *, only: str | None = None) -> None:
    """Add mentions for organisation, country, seat, capital and demonym entities.

    Entities written as an acronym the story defines are left to :mod:`.abbreviations`, which
    calls this again with ``only`` (that acronym) when its definition names no actor.
    """
    shorts = short_names(ctx)
    for ent in ctx.doc.ents:
        if ent.label_ == "PERSON" and ctx.trimmed(ent).text not in shorts:
            continue
        span = ctx.trimmed(ent)
        if not len(span) or ctx.is_claimed(span.start, span.end):
            continue
        if ctx.scare_quoted(span.start, span.end):
            continue
        if span.text != only and (only is not None or span.text in ctx.acronyms):
            continue
        named = ctx.lex.named(span.text)
        if named is None:
            if _organisation(ctx, ent.label_, span):
                unknown_org(ctx, span)
            continue
        if named.kind == "org" and named.org is not None:
            org = named.org
            key: Key = ("org", org.name)
            code, country, sector = compose(org, None, ctx.date)
            ctx.draft(key, Draft(org.name, "organization", code, country, sector, org.wikidata))
            add_name(ctx, span, key, "name")
        elif named.country is not None:
            _country_entity(ctx, span, named)


def _organisation(ctx: ActorContext, label: str, span: Span) -> bool:
    """Whether an entity the knowledge does not know names an organisation: an ORG; a company's
    short name the NER took for a person's ("Conseco"); a body's or company's name it took for a
    place or facility ("the Lane County Sheriff's Office", "Wright County Eggs")."""
    if label == "ORG" or span.text in short_names(ctx):
        return True
    return label in {"FAC", "GPE"} and (_body(ctx, span) or named_as_company(ctx, span))


def _country_entity(ctx: ActorContext, span: Span, named: Named) -> None:
    country = named.country
    assert country is not None
    root = span.root
    if named.kind == "country":
        if governs(root, ctx, nouns=False):
            add_name(ctx, span, government_key(ctx, country), "metonym")
        else:
            add_name(ctx, span, country_key(ctx, country), "name")
    elif named.kind == "seat":
        if not _locative(span, ctx):
            add_name(ctx, span, government_key(ctx, country), "metonym")
    elif named.kind == "capital":
        if governs(root, ctx, nouns=True):
            add_name(ctx, span, government_key(ctx, country), "metonym")
    elif (
        named.kind == "demonym"
        and root.dep_ not in {"amod", "compound"}
        and root.tag_
        in {
            "NNPS",
            "NNS",
            "NNP",
            "NN",
        }
    ):
        _demonym_noun(ctx, span, country)


def _demonym_noun(ctx: ActorContext, span: Span, country: Country) -> None:
    """ "the Russians" as a government-like subject is the country; people counted or
    described ("100 Palestinians", "young Algerians", "thousands of Nigerians") are civilians."""
    root = span.root
    if any(c.lower_ == "ethnic" for c in root.children):
        _ethnic_group(ctx, span, country)
        return
    country = people_place(root, Named("demonym", country=country), ctx) or country
    counted = any(
        c.dep_ in {"nummod", "quantmod", "amod", "compound"} and c.i not in ctx.ents
        for c in root.children
    ) or (root.dep_ == "pobj" and root.head.lower_ == "of")
    plural = root.tag_ in {"NNS", "NNPS"} or span.text.endswith("s")
    if not plural and not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in root.children):
        return  # a singular demonym is a person only as "a Briton", "an American"
    if counted or not (governs(root, ctx, nouns=False) or root.dep_ in _SUBJECTS) or not plural:
        code, iso3, sector = compose(country, "CVL")
        key: Key = ("group", code, span.text, plural)
        kind: ActorKind = "group" if plural else "person"
        ctx.draft(key, Draft(span.text, kind, code, iso3, sector))
        add_name(ctx, span, key, "demonym")
    else:
        add_name(ctx, span, country_key(ctx, country), "demonym")


def _ethnic_group(ctx: ActorContext, span: Span, ethnicity: Country) -> None:
    """ "ethnic Albanians" are people of that descent, not that country's nationals: civilians
    of the place that qualifies them ("ethnic Albanians in Macedonia"), else of no country yet
    (the sentence's one country may settle it later)."""
    place = people_place(span.root, Named("demonym", country=None), ctx)
    code, iso3, sector = compose(place, "CVL") if place is not None else ("CVL", None, "CVL")
    key: Key = ("group", code, span.text, True)
    ctx.draft(key, Draft(span.text, "group", code, iso3, sector))
    add_name(ctx, span, key, "demonym")


def governs(token: Token, ctx: ActorContext, *, nouns: bool) -> bool:
    """Whether a name acts as a government: subject of a political or speech verb, or (with
    ``nouns``) owner of a political noun; the first conjunct's role counts for all."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in _SUBJECTS:
        return token.head.lemma_.lower() in ctx.lex.words.govern_verbs
    if nouns and token.dep_ in {"poss", "compound"}:
        return token.head.lemma_.lower() in ctx.lex.words.govern_nouns
    # "an admission by Moscow": the capital acts
    return nouns and token.dep_ == "pobj" and token.head.lower_ == "by"


def _locative(span: Span, ctx: ActorContext) -> bool:
    """Whether a seat follows a locative preposition ("at the Kremlin")."""
    root = span.root
    if root.dep_ in {"compound", "poss", "amod"}:
        return False  # "a Kremlin readout", "the Kremlin's position"
    doc = ctx.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i >= 0 and doc[i].lower_ in ctx.lex.words.locatives:
        return True
    return root.dep_ == "pobj" and root.head.lower_ in ctx.lex.words.locatives


def add_name(ctx: ActorContext, span: Span, key: Key, how: MentionHow) -> None:
    """Add a name mention, with a "the" before it that belongs to it ("the Kremlin")."""
    start = span.start
    doc = ctx.doc
    if (
        start > 0
        and doc[start - 1].lower_ == "the"
        and span.start <= doc[start - 1].head.i < span.end
    ):
        start -= 1
    ctx.add(start, span.end, key, how)


def unknown_org(ctx: ActorContext, span: Span) -> Key | None:
    """An organisation the table lacks: coded from an agent noun in its name, else uncoded.

    It is an actor when its name has an agent noun or a country, when its sentence shows it to
    be a company (then BUS), or when it is a verb's argument, a passive's agent or the owner of
    a thing. Returns its key, if an actor.
    """
    agent = _head_agent(ctx, span)
    place = _place_in(span, ctx)
    outlet = agent is None and names_outlet(ctx, span)
    public = agent is None and not outlet and public_body(span)
    company = agent is None and not outlet and not public and acts_as_company(ctx, span)
    if agent is None and place is None and not company and not _acts(span):
        return None  # an outlet is an actor only where it acts ("Breitbart News reported")
    if (
        place is not None
        and agent is not None
        and isinstance(place, Country)
        and (agent.phrase in ctx.lex.words.government_nouns)
    ):
        key = government_key(ctx, place)
        add_name(ctx, span, key, "name")
        return key
    sector = (
        agent.sector
        if agent is not None
        else ("MED" if outlet else "GOV" if public else "BUS" if company else None)
    )
    if place is not None:
        code, country, sector = compose(place, sector, ctx.date)
    else:
        code, country = sector, None
    name = short_names(ctx).get(span.text, span.text)  # "Conseco" is "Conseco Inc."
    key = ("org?", phrase_of(span).title() if span.text.islower() else name)
    draft = ctx.drafts.get(key)
    if company and draft is not None and draft.sector is None and draft.code is None:
        del ctx.drafts[key]  # a company, as a later mention shows ("HP ... HP's shares")
    ctx.draft(key, Draft(name, "organization", code, country, sector))
    add_name(ctx, span, key, "name")
    return key


def _acts(span: Span) -> bool:
    """Whether an unknown organisation's name plays an actor's part: a verb's argument, the
    passive's agent ("was bought by Nexus"), or the owner of a thing ("Nexus's new platform";
    not a name that opens with a given name, which the NER often takes for an organisation's
    when it owns something: "Ana Costa's lawyer")."""
    root = span.root
    if root.dep_ in _ARGUMENTS:
        return True
    if root.dep_ == "poss":
        return given_name_gender(span[0].text) is None
    return root.dep_ == "pobj" and root.head.dep_ == "agent"


def _body(ctx: ActorContext, span: Span) -> bool:
    """Whether a name the NER took for a place is a body's ("the Lane County Sheriff's Office"
    as FAC): its head agent phrase names a body (not "the West Bank": a bank is no body)."""
    agent = _head_agent(ctx, span)
    return agent is not None and agent.phrase in ctx.lex.words.bodies


def _head_agent(ctx: ActorContext, span: Span) -> Agent | None:
    """The agent phrase ending a name ("the Lane County Sheriff's Office" -> sheriff's
    office), or ending its head noun when words follow it ("the Select Committee on Trade").
    A name ending in a civilian noun names a newspaper or a business ("The Daily Caller"), not
    civilians."""
    ends = [span.end]
    if span.start <= span.root.i < span.end - 1:
        ends.append(span.root.i + 1)
    for end in ends:
        for size in range(min(_AGENT_WINDOW, end - span.start), 0, -1):
            words = ctx.doc[end - size : end]
            agent = ctx.lex.agent("".join(t.lemma_.lower() + t.whitespace_ for t in words))
            if agent is not None:
                return agent if agent.sector != "CVL" else None
    return None


def _place_in(span: Span, ctx: ActorContext) -> Country | None:
    """A country named inside or right before an organisation's name ("the Latvian Court")."""
    hit = ctx.place_at(span.root)
    if hit is not None and hit[1].country is not None:
        return hit[1].country
    for ref in modifiers(span.root, ctx):
        place = place_of(ref, ctx)
        if isinstance(place, Country):
            return place
    return None
