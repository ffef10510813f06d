"""The quantities layer: every reported number an analyst sums or compares, and whose it is.

:func:`extract_quantities` reads numerals from the tokens (:mod:`eventwire.extract.quantities`),
drops the numbers that are no quantity (dates, ages, labels, names, codes), finds the counted
noun, the category (killed, wounded, ..., money, duration) and the unit, and links each quantity
to the actor its people belong to, the event that governs it and the statement that reports it.
It runs after the actors, times, statements and events layers and reads them from ``state``;
each is optional. The record's conventions ("hundreds of" = 200..999, value 200) are documented
in :mod:`eventwire.extract.quantities`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.extract.quantities.categories import PEOPLE, categorize
from eventwire.extract.quantities.counted import Counted, find_counted
from eventwire.extract.quantities.exclusions import TimeSpans, exclusion
from eventwire.extract.quantities.links import Links
from eventwire.extract.quantities.numerals import Numeral, find_numerals
from eventwire.extract.quantities.quantity_words import (
    CueLexicon,
    NumberLexicon,
    cue_lexicon,
    number_lexicon,
)
from eventwire.knowledge.base import Knowledge, load_knowledge
from eventwire.nlp.state import DocState
from eventwire.records import Quantity, QuantityCategory, Span

__all__ = ["extract_quantities"]

_TRAILING = frozenset({"of", "-", ",", "and", "or"})
_PERSON_ENTITIES = frozenset({"NORP", "PERSON"})


def extract_quantities(
    doc: Doc, state: DocState, knowledge: Knowledge | None = None
) -> tuple[Quantity, ...]:
    """Return the quantities of a parsed document in text order (ids Q1, Q2, ...).

    Args:
        doc: the parsed document (parse, lemmas, entities).
        state: its state; the times layer (dates are no quantities), the actors index, and the
            statements and events layers.
        knowledge: the knowledge tables (default: the packaged ones; agents name counted people).
    """
    lex, cues = number_lexicon(), cue_lexicon(knowledge or load_knowledge())
    times = TimeSpans.of(state.times or ())
    links: Links | None = None
    found: list[Quantity] = []
    for numeral in find_numerals(doc, lex):
        if exclusion(numeral, doc, times, lex) is not None:
            continue
        links = links or Links.of(doc, state)
        quantity = _quantity(numeral, doc, lex, cues, links, f"Q{len(found) + 1}")
        if quantity is not None:
            found.append(quantity)
    return tuple(found)


def _quantity(
    numeral: Numeral, doc: Doc, lex: NumberLexicon, cues: CueLexicon, links: Links, qid: str
) -> Quantity | None:
    counted = find_counted(numeral, doc)
    if counted.head is not None and counted.head.lower_ in lex.phrases("uncounted"):
        return None
    person = _names_people(counted, cues, links)
    category, source = categorize(numeral, counted, lex, cues, links.events, person)
    person = person or (category in PEOPLE and source is counted.head)  # "17 bodies"
    if not _keeps(numeral, counted, category, lex):
        return None
    span = _span(numeral, doc)
    low, high = _range(numeral)
    return Quantity(
        id=qid,
        span=span,
        value=numeral.value,
        low=low,
        high=high,
        bound=numeral.bound,
        unit=_unit(numeral, category, person, counted),
        what=_tokens_span(doc, *counted.what) if counted.what else None,
        category=category,
        actor=links.actor(counted.head, counted.what),
        event=links.event(source, counted.arg),
        statement=links.statement(span.start, span.end),
    )


def _names_people(counted: Counted, cues: CueLexicon, links: Links) -> bool:
    """Whether the count is of people: no counted noun, a noun naming people, or an actor."""
    head = counted.head
    if head is None:
        return True
    if head.ent_type_ in _PERSON_ENTITIES or links.actor(head, counted.what) is not None:
        return True
    if counted.phrase is None:
        return False
    lemmas = [t.lemma_.lower() for t in head.doc[counted.phrase[0] : counted.phrase[1]]]
    tails = (" ".join(lemmas[-n:]) for n in range(1, min(4, len(lemmas)) + 1))
    return head.lower_ in cues.persons or any(tail in cues.persons for tail in tails)


def _keeps(
    numeral: Numeral, counted: Counted, category: QuantityCategory, lex: NumberLexicon
) -> bool:
    """Whether a numeral that passed the exclusions is worth a record."""
    if numeral.currency:
        return True
    if numeral.unit:
        return not (numeral.vague and lex.unit_categories.get(numeral.unit) == "duration")
    if "reference" in numeral.flags and (category == "other" or counted.head is None):
        return False  # "the two countries", "the two had joined hands" refer back
    if numeral.words and numeral.value == 1 and (counted.via_of or counted.head is None):
        return False  # "one of them", "one of who"; "one person was killed" stays
    if numeral.words and numeral.value == 1 and category == "other":
        return False  # "one such mechanism", "one silver lining"
    return counted.head is not None or category != "other"


def _unit(
    numeral: Numeral, category: QuantityCategory, person: bool, counted: Counted
) -> str | None:
    if numeral.currency:
        return numeral.currency
    if numeral.unit:
        return numeral.unit
    if (counted.head is not None and person) or (counted.head is None and category in PEOPLE):
        return "people"
    return None


def _range(numeral: Numeral) -> tuple[float | None, float | None]:
    """``low``/``high`` as the words state them (see the package conventions)."""
    if numeral.is_range or numeral.vague:
        return numeral.low, numeral.high
    if numeral.bound == "exact":
        return numeral.value, numeral.value
    if numeral.bound in ("more_than", "at_least"):
        return numeral.value, None
    if numeral.bound in ("less_than", "at_most"):
        return None, numeral.value
    return None, None


def _span(numeral: Numeral, doc: Doc) -> Span:
    end = numeral.end
    while end > numeral.core_end and doc[end - 1].lower_ in _TRAILING:
        end -= 1
    return _tokens_span(doc, numeral.start, end)


def _tokens_span(doc: Doc, start: int, end: int) -> Span:
    span = doc[start:end]
    return Span(span.start_char, span.end_char, span.text)
