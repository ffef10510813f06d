"""The role of a place mention: a real ``location``, a ``metonym`` for a government, a ``demonym``.

A listed seat of government that is not a town ("the Kremlin", "the White House", "Downing
Street") stands for the government unless it follows a locative preposition ("talks at the
Kremlin"). A capital (or a town the country table lists as a metonym) stands for the government
only when the syntax says so: it is the subject of a political or speech verb ("Moscow denied",
"Pyongyang plans to deploy") or owns a political noun ("Beijing's response"). Everything else
that names a place is a location; nationality words are demonyms.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.extract.places.countries import CountryNames
from eventwire.extract.places.cues import Cues
from eventwire.extract.places.gazetteer import Entry
from eventwire.extract.places.types import Mention
from eventwire.nlp.grammar import NOMINAL_SUBJECTS
from eventwire.records import PlaceRole

SUBJECTS = NOMINAL_SUBJECTS


def role_of(
    span: Span, mention: Mention, entry: Entry | None, cues: Cues, countries: CountryNames
) -> PlaceRole:
    """Return the role of the place named by ``span``."""
    if mention.kind == "demonym":
        return "demonym"
    if mention.kind == "metonym":
        return "location" if is_locative(span, cues) else "metonym"
    seat = entry is not None and entry.kind == "town" and entry.feature == "PPLC"
    if (seat or countries.metonym(span.text) is not None) and governs(span.root, cues):
        return "metonym"
    return "location"


def is_locative(span: Span, cues: Cues) -> bool:
    """Whether the span is the object of a locative preposition ("in the White House", "at the
    Kremlin"), not a modifier ("a Kremlin readout") nor part of "according to"."""
    root = span.root
    if root.dep_ in {"compound", "amod", "poss"} or root.dep_ in SUBJECTS:
        return False
    if root.dep_ == "pobj":
        prep = root.head
        return prep.lower_ in cues.locatives and prep.head.lower_ != "according"
    doc = span.doc
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in {"the", "a"}:
        i -= 1
    return (
        i >= 0 and doc[i].lower_ in cues.locatives and (i == 0 or doc[i - 1].lower_ != "according")
    )


def governs(token: Token, cues: Cues) -> bool:
    """Whether the name acts as a government: subject of a political verb or owner of a
    political noun (following ``conj`` to the first of "Moscow and Beijing denied")."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ in SUBJECTS:
        return token.head.lemma_.casefold() in cues.verbs
    if token.dep_ == "poss":
        head = token.head
        return head.lower_ in cues.nouns or head.lemma_.casefold() in cues.nouns
    return False
