"""Token-pattern sources of place mentions, beyond the tagger's entities.

* "the X region": X names a first-level region (or the area around town X);
* a capitalised name after a locative preposition that the tagger left untagged ("near Kursk");
* a country name outside any entity ("... the Democratic Republic of the Congo (DRC)");
* other occurrences of a name the document already uses for a place ("one sense per discourse":
  the small model may tag the same "Gainesville" a place in one sentence and a person in the next);
* a state abbreviation after a town and a comma ("Gainesville, Ga.", "Austin, TX").
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Protocol

from eventwire.extract.places.countries import CountryNames
from eventwire.extract.places.cues import Cues
from eventwire.extract.places.gazetteer import Entry, Gazetteer, Match
from eventwire.extract.places.names import fold
from eventwire.extract.places.tokens import DocView
from eventwire.extract.places.types import Mention

MAX_NAME_TOKENS = 4
# An untagged name after a preposition is taken for a place only if it is this well known.
UNTAGGED_POPULATION = 20_000
_NAMED_KINDS = frozenset({"oblast", "krai", "governorate", "prefecture"})


class Finder(Protocol):
    """What the scans need from the mention finder."""

    gaz: Gazetteer
    countries: CountryNames
    cues: Cues

    def lookup(self, text: str) -> tuple[Match, ...]: ...

    def regions_named(self, name: str) -> tuple[Match, ...]: ...

    def metonym(self, start: int, end: int, text: str) -> Mention | None: ...


def region_patterns(view: DocView, finder: Finder) -> Iterator[Mention]:
    """Names with a kind word: "the Kursk region", "Kursk Oblast", "Laurel County"."""
    for i, word in enumerate(view.lower):
        if word not in finder.cues.regions or i == 0:
            continue
        start = i
        while start > 0 and i - start < MAX_NAME_TOKENS and view.name[start - 1]:
            start -= 1
        if start == i:
            continue
        name = view.text(start, i)
        whole = finder.lookup(f"{name} {view.words[i]}")
        if whole:
            yield Mention(start, i + 1, fold(f"{name} {view.words[i]}"), "REGION", whole)
        elif view.words[i].islower() or word in _NAMED_KINDS:
            matches = finder.regions_named(name)
            if matches:
                yield Mention(start, i + 1, fold(name), "REGION", matches, region_word=True)


def untagged(view: DocView, finder: Finder) -> Iterator[Mention]:
    """Capitalised names after a locative preposition that the tagger left untagged."""
    for i in range(len(view) - 1):
        if view.lower[i] not in finder.cues.locatives or view.ent[i]:
            continue
        end = i + 1
        while (
            end < len(view) and end - i <= MAX_NAME_TOKENS and view.name[end] and not view.ent[end]
        ):
            end += 1
        if end == i + 1:
            continue
        matches = finder.lookup(view.text(i + 1, end))
        if any(well_known(m, UNTAGGED_POPULATION) for m in matches):
            yield Mention(i + 1, end, fold(view.text(i + 1, end)), "UNTAGGED", matches)


def aliases(view: DocView, finder: Finder) -> Iterator[Mention]:
    """Country names and seats of government the tagger missed outside any entity ("... of the
    Congo (DRC)", "Kyiv rejected ...", "Downing Street said ...")."""
    for i, word in enumerate(view.words):
        if view.ent[i] or not word[:1].isupper():
            continue
        for end in range(min(len(view), i + 3), i, -1):
            if any(view.ent[i:end]):
                continue
            mention = _country_name(view, finder, i, end)
            if mention is not None:
                yield mention
                break


def _country_name(view: DocView, finder: Finder, start: int, end: int) -> Mention | None:
    text = view.text(start, end)
    country = finder.countries.alias(text)
    entry = finder.gaz.countries.get(country.iso3) if country else None
    if entry is not None:
        return Mention(start, end, fold(text), "ALIAS", (Match(entry, True),))
    if finder.countries.metonym(text) is None:
        return None
    building = finder.metonym(start, end, text)
    matches = finder.lookup(text)
    return building or (Mention(start, end, fold(text), "ALIAS", matches) if matches else None)


def before_containers(
    view: DocView, finder: Finder, found: list[Mention], taken: set[int]
) -> Iterator[Mention]:
    """An untagged name right before ", <country or region>" that lies in it ("Hyderabad,
    Pakistan"): only the candidates inside the container are kept."""
    for outer in list(found):
        holders = [m.entry for m in outer.matches if m.entry.kind in {"country", "admin1"}]
        comma = outer.start - 1
        if not holders or comma < 1 or view.words[comma] != "," or comma - 1 in taken:
            continue
        start = comma
        while (
            start > 0
            and comma - start < MAX_NAME_TOKENS
            and view.name[start - 1]
            and start - 1 not in taken
        ):
            start -= 1
        if start == comma:
            continue
        inside = tuple(
            m
            for m in finder.lookup(view.text(start, comma))
            if any(_holds(h, m.entry) for h in holders)
        )
        if inside:
            taken.update(range(start, comma))
            yield Mention(start, comma, fold(view.text(start, comma)), "BEFORE", inside)


def _holds(outer: Entry, inner: Entry) -> bool:
    if outer.kind == "country":
        return inner.country == outer.country and inner.kind != "country"
    return (
        inner.admin1_key is not None
        and inner.admin1_key == outer.admin1_key
        and inner.kind != "admin1"
    )


def echoes(
    view: DocView, found: list[Mention], taken: set[int], labels: frozenset[str]
) -> Iterator[Mention]:
    """Other occurrences of a name the document already tags as a place (labels in ``labels``)."""
    names = {m.key: m for m in found if m.matches and m.label in labels}
    longest = max((m.end - m.start for m in names.values()), default=0)
    # Inside a longer entity only its opening words may echo a place ("Gainesville Riding
    # Club", "Huntsville Fire" may; the surname in "Denzel Washington" may not).
    inside = {i for e in view.ents if len(e) > 1 for i in range(e.start + 1, e.end)}
    for start in range(len(view)):
        if start in taken or start in inside or not view.name[start]:
            continue  # a name inside a longer entity is left to the entity ("Denzel Washington")
        for end in range(min(len(view), start + longest), start, -1):
            source = names.get(fold(view.text(start, end)))
            if source is None or taken.intersection(range(start, end)):
                continue
            if end < len(view) and view.name[end]:
                break  # part of a longer name ("Gainesville Riding Club" stays whole)
            taken.update(range(start, end))
            yield Mention(
                start, end, source.key, "ECHO", source.matches, region_word=source.region_word
            )
            break


def abbreviations(
    view: DocView, finder: Finder, found: list[Mention], taken: set[int]
) -> Iterator[Mention]:
    """A region abbreviation right after a town and a comma ("Gainesville, Ga.", "Austin, TX")."""
    for mention in list(found):
        comma, at = mention.end, mention.end + 1
        if at >= len(view) or view.words[comma] != "," or at in taken:
            continue
        end = at + 2 if at + 1 < len(view) and view.words[at + 1] == "." else at + 1
        text = view.text(at, end)
        matches = tuple(m for m in finder.gaz.lookup(fold(text)) if m.entry.kind == "admin1")
        if matches and text[:1].isupper():
            taken.update(range(at, end))
            yield Mention(at, end, fold(text), "ABBREV", matches)


def link_containers(view: DocView, mentions: list[Mention]) -> None:
    """Set ``container`` of "X, Y" pairs where Y can hold X (a region or a country)."""
    for i, (inner, outer) in enumerate(itertools.pairwise(mentions)):
        if outer.start != inner.end + 1 or view.words[inner.end] != ",":
            continue
        if any(m.entry.kind in {"admin1", "country"} for m in outer.matches):
            inner.container = i + 1


def well_known(match: Match, population: int) -> bool:
    """A main-name match of a country, region, or a town of at least ``population`` people."""
    entry = match.entry
    if not match.main:
        return False
    return entry.kind in {"country", "admin1", "region"} or entry.population >= population
