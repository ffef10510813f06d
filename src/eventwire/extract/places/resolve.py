"""Choosing one gazetteer entry per place name of a document (toponym disambiguation).

Every distinct name of a document is resolved once ("one sense per discourse"). A candidate's
score is a prior (a country over a first-level region over a town of the same name; capitals
favoured; larger towns favoured; a main name over an alternate one) plus what the rest of the
document says: the countries and first-level regions its other places lie in, how close it lies
to the other places, the dateline, the actors' countries, and an explicit container ("Paris,
Texas"). Each name's candidates carry a plausibility (a softmax of their scores); the evidence a
name gives the others is its candidates' countries and regions weighted by plausibility (so
"Athens" and "Clarke County" can settle on Georgia together), plus the point of its best
candidate. Scores are recomputed a few rounds, so "Georgia" next to Atlanta and Gainesville
settles on the US state while "Georgia" next to Tbilisi and Russia stays the country.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from eventwire.extract.places.gazetteer import Entry, Gazetteer, Match
from eventwire.extract.places.names import fold
from eventwire.extract.places.types import Mention, Point

KIND_PRIOR = {"country": 10.0, "admin1": 8.0, "region": 7.0, "admin2": 4.5}
CAPITAL_BONUS = 3.0
ADMIN_SEAT_BONUS = 1.0
ALTERNATE_PENALTY = 3.0
NO_COORDINATES_PENALTY = 1.0
# PlaceContext weights (added to the prior when the document supports a candidate).
W_COUNTRY = 2.5
W_ADMIN1 = 4.0
W_NEAR = 2.5
W_CONTAINER = 12.0
ROUNDS = 3
# Evidence weight of a document place by what it is (a demonym says less than a name).
DEMONYM_WEIGHT = 0.5
DATELINE_WEIGHT = 2.0
DATELINE_KEY = "@dateline"


@dataclass(slots=True)
class Evidence:
    """What a document's places say: countries and regions named (weighted by how plausible
    each reading is), and the points of the chosen places."""

    countries: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    admin1s: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    points: list[tuple[float, float, str]] = field(default_factory=list)

    def add(self, entry: Entry, weight: float) -> None:
        """Count ``entry`` as something the document may talk about, with ``weight``."""
        if entry.country:
            self.countries[entry.country] += weight
        if entry.admin1_key:
            self.admin1s[entry.admin1_key] += weight

    def place(self, entry: Entry, group: str) -> None:
        """Add the point of a chosen town or county of name ``group``."""
        if entry.kind in {"town", "admin2"} and entry.lat is not None and entry.lon is not None:
            self.points.append((entry.lat, entry.lon, group))


@dataclass(frozen=True, slots=True)
class PlaceContext:
    """Document-level hints: the dateline place and countries known from other layers."""

    dateline: tuple[Match, ...] = ()  # candidates of the dateline place ("BEIJING")
    countries: tuple[str, ...] = ()


def prior(match: Match) -> float:
    """Score of a candidate before context: kind, capital or seat, population, name quality."""
    entry = match.entry
    if entry.kind == "town":
        score = math.log10(max(entry.population, 1000))
        score += CAPITAL_BONUS if entry.feature == "PPLC" else 0.0
        score += ADMIN_SEAT_BONUS if entry.feature == "PPLA" else 0.0
    else:
        score = KIND_PRIOR.get(entry.kind, 5.0)
    if not match.main:
        score -= ALTERNATE_PENALTY
    if entry.lat is None and entry.kind != "admin2":
        score -= NO_COORDINATES_PENALTY
    return score


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def nearness(entry: Entry, points: Sequence[tuple[float, float, str]], group: str) -> float:
    """Bonus for lying near the document's other places (0 when far or unknown)."""
    if entry.lat is None or entry.lon is None or entry.kind == "country":
        return 0.0
    here = (entry.lat, entry.lon)
    d = min(
        (distance_km(here, (lat, lon)) for lat, lon, g in points if g != group), default=math.inf
    )
    return W_NEAR if d < 50 else W_NEAR * 0.66 if d < 150 else W_NEAR * 0.33 if d < 400 else 0.0


def contains(outer: Entry, inner: Entry) -> bool:
    """Whether ``outer`` (a country or first-level region) holds ``inner``."""
    if outer.kind == "country":
        return inner.country == outer.country
    return (
        outer.kind == "admin1"
        and inner.admin1_key is not None
        and inner.admin1_key == outer.admin1_key
    )


@dataclass(slots=True)
class Group:
    """One distinct name of the document: its candidates, their plausibility, its container."""

    key: str
    matches: list[Match]
    weight: float  # evidence weight of the name (a demonym says less than a name)
    plausible: list[float] = field(default_factory=list)
    container: str | None = None  # key of the group that names its region ("Paris, Texas")

    @property
    def choice(self) -> Entry | None:
        """The most plausible candidate."""
        if not self.matches:
            return None
        return self.matches[max(range(len(self.matches)), key=self.plausible.__getitem__)].entry

    def set_scores(self, scores: list[float]) -> None:
        """Turn scores into plausibilities that sum to one (a softmax)."""
        top = max(scores, default=0.0)
        raw = [math.exp(s - top) for s in scores]
        total = sum(raw) or 1.0
        self.plausible = [r / total for r in raw]


