"""What actor extraction looks up, built once per process from the knowledge tables.

:func:`actor_lexicon` wraps :class:`~eventwire.knowledge.base.Knowledge` and the reference words
with the indexes extraction needs: people by name and surname, office titles and agent phrases
by their words, and the resolution of a name (an entity's text) to a country, a seat of
government, an organisation or a person.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

import numpy
from spacy.strings import get_string_id

from eventwire.knowledge.agents import Agent
from eventwire.knowledge.base import Knowledge, cached_per_knowledge
from eventwire.knowledge.countries import Country
from eventwire.knowledge.names import fold
from eventwire.knowledge.organizations import Organization
from eventwire.knowledge.people import Person, named_on, normalize_title
from eventwire.knowledge.references import ReferenceWords, load_reference_words

NameKind = Literal["country", "demonym", "seat", "capital", "org", "person"]

#: Agent sectors of nouns that name an institution when they modify another noun ("Israeli
#: police custody", "Israeli army bulldozers").
INSTITUTIONS = frozenset({"MIL", "COP", "SPY", "REB", "UAF", "SEP", "GOV", "LEG", "JUD"})

#: Countries whose citizens English names by their ancestry before the nationality ("Lithuanian
#: Americans", "Chinese Canadians"): such people are of the nationality, not of the ancestry.
ANCESTRY_NATIONS = frozenset({"USA", "CAN", "AUS"})

# Agent sectors a title before a name may carry; other agent phrases are not titles.
_MAX_PHRASE = 5


@dataclass(frozen=True, slots=True)
class Title:
    """An office noun ("prime minister", "leader") or a role noun ("opposition leader")."""

    phrase: str
    sector: str | None  # None: a role noun, a position in whatever body holds it ("director")
    office: bool  # a title of people.tsv or a leader noun: "the <country> <title>" has a holder
    forms: tuple[str, ...] = ()  # how people.tsv writes it ("secretary-general", ...)


@dataclass(frozen=True, slots=True)
class Named:
    """What a name stands for: a country (by name, demonym, seat or capital), an org, a person."""

    kind: NameKind
    country: Country | None = None
    org: Organization | None = None
    person: Person | None = None


@dataclass(frozen=True, slots=True)
class _WordIds:
    """String ids of word lists, to pick candidate tokens from a document's arrays."""

    phrase_ends: Any
    govern_nouns: Any
    institutions: Any
    set_nouns: Any
    plural_pronouns: Any
    pronouns: Any
    neuter_pronouns: Any
    first_pronouns: Any


def _plurals(words: Iterable[str]) -> set[str]:
    """Regular English plurals of nouns ("rebel" -> "rebels", "militia" -> "militias")."""
    out = set()
    for w in words:
        if w.endswith("y") and w[-2:-1] not in set("aeiou"):
            out.add(w[:-1] + "ies")
        elif w.endswith(("s", "x", "ch", "sh")):
            out.add(w + "es")
        else:
            out.add(w + "s")
    return out


def string_ids(words: Iterable[str]) -> Any:
    """The spaCy string ids of words, as an array for ``ActorContext.where``."""
    return numpy.array(sorted({get_string_id(w) for w in words}), dtype=numpy.uint64)


