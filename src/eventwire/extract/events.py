"""The events layer: CAMEO/PLOVER-coded dyadic events (``eventwire.extract.coder`` does the work).

:func:`extract_events` is the layer's extractor (``LAYERS["events"]``): a pure function of the
parsed ``Doc`` and the earlier layers in its ``DocState`` (actors with their token index, times,
places, statements). See DESIGN.md section 3 for the record, docs/events.md for the decisions
and :mod:`eventwire.extract.coder` for how events are found. ``state.index["events"]`` keeps the
confidence features of each event id (``{"features": {id: {name: value}}}``) for calibration.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.extract.coder import code_events
from eventwire.nlp.state import DocState
from eventwire.records import Event

__all__ = ["extract_events"]


def extract_events(doc: Doc, state: DocState) -> tuple[Event, ...]:
    """Return the events of a parsed document, ids ``E1``.. in order of first trigger.

    Args:
        doc: the parsed document (dependency parse, lemmas).
        state: its state: ``published`` (the article date, or None), the actors layer and its
            ``index["actors"]``, and the times, places and statements layers when present.
    """
    return code_events(doc, state)
