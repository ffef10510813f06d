"""The events layer's extractor: CAMEO/PLOVER-coded dyadic events.

:func:`extract_events` is a pure function of the parsed ``Doc`` and the earlier layers in its
``DocState`` (actors with their token index, times, places, statements). See DESIGN.md section 3
for the record, docs/events.md for the decisions and the package docstring for how events are
found. Its result also carries the implied actors the events use and each event's confidence
features (for calibration, bench/events.py).
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.extract.events.assemble import code_events
from eventwire.knowledge.base import Knowledge, load_knowledge
from eventwire.nlp.state import DocState, EventsResult

__all__ = ["extract_events"]


def extract_events(doc: Doc, state: DocState, knowledge: Knowledge | None = None) -> EventsResult:
    """Return the events of a parsed document, ids ``E1``.. in order of first trigger.

    Args:
        doc: the parsed document (dependency parse, lemmas).
        state: its state: ``published`` (the article date, or None) and the actors, times,
            places and statements layers.
        knowledge: the knowledge tables (default: the packaged ones).
    """
    return code_events(doc, state, knowledge or load_knowledge())
