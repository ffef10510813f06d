"""Re-ingesting costs a hash: find the documents already stored by this pipeline before parsing.

The article id is a hash of the input text, so it is known as soon as a document is read. A
document whose id the store holds with the same pipeline key (eventwire version, model, knowledge
version) would only get a sighting after processing: it gets that sighting without processing.
The pipeline key is worked out without loading spaCy (the model's ``meta.json``, the knowledge
hash), and only once the store is found to hold one of the ids.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.config import Settings
from eventwire.ingest.document import Failure, RawDocument, valid_unicode
from eventwire.meta import article_id, pipeline_info
from eventwire.store import Sighting, Store


@dataclass(frozen=True, slots=True)
class Split:
    """A batch of read documents split by what the store holds.

    Attributes:
        todo: The documents to process, in input order.
        seen: Sightings of the documents already stored by this pipeline, in input order.
        known: For each document of the batch, whether it is one of ``seen``.
    """

    todo: list[RawDocument | Failure]
    seen: list[Sighting]
    known: list[bool]

    def article_ids(self, outcomes: Sequence[str | Failure]) -> list[str]:
        """Return the article ids of the batch in input order, given the outcomes of ``todo``
        (each an article id or a failure)."""
        processed = iter(outcomes)
        seen = iter(self.seen)
        ids = []
        for known in self.known:
            if known:
                ids.append(next(seen).article_id)
            elif isinstance(outcome := next(processed), str):
                ids.append(outcome)
        return ids


class KnownArticles:
    """Splits batches of read documents into those to process and sightings of stored ones."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self._store = store
        self._settings = settings
        self._key: str | None = None

    def split(self, chunk: Sequence[RawDocument | Failure]) -> Split:
        """Split ``chunk`` into the documents to process and sightings of the others."""
        with warnings.catch_warnings():  # processing warns about bad characters, once
            warnings.simplefilter("ignore")
            ids = [_id(d) for d in chunk]
        stored = self._store.stored_pipelines(sorted({i for i in ids if i is not None}))
        if not stored:
            return Split(list(chunk), [], [False] * len(chunk))
        key = self.key()
        todo: list[RawDocument | Failure] = []
        seen: list[Sighting] = []
        now = dt.datetime.now(dt.UTC)
        for document, ident in zip(chunk, ids, strict=True):
            if ident is not None and stored.get(ident) == key:
                assert isinstance(document, RawDocument)
                seen.append(sighting(valid_unicode(document), ident, key, now))
            else:
                todo.append(document)
        return Split(todo, seen, [i is not None and stored.get(i) == key for i in ids])

    def key(self) -> str:
        """The pipeline key the articles of this run get (worked out once)."""
        if self._key is None:
            self._key = pipeline_key(self._settings)
        return self._key


def _id(document: RawDocument | Failure) -> str | None:
    return article_id(valid_unicode(document).text) if isinstance(document, RawDocument) else None


def sighting(raw: RawDocument, ident: str, key: str, now: dt.datetime) -> Sighting:
    """Return the sighting of a read document (what ``rows.sighting_row`` records of its article)."""
    return Sighting(ident, now, raw.path, raw.url, raw.source, raw.input_id, raw.format, key)


def pipeline_key(settings: Settings) -> str:
    """Return the pipeline key (``rows.pipeline_key``) of articles processed with ``settings``."""
    from eventwire.knowledge.base import knowledge_version
    from eventwire.store.rows import versions_key  # pyarrow: only once it is needed

    model = model_name(settings.model)
    if model is None:  # a model whose metadata cannot be read without loading it
        from eventwire.nlp.loading import load_pipeline, model_id

        model = model_id(load_pipeline(settings.model, settings.actor_files()))
    return versions_key(pipeline_info(model, knowledge_version(settings.actor_files())))


def model_name(model: str) -> str | None:
    """Return ``nlp.meta``'s ``lang_name-version`` of a model from its ``meta.json``, unloaded.

    ``model`` is an installed package or a model directory; None when neither has a readable
    ``meta.json`` (a package that exposes ``model_path()`` must be imported to find it).
    """
    folder = Path(model)
    if not folder.is_dir():
        try:
            spec = importlib.util.find_spec(model)
        except (ImportError, ValueError):
            return None
        if spec is None or spec.origin is None:
            return None
        folder = Path(spec.origin).parent
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')}-{meta.get('version', '0')}"
