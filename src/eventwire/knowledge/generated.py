"""The generated actor tables, read under the hand tables.

``scripts/build_actor_knowledge.py`` writes three gzip-compressed tables from open sources (their
headers carry licence and attribution):

* ``people_phoenix.tsv.gz`` (MIT): dated state offices of people, to early 2014;
* ``people_countryinfo.tsv.gz`` (CC BY-SA 3.0): heads of state and government since about 1960
  and cabinets 2003-2011, with titles;
* ``organizations_open.tsv.gz`` (MIT): armed groups, IGOs, NGOs, state bodies, media, parties.

The hand tables (``people.tsv``, ``organizations.tsv`` and the user files) win: lookups ask them
first; a generated person who is in ``people.tsv`` (same name or alias, same country) is that
person, and adds only the terms that ended before the hand table's first term for them; a
generated title of an office the hand table covers from some date (the American presidency from
1993) is kept only for terms that ended by then; generated names that a country, demonym or
capital claims resolve to the country. Generated offices take the title and leader flag the hand
table gives the same office of the same country ("secretary of state" for the American foreign
minister; the British prime minister is the country's leader). A term the source gives no end
ends at the source's last update, marked ``open_end``: nothing is known after it.

Loading is cheap: rows are grouped by name when the files are read, and a person or an
organisation becomes a record only when a lookup finds it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from functools import lru_cache

from eventwire.errors import KnowledgeError
from eventwire.knowledge.countries import CountryIndex
from eventwire.knowledge.names import NameIndex, Origin, by_identity, fold, is_exact
from eventwire.knowledge.organizations import Organization, organization_of
from eventwire.knowledge.people import Office, Person
from eventwire.knowledge.tsv import Row, packaged, read_lines

__all__ = [
    "ORGANIZATIONS_FILE",
    "PEOPLE_COLUMNS",
    "PEOPLE_FILES",
    "GeneratedOrganizations",
    "GeneratedPeople",
    "generated_organizations",
    "generated_people",
]

#: The generated people tables: the MIT one, then the CC BY-SA one.
PEOPLE_FILES = ("people_phoenix.tsv.gz", "people_countryinfo.tsv.gz")
ORGANIZATIONS_FILE = "organizations_open.tsv.gz"
PEOPLE_COLUMNS = (
    "person", "aliases", "surname", "country", "role", "title",
    "term_start", "term_end", "open", "source",
)  # fmt: skip


def _data_lines(name: str, columns: Sequence[str] | None = None) -> list[str]:
    """The header and data rows of a generated file (its header checked against ``columns``).

    Raises:
        KnowledgeError: the file cannot be read or its header is not the expected one.
    """
    path = packaged(name)
    lines = read_lines(path)
    start = next((n for n, line in enumerate(lines) if not line.startswith("#")), len(lines))
    if start == len(lines) or (columns and tuple(lines[start].split("\t")) != tuple(columns)):
        raise KnowledgeError(f"line {start + 1}: unexpected header", source=str(path))
    return [line for line in lines[start:] if line]


@lru_cache(maxsize=1)
def _people_rows() -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for name in PEOPLE_FILES:
        rows = iter(_data_lines(name, PEOPLE_COLUMNS))
        next(rows)  # the header
        for line in rows:
            grouped.setdefault(line[: line.index("\t")], []).append(line)
    return grouped


class GeneratedPeople:
    """The generated people, looked up by name, surname or office (see the module docstring).

    Build it with :func:`generated_people`, which also returns the hand table's people with the
    earlier terms the generated tables know for them.
    """

    def __init__(self, rows: dict[str, list[str]], hand: Sequence[Person]) -> None:
        self._rows = rows
        self._rules = _HandRules(hand)
        self._names: dict[str, str] = {}
        for person, lines in rows.items():
            if " " in person:  # a one-word name ("Hussein") is read as a surname only
                self._names.setdefault(fold(person), person)
            for line in lines:
                if line[len(person) + 1] != "\t":  # aliases are on a person's first row
                    for alias in line_field(line, 1).split("|"):
                        self._names.setdefault(fold(alias), person)
        self._made: dict[str, Person] = {}
        self._surnames: dict[str, list[str]] | None = None
        self._offices: dict[tuple[str, str], list[tuple[str, Office]]] | None = None
        self._hand: dict[str, Person] = {}

    def person(self, name: str) -> Person | None:
        """The person a full name or alias stands for (the hand table's when it is theirs)."""
        found = self._names.get(fold(name))
        return None if found is None else self._person(found)

    def _person(self, name: str) -> Person:
        if name in self._hand:
            return self._hand[name]
        made = self._made.get(name)
        if made is None:
            made = self._made[name] = self._make(name)
        return made

    def _make(self, name: str) -> Person:
        fields = [line.split("\t") for line in self._rows[name]]
        aliases = dict.fromkeys(a for f in fields for a in f[1].split("|") if a)
        offices = sorted((self._rules.adapt(_office(f)) for f in fields), key=lambda o: o.first_day)
        return Person(name, tuple(aliases), fields[0][2], "", None, tuple(offices), generated=True)

    def by_surname(self, surname: str) -> list[Person]:
        """The generated people of this surname (not those the hand table lists)."""
        if self._surnames is None:
            self._surnames = {}
            for name, lines in self._rows.items():
                if name not in self._hand:
                    surname_of = line_field(lines[0], 2)
                    self._surnames.setdefault(fold(surname_of), []).append(name)
        return [self._person(n) for n in self._surnames.get(fold(surname), [])]

    def holders(self, country: str, title: str, on: dt.date) -> list[Person]:
        """Who held a titled office of a country on a date, by the generated tables ("leader":
        the country's leader office)."""
        if self._offices is None:
            self._offices = self._titled()
        held = [
            (o.first_day, name)
            for name, o in self._offices.get((country, title), [])
            if o.covers(on)
        ]
        return [self._person(n) for _, n in sorted(held, key=lambda h: h[0], reverse=True)]

    def _titled(self) -> dict[tuple[str, str], list[tuple[str, Office]]]:
        """The titled offices by (country, title), the leader offices also under "leader"."""
        offices: dict[tuple[str, str], list[tuple[str, Office]]] = {}
        for name, lines in self._rows.items():
            if name in self._hand:
                continue
            for line in lines:
                if not line.split("\t", 6)[5]:
                    continue
                office = self._rules.adapt(_office(line.split("\t")))
                for title in (office.title, "leader" if office.leader else ""):
                    if title:
                        offices.setdefault((office.country, title), []).append((name, office))
        return offices

    def extend(self, hand: Sequence[Person]) -> tuple[Person, ...]:
        """The hand people with the generated terms that ended before their first hand term;
        from then on the generated namesake of a hand person is that person."""
        out = []
        for person in hand:
            countries = {o.country for o in person.offices}
            first = person.offices[0].first_day if person.offices else None
            twins = {self._names[k] for n in person.names if (k := fold(n)) in self._names}
            earlier = []
            for twin in sorted(twins):
                made = self._make(twin)
                if {o.country for o in made.offices} <= countries:
                    earlier += [
                        o for o in made.offices if first and o.last_day and o.last_day < first
                    ]
            if earlier:
                offices = sorted((*earlier, *person.offices), key=lambda o: o.first_day)
                person = dataclasses.replace(person, offices=tuple(offices))
            for twin in twins:
                self._hand[twin] = person
            out.append(person)
        return tuple(out)


def line_field(line: str, n: int) -> str:
    """The ``n``-th tab-separated field of a line."""
    return line.split("\t", n + 1)[n]


def _office(fields: list[str]) -> Office:
    _, _, _, country, role, title, start, end, opened, source = fields
    return Office(country, role, title, False, start, end, open_end=opened == "yes", note=source)


def generated_people(hand: Sequence[Person]) -> tuple[tuple[Person, ...], GeneratedPeople]:
    """The hand people extended with earlier terms, and the generated people under them."""
    people = GeneratedPeople(_people_rows(), hand)
    return people.extend(hand), people


class _HandRules:
    """What the hand table says about offices: their titles, leaders and covered periods."""

    def __init__(self, hand: Sequence[Person]) -> None:
        state = [o for p in hand for o in p.offices if o.org is None]
        self.leaders = {(o.country, o.title) for o in state if o.leader}
        titles: dict[tuple[str, str], set[str]] = {}
        self.since: dict[tuple[str, str], dt.date] = {}
        for office in state:
            titles.setdefault((office.country, office.role), set()).add(office.title)
            key = (office.country, office.title)
            self.since[key] = min(self.since.get(key, office.first_day), office.first_day)
        self.titles = {key: next(iter(t)) for key, t in titles.items() if len(t) == 1}

    def adapt(self, office: Office) -> Office:
        """The office with the country's title for its role and the leader flag; untitled
        where the hand table covers the office at its dates."""
        if not office.title:
            return office
        title = self.titles.get((office.country, office.role), office.title)
        since = self.since.get((office.country, title))
        if since is not None and (office.last_day is None or office.last_day > since):
            return dataclasses.replace(office, role="other", title="")
        leader = (office.country, title) in self.leaders
        if title == office.title and not leader:
            return office
        return dataclasses.replace(office, title=title, leader=leader)


class GeneratedOrganizations:
    """The generated organisations, looked up by name; countries' names are never theirs."""

    def __init__(self, countries: CountryIndex) -> None:
        header, *self._rows = _data_lines(ORGANIZATIONS_FILE)
        self._columns = header.split("\t")
        self._index: NameIndex[int] = NameIndex("name")
        self._countries = countries
        for n, line in enumerate(self._rows):
            name, aliases = line.split("\t", 2)[:2]
            for item in (name, *aliases.split("|")):
                if item:
                    origin = Origin(ORGANIZATIONS_FILE, n + 1)
                    self._index.add(item, n, name, origin, exact=is_exact(item))
        self._made: dict[int, Organization] = {}

    def get(self, text: str) -> Organization | None:
        """The organisation a name stands for, unless a country claims the name."""
        n = self._index.get(text)
        if n is None:
            return None
        c = self._countries
        if c.aliases.get(text) or c.demonyms.get(text) or c.metonyms.get(text):
            return None
        if n not in self._made:
            fields = dict(zip(self._columns, self._rows[n].split("\t"), strict=True))
            self._made[n] = organization_of(Row(fields, ORGANIZATIONS_FILE, n + 1))
        return self._made[n]

    def __len__(self) -> int:
        return len(self._rows)


@by_identity
def generated_organizations(countries: CountryIndex) -> GeneratedOrganizations:
    """The generated organisations under a set of countries (read once per set)."""
    return GeneratedOrganizations(countries)
