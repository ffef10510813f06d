"""Back-off for actors the knowledge does not code: companies by their legal form, and actors
named without a country by the document's one country.

News names most actors without their country: "police arrested two men", "the city council
voted", "a spokeswoman for Henley Group Inc. said". A reader takes the country from the story:
its dateline, the places it names, the countries of the actors it codes, the legal forms of its
companies and the words only one country's news uses for its own institutions ("sheriff's
deputies", "Crown Court": ``knowledge/data/country_cues.tsv``). When those point to one
country (at least two pieces of evidence, more than half of all of them), an actor of a domestic
kind (police, courts, officials, companies, civilians ... not armed forces or rebels, which often
act abroad) or a person or organisation the tables do not know is taken to be of that country.
Several countries in the story, or too little evidence, leave the actor as it was.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span

from eventwire.extract.actors.context import ActorContext, Found
from eventwire.extract.places.gazetteer import Entry, Gazetteer, load_gazetteer
from eventwire.extract.places.names import fold
from eventwire.knowledge.countries import Country
from eventwire.knowledge.country_cues import country_cues
from eventwire.knowledge.first_names import given_name_gender
from eventwire.nlp.grammar import doc_text
from eventwire.records import Actor

#: Sectors that belong to the country they act in (not armed forces, rebels or international
#: bodies, which often act abroad or against the country named next to them).
DOMESTIC = frozenset({"COP", "LAB", "EDU", "CVL", "GOV", "JUD", "LEG", "MED", "PTY", "OPP",
                      "BUS", "AGR", "HLH", "REL", "ELI", "CRM", "SPY", "REF", "DEV", "ENV"})  # fmt: skip

#: Words that open the names of bodies without naming a place, though a town somewhere bears them.
_NOT_PLACES = frozenset({"north", "south", "east", "west", "central", "northern", "southern",
                         "eastern", "western", "federal", "national", "state", "superior",
                         "regional", "united", "general"})  # fmt: skip
#: One-word first-level region names that are generic words of geography: a story that names "the
#: Gulf", "the Coast", "the Midlands" or "the Delta" rarely means Papua New Guinea's Gulf Province,
#: Tanzania's Coast Region, Zimbabwe's Midlands or Nigeria's Delta State.
_GENERIC_REGIONS = _NOT_PLACES | frozenset(
    {"gulf", "coast", "midlands", "lakes", "delta", "plateau", "highlands", "lowlands", "islands",
     "capital", "interior", "border", "upper", "lower", "valley", "mountains"}
)  # fmt: skip

#: Legal forms that end a company's name ("Henley Group Inc.", "Courtaulds PLC").
_COMPANY = re.compile(
    r"\b(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|PLC|plc|LLC|LLP|GmbH|AG|AB|"
    r"SpA|S\.p\.A|S\.A|N\.V|B\.V|Oyj|ASA|Bhd|Holdings|Group|Partnership)\.?$"
)
#: Legal forms that only one country's company law has, or nearly ("Henley Group Inc." is
#: American, "Courtaulds PLC" British): a company's country when the story gives none.
_FORM_COUNTRY = {"Inc": "USA", "Incorporated": "USA", "LLC": "USA", "PLC": "GBR", "plc": "GBR",
                 "N.V": "NLD", "B.V": "NLD", "GmbH": "DEU", "AB": "SWE", "SpA": "ITA",
                 "S.p.A": "ITA", "Oyj": "FIN", "ASA": "NOR", "Bhd": "MYS"}  # fmt: skip
_FORM = re.compile(r"\b(" + "|".join(re.escape(f) for f in _FORM_COUNTRY) + r")\.?$")
#: Other countries whose company law has the form too: there the story's country stays the
#: company's ("Magna International Inc." in a Toronto story is Canadian).
_FORM_ALSO = {"Inc": {"CAN"}, "Incorporated": {"CAN"}, "PLC": {"IRL"}, "plc": {"IRL"},
              "N.V": {"BEL"}, "B.V": {"BEL"}, "GmbH": {"AUT", "CHE"}, "AB": {"FIN"}}  # fmt: skip
#: Places smaller than this are too many and too ambiguous to say which country a story is in.
MIN_POPULATION = 5_000
#: The share of the evidence one country must have (more than half: a majority, not a plurality).
_SHARE = 0.5
#: Institution words of one country that make a story local to it (``_namesakes``).
_LOCAL_CUES = 2
#: A place this many times as populous as every namesake in other countries is the one meant.
_DOMINANT = 20


def back_off(
    ctx: ActorContext,
    actors: Sequence[Actor],
    found: Mapping[str, Sequence[Found]],
    lent: frozenset[str] = frozenset(),
) -> tuple[tuple[Actor, ...], Country | None]:
    """Return the actors with legal forms read and the document's country given where missing,
    and that country (None when the document has not one). The actors of ``lent`` took their
    country from the other actors and places of their sentences (``build._domestic``)."""
    actors = tuple(_company(a) for a in actors)
    gazetteer = load_gazetteer()
    votes = _evidence(ctx, actors, found, gazetteer, lent)
    moved = _namesakes(votes, gazetteer)
    actors = tuple(_moved(ctx, a, votes, moved) for a in actors)
    country = document_country(
        ctx, [replace(v, country=moved.get(v.country, v.country)) for v in votes]
    )
    return tuple(_of_form(ctx, a, country) for a in actors), country


def has_legal_form(name: str) -> bool:
    """Whether a name ends in a company's legal form ("Henley Group Inc.", "Courtaulds PLC")."""
    return bool(_COMPANY.search(name.rstrip(" ,")))


