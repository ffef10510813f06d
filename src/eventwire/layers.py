"""The layer table: every extraction layer declared once.

Each row names a layer, its extractor (a pure function of the parsed ``Doc``, the earlier layers'
results and the knowledge), the layers it reads (which must run before it), its record type and its spaCy factory. The spaCy factories
(``eventwire.nlp.factories``), the lazy re-exports of ``eventwire.extract``, the pipeline order,
the ``spacy_factories`` entry points in pyproject.toml and the fields of ``Article`` and
``DocState`` all follow this table (the last three are checked against it by tests). Adding a
layer is one row here, one package under ``eventwire/extract/``, and its record field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from eventwire.extract.actors import extract_actors
from eventwire.extract.events import extract_events
from eventwire.extract.places import extract_places
from eventwire.extract.quantities import extract_quantities
from eventwire.extract.statements import extract_statements
from eventwire.extract.times import extract_times
from eventwire.knowledge.base import Knowledge
from eventwire.nlp.state import DocState
from eventwire.records import Actor, Event, Place, Quantity, Record, Statement, TimeExpr

Extractor = Callable[[Doc, DocState, Knowledge], Any]


@dataclass(frozen=True)
class Layer:
    """One extraction layer.

    Attributes:
        name: the layer's name, also its ``Article`` and ``DocState`` field.
        extractor: its pure extractor ``extract_<name>(doc, state, knowledge)``.
        requires: the layers it reads; they run before it.
        record: the type of its records.
        factory: its spaCy factory name (``nlp.add_pipe(factory)``).
        doc: what the layer finds, for the factory's docstring.
        parse: the spaCy annotations it reads (its factory's ``requires``).
    """

    name: str
    extractor: Extractor
    requires: tuple[str, ...]
    record: type[Record]
    factory: str
    doc: str
    parse: tuple[str, ...] = ("token.dep",)

    @property
    def function(self) -> str:
        """The extractor's function name (``extract_<layer>``)."""
        return f"extract_{self.name}"


LAYERS: tuple[Layer, ...] = (
    Layer("actors", extract_actors, (), Actor,
          "eventwire_actors", "people, governments, organisations, countries with CAMEO codes",
          ("doc.ents", "token.dep")),
    Layer("times", extract_times, (), TimeExpr,
          "eventwire_times", "temporal expressions normalised to TIMEX3", ()),
    Layer("places", extract_places, ("actors",), Place,
          "eventwire_places", "geocoded toponyms with their role", ("doc.ents",)),
    Layer("statements", extract_statements,
          ("actors", "times"), Statement,
          "eventwire_statements", "quotes, reported speech and claims with speakers"),
    Layer("events", extract_events,
          ("actors", "times", "places", "statements"), Event,
          "eventwire_events", "CAMEO/PLOVER-coded dyadic events"),
    Layer("quantities", extract_quantities,
          ("actors", "times", "statements", "events"), Quantity,
          "eventwire_quantities", "reported numbers with bounds and links"),
)  # fmt: skip
"""The layers in the order they run: each row's ``requires`` come earlier in the table."""

__all__ = ["LAYERS", "Extractor", "Layer"]
