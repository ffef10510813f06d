"""CAMEO actor codes: composing country + sector, coding people at the article date, and the
keys of country and government actors.

A known person is coded by what they were on the article date: in a state office ->
COUNTRY + GOV; in an organisation's office -> the organisation's block + GOV (IGOGOV); all
offices over -> COUNTRY + ELI. Without an article date no office is assumed: the code comes only
from a title the text gives ("Russian President Vladimir Putin" -> RUSGOV), else it is null
(the ``country`` field still gives the person's country from the table). A title in the text
also codes a person the table has no current office for on that date ("President Obama" in an
article dated before his term). A person not in the table gets the code their title supports
("Ukrainian Foreign Minister Andrii Sybiha" -> UKRGOV, "opposition leader X" -> OPP), else null.
A president-to-be without any office yet is the challenger (OPP) for two years before the term.
"""

from __future__ import annotations

import datetime as dt

from eventwire.extract.actors.actor_lexicon import ActorLexicon
from eventwire.extract.actors.context import ActorContext, Draft, Key, TitleFacts
from eventwire.knowledge.countries import Country
from eventwire.knowledge.organizations import Organization
from eventwire.knowledge.people import Office, Person, is_challenger, is_former, office_on

Coded = tuple[str | None, str | None, str | None]
"""(code, country alpha-3, sector)."""


def compose(place: Country | Organization, sector: str | None, on: dt.date | None = None) -> Coded:
    """Code an actor of a country or organisation with a sector (None: the place alone).

    An organisation whose code already has a sector keeps it ("Hamas fighters" -> PSEREB);
    a plain one takes the sector ("UN peacekeepers" -> IGOMIL). NGO is a first block.
    """
    if isinstance(place, Country):
        if sector == "NGO":
            return "NGO", place.iso3, None
        return place.cameo + (sector or ""), place.iso3, sector
    base = place.code_on(on)
    code = base if len(base) > 3 or not sector or sector == "NGO" else base + sector
    return code, place.country, code[3:6] or None


def person_country(person: Person) -> str | None:
    """The country of the person's latest state office (else of any office: their nationality);
    of offices begun the same day, a leader's ("the French president", not his ex officio seat
    as co-prince of Andorra)."""
    state = [o for o in person.offices if o.org is None]
    offices = state or list(person.offices)
    if not offices:
        return None
    return max(offices, key=lambda o: (o.first_day, o.leader)).country


def country_of_person(person: Person, on: dt.date | None) -> str | None:
    """The country whose office the person held on the date, else their country."""
    office = office_on(person, on)
    if office is not None and office.org is None:
        return office.country
    return person_country(person)


def code_person(
    person: Person, facts: list[TitleFacts], on: dt.date | None, lex: ActorLexicon
) -> Coded:
    """Code a person of the table at the article date, with the titles the text gives them."""
    office = office_on(person, on)
    if office is not None:
        if office.org is not None:
            org = lex.knowledge.org_by_alias(office.org)
            block = org.code[:3] if org is not None else "IGO"
            return f"{block}GOV", None, "GOV"
        country = lex.knowledge.country_by_code(office.country)
        if country is not None:
            return compose(country, _office_sector(office, lex))
    home = lex.knowledge.country_by_code(person_country(person) or "")
    coded = code_titled(facts, home, on)
    if home is not None and coded[2] in {None, "PTY"} and is_challenger(person, on):
        return compose(home, "OPP")  # "Republican candidate Donald Trump" in 2016
    if home is not None and coded[2] == "PTY" and _running(facts) and is_former(person, on):
        return compose(home, "ELI")  # a former office holder running: "candidate Ouattara"
    if coded[0] is not None:
        return coded
    if home is None:
        return None, None, None
    if is_former(person, on):
        return compose(home, "ELI")
    if on is None:
        return None, home.iso3, None
    return compose(home, None)


#: Title nouns of people running for an office: a former office holder so titled is an elite
#: (ELI, as the blind set's conventions code a former office holder running), not party staff.
_RUNNING = frozenset({"candidate", "candidates"})


def _running(facts: list[TitleFacts]) -> bool:
    """Whether the text's party titles of the person are all candidacies ("candidate X")."""
    party = [f for f in facts if f.sector == "PTY" and not f.former]
    return bool(party) and all(
        f.phrase is not None and f.phrase.lower().rsplit(" ", 1)[-1] in _RUNNING for f in party
    )


#: Sectors an office of role "other" keeps from its title's agent noun (a senator is LEG, a
#: judge JUD); any other office is the government's.
_OFFICE_SECTORS = frozenset({"LEG", "JUD", "MIL", "COP", "SPY"})


def _office_sector(office: Office, lex: ActorLexicon) -> str:
    """The sector of an office: GOV, but for an office of role "other" whose title is an agent
    noun of a branch other than the executive ("senator": LEG)."""
    if office.role != "other":
        return "GOV"
    agent = lex.agent(office.title)
    return agent.sector if agent is not None and agent.sector in _OFFICE_SECTORS else "GOV"


#: Sectors of the state whose former members are elites (ELI) even where the text names no
#: country: a former general or judge is one, a former dentist (HLH) is not.
_STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})


def code_titled(facts: list[TitleFacts], home: Country | None, on: dt.date | None) -> Coded:
    """Code from the titles the text gives: the first current one, else a former one (ELI)."""
    named = next((f.country for f in facts if f.country is not None and not f.former), None)
    for fact in facts:
        if not fact.former and fact.sector:
            # "Iran's U.N. ambassador" is Iranian; "Prince X, the Saudi ambassador," Saudi
            where = fact.country or fact.org or named or home
            if where is not None:
                return compose(where, fact.sector, on)
            return fact.sector, None, fact.sector
    for fact in facts:
        where = fact.country or home
        if fact.former and where is not None:
            return compose(where, "ELI")
    for fact in facts:  # "retired Army Gen. X": the story's country comes later (backoff)
        if fact.former and (fact.office or fact.sector in _STATE_SECTORS):
            return "ELI", None, "ELI"
    for fact in facts:
        if fact.org is not None and fact.phrase and not fact.former:
            return compose(fact.org, None, on)  # "WHO director X": the organisation's code
    for fact in facts:
        if fact.country is not None:
            return compose(fact.country, None)
    return None, None, None


def government_key(ctx: ActorContext, country: Country) -> Key:
    """The key of a country's government actor (drafted on first use)."""
    key: Key = ("government", country.iso3)
    demonym = next((d for d in country.demonyms if " " in d or not d.endswith("s")), None)
    name = f"{demonym} government" if demonym else f"Government of {country.name}"
    ctx.draft(
        key,
        Draft(
            name=name,
            kind="government",
            code=f"{country.cameo}GOV",
            country=country.iso3,
            sector="GOV",
        ),
    )
    return key


def country_key(ctx: ActorContext, country: Country) -> Key:
    """The key of a country actor (drafted on first use)."""
    key: Key = ("country", country.iso3)
    ctx.draft(key, Draft(country.name, "country", country.cameo, country.iso3))
    return key
