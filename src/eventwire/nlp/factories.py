"""The eventwire spaCy factories, registered in one place under stable names.

``nlp.add_pipe("eventwire_actors")`` etc. work in a user's own pipeline once this module is
imported; spaCy also finds it through the ``spacy_factories`` entry points in pyproject.toml, so
``import eventwire`` itself registers nothing. One factory per row of the layer table
(``eventwire.layers.LAYERS``), each taking its knowledge through its config, like spaCy's own
components, so two pipelines with different user tables can live in one process::

    nlp.add_pipe("eventwire_actors", config={"knowledge": ["my_people.tsv"]})
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.layers import LAYERS, Layer
from eventwire.nlp.components import LayerComponent
from eventwire.nlp.state import ensure_extension

#: The config every eventwire component takes: user knowledge tables (file paths), added to
#: the packaged ones; see ``eventwire.knowledge.base``.
DEFAULT_CONFIG: dict[str, Any] = {"knowledge": []}

LayerFactory = Callable[[Language, str, list[str]], LayerComponent]


def _register(layer: Layer) -> LayerFactory:
    def make(nlp: Language, name: str, knowledge: list[str]) -> LayerComponent:
        ensure_extension()
        return LayerComponent(name, layer, knowledge)

    make.__name__ = make.__qualname__ = f"make_{layer.name}"
    make.__doc__ = f"The {layer.name} layer: {layer.doc}."
    Language.factory(
        layer.factory,
        assigns=["doc._.eventwire"],  # the state field named after the layer (spaCy names
        requires=list(layer.parse),  # only top-level extensions; the component checks layers)
        default_config=DEFAULT_CONFIG,
        func=make,
    )
    return make


#: factory name -> factory function, one per layer (the entry points name them ``make_<layer>``)
FACTORIES: dict[str, LayerFactory] = {layer.factory: _register(layer) for layer in LAYERS}


def __getattr__(name: str) -> LayerFactory:
    # ``make_actors`` ... for the spacy_factories entry points, generated from the layer table
    for layer in LAYERS:
        if name == f"make_{layer.name}":
            return FACTORIES[layer.factory]
    raise AttributeError(f"module 'eventwire.nlp.factories' has no attribute {name!r}")


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
    default_config={"overwrite_ents": True, **DEFAULT_CONFIG},
)
def make_entity_ruler(nlp: Language, name: str, overwrite_ents: bool, knowledge: list[str]) -> Any:
    """Knowledge-driven entity ruler (add before ``ner``): people, countries, organisations,
    demonyms and seats of government from the knowledge tables (see ``eventwire.nlp.ruler``)."""
    from eventwire.nlp.ruler import make_knowledge_ruler

    return make_knowledge_ruler(nlp, [Path(f) for f in knowledge], overwrite_ents=overwrite_ents)


@Language.factory("eventwire_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> ParagraphBoundaries:
    """Sentence starts at paragraph breaks (add before the parser)."""
    return ParagraphBoundaries()
