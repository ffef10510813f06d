"""Recode: re-run the extraction layers on stored articles from their stored parses.

After a knowledge or pattern update, the layers (actors, events, ...) can change while the parse
cannot (same model): each stored parse is read back into a ``Doc``, the chosen layers run on it
with the knowledge in force, and the article's layers and pipeline key are replaced, a batch per
transaction (sightings and parses stay). Layers run with those they read and those that read
them, so a record never mixes two runs' actor ids; with the actors layer, the knowledge-driven
entity ruler runs again over the stored entities, so names added to the knowledge are found
(entities the statistical NER chose stay as parsed). An article with no stored parse, or one made
by another model, is left as it is and counted (re-ingest it to parse it again).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eventwire.config import Settings
from eventwire.errors import SettingsError
from eventwire.layers import LAYERS
from eventwire.meta import parse_date, pipeline_info
from eventwire.records import Article, Pipeline
from eventwire.scale.changes import Changes
from eventwire.scale.runner import batches
from eventwire.store import Parse, Store

if TYPE_CHECKING:
    from spacy.language import Language

LAYER_NAMES = tuple(layer.name for layer in LAYERS)
RULER = "eventwire_entity_ruler"
"""The knowledge-driven entity ruler: it runs again with the actors (the statistical NER's own
entities are the parse's and are not revisited)."""


@dataclass(slots=True)
class RecodeReport:
    """What a recode did.

    Attributes:
        layers: The layers that ran (the ones asked for, with those they read and those that
            read them), in table order.
        articles: Stored articles looked at.
        recoded: Articles whose layers or pipeline key changed (rewritten).
        unchanged: Articles whose layers came out the same under the same pipeline key.
        skipped: Articles left as they were: no extraction layers (not English), no stored
            parse, or a parse by another model; by reason.
        changes: The records and events that changed.
    """

    layers: tuple[str, ...]
    articles: int = 0
    recoded: int = 0
    unchanged: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    changes: Changes = field(default_factory=Changes)

    def skip(self, reason: str) -> None:
        """Count one article left as it was, for ``reason``."""
        self.skipped[reason] = self.skipped.get(reason, 0) + 1


def layers_to_run(asked: Sequence[str] | None) -> tuple[str, ...]:
    """Return the layers to run for ``asked`` (None: all), in table order.

    Raises:
        SettingsError: a name that is not a layer (the message lists them).
    """
    if not asked:
        return LAYER_NAMES
    unknown = [name for name in asked if name not in LAYER_NAMES]
    if unknown:
        raise SettingsError(f"unknown layer {unknown[0]!r} (layers: {', '.join(LAYER_NAMES)})")
    chosen = set(asked)
    size = 0
    while size != len(chosen):
        size = len(chosen)
        for layer in LAYERS:
            if layer.name in chosen:  # what the chosen read
                chosen.update(layer.requires)
            elif chosen.intersection(layer.requires):  # what reads the chosen
                chosen.add(layer.name)
    return tuple(name for name in LAYER_NAMES if name in chosen)


def recode(
    store: Store,
    *,
    settings: Settings | None = None,
    layers: Sequence[str] | None = None,
    on_batch: Callable[[RecodeReport], None] | None = None,
) -> RecodeReport:
    """Re-run ``layers`` (None: all) on every stored article with a parse; return the report.

    Raises:
        SettingsError: an unknown layer, or a setting the pipeline cannot be built from.
        StoreError: a batch could not be written (earlier batches stay recoded).
    """
    from eventwire.nlp.loading import load_pipeline, model_id, pipeline_knowledge

    settings = settings or Settings.build()
    report = RecodeReport(layers_to_run(layers))
    nlp = load_pipeline(settings.model, settings.actor_files())
    info = pipeline_info(model_id(nlp), pipeline_knowledge(nlp))
    for batch in batches(store.iter_articles(settings.batch_size), settings.batch_size):
        parses = store.parses([a.id for a in batch])
        rewritten = []
        for article in batch:
            report.articles += 1
            new = _recoded(nlp, article, parses.get(article.id), info, report)
            if new is None:
                continue
            report.changes.compare(article, new, report.layers)
            if new == article:
                report.unchanged += 1
            else:
                report.recoded += 1
                rewritten.append(new)
        store.replace_layers(rewritten)
        if on_batch is not None:
            on_batch(report)
    if report.recoded:
        store.update_stories()  # recoded articles left their stories: their events changed
    return report


def _recoded(
    nlp: Language, article: Article, parse: Parse | None, info: Pipeline, report: RecodeReport
) -> Article | None:
    """Return ``article`` with its layers re-run on its parse, or None (counted as skipped)."""
    from eventwire.annotate import layer_records
    from eventwire.scale.parses import decode

    if article.meta.language != "en":
        report.skip("not English (no extraction layers)")
        return None
    if parse is None:
        report.skip("no stored parse (stored before parses were kept)")
        return None
    if parse.model != info.model:
        report.skip(f"parsed by another model than {info.model}")
        return None
    published = parse_date(article.meta.published, article.id)
    doc = decode(nlp, parse, published, article.meta.dateline, article.id)
    if "actors" in report.layers and RULER in nlp.pipe_names:
        doc = nlp.get_pipe(RULER)(doc)  # names from the knowledge in force become entities
    for layer in LAYERS:
        if layer.name in report.layers:
            doc = nlp.get_pipe(layer.factory)(doc)
    meta = dataclasses.replace(article.meta, pipeline=info)
    return dataclasses.replace(article, meta=meta, **layer_records(doc, report.layers))