def score(match: Match, group: Group, total: Evidence, own: Evidence, frame: Frame) -> float:
    """Total score of one candidate given the evidence of the document's other names."""
    entry = match.entry
    value = prior(match)
    if entry.country:
        support = total.countries.get(entry.country, 0.0) - own.countries.get(entry.country, 0.0)
        value += W_COUNTRY * min(1.0, max(0.0, support))
    if entry.admin1_key:
        support = total.admin1s.get(entry.admin1_key, 0.0) - own.admin1s.get(entry.admin1_key, 0.0)
        value += W_ADMIN1 * min(1.0, max(0.0, support))
    value += nearness(entry, total.points, group.key)
    if frame.containers:  # "Paris, Texas": some reading of "Texas" must hold this "Paris"
        held = any(contains(c, entry) for c in frame.containers if c != entry)
        value += W_CONTAINER if held else -W_CONTAINER / 2
    if frame.contents and any(contains(entry, c) for c in frame.contents if c != entry):
        value += W_CONTAINER / 2  # "Texas" read as the state holding some reading of "Paris"
    return value


@dataclass(frozen=True, slots=True)
class Frame:
    """Candidates of the names that contain a name ("Texas" for "Paris, Texas"), and of the
    names it contains."""

    containers: tuple[Entry, ...] = ()
    contents: tuple[Entry, ...] = ()


def resolve(mentions: Sequence[Mention], context: PlaceContext) -> list[Entry | None]:
    """Return the chosen entry of each mention (None when the gazetteer has no candidate)."""
    groups = _groups(mentions, context)
    for group in groups.values():
        group.set_scores([prior(m) for m in group.matches])
    for _ in range(ROUNDS):
        total = _evidence(groups, context)
        for group in groups.values():
            if len(group.matches) > 1:
                own = Evidence()
                for match, p in zip(group.matches, group.plausible, strict=True):
                    own.add(match.entry, p * group.weight)
                frame = _frame(groups, group)
                group.set_scores([score(m, group, total, own, frame) for m in group.matches])
    return [groups[m.key].choice for m in mentions]


def stand_in_point(
    entry: Entry, chosen: Sequence[Entry | None], gazetteer: Gazetteer
) -> Point | None:
    """A point for a place the gazetteer has no coordinates for (a US county).

    In local news a county is mostly named with its towns: take the document's most mentioned
    town in the same first-level region, else a town named like the county there ("Laurel
    County" -> Laurel), else the region's own point.
    """
    if entry.lat is not None and entry.lon is not None:
        return entry.lat, entry.lon
    same = Counter(
        e for e in chosen if e is not None and e.kind == "town" and e.admin1_key == entry.admin1_key
    )
    if entry.admin1_key and same:
        town = max(same, key=lambda e: (same[e], e.population))
        return town.lat, town.lon  # type: ignore[return-value]
    base = fold(entry.name).rsplit(" ", 1)[0]
    namesakes = [m.entry for m in gazetteer.lookup(base) if m.entry.admin1_key == entry.admin1_key]
    if (
        entry.admin1_key
        and namesakes
        and namesakes[0].lat is not None
        and namesakes[0].lon is not None
    ):
        return namesakes[0].lat, namesakes[0].lon
    region = gazetteer.region_of(entry)
    if region is not None and region.lat is not None and region.lon is not None:
        return region.lat, region.lon
    return None


def _frame(groups: dict[str, Group], group: Group) -> Frame:
    outer = groups[group.container].matches if group.container else []
    inner = [m for g in groups.values() if g.container == group.key for m in g.matches]
    return Frame(tuple(m.entry for m in outer), tuple(m.entry for m in inner))


def _groups(mentions: Sequence[Mention], context: PlaceContext) -> dict[str, Group]:
    """One group per distinct name, plus the dateline's name (resolved with the others and
    weighted more, as the story's own place) and the explicit containers."""
    groups: dict[str, Group] = {}
    for mention in mentions:
        if mention.key in groups:
            continue
        same = [m for m in mentions if m.key == mention.key]
        weight = DEMONYM_WEIGHT if all(m.kind == "demonym" for m in same) else 1.0
        groups[mention.key] = Group(mention.key, _candidates(same), weight)
    for mention in mentions:
        if mention.container is not None and mentions[mention.container].key != mention.key:
            groups[mention.key].container = mentions[mention.container].key
    if context.dateline:
        key = DATELINE_KEY
        dateline = [m for m in mentions if m.matches and set(m.matches) == set(context.dateline)]
        if dateline:
            key = dateline[0].key
        else:
            groups[key] = Group(key, list(context.dateline), 0.0)
        groups[key].weight = DATELINE_WEIGHT
    return groups


def _candidates(mentions: Iterable[Mention]) -> list[Match]:
    """The union of the mentions' matches; a region named like its own country ("Mexico" the
    state) gives way to the country."""
    best: dict[int, Match] = {}
    for mention in mentions:
        for match in mention.matches:
            old = best.get(match.entry.offset)
            if old is None or (match.main and not old.main):
                best[match.entry.offset] = match
    countries = {m.entry.country for m in best.values() if m.entry.kind == "country"}
    return [
        m for m in best.values() if not (m.entry.kind == "admin1" and m.entry.country in countries)
    ]


def _evidence(groups: dict[str, Group], context: PlaceContext) -> Evidence:
    evidence = Evidence()
    for group in groups.values():
        for match, p in zip(group.matches, group.plausible, strict=True):
            evidence.add(match.entry, p * group.weight)
        chosen = group.choice
        if chosen is not None:
            evidence.place(chosen, group.key)
    for iso3 in context.countries:
        evidence.countries[iso3] += DEMONYM_WEIGHT
    return evidence