def _company(actor: Actor) -> Actor:
    """An organisation the tables do not know whose name ends in a legal form is a company."""
    if actor.kind != "organization" or actor.code is not None or actor.sector is not None:
        return actor
    if not has_legal_form(actor.name):
        return actor
    code = f"{actor.country}BUS" if actor.country else "BUS"
    return replace(actor, sector="BUS", code=code)


def has_country_form(actor: Actor) -> bool:
    """Whether an actor is a company whose legal form few countries' law has ("... Inc.")."""
    return _country_form(actor) is not None


def _country_form(actor: Actor) -> str | None:
    """The legal form of a company's name that few countries' law has ("Inc", "PLC"), if any."""
    match = _FORM.search(actor.name.rstrip(" ,")) if actor.code == "BUS" else None
    return match[1] if match is not None else None


def _of_form(ctx: ActorContext, actor: Actor, story: Country | None) -> Actor:
    """An actor without a country takes the story's (``story``, when it has one), except a
    company with a legal form only one country's law has, or nearly, which takes that country
    when the story's is not one whose law has the form too ("Carnival Cruise Lines Inc." in a
    Finnish story is American)."""
    form = _country_form(actor) if actor.country is None else None
    if form is not None and (
        story is None or story.iso3 not in {_FORM_COUNTRY[form], *_FORM_ALSO.get(form, ())}
    ):
        story = ctx.lex.knowledge.country_by_code(_FORM_COUNTRY[form])
    return _of_country(actor, story) if story is not None else actor


def _of_country(actor: Actor, country: Country) -> Actor:
    if actor.country is not None or actor.members:
        return actor
    if actor.code is None and actor.kind in {"person", "organization"}:
        return replace(actor, country=country.iso3, code=country.cameo)
    if actor.code in DOMESTIC or (actor.kind == "person" and actor.code == actor.sector):
        # a person coded by a role alone is of the story's country, as one with no code is
        # ("Lt. Gen. Ana Costa" in a Haitian story); a group of soldiers or rebels may be foreign
        return replace(actor, country=country.iso3, code=f"{country.cameo}{actor.code}")
    return actor


