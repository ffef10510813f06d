"""People who hold or held office, and who held which office on a given date.

The table ``knowledge/data/people.tsv`` has one row per (person, office term). Loading groups the
rows into :class:`Person` records, each with its :class:`Office` terms. The query helpers answer
the questions actor resolution asks, always for a date (the article date):

* :func:`holders` -- who was "the Russian president" / "the French foreign minister" / "the
  Kremlin leader" on that date;
* :func:`office_on` -- which office a named person held on that date;
* :func:`was_in_office` and :func:`is_former` -- to code a former official as such (CAMEO ``ELI``).

Without an article date nothing resolves: the date parameter accepts ``None`` and the answer is
then empty, so callers never fall back to today's date.

Dates may be partial: a ``YYYY-MM`` (or ``YYYY``) start means the first day of that month (year),
a partial end the last day. ``term_end`` is the last day in office, usually the successor's first,
so on a handover day both holders cover the date; :func:`holders` lists the newer one first.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from eventwire.knowledge.tsv import Row, packaged, read_table

__all__ = [
    "HEAD_OF_GOVERNMENT_ROLES",
    "HEAD_OF_STATE_ROLES",
    "ROLES",
    "Office",
    "Person",
    "holders",
    "is_former",
    "load_people",
    "lookup",
    "named_on",
    "normalize_title",
    "office_on",
    "was_in_office",
]

TABLE = "people.tsv"

ROLES = frozenset(
    {
        "head_of_state",
        "head_of_government",
        "head_of_state_and_government",
        "paramount_leader",
        "supreme_leader",
        "foreign_minister",
        "defence_minister",
        "other_minister",
        "vice_president",
        "party_leader",
        "monarch",
        "other",
    }
)
#: Roles that make their holder a country's head of state.
HEAD_OF_STATE_ROLES = frozenset(
    {"head_of_state", "head_of_state_and_government", "supreme_leader", "monarch"}
)
#: Roles that make their holder a country's head of government.
HEAD_OF_GOVERNMENT_ROLES = frozenset({"head_of_government", "head_of_state_and_government"})

_REQUIRED = ("person", "surname", "gender", "country", "role", "title", "leader", "term_start")
_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_ISO3 = re.compile(r"[A-Z]{3}")
_QID = re.compile(r"Q[1-9]\d*")
# Term dates are checked when the Office is built (parse_date), with a more precise message.
_CHECKS: dict[str, Callable[[str], bool]] = {
    "gender": {"m", "f"}.__contains__,
    "country": lambda v: _ISO3.fullmatch(v) is not None,
    "role": ROLES.__contains__,
    "leader": {"yes", "no"}.__contains__,
    "wikidata": lambda v: _QID.fullmatch(v) is not None,
}


def parse_date(value: str, *, end: bool = False) -> dt.date:
    """Parse a full or partial ISO date; a partial one stands for its first (or last) day.

    Args:
        value: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``.
        end: resolve a partial date to the last day of its month or year instead of the first.

    Raises:
        ValueError: the value is not such a date.
    """
    if _DATE.fullmatch(value) is None:
        raise ValueError(f"not a YYYY[-MM[-DD]] date: {value!r}")
    if len(value) == 10:
        return dt.date.fromisoformat(value)
    year = int(value[:4])
    month = int(value[5:7]) if len(value) == 7 else (12 if end else 1)
    if not 1 <= month <= 12:
        raise ValueError(f"month out of range: {value!r}")
    day = calendar.monthrange(year, month)[1] if end else 1
    return dt.date(year, month, day)


@dataclass(frozen=True, slots=True)
class Office:
    """One term in one office.

    ``country`` is the ISO 3166-1 alpha-3 code of the state whose office it is; for an office
    of an international organisation (``org`` set, e.g. ``"NATO"``) it is the holder's nationality.
    ``end`` is ``None`` while the term runs on the table's as-of date. ``open_end`` marks a term
    of a generated table that was still running when its source was last updated: ``end`` is
    that update, and nothing is known after it (the holder is neither in office nor former).
    """

    country: str
    role: str
    title: str
    leader: bool
    start: str
    end: str | None
    org: str | None = None
    note: str | None = None
    open_end: bool = False
    first_day: dt.date = field(init=False, repr=False, compare=False)
    last_day: dt.date | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        first = parse_date(self.start)
        last = parse_date(self.end, end=True) if self.end else None
        if last is not None and last < first:
            raise ValueError(f"term ends ({self.end}) before it starts ({self.start})")
        object.__setattr__(self, "first_day", first)
        object.__setattr__(self, "last_day", last)

    @property
    def key(self) -> str:
        """What the office belongs to: the organisation if any, else the country."""
        return self.org or self.country

    def covers(self, on: dt.date) -> bool:
        """Whether the term includes the date (both ends inclusive)."""
        return self.first_day <= on and (self.last_day is None or on <= self.last_day)


@dataclass(frozen=True, slots=True)
class Person:
    """A person with every office term the table records for them.

    ``generated`` marks a person only the generated tables know (see
    :mod:`eventwire.knowledge.generated`): the hand table lists the people news name alone.
    """

    name: str
    aliases: tuple[str, ...]
    surname: str
    gender: str
    wikidata: str | None
    offices: tuple[Office, ...]
    generated: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        """The name and the aliases."""
        return (self.name, *self.aliases)


def load_people(path: Path | None = None) -> tuple[Person, ...]:
    """Load and validate the people table.

    Args:
        path: a table in the ``people.tsv`` format; the packaged table when ``None``
            (loaded once and cached).

    Returns:
        The people in table order (of their first row), each with their offices.

    Raises:
        KnowledgeError: the file cannot be read or a row is bad (the message names file and line).
    """
    if path is None:
        return _load_packaged()
    return _load(path)


@lru_cache(maxsize=1)
def _load_packaged() -> tuple[Person, ...]:
    return _load(packaged(TABLE))


def _load(path: Path) -> tuple[Person, ...]:
    table = read_table(path, _REQUIRED, _CHECKS)
    grouped: dict[str, list[Row]] = {}
    for row in table.rows:
        grouped.setdefault(row["person"], []).append(row)
    return tuple(_person(rows) for rows in grouped.values())


_IDENTITY = ("gender", "wikidata", "surname")


def _person(rows: list[Row]) -> Person:
    first = rows[0].fields
    identity = [first.get(c, "") for c in _IDENTITY]
    aliases: dict[str, None] = {}
    offices = []
    for row in rows:
        for column, expected in zip(_IDENTITY, identity, strict=True):
            if row.fields.get(column, "") != expected:
                raise row.error(
                    f"{column} {row.get(column)!r} differs from {expected!r} "
                    f"on line {rows[0].line} for the same person"
                )
        aliases.update(dict.fromkeys(row.items("aliases")))
        offices.append(_office(row))
    return Person(
        name=first["person"],
        aliases=tuple(aliases),
        surname=first["surname"],
        gender=first["gender"],
        wikidata=first.get("wikidata") or None,
        offices=tuple(sorted(offices, key=lambda o: o.first_day)),
    )


def _office(row: Row) -> Office:
    fields = row.fields
    org = fields.get("org", "").upper() or None
    if org and fields["leader"] == "yes":
        raise row.error("an office of an organisation cannot be a country's leader")
    try:
        return Office(
            country=fields["country"],
            role=fields["role"],
            title=normalize_title(fields["title"]),
            leader=fields["leader"] == "yes",
            start=fields["term_start"],
            end=fields.get("term_end") or None,
            org=org,
            note=fields.get("note") or None,
        )
    except ValueError as exc:
        raise row.error(str(exc)) from None


def normalize_title(title: str) -> str:
    """Normalise an office noun for matching: lowercase, single spaces, US "defense"."""
    text = " ".join(title.lower().split())
    text = text.removeprefix("the ")
    return text.replace("defence", "defense")


# --- queries ---------------------------------------------------------------------------------

_Held = tuple[Person, Office]


@dataclass(frozen=True, slots=True)
class _Index:
    by_key: dict[str, list[_Held]]
    by_title: dict[tuple[str, str], list[_Held]]


_INDEXES: dict[int, tuple[tuple[Person, ...], _Index]] = {}


def _index(people: tuple[Person, ...]) -> _Index:
    """Return the index of ``people``, building it on first use.

    Cached by identity; the cache keeps a reference to the tuple, so an id is never reused
    while its entry exists.
    """
    cached = _INDEXES.get(id(people))
    if cached is not None and cached[0] is people:
        return cached[1]
    by_key: dict[str, list[_Held]] = {}
    by_title: dict[tuple[str, str], list[_Held]] = {}
    for person in people:
        for office in person.offices:
            by_key.setdefault(office.key, []).append((person, office))
            by_title.setdefault((office.key, office.title), []).append((person, office))
    index = _Index(by_key, by_title)
    if len(_INDEXES) >= 8:
        _INDEXES.clear()
    _INDEXES[id(people)] = (people, index)
    return index


def holders(
    people: tuple[Person, ...],
    country: str,
    *,
    title: str | None = None,
    role: str | None = None,
    leader: bool | None = None,
    on: dt.date | None,
) -> list[Person]:
    """Return who held a matching office of a country (or organisation) on a date.

    Args:
        people: the loaded table (see :func:`load_people`).
        country: ISO alpha-3 code, or an organisation's short name (``"NATO"``, ``"UN"``).
        title: the office noun ("president", "foreign minister"); matched after
            :func:`normalize_title`. The generic noun ``"leader"`` matches the country's leader
            office whatever its title ("the Russian leader" -> the president).
        role: one of :data:`ROLES`.
        leader: only offices that are (or are not) the country's leader office.
        on: the article date. ``None`` (no date) resolves to nobody.

    Returns:
        Distinct people, the most recently started term first (on a handover day the new
        holder comes before the outgoing one); ``[]`` when nobody matches.
    """
    if on is None:
        return []
    index = _index(people)
    key = country.upper()
    wanted = normalize_title(title) if title else None
    if wanted == "leader":
        wanted, leader = None, True
    candidates = index.by_title.get((key, wanted), []) if wanted else index.by_key.get(key, [])
    matches = [
        (office.first_day, person)
        for person, office in candidates
        if office.covers(on)
        and (role is None or office.role == role)
        and (leader is None or office.leader == leader)
    ]
    matches.sort(key=lambda m: m[0], reverse=True)
    return list(_distinct(person for _, person in matches))


def _distinct(people: Iterable[Person]) -> Iterable[Person]:
    seen: set[str] = set()
    for person in people:
        if person.name not in seen:
            seen.add(person.name)
            yield person


def office_on(person: Person, on: dt.date | None) -> Office | None:
    """Return the office the person held on the date, or ``None``.

    When several terms cover the date, a leader office wins, then a state office over an
    organisation's, then the most recently started one.
    """
    if on is None:
        return None
    current = [o for o in person.offices if o.covers(on)]
    if not current:
        return None
    return max(current, key=lambda o: (o.leader, o.org is None, o.first_day))


def was_in_office(person: Person, country: str, on: dt.date | None) -> bool:
    """Whether the person held any office of the country (or organisation) on the date."""
    if on is None:
        return False
    key = country.upper()
    return any(o.key == key and o.covers(on) for o in person.offices)


def is_former(person: Person, on: dt.date | None) -> bool:
    """Whether the person is a former office holder on the date.

    True when an office of theirs ended before the date and none covers it (a former official
    is coded as such, CAMEO ``ELI``). ``False`` without a date, and when the latest term before
    the date is one a generated table only knows up to its source's last update (unknown since).
    """
    if on is None:
        return False
    before = [o for o in person.offices if o.last_day is not None and o.last_day < on]
    if not before or max(before, key=lambda o: (o.last_day, not o.open_end)).open_end:
        return False
    return not any(o.covers(on) for o in person.offices)


#: How long before the first day of a presidency its holder-to-be counts as the challenger.
CHALLENGER_DAYS = 730


def is_challenger(person: Person, on: dt.date | None) -> bool:
    """Whether the person, holding no office and never having held one on the date, becomes a
    country's leading president within :data:`CHALLENGER_DAYS` after it.

    A president-to-be without office is the campaign's challenger: the candidate of the party out
    of power (CAMEO ``OPP``), as Donald Trump before January 2017. A former office holder running
    again is ``ELI`` (:func:`is_former`), and one in another office is coded by that office.
    """
    if on is None or any(o.first_day <= on for o in person.offices):
        return False
    return any(
        o.leader
        and o.org is None
        and o.title == "president"
        and 0 < (o.first_day - on).days <= CHALLENGER_DAYS
        for o in person.offices
    )


#: A generated person's name is trusted from this many years before their first term to this
#: many after their last: common names recur, and the generated tables stop around 2014.
NAMED_BEFORE, NAMED_AFTER = 5, 10


def named_on(person: Person, on: dt.date | None) -> bool:
    """Whether a name of the person may be taken for them in an article of that date.

    Always for the hand table's people; for a person only the generated tables know, only with
    a date from :data:`NAMED_BEFORE` years before their first term to :data:`NAMED_AFTER` after
    their last ("Amadou Diallo" in a 2025 article is not the Guinean minister of 2005).
    """
    if not person.generated:
        return True
    if on is None or not person.offices:
        return False
    first = person.offices[0].first_day
    last = max(o.last_day or o.first_day for o in person.offices)
    return first.year - NAMED_BEFORE <= on.year <= last.year + NAMED_AFTER


def lookup(people: tuple[Person, ...], name: str) -> tuple[Person, ...]:
    """Return the people whose canonical name or an alias equals ``name`` (case-insensitive)."""
    wanted = " ".join(name.split()).casefold()
    return tuple(
        p
        for p in people
        if p.name.casefold() == wanted or any(a.casefold() == wanted for a in p.aliases)
    )
