"""One batch: clean, detect the language, parse with one ``nlp.pipe`` call, build ``Article``s."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.chunking import CHUNK_CHARS, chunk_bounds, merge_records
from eventwire.clean import Cleaned, clean_text, spacy_lexicon
from eventwire.config import Settings
from eventwire.errors import EventwireError, InternalError
from eventwire.ingest.document import Failure, RawDocument, valid_unicode
from eventwire.layers import LAYERS
from eventwire.meta import (
    Outcome,
    article_id,
    base_meta,
    check_size,
    parse_date,
    pipeline_info,
    warn_language,
)
from eventwire.nlp.language import detect_language
from eventwire.nlp.loading import load_pipeline, model_id, pipeline_knowledge
from eventwire.nlp.state import DocState, ensure_extension, state_of
from eventwire.records import Article, Pipeline

log = logging.getLogger(__name__)
R = TypeVar("R")


@dataclass(slots=True)
class Prepared:
    """A read document after cleaning, with its date, language and (for English) its Doc."""

    raw: RawDocument
    cleaned: Cleaned
    published: dt.date | None
    language: str
    doc: Doc | None = None
    error: str | None = None
    chunked: bool = False  # a long document: parsed in chunks when its record is built


def annotate_batch(
    chunk: Sequence[RawDocument | Failure],
    settings: Settings,
    override: dt.date | None,
    on_parsed: Callable[[Article, Doc], None] | None = None,
) -> list[Outcome]:
    """Return one outcome per item of ``chunk``, in order (failures pass through).

    ``on_parsed`` is called with each article built from a parse and its ``Doc`` (the store keeps
    the parse).
    """
    nlp = load_pipeline(settings.model, settings.actor_files())
    ensure_extension()
    lexicon = _lexicon(nlp)
    prepared: list[Prepared | Failure] = []
    for item in chunk:
        if isinstance(item, Failure):
            prepared.append(item)
        else:
            item = valid_unicode(item)
            prepared.append(_guard(item, _prepare, item, settings, override, lexicon, nlp))
    _parse(nlp, [p for p in prepared if isinstance(p, Prepared) and p.doc is not None])
    info = pipeline_info(model_id(nlp), pipeline_knowledge(nlp))
    outcomes: list[Outcome] = []
    for p in prepared:
        if isinstance(p, Failure):
            outcomes.append(p)
            continue
        outcome = _guard(p.raw, _article, p, info, settings.check_records, nlp)
        if on_parsed is not None and isinstance(outcome, Article) and p.doc is not None:
            on_parsed(outcome, p.doc)
        outcomes.append(outcome)
    return outcomes


def _guard(raw: RawDocument, step: Callable[..., R], *args: Any) -> R | Failure:
    """Run one step for one document; an error becomes that document's ``Failure``."""
    try:
        return step(*args)
    except EventwireError as exc:
        return Failure(raw.source_name, exc)
    except AssertionError:
        raise
    except Exception as exc:  # a bug must not kill the batch: report it against this document
        log.exception("internal error on %s", raw.source_name)
        return Failure(
            raw.source_name, InternalError(f"{type(exc).__name__}: {exc}", source=raw.source_name)
        )


@functools.lru_cache(maxsize=2)
def _lexicon(nlp: Language) -> Callable[[str], bool]:
    return spacy_lexicon(nlp)


def _prepare(
    raw: RawDocument,
    settings: Settings,
    override: dt.date | None,
    lexicon: Callable[[str], bool],
    nlp: Language,
) -> Prepared:
    check_size(raw, settings)
    cleaned = clean_text(raw.text, is_word=lexicon)
    published = override or parse_date(raw.published, raw.source_name)
    language = detect_language(cleaned.text, settings.language_min_confidence)
    prepared = Prepared(raw, cleaned, published, language)
    if language != "en":
        warn_language(raw, language)
        return prepared
    if len(cleaned.text) > CHUNK_CHARS:
        prepared.chunked = True
        return prepared
    prepared.doc = _make_doc(nlp, cleaned.text, published, cleaned.dateline)
    return prepared


def _make_doc(nlp: Language, text: str, published: dt.date | None, dateline: str | None) -> Doc:
    doc = nlp.make_doc(text)
    state = state_of(doc)
    state.published = published
    state.dateline = dateline
    return doc


PARSE_BATCH_CHARS = 16_000
"""Most characters ``nlp.pipe`` parses in one batch (whole documents; a longer one alone).

The parser's and the tagger's working memory grows with the batch's total length: eight long
articles in one batch took a worker to 430 MB at its peak, two to four of them stay near 250-300
MB and parse as fast (a batch of 2-4 news articles already fills the model's matrix products)."""


