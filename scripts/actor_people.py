"""People with dated offices from the Phoenix dictionaries (MIT) and CountryInfo (CC BY-SA 3.0).

Each source gives its own list of :class:`Term` rows; the two are written to separate files (the
share-alike rows apart). Rules, all from the sources' README:

* ``ELI`` ("elite") spans are dropped: the converter made most of them up (elite from birth + 18
  until taking office); a former office holder is recognised from the ended terms instead;
* undated codes (``default``) are dropped: they cannot say when someone held office;
* an open end ("in office when the source was last updated") becomes that update date, marked
  ``open``: the person is known in office until then, and nothing is known after it;
* former states (USSR, Yugoslavia, ...) and codes that name no state are left out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from actor_sources import CommonWords, Source, display_name, items, latin, surname_of

from eventwire.knowledge.names import fold

#: When the Phoenix dictionaries were built ("Generated at: Thu Jan 30 2014"); a few rows were
#: edited by hand later, up to the last date the file holds.
PHOENIX_BUILT = "2014-01-30"
PHOENIX_EDITED = "2015-02-17"
#: The last CIA "Chiefs of State and Cabinet Members" list CountryInfo's cabinets come from, and
#: the first (a cabinet row open at its start was in office then).
CIA_LAST = "2011-02-28"
CIA_FIRST = "2003-01-01"

# Office sectors of Phoenix people codes kept as offices (government, forces, intelligence, courts).
_STATE_SECTORS = frozenset({"GOV", "MIL", "SPY", "JUD", "LEG", "COP"})
# Words that start a titled alias ("PRESIDENT PUTIN"): titles are separate mentions here.
TITLE_WORDS = frozenset(
    [
        "president",
        "prime",
        "premier",
        "minister",
        "king",
        "queen",
        "emir",
        "sultan",
        "sheikh",
        "sheik",
        "shaikh",
        "general",
        "gen",
        "colonel",
        "col",
        "lieutenant",
        "major",
        "captain",
        "admiral",
        "marshal",
        "dr",
        "doctor",
        "mr",
        "mrs",
        "ms",
        "sir",
        "lord",
        "lady",
        "secretary",
        "chancellor",
        "ayatollah",
        "imam",
        "mullah",
        "grand",
        "crown",
        "prince",
        "princess",
        "pope",
        "cardinal",
        "bishop",
        "archbishop",
        "chairman",
        "chief",
        "vice",
        "deputy",
        "foreign",
        "defense",
        "defence",
        "finance",
        "senator",
        "governor",
        "mayor",
        "ambassador",
        "judge",
        "justice",
        "speaker",
        "commander",
        "field",
        "former",
        "late",
        "interim",
        "acting",
        "supreme",
        "leader",
        "his",
        "her",
        "the",
        "comrade",
        "brother",
        "emperor",
    ]
)

# CountryInfo titles -> (role, title noun); a title not listed gives an untitled office.
_LEADER_TITLES = {
    "president": ("head_of_state", "president"),
    "prime minister": ("head_of_government", "prime minister"),
    "premier": ("head_of_government", "premier"),
    "chancellor": ("head_of_government", "chancellor"),
    "king": ("head_of_state", "king"),
    "queen": ("head_of_state", "queen"),
    "emir": ("head_of_state", "emir"),
    "sultan": ("head_of_state", "sultan"),
    "emperor": ("head_of_state", "emperor"),
    "supreme leader": ("supreme_leader", "supreme leader"),
    "governor-general": ("other", "governor-general"),
    "captain-regent": ("head_of_state", "captain regent"),
    "vice president": ("vice_president", "vice president"),
    "first vice president": ("vice_president", "first vice president"),
    "deputy prime minister": ("other", "deputy prime minister"),
}
_MINISTRIES = (
    (re.compile(r"minister (of|for) (foreign affairs|foreign relations|external affairs)$"),
     ("foreign_minister", "foreign minister")),
    (re.compile(r"minister (of|for) (national )?defen[cs]e$"), ("defence_minister", "defense minister")),
    (re.compile(r"minister (of|for) finance$"), ("other_minister", "finance minister")),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Term:
    """One office term of one person, as written to a generated file."""

    person: str
    aliases: tuple[str, ...]
    surname: str
    country: str
    role: str
    title: str
    start: str
    end: str
    open: bool
    source: str


def title_of(text: str) -> tuple[str, str]:
    """The (role, title noun) of a CountryInfo office title; ("other", "") when not a known one."""
    lower = " ".join(text.lower().replace("ministers", "minister").split())
    if lower in _LEADER_TITLES:
        return _LEADER_TITLES[lower]
    for pattern, found in _MINISTRIES:
        if pattern.fullmatch(lower):
            return found
    return ("other_minister", "") if lower.startswith("minister") else ("other", "")


def aliases_of(row: dict[str, str], name: str) -> tuple[str, ...]:
    """A source row's aliases as news writes them, without titled forms ("President Putin":
    titles are separate mentions) and bare surnames (derived from the name)."""
    out: list[str] = []
    for alias in items(row["aliases"]):
        shown = display_name(alias)
        words = shown.split()
        if len(words) < 2 or not latin(shown) or words[0].lower().strip(".") in TITLE_WORDS:
            continue
        if fold(shown) != fold(name) and shown not in out:
            out.append(shown)
    return tuple(out)


def phoenix_terms(source: Source, countries: frozenset[str]) -> list[Term]:
    """The dated state offices of the Phoenix people."""
    terms = []
    for row in source.rows:
        blocks = [row["cameo_code"][i : i + 3] for i in range(0, len(row["cameo_code"]), 3)]
        if "ELI" in blocks or row["date_type"] not in {"range", "from"} or not row["start"]:
            continue
        if row["country"] not in countries or not _STATE_SECTORS.intersection(blocks[1:]):
            continue
        start, end = row["start"], row["end"]
        opened = row["date_type"] == "from"
        if opened:
            end = PHOENIX_BUILT if start <= PHOENIX_BUILT else PHOENIX_EDITED
        if end < start:
            continue
        name = display_name(row["name"])
        terms.append(
            Term(name, aliases_of(row, name), surname_of(name, row["country"]),
                 row["country"], "other", "", start, end, opened, row["source"])
        )  # fmt: skip
    return terms


def countryinfo_terms(source: Source, countries: frozenset[str]) -> list[Term]:
    """The titled offices of CountryInfo's leaders lists and cabinets."""
    latest = _latest_dates(source)
    terms = []
    for row in source.rows:
        if row["country"] not in countries:
            continue
        leaders = row["section"].startswith("leaders")
        start, end, kind = row["start"], row["end"], row["date_type"]
        if kind == "until":
            start = start or CIA_FIRST
        opened = kind == "from"
        if opened:
            end = latest[row["country"]] if leaders else CIA_LAST
        if not start or not end or end < start:
            continue
        role, title = _role(row, leaders)
        name = display_name(row["name"])
        terms.append(
            Term(name, aliases_of(row, name), surname_of(name, row["country"]),
                 row["country"], role, title, start, end, opened, row["source"])
        )  # fmt: skip
    return terms


