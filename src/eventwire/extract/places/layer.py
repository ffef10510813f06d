"""The places layer: geocoded toponyms with their role (location, metonym, demonym).

``extract_places`` finds place mentions (``eventwire.extract.places.mentions``), resolves each name against
the packaged gazetteer using the whole document as context (``eventwire.extract.places.resolve``), decides
each mention's role (``eventwire.extract.places.roles``) and returns ``Place`` records with ids ``P1``,
``P2`` ... in text order. Only ``location`` places may become event locations.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.extract.places.cues import load_cues
from eventwire.extract.places.gazetteer import Entry, Gazetteer, Match, load_gazetteer
from eventwire.extract.places.mentions import MentionFinder
from eventwire.extract.places.resolve import PlaceContext, resolve, stand_in_point
from eventwire.extract.places.roles import role_of
from eventwire.extract.places.types import Mention
from eventwire.knowledge.base import Knowledge, cached_per_knowledge, load_knowledge
from eventwire.nlp.state import DocState
from eventwire.records import Place, PlaceRole, Span

# Entity labels whose unresolved names are still reported (as places without coordinates).
KEEP_UNRESOLVED = frozenset({"GPE", "LOC", "FAC"})


def extract_places(
    doc: Doc, state: DocState, knowledge: Knowledge | None = None
) -> tuple[Place, ...]:
    """Return the document's places in text order, ids ``P1`` ...

    Args:
        doc: the parsed document.
        state: its context: the dateline and the actors layer.
        knowledge: the knowledge tables (default: the packaged ones).
    """
    finder = mention_finder(knowledge or load_knowledge())
    gazetteer = finder.gaz
    mentions = finder.find(doc)
    context = PlaceContext(dateline_matches(finder, state.dateline), actor_countries(state))
    entries = resolve(mentions, context)
    places: list[Place] = []
    for mention, entry in zip(mentions, entries, strict=True):
        if entry is None and mention.label not in KEEP_UNRESOLVED:
            continue
        span = doc[mention.start : mention.end]
        role = role_of(span, mention, entry, finder.cues, finder.countries)
        where = Span(span.start_char, span.end_char, span.text)
        point = stand_in_point(entry, entries, gazetteer) if entry is not None else None
        places.append(
            make_place(f"P{len(places) + 1}", where, mention, entry, role, gazetteer, point)
        )
    return tuple(places)


@cached_per_knowledge
def mention_finder(knowledge: Knowledge) -> MentionFinder:
    """The process's mention finder over the packaged gazetteer, country table and cue words
    (loaded on first use; its caches are bounded)."""
    return MentionFinder(load_gazetteer(), knowledge, load_cues())


def make_place(
    pid: str,
    span: Span,
    mention: Mention,
    entry: Entry | None,
    role: PlaceRole,
    gazetteer: Gazetteer,
    point: tuple[float, float] | None,
) -> Place:
    """Build the record of one resolved (or unresolved) mention; ``point`` is its coordinates
    (the entry's own, or a stand-in for a place the gazetteer cannot locate)."""
    lat, lon = point if point is not None else (None, None)
    if entry is None:
        return Place(pid, span, name=_plain(span.text), role=role)
    if mention.kind == "metonym":
        # A seat of government: the record names the building; coordinates are the capital's.
        return Place(pid, span, _plain(span.text), mention.country, None, lat, lon, role=role)
    region = entry if entry.feature == "ADM1" else gazetteer.region_of(entry)
    return Place(
        pid, span, entry.name, entry.country,
        region.name if region is not None else entry.admin1,
        lat, lon, entry.geonameid, entry.feature, role,
    )  # fmt: skip


def dateline_matches(finder: MentionFinder, dateline: str | None) -> tuple[Match, ...]:
    """Return the candidates of a dateline place ("BEIJING", "GAINESVILLE")."""
    return finder.lookup(dateline.split(",")[0].strip()) if dateline else ()


def actor_countries(state: DocState) -> tuple[str, ...]:
    """Return the countries of the actors layer's actors, in order of first mention."""
    return tuple(dict.fromkeys(a.country for a in state.actor_list if a.country))


def _plain(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text
