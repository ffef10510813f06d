"""eventwire spaCy components: thin classes that run one extractor and store its layer.

Each component finds (calls a pure extractor over the ``Doc``) then sets annotations (stores the
records in ``doc._.eventwire.layers[layer]``). Factories are registered in ``factories.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

from eventwire.nlp.state import DocState, state_of

Extractor = Callable[[Doc, DocState], tuple[Any, ...]]


class LayerComponent:
    """Run ``extractor`` over a parsed ``Doc`` and store its records as ``layer``."""

    def __init__(self, name: str, layer: str, extractor: Extractor) -> None:
        self.name = name
        self.layer = layer
        self.extractor = extractor

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        state.layers[self.layer] = self.find(doc, state)
        return doc

    def find(self, doc: Doc, state: DocState) -> tuple[Any, ...]:
        """Return the layer's records for ``doc``."""
        return tuple(self.extractor(doc, state))