def document_country(ctx: ActorContext, votes: Sequence[_Vote]) -> Country | None:
    """The one country the document is about, or None: the dateline counts twice, each mention
    of a coded actor (a known company once) and of a company whose legal form one country has,
    each place name that only one country has (a town of 5,000 or more) and each word only one
    country's news uses for its institutions ("sheriff's deputies"); a bare country name that is
    also a state or town of the story's region counts for that region's country
    (:func:`_namesakes`). One country must have more than half of the evidence and at least two
    pieces of it, or all of it."""
    counts: Counter[str] = Counter()
    for vote in votes:
        counts[vote.country] += vote.weight
    if not counts:
        return None
    top, count = counts.most_common(1)[0]
    total = sum(counts.values())
    if count < total and (count < 2 or count <= _SHARE * total):
        return None
    return ctx.lex.knowledge.country_by_code(top)


@dataclass(frozen=True, slots=True)
class _Vote:
    """Evidence for a country: its weight, the folded place or country name it rests on ("" when
    none: a dateline, an institution word, an actor named otherwise) and the first-level region of
    the place it names, if one."""

    country: str
    weight: int = 1
    name: str = ""
    region: str | None = None
    kind: str = ""  # "cue": an institution word; "lent": an actor that took another's country


def _evidence(
    ctx: ActorContext,
    actors: Sequence[Actor],
    found: Mapping[str, Sequence[Found]],
    gazetteer: Gazetteer,
    lent: frozenset[str],
) -> list[_Vote]:
    votes = [_Vote(c, kind="cue") for c in country_cues(doc_text(ctx.doc))]
    if ctx.dateline is not None:
        votes.append(_Vote(ctx.dateline.iso3, 2))
    for actor in actors:
        if actor.country is not None and not actor.members and gives_country(ctx, actor):
            # the name of its country it is named with, if any ("Lebanon Street Superintendent
            # Larry Lee"), so that a namesake town of the story can claim it (_namesakes)
            names = (actor.name, *(_phrase(ctx, f) for f in found.get(actor.id, ())))
            name = _country_name(ctx, actor.country, names)
            # a company trades abroad (a Denver miner in a Peruvian story): one vote, however
            # often it is named, where another actor votes by its mentions
            weight = 1 if actor.sector == "BUS" else len(found.get(actor.id, ()))
            votes.append(
                _Vote(actor.country, weight, name, kind="lent" if actor.id in lent else "")
            )
        elif actor.country is None and (form := _country_form(actor)) is not None:
            votes.append(_Vote(_FORM_COUNTRY[form], len(found.get(actor.id, ()))))
    people = person_words(actors)
    for ent in ctx.doc.ents:
        if ent.text in people:
            continue  # a person's name read as a place ("Mayor Ryan Bingham ... Bingham said")
        if ent.label_ in {"GPE", "LOC"}:
            places = _sizeable(gazetteer, ent.text)
            only = _only_of(places)
            if alias_country(ctx, ent) and not any(e.feature.startswith("PCL") for e in places):
                continue  # a country's other name ("America") means no town abroad named so
            if only is not None:
                votes.append(_Vote(only, 1, fold(ent.text), _region(places, only)))
            continue
        if ent.label_ in {"ORG", "FAC"}:
            only = _named_after(gazetteer, ent, ctx.lex.words.bodies)
        elif ent.label_ == "NORP" and ent.root.head.lemma_.lower() == "capital":
            # "in the French capital": the capital of the country the demonym names
            country = ctx.lex.knowledge.country_by_demonym(ent.text)
            only = country.iso3 if country is not None else None
        else:
            continue
        if only is not None:
            votes.append(_Vote(only))
    return votes


def gives_country(ctx: ActorContext, actor: Actor) -> bool:
    """Whether an actor's country is evidence for the story's or its sentence's: not a wire
    service's or a broadcaster's, which reports from elsewhere, but for an outlet the tables do
    not know that bears its country's name ("Kenya Television")."""
    if actor.sector != "MED" or actor.country is None:
        return True
    return ctx.lex.named(actor.name) is None and bool(
        _country_name(ctx, actor.country, (actor.name,))
    )


