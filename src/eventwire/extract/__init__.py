"""Extractors: pure functions over a parsed ``Doc``, its ``DocState`` and the knowledge tables.

One package per layer (``actors``, ``times``, ``places``, ``statements``, ``events``,
``quantities``), each exposing its ``extract_<layer>`` as named in the layer table
(``eventwire.layers.LAYERS``); all are re-exported here::

    from eventwire.extract import extract_times
    times = extract_times(doc, state)
"""

from __future__ import annotations

from eventwire.extract.actors import extract_actors
from eventwire.extract.events import extract_events
from eventwire.extract.places import extract_places
from eventwire.extract.quantities import extract_quantities
from eventwire.extract.statements import extract_statements
from eventwire.extract.times import extract_times

__all__ = [
    "extract_actors",
    "extract_events",
    "extract_places",
    "extract_quantities",
    "extract_statements",
    "extract_times",
]