def _role(row: dict[str, str], leaders: bool) -> tuple[str, str]:
    if leaders or row["role_basis"] == "title aligned by position":
        return title_of(row["role"])
    return "other", ""


def _latest_dates(source: Source) -> dict[str, str]:
    """The latest date each country's block of CountryInfo holds: its leaders list was updated
    at least to then."""
    latest: dict[str, str] = {}
    for row in source.rows:
        for value in (row["start"], row["end"]):
            if value and value > latest.get(row["country"], ""):
                latest[row["country"]] = value
    return latest


def unambiguous(*sources: list[Term], words: CommonWords) -> list[list[Term]]:
    """Drop the names that would not identify one person.

    A name (or alias) used for people of different countries is dropped everywhere (the person
    too when it was their name); so is a person known by one name that is a common word ("Hope").
    (The loader reads other one-word names as surnames only: "Hussein" is King Hussein or Saddam
    Hussein.)
    """
    owners: dict[str, set[str]] = defaultdict(set)
    for terms in sources:
        for term in terms:
            for name in (term.person, *term.aliases):
                owners[fold(name)].add(term.country)
    taken = {k for k, countries in owners.items() if len(countries) > 1}
    out = []
    for terms in sources:
        kept = []
        for term in terms:
            if fold(term.person) in taken or (
                " " not in term.person and words.is_word(term.person)
            ):
                continue
            aliases = tuple(a for a in term.aliases if fold(a) not in taken)
            kept.append(replace(term, aliases=aliases))
        out.append(kept)
    return out


def same_identity(terms: Iterable[Term]) -> list[Term]:
    """One term per run of a person's terms in the same office (title, or untitled) that follow
    each other within a month (the CIA lists are monthly); the aliases of all their terms are
    written on the person's first row only (the loader reads them there)."""
    by_person: dict[str, list[Term]] = defaultdict(list)
    for term in terms:
        by_person[term.person].append(term)
    out = []
    for rows in by_person.values():
        aliases = tuple(dict.fromkeys(a for t in rows for a in t.aliases))
        merged = _merged(sorted(rows, key=lambda t: (t.country, t.role, t.title, t.start, t.end)))
        merged.sort(key=lambda t: (t.start, t.end, t.source))
        out.append(replace(merged[0], aliases=aliases, surname=rows[0].surname))
        out.extend(replace(t, aliases=(), surname=rows[0].surname) for t in merged[1:])
    return out


def _merged(terms: list[Term]) -> list[Term]:
    out: list[Term] = []
    for term in terms:
        last = out[-1] if out else None
        same = last is not None and (last.country, last.role, last.title) == (
            term.country, term.role, term.title)  # fmt: skip
        if last is not None and same and term.start <= _month_after(last.end):
            later = term if term.end >= last.end else last
            out[-1] = replace(last, end=later.end, open=later.open)
        else:
            out.append(term)
    return out


def _month_after(day: str) -> str:
    year, month = int(day[:4]), int(day[5:7]) + 1
    if month > 12:
        year, month = year + 1, 1
    return f"{year:04d}-{month:02d}-{day[8:10]}"