def _country_name(ctx: ActorContext, iso3: str, names: Sequence[str]) -> str:
    """The name or capital of the actor's country its own name or a name it is mentioned by
    contains ("Georgia residents", "Athens residents"), else ""."""
    country = ctx.lex.knowledge.country_by_code(iso3)
    words = " ".join(f" {fold(name)} " for name in names)
    owns = (*country.names, country.capital or "", *country.metonyms) if country else ()
    for own in filter(None, owns):
        if f" {fold(own)} " in words:
            return fold(own)
    return ""


def _phrase(ctx: ActorContext, found: Found) -> str:
    """A mention's text with the modifiers before it ("Lebanon Street Superintendent")."""
    root = ctx.doc[found.start : found.end].root
    return ctx.doc[min(root.left_edge.i, found.start) : found.end].text


def alias_country(ctx: ActorContext, ent: Span) -> str | None:
    """The country a place entity names by one of the country's other names ("America"): the
    country, not a town called so."""
    country = ctx.lex.knowledge.country_by_alias(ent.text)
    return country.iso3 if country is not None else None


def person_words(actors: Sequence[Actor]) -> frozenset[str]:
    """The names and surnames of the document's people named with a given name: an entity with
    such a text is a person read as a place ("Bingham said" in a story about Mayor Ryan
    Bingham; not "Anlong Veng", a town the model also calls a person)."""
    words: set[str] = set()
    for actor in actors:
        names = actor.name.split()
        if actor.kind == "person" and len(names) > 1 and given_name_gender(names[0]) is not None:
            words.update(m.text for m in actor.mentions if m.how in {"name", "surname"})
            words.update((actor.name, names[-1]))
    return frozenset(words)


def _region(places: Sequence[Entry], country: str) -> str | None:
    """The first-level region of the largest of the places in that country."""
    here = [e for e in places if e.country == country]
    return max(here, key=lambda e: e.population).admin1_key if here else None


def _namesakes(votes: list[_Vote], gazetteer: Gazetteer) -> dict[str, str]:
    """A country whose evidence all rests on one name that is also a town or state of another
    country, lying in the first-level region of another place the story names, is that place
    ("Lebanon" in a story that names Zionsville, Indiana; "Georgia" next to Atlanta): a local
    story names its neighbours, a foreign country is named with more than its bare name. Words of
    one country's local institutions do the same for its towns ("Palestine police" in a story of
    the Anderson County district attorney is the Texan town's). Actors that took their country
    from their sentences rest on what gave it. Returns the countries so read as another, mapped
    to it."""
    names: dict[str, set[str]] = {}
    cues: Counter[str] = Counter()
    for vote in votes:
        if vote.kind != "lent":
            names.setdefault(vote.country, set()).add(vote.name)
        cues[vote.country] += vote.kind == "cue"
    moved: dict[str, str] = {}
    for country, rests_on in names.items():
        if len(rests_on) != 1 or "" in rests_on:
            continue
        name = next(iter(rests_on))
        regions = {v.region for v in votes if v.region and v.name != name}
        for entry in _sizeable(gazetteer, name):
            local = entry.admin1_key in regions or cues[str(entry.country)] >= _LOCAL_CUES
            if entry.country not in {None, country} and local:
                moved[country] = str(entry.country)
                break
    return moved


def _moved(ctx: ActorContext, actor: Actor, votes: Sequence[_Vote], moved: dict[str, str]) -> Actor:
    """An actor whose country rests on a namesake the story reads as a town or state of another
    country is of that country ("Lebanon Street Superintendent Larry Lee" in a story about
    Lebanon, Indiana)."""
    new = moved.get(actor.country or "")
    old = ctx.lex.knowledge.country_by_code(actor.country or "")
    country = ctx.lex.knowledge.country_by_code(new) if new else None
    if (
        country is None
        or old is None
        or actor.members
        or actor.kind == "country"
        or actor.sector == "MED"
    ):
        return actor
    code = actor.code or ""
    code = country.cameo + code[len(old.cameo) :] if code.startswith(old.cameo) else code
    return replace(actor, country=country.iso3, code=code or None)


