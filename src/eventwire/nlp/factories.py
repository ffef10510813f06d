"""The eventwire spaCy factories, registered in one place under stable names.

``nlp.add_pipe("eventwire_actors")`` etc. work in a user's own pipeline once this module is
imported; spaCy also finds it through the ``spacy_factories`` entry points in pyproject.toml, so
``import eventwire`` itself registers nothing. Each layer's extractor is a pure function in
``eventwire.extract`` named in ``LAYERS``; a layer whose extractor has not been written yet is an
empty layer (the record keeps ``[]``), never invented output.
"""

from __future__ import annotations

import importlib
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.nlp.components import Extractor, LayerComponent
from eventwire.nlp.state import DocState, ensure_extension

# layer -> (factory name, "module:function" of its extractor or None while unwritten), in the
# order the components run: later layers read earlier ones.
LAYERS: dict[str, tuple[str, str | None]] = {
    "actors": ("eventwire_actors", "eventwire.extract.actors:extract_actors"),
    "times": ("eventwire_times", "eventwire.extract.times:extract_times"),
    "places": ("eventwire_places", "eventwire.extract.places:extract_places"),
    "statements": ("eventwire_statements", "eventwire.extract.statements:extract_statements"),
    "events": ("eventwire_events", "eventwire.extract.events:extract_events"),
    "quantities": ("eventwire_quantities", "eventwire.extract.quantities:extract_quantities"),
}


def _empty(_doc: Doc, _state: DocState) -> tuple[Any, ...]:
    return ()


def resolve_extractor(layer: str) -> Extractor:
    """Import the extractor of ``layer`` (or the empty one while the layer is unwritten)."""
    target = LAYERS[layer][1]
    if target is None:
        return _empty
    module, _, func = target.partition(":")
    extractor: Extractor = getattr(importlib.import_module(module), func)
    return extractor


def _make(layer: str, name: str) -> LayerComponent:
    ensure_extension()
    return LayerComponent(name, layer, resolve_extractor(layer))


@Language.factory("eventwire_actors", assigns=["doc._.eventwire"], requires=["doc.ents"])
def make_actors(nlp: Language, name: str) -> LayerComponent:
    """Actors layer: people, governments, organisations, countries with CAMEO codes."""
    return _make("actors", name)


@Language.factory("eventwire_times", assigns=["doc._.eventwire"])
def make_times(nlp: Language, name: str) -> LayerComponent:
    """Times layer: temporal expressions normalised to TIMEX3."""
    return _make("times", name)


@Language.factory("eventwire_places", assigns=["doc._.eventwire"], requires=["doc.ents"])
def make_places(nlp: Language, name: str) -> LayerComponent:
    """Places layer: geocoded toponyms with their role."""
    return _make("places", name)


@Language.factory("eventwire_statements", assigns=["doc._.eventwire"], requires=["token.dep"])
def make_statements(nlp: Language, name: str) -> LayerComponent:
    """Statements layer: quotes, reported speech and claims with speakers."""
    return _make("statements", name)


@Language.factory("eventwire_events", assigns=["doc._.eventwire"], requires=["token.dep"])
def make_events(nlp: Language, name: str) -> LayerComponent:
    """Events layer: CAMEO/PLOVER-coded dyadic events."""
    return _make("events", name)


@Language.factory("eventwire_quantities", assigns=["doc._.eventwire"], requires=["token.dep"])
def make_quantities(nlp: Language, name: str) -> LayerComponent:
    """Quantities layer: reported numbers with bounds and links."""
    return _make("quantities", name)


class ParagraphBoundaries:
    """Start a sentence at every paragraph: the cleaner separates paragraphs with a blank line.

    Runs before the parser, which keeps boundaries already set; a sentence never spans paragraphs.
    """

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if previous.is_space and "\n" in previous.text and not token.is_space:
                token.is_sent_start = True
        return doc


@Language.factory(
    "eventwire_entity_ruler",
    assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
    default_config={"overwrite_ents": True},
)
def make_entity_ruler(nlp: Language, name: str, overwrite_ents: bool) -> Any:
    """Knowledge-driven entity ruler (add before ``ner``): people, countries, organisations,
    demonyms and seats of government from the knowledge tables (see ``eventwire.nlp.ruler``)."""
    from eventwire.nlp.ruler import make_knowledge_ruler

    return make_knowledge_ruler(nlp, overwrite_ents=overwrite_ents)


@Language.factory("eventwire_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> ParagraphBoundaries:
    """Sentence starts at paragraph breaks (add before the parser)."""
    return ParagraphBoundaries()
