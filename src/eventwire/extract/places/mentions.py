"""Finding place mentions in a parsed ``Doc``, each with its gazetteer candidates.

Sources, in order of trust: "the X region" patterns; named entities (GPE, LOC, FAC; NORP for
demonyms; any label for a listed seat of government such as "the Kremlin"; ORG, PERSON and others
for a place that opens a longer name ("Mansfield Police Department", "Texas Forest Service"), a
lone name the small model calls a person, or a well-known place it calls a product ("Kursk"));
then the token scans of ``scans.py``. A mention that is part of another name ("West Nile virus"),
a bare direction ("the West"), a code ("H1N1") or a small place named like one of the document's
people is dropped. Resolution and roles come later (``resolve.py``, ``roles.py``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from eventwire.extract.places import scans
from eventwire.extract.places.countries import CACHE_LIMIT, CountryNames
from eventwire.extract.places.cues import Cues
from eventwire.extract.places.gazetteer import Entry, Gazetteer, Match
from eventwire.extract.places.names import fold
from eventwire.extract.places.tokens import DocView, comma_parts, is_language, trim
from eventwire.extract.places.types import Mention
from eventwire.knowledge.base import Knowledge

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
SEAT_POPULATION = 30_000  # a metonym that is also a town this large of its country is a town
# Institution words after which the name before is surely a town's ("Woodburn Police"), unlike
# a "Justice Department" or a "Labor Department": such a name echoes elsewhere in the story.
_LOCAL_BODIES = frozenset({"police", "sheriff", "sheriff's", "fire", "city", "county", "council"})
# Labels under which the small model hides places ("Kursk" PRODUCT, "Alexandria" PERSON).
MISLABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "ORG", "PERSON", "NORP"})
WELL_KNOWN_POPULATION = 100_000  # a place tagged PRODUCT, EVENT ... is taken if this large
PERSON_LIKE_POPULATION = 10_000  # a lone "person" name is taken for a town if this large
_JOINERS = frozenset({",", "and", "or"})
_REGION_KINDS = frozenset({"admin1", "admin2", "region", "country"})
_PART_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                         "western", "central", "northeast", "northwest", "southeast", "southwest",
                         "northeastern", "northwestern", "southeastern", "southwestern"})  # fmt: skip


class MentionFinder:
    """Finds place mentions with a gazetteer, the country knowledge and the cue words."""

    def __init__(self, gazetteer: Gazetteer, knowledge: Knowledge, cues: Cues) -> None:
        self.gaz = gazetteer
        self.countries = CountryNames(knowledge)
        self.cues = cues
        self._lookups: dict[str, tuple[Match, ...]] = {}

    def find(self, doc: Doc) -> list[Mention]:
        """Return the document's place mentions in text order, containers linked."""
        view = DocView.of(doc, self.cues.institutions)
        taken: set[int] = set()
        found: list[Mention] = []
        sources = (
            scans.region_patterns(view, self),
            self._entities(view),
            scans.untagged(view, self),
            scans.aliases(view, self),
        )
        for mention in (m for source in sources for m in source):
            if not taken.intersection(range(mention.start, mention.end)):
                taken.update(range(mention.start, mention.end))
                found.append(mention)
        found.extend(scans.echoes(view, found, taken, PLACE_LABELS | {"REGION"}))
        found.extend(scans.before_containers(view, self, found, taken))
        # a name first placed by its container ("WOODBURN, Ore. -- ... a Woodburn bank") or by an
        # institution of its own ("the Woodburn Police Department") echoes too
        local = [m for m in found if m.label != "PREFIX" or view.lower[m.end] in _LOCAL_BODIES]
        found.extend(
            scans.echoes(view, local, taken, PLACE_LABELS | {"REGION", "BEFORE", "PREFIX"})
        )
        found.extend(scans.abbreviations(view, self, found, taken))
        people = view.person_words | {  # a name a title stands before: "President Bush"
            view.text(m.start, m.end).casefold()
            for m in found
            if m.end - m.start == 1 and m.start > 0 and view.lower[m.start - 1] in self.cues.titles
        }
        found = sorted((m for m in found if self._keep(view, m, people)), key=lambda m: m.start)
        scans.link_containers(view, found)
        return found

    def lookup(self, text: str) -> tuple[Match, ...]:
        """Return gazetteer matches of a name, a country alias first when the knowledge has one."""
        found = self._lookups.get(text)
        if found is None:
            if len(self._lookups) >= CACHE_LIMIT:
                self._lookups.clear()
            matches = list(self.gaz.lookup(fold(text)))
            country = self.countries.alias(text)
            entry = self.gaz.countries.get(country.iso3) if country else None
            if entry is not None:
                matches = [Match(entry, True), *(m for m in matches if m.entry != entry)]
            part = self._country_part(text, matches)
            if part is not None:
                matches = [Match(part, True), *matches]
            found = self._lookups[text] = tuple(matches)
        return found

    def _country_part(self, text: str, matches: list[Match]) -> Entry | None:
        """A region named as a part of a country ("South Lebanon", "Eastern Ukraine") that the
        gazetteer does not list: a region of that country at its centre, so that a foreign
        town of the same name ("South Lebanon", Ohio) does not win by default."""
        words = text.split(maxsplit=1)
        if len(words) != 2 or words[0].lower() not in _PART_WORDS:
            return None
        country = self.countries.alias(words[1])
        whole = self.gaz.countries.get(country.iso3) if country else None
        if whole is None or any(
            m.entry.kind != "town" or m.entry.country == whole.country for m in matches
        ):
            return None  # a listed region ("Northern Ireland"), or a town of that country
        if any(
            m.entry.kind != "town" and m.entry.country != whole.country
            for m in self.gaz.lookup(fold(words[1]))
        ):
            return None  # the country's name is also a region elsewhere ("North Georgia")
        return dataclasses.replace(
            whole, offset=-1 - whole.offset, name=text, feature="RGN", population=0,
            geonameid=None, admin1=None,
        )  # fmt: skip

    def regions_named(self, name: str) -> tuple[Match, ...]:
        """Matches for "the X region": regions named X, else the region of town X, else town X."""
        matches = self.lookup(name)
        regions = [m for m in matches if m.entry.kind in _REGION_KINDS]
        if regions:
            return tuple(regions)
        key = fold(name)
        around = [
            Match(r, True)
            for m in matches
            if (r := self.gaz.region_of(m.entry)) and key in fold(r.name)
        ]
        return tuple(dict.fromkeys(around)) or matches

    def capital_of(self, iso3: str, name: str | None) -> Entry | None:
        """Return the gazetteer town that is the capital of ``iso3``."""
        towns = [
            m.entry
            for m in self.lookup(name or "")
            if m.entry.country == iso3 and m.entry.kind == "town"
        ]
        return max(towns, key=lambda e: (e.feature == "PPLC", e.population), default=None)

    def _keep(self, view: DocView, mention: Mention, people: frozenset[str]) -> bool:
        """Drop a name that is part of another name ("West Nile virus"), a bare direction ("the
        West"), a code ("H1N1") and a small or unknown place named like a person of the document
        (``people``: "Farrin" after "Henry Farrin", "Obama" after "Barack Obama", "Bush" after
        "President Bush") and an unknown name that ends in an organisation word ("Green Party")."""
        if mention.end < len(view) and view.lower[mention.end] in self.cues.eponyms:
            return False
        single = mention.end - mention.start == 1
        if single and view.lower[mention.start] in self.cues.directions:
            return False
        if mention.kind != "name":
            return True
        text = view.text(mention.start, mention.end)
        if not mention.matches and (any(c.isdigit() for c in text) or text.isupper()):
            return False
        if not mention.matches and view.lower[mention.end - 1] in self.cues.organisations:
            return False  # "Green Party", "West Coast Bank": an organisation, not a place
        if not single or text.casefold() not in people:
            return True
        # A name the document also gives a person stays a place only when it is a country, or
        # tagged as a place right here and the name of a first-level region ("Georgia").
        kinds = {m.entry.kind for m in mention.matches}
        return "country" in kinds or (mention.label in PLACE_LABELS and "admin1" in kinds)

    # -- entities ------------------------------------------------------------------------------

    def _entities(self, view: DocView) -> Iterator[Mention]:
        for ent in view.ents:
            span = trim(ent)
            if span is None:
                continue
            span = self._hyphenated(span)
            if ent.label_ in {"NORP", "GPE"} and self.countries.demonym(span.text):
                yield from self._demonym(span)  # "Angolan" is sometimes tagged GPE
            elif (metonym := self._metonym(span)) is not None:
                yield metonym
            elif ent.label_ in PLACE_LABELS:
                yield from self._place_entity(span, ent.label_)
            elif ent.label_ in MISLABELS:
                yield from self._mislabelled(view, span, ent.label_)

    def _hyphenated(self, span: Span) -> Span:
        """The whole of a hyphenated name the model tagged in part ("Dar" of "Dar-es-Salaam",
        "Salaam" of it), when the gazetteer knows the whole: the parts of such names are often
        small places of their own elsewhere."""
        doc = span.doc
        start, end = span.start, span.end
        while start >= 2 and doc[start - 1].text == "-" and _joined(doc, start - 2, start):
            start -= 2
        while end + 1 < len(doc) and doc[end].text == "-" and _joined(doc, end - 1, end + 1):
            end += 2
        if (start, end) == (span.start, span.end):
            return span
        whole = doc[start:end]
        return whole if self.lookup(whole.text) else span

    def _demonym(self, span: Span) -> Iterator[Mention]:
        country = self.countries.demonym(span.text)
        entry = self.gaz.countries.get(country.iso3) if country else None
        if (
            country is not None
            and entry is not None
            and not is_language(span, self.cues.language_verbs, self.cues.language_nouns)
        ):
            key = fold(span.text)
            yield Mention(
                span.start, span.end, key, "NORP", (Match(entry, True),), "demonym", country.iso3
            )

    def _metonym(self, span: Span) -> Mention | None:
        return self.metonym(span.start, span.end, span.text)

    def metonym(self, start: int, end: int, text: str) -> Mention | None:
        """A listed seat of government that is not itself a town of its country ("the Kremlin",
        "the White House", "Downing Street"); a capital such as "Moscow" stays a town."""
        country = self.countries.metonym(text)
        if country is None or any(_seat_town(m.entry, country.iso3) for m in self.lookup(text)):
            return None
        capital = self.capital_of(country.iso3, country.capital)
        matches = (Match(capital, True),) if capital is not None else ()
        return Mention(start, end, fold(text), "METONYM", matches, "metonym", country.iso3)

    def _place_entity(self, span: Span, label: str) -> Iterator[Mention]:
        parts = list(comma_parts(span))
        if len(parts) > 1:
            for part in parts:
                yield from self._place_entity(part, label)
            return
        matches = self.lookup(span.text)
        if not matches and len(span) > 1 and span[-1].lower_ in self.cues.regions:
            regions = self.regions_named(span[:-1].text)
            if regions:
                yield Mention(
                    span.start, span.end, fold(span[:-1].text), label, regions, region_word=True
                )
                return
        inner = self._narrowed(span) if not matches and len(span) > 1 else None
        if inner is not None:
            yield Mention(span.start, span.end, fold(inner.text), label, self.lookup(inner.text))
        else:
            yield Mention(span.start, span.end, fold(span.text), label, matches)

    def _narrowed(self, span: Span) -> Span | None:
        """The known place inside an unknown name: "Northeast Georgia" -> Georgia, "Battle of
        Richmond" -> Richmond."""
        if span[0].lower_ in self.cues.directions and self.lookup(span[1:].text):
            return span[1:]
        ofs = [t.i for t in span if t.lower_ == "of"]
        if ofs and ofs[-1] + 1 < span.end:
            tail = span.doc[ofs[-1] + 1 : span.end]
            if self.lookup(tail.text):
                return tail
        return None

    def _mislabelled(self, view: DocView, span: Span, label: str) -> Iterator[Mention]:
        """A place inside or behind another label: the place that opens a longer name, a country
        tagged ORG ("DRC"), a lone name the small model calls a person ("Alexandria" in a
        headline), a well-known place it calls a product ("Kursk")."""
        parts = list(comma_parts(span, _JOINERS))
        if len(parts) > 1:  # "Odesa and Kharkiv" tagged WORK_OF_ART as one name
            for part in parts:
                yield from self._mislabelled(view, part, label)
            return
        prefix = self._name_prefix(view, span) or self._name_suffix(span)
        if prefix is not None:
            yield prefix
            return
        matches = self.lookup(span.text)
        if label == "ORG":  # "DRC", "Crimea" tagged ORG: only a country or region by its main name
            if any(m.main and m.entry.kind in {"country", "admin1", "region"} for m in matches):
                yield Mention(span.start, span.end, fold(span.text), label, matches)
        elif label == "PERSON":
            lone = " " not in span.text and span.text.casefold() not in view.person_words
            if lone and any(scans.well_known(m, PERSON_LIKE_POPULATION) for m in matches):
                yield Mention(span.start, span.end, fold(span.text), label, matches)
        elif any(scans.well_known(m, WELL_KNOWN_POPULATION) for m in matches):
            yield Mention(span.start, span.end, fold(span.text), label, matches)

    def _name_prefix(self, view: DocView, span: Span) -> Mention | None:
        """The place opening a longer name: any place before an institution word ("Mansfield
        Police Department"), or a country or first-level region before anything."""
        for cut in range(min(len(span) - 1, scans.MAX_NAME_TOKENS), 0, -1):
            if not all(view.name[i] for i in range(span.start, span.start + cut)):
                continue
            matches = self.lookup(view.text(span.start, span.start + cut))
            if matches and (
                view.lower[span.start + cut] in self.cues.institutions
                or any(m.main and m.entry.kind in {"country", "admin1"} for m in matches)
            ):
                key = fold(view.text(span.start, span.start + cut))
                return Mention(span.start, span.start + cut, key, "PREFIX", matches)
        return None

    def _name_suffix(self, span: Span) -> Mention | None:
        """A country or first-level region closing a longer name after "of" ("University of
        Pennsylvania", "Spina Bifida Association of Western Pennsylvania")."""
        ofs = [t.i for t in span if t.lower_ == "of"]
        if not ofs or ofs[-1] + 1 >= span.end:
            return None
        tail = span.doc[ofs[-1] + 1 : span.end]
        if tail[0].lower_ in self.cues.directions and len(tail) > 1:
            tail = tail[1:]
        matches = self.lookup(tail.text)
        if any(m.main and m.entry.kind in {"country", "admin1"} for m in matches):
            return Mention(tail.start, tail.end, fold(tail.text), "SUFFIX", matches)
        return None


def _joined(doc: Doc, left: int, right: int) -> bool:
    """Whether tokens ``left`` .. ``right`` are written without spaces and both ends are words."""
    words = doc[left].is_alpha and doc[right].is_alpha
    return words and all(not doc[i].whitespace_ for i in range(left, right))


def _seat_town(entry: Entry, iso3: str) -> bool:
    """A town of the country that a metonym may simply name ("Moscow", "Ramallah"), unlike a
    small namesake of a building ("White House", Tennessee)."""
    if entry.kind != "town" or entry.country != iso3:
        return False
    return entry.feature in {"PPLC", "PPLA"} or entry.population >= SEAT_POPULATION