def _named_after(gazetteer: Gazetteer, ent: Span, bodies: frozenset[str]) -> str | None:
    """The country of the place a local body is named after ("the Staunton Police Department",
    "the Gainesville City Council"): the leading words of its name, when a kind of body (police,
    council, school ...) follows them and they are a place only one country has."""
    words = [t for t in ent if not (t.i == ent.start and t.pos_ == "DET")]
    if words and given_name_gender(words[0].text) is not None:
        return None  # named after a person ("George Washington High School")
    for size in range(min(len(words) - 1, 3), 0, -1):
        lead, rest = words[:size], words[size:]
        if not all(t.is_alpha and t.text[:1].isupper() for t in lead):
            continue
        if any(t.lower_ in _NOT_PLACES or t.lower_ in bodies for t in lead):
            continue  # "East Bank Middle School", "Federal Aviation ...", "Police Union"
        if not any(t.lower_ in bodies or t.lemma_.lower() in bodies for t in rest):
            continue
        found = _only_country(gazetteer, " ".join(t.text for t in lead), dominant=False)
        if found is not None:
            return found
    return None


def place_country(
    name: str, *, dominant: bool = True, ratio: int = 0, population: int = 0
) -> str | None:
    """The country of a place name that only one country has (``None`` when several do); with
    ``dominant``, also of a name whose namesakes abroad are all far smaller ("Paris": by
    ``_DOMINANT``, or by ``ratio`` when given); with ``population``, only of a place that large."""
    sizeable = _sizeable(load_gazetteer(), name)
    if population and max((e.population for e in sizeable), default=0) < population:
        return None
    return _only_of(sizeable, dominant=dominant, ratio=ratio)


def place_countries(name: str) -> set[str]:
    """The countries of the sizeable places of a name (``_sizeable``)."""
    return {str(e.country) for e in _sizeable(load_gazetteer(), name) if e.country}


def _sizeable(gazetteer: Gazetteer, name: str) -> list[Entry]:
    """The places of a name that count: countries, towns of ``MIN_POPULATION`` or more, and
    first-level regions by any of their names, abbreviations included ("Pa.", "Calif."), but for
    a one-word generic name ("the Gulf", "the Midlands": ``_GENERIC_REGIONS``)."""
    folded = fold(name)
    return [
        m.entry
        for m in gazetteer.lookup(folded)
        if (m.main and (m.entry.population >= MIN_POPULATION or m.entry.feature.startswith("PCL")))
        or (m.entry.feature == "ADM1" and folded not in _GENERIC_REGIONS)
    ]


def _only_country(gazetteer: Gazetteer, name: str, *, dominant: bool = True) -> str | None:
    """The country of a place name when every sizeable place of that name lies in one country,
    or when one of them is ``_DOMINANT`` times as populous as any namesake abroad ("Paris" is
    the French capital, not the Texan town: a reader takes the far larger place unless the story
    says otherwise, and one vote cannot outweigh the rest of the story)."""
    return _only_of(_sizeable(gazetteer, name), dominant=dominant)


def _only_of(sizeable: Sequence[Entry], *, dominant: bool = True, ratio: int = 0) -> str | None:
    countries = {e.country for e in sizeable}
    if len(countries) == 1:
        return countries.pop()
    if not sizeable or not dominant:
        return None
    first = max(sizeable, key=lambda e: e.population)
    abroad = max(e.population for e in sizeable if e.country != first.country)
    return first.country if first.population >= (ratio or _DOMINANT) * max(abroad, 1) else None