class ActorLexicon:
    """Lookups over the knowledge tables for actor extraction (build with :func:`actor_lexicon`)."""

    def __init__(self, knowledge: Knowledge, words: ReferenceWords) -> None:
        self.knowledge = knowledge
        self.history = knowledge.history
        self.words = words
        self.people_by_name: dict[str, Person] = {}
        self.people_by_surname: dict[str, list[Person]] = {}
        for person in knowledge.people:
            for name in (person.name, *person.aliases):
                self.people_by_name.setdefault(fold(name), person)
            self.people_by_surname.setdefault(fold(person.surname), []).append(person)
        self.titles = _titles(knowledge, words)
        self.title_words = frozenset(w for phrase in self.titles for w in phrase.split()) | {
            w for a in knowledge.agents for w in a.phrase.split()
        }
        # the words an agent or title phrase can end with (lemma or text): a quick filter
        self.phrase_ends = frozenset(phrase.split()[-1] for phrase in self.titles) | {
            a.phrase.replace("-", " ").split()[-1] for a in knowledge.agents
        }
        self.org_office_keys = _org_office_keys(knowledge)
        self.ids = _WordIds(
            # and their plurals: a capitalised first word the tagger leaves unlemmatised
            phrase_ends=string_ids(self.phrase_ends | _plurals(self.phrase_ends)),
            govern_nouns=string_ids(words.govern_nouns),
            institutions=string_ids(a.phrase for a in knowledge.agents if a.sector in INSTITUTIONS),
            set_nouns=string_ids(words.set_nouns),
            plural_pronouns=string_ids(w for w, v in words.pronouns.items() if v == "plural"),
            pronouns=string_ids(w for w, v in words.pronouns.items() if v in {"m", "f"}),
            neuter_pronouns=string_ids(w for w, v in words.pronouns.items() if v == "neuter"),
            first_pronouns=string_ids(
                w for w, v in words.pronouns.items() if v in {"speaker", "speakers"}
            ),
        )
        # words that, capitalised right before a name, make it a person's name
        self.name_titles = words.honorifics | {
            phrase.split()[-1] for phrase, title in self.titles.items() if title.office
        }
        self._named: dict[str, Named | None] = {}

    def person(self, name: str) -> Person | None:
        """Return the person a full name or alias stands for (the hand table first, then the
        generated tables)."""
        key = fold(name)
        found = self.people_by_name.get(key)
        if found is None and self.history is not None:
            found = self.history.person(key)
        return found

    def person_on(self, name: str, on: dt.date | None) -> Person | None:
        """Return the person a name stands for in an article of that date (see
        :func:`~eventwire.knowledge.people.named_on`)."""
        person = self.person(name)
        return person if person is not None and named_on(person, on) else None

    def by_surname(self, surname: str) -> list[Person]:
        """Return the people of the hand table with this surname, in table order."""
        return self.people_by_surname.get(fold(surname), [])

    def history_by_surname(self, surname: str) -> list[Person]:
        """Return the people of the generated tables with this surname."""
        return self.history.by_surname(surname) if self.history is not None else []

    def agent(self, phrase: str) -> Agent | None:
        """Return the agent of a lower-case lemma phrase ("intelligence official")."""
        return self.knowledge.agent_by_phrase(phrase)

    def title(self, phrase: str) -> Title | None:
        """Return the title a lower-case phrase names ("foreign minister", "leader")."""
        return self.titles.get(_title_key(phrase))

    def named(self, text: str) -> Named | None:
        """Return what a name stands for, memoised (one lookup per distinct text)."""
        if text not in self._named:
            if len(self._named) > 50_000:
                self._named.clear()
            self._named[text] = self._resolve(text)
        return self._named[text]

    def _resolve(self, text: str) -> Named | None:
        k = self.knowledge
        if (org := k.org_by_alias(text)) is not None:
            return Named("org", org=org)
        if (country := k.country_by_alias(text)) is not None:
            return Named("country", country=country)
        if (country := k.country_by_demonym(text)) is not None:
            return Named("demonym", country=country)
        if (country := k.country_by_metonym(text)) is not None:
            bare = text.removeprefix("the ").removeprefix("The ")
            return Named("seat" if bare in self.words.seats else "capital", country=country)
        if (person := self.person(text)) is not None:
            return Named("person", person=person)
        head, _, rest = text.partition(" ")
        if rest and (last := k.country_by_demonym(rest.split()[-1])) is not None:
            # "Bosnian Serbs": people of the first demonym's country; "Lithuanian Americans":
            # citizens of the second's
            ancestry = last.iso3 in ANCESTRY_NATIONS and last.iso3 != getattr(
                k.country_by_demonym(head), "iso3", None
            )
            country = last if ancestry else k.country_by_demonym(head)
            if country is not None:
                return Named("demonym", country=country)
        return None

    def org_office_key(self, org: Organization) -> str | None:
        """Return the key of an organisation's offices in people.tsv ("NATO", "UN"), if any."""
        return self.org_office_keys.get(org.name)


def _titles(knowledge: Knowledge, words: ReferenceWords) -> dict[str, Title]:
    titles: dict[str, Title] = {}
    for phrase in words.leader_nouns:
        titles[_title_key(phrase)] = Title(phrase, "GOV", True, ("leader",))
    forms: dict[str, list[str]] = {}
    for office in _offices(knowledge.people):
        forms.setdefault(_title_key(office), []).append(office)
    for key, written in forms.items():
        agent = knowledge.agent_by_phrase(written[0])
        sector = agent.sector if agent is not None else "GOV"
        titles.setdefault(key, Title(written[0], sector, True, tuple(written)))
    for agent in knowledge.agents:
        titles.setdefault(_title_key(agent.phrase), Title(agent.phrase, agent.sector, False))
    for phrase in words.role_nouns:
        titles.setdefault(_title_key(phrase), Title(phrase, None, False))
    for short, phrase in words.title_abbreviations.items():  # "Sen." -> senator
        if (title := titles.get(_title_key(phrase))) is not None:
            titles.setdefault(_title_key(short), title)
    return {k: t for k, t in titles.items() if len(k.split()) <= _MAX_PHRASE}


def _title_key(phrase: str) -> str:
    """Titles match whatever their hyphens and spelling: "secretary-general", "defence"."""
    return " ".join(normalize_title(phrase).replace("-", " ").split())


def _offices(people: Iterable[Person]) -> list[str]:
    return sorted({o.title for person in people for o in person.offices if o.title})


def _org_office_keys(knowledge: Knowledge) -> dict[str, str]:
    keys: dict[str, str] = {}
    for person in knowledge.people:
        for office in person.offices:
            if office.org and (org := knowledge.org_by_alias(office.org)) is not None:
                keys.setdefault(org.name, office.org)
    return keys


@cached_per_knowledge
def actor_lexicon(knowledge: Knowledge) -> ActorLexicon:
    """Return the lexicon over the knowledge in force, built once per knowledge version."""
    return ActorLexicon(knowledge, load_reference_words())
