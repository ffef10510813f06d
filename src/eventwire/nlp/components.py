"""eventwire spaCy components: thin classes that run one layer's extractor and store its result.

Each component finds (calls the layer's pure extractor over the ``Doc``, its state and the
component's knowledge) then sets annotations (stores the result in the state field named after
the layer). It checks first that the layers it reads ran before it. Factories are registered
from the layer table in ``factories.py``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from eventwire.knowledge.base import Knowledge, knowledge_version, load_knowledge
from eventwire.layers import Layer
from eventwire.nlp.state import DocState, state_of


def knowledge_of(files: Sequence[str | Path]) -> Knowledge:
    """Return the packaged knowledge plus the user tables ``files`` (loaded once per set)."""
    return load_knowledge(tuple(Path(f) for f in files))


class LayerComponent:
    """Run one layer's extractor over a parsed ``Doc`` and store its result in the state."""

    def __init__(self, name: str, layer: Layer, knowledge_files: Sequence[str | Path]) -> None:
        self.name = name
        self.layer = layer
        self.knowledge_files = tuple(Path(f) for f in knowledge_files)
        self.extractor = layer.extractor

    @functools.cached_property
    def knowledge(self) -> Knowledge:
        """The packaged tables plus this pipeline's user tables, read when the layer first runs."""
        return knowledge_of(self.knowledge_files)

    @functools.cached_property
    def version(self) -> str:
        """The knowledge version (a hash of the tables), without reading them as tables."""
        return knowledge_version(self.knowledge_files)

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        state.require(self.layer.requires, self.name)
        setattr(state, self.layer.name, self.find(doc, state))
        return doc

    def find(self, doc: Doc, state: DocState) -> Any:
        """Return the layer's result for ``doc``."""
        return self.extractor(doc, state, self.knowledge)