def parse_batches(docs: Sequence[Doc], budget: int = PARSE_BATCH_CHARS) -> list[list[Doc]]:
    """Cut ``docs`` (in order) into batches of at most ``budget`` characters, one doc at least."""
    batches: list[list[Doc]] = []
    size = budget
    for doc in docs:
        if batches and size + len(doc.text) <= budget:
            batches[-1].append(doc)
            size += len(doc.text)
        else:
            batches.append([doc])
            size = len(doc.text)
    return batches


def _parse(nlp: Language, items: list[Prepared]) -> None:
    """Parse the docs in batches of bounded length; on a crash, isolate the failing document."""
    docs = [p.doc for p in items if p.doc is not None]
    try:
        batches = parse_batches(docs)
        parsed = (doc for batch in batches for doc in nlp.pipe(batch, batch_size=len(batch)))
        for p, doc in zip(items, parsed, strict=True):
            p.doc = doc
    except Exception:  # re-run one by one so only the bad document fails
        for p in items:
            fresh = nlp.make_doc(p.cleaned.text)
            old = state_of(p.doc) if p.doc is not None else DocState()
            fresh._.eventwire = DocState(published=old.published, dateline=old.dateline)
            p.doc = fresh
            try:
                p.doc = nlp(fresh)
            except Exception as exc:
                p.doc = None
                p.error = f"{type(exc).__name__}: {exc}"


def _article(p: Prepared, info: Pipeline, check: bool, nlp: Language) -> Article:
    article = _build_article(p, info, nlp)
    if check:
        from eventwire.checks import check_article
        from eventwire.schema import SchemaError

        try:
            check_article(article)
        except SchemaError as exc:  # a broken record is a bug: fail loudly, never skip it
            raise AssertionError(str(exc)) from exc
    return article


def _build_article(p: Prepared, info: Pipeline, nlp: Language) -> Article:
    if p.error is not None:
        raise InternalError(p.error, source=p.raw.source_name)
    meta = base_meta(p.raw, p.published, info, p.language, p.cleaned.dateline)
    article = Article(
        id=article_id(p.raw.text), meta=meta, text=p.cleaned.text, paragraphs=p.cleaned.paragraphs
    )
    if p.chunked:
        return _chunked_article(article, p, nlp)
    if p.doc is None:
        return article
    records = layer_records(p.doc, [layer.name for layer in LAYERS])
    return dataclasses.replace(article, sentences=sentence_spans(p.doc), **records)


def _chunked_article(article: Article, p: Prepared, nlp: Language) -> Article:
    """Parse a long document chunk by chunk (each Doc dropped once its records are read) and
    merge the records (see ``eventwire.chunking``)."""
    text = p.cleaned.text
    parts: list[tuple[int, dict[str, Any]]] = []
    for start, end in chunk_bounds(text, p.cleaned.paragraphs, CHUNK_CHARS):
        if not text[start:end].strip():
            continue
        dateline = p.cleaned.dateline if start == 0 else None  # the dateline heads chunk 1 only
        doc = nlp(_make_doc(nlp, text[start:end], p.published, dateline))
        names = [layer.name for layer in LAYERS]
        records = {k: [r.to_dict() for r in v] for k, v in layer_records(doc, names).items()}
        parts.append((start, {"sentences": sentence_spans(doc), **records}))
    merged = merge_records(parts)
    layers: dict[str, Any] = {
        layer.name: tuple(layer.record.from_dict(r) for r in merged[layer.name]) for layer in LAYERS
    }
    sentences = tuple((a, b) for a, b in merged["sentences"])
    return dataclasses.replace(article, sentences=sentences, **layers)


def layer_records(doc: Doc, layers: Sequence[str]) -> dict[str, Any]:
    """Return the records of ``layers`` from a processed ``Doc``, by layer name.

    The actors other layers imply (numbered after the actors layer's own) join the actors.
    """
    state = state_of(doc)
    records: dict[str, Any] = {name: state.records(name) for name in layers}
    if "actors" in records:
        records["actors"] += state.implied_actors()
    return records


def sentence_spans(doc: Doc) -> tuple[tuple[int, int], ...]:
    """Return ``[start, end)`` of each sentence, trimmed of surrounding whitespace tokens."""
    spans = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if words:
            spans.append((words[0].idx, words[-1].idx + len(words[-1].text)))
    return tuple(spans)
