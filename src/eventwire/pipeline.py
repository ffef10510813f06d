"""ingest -> clean -> annotate -> extract, and the error policy for batches.

``process`` handles one text or file and raises on failure; ``process_many`` and ``run`` handle
many documents, parse them in ``nlp.pipe`` batches (in ``n_process`` worker processes when asked),
and turn a failing document into a ``Failure`` so the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import gc
import itertools
import multiprocessing
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from eventwire.config import Settings
from eventwire.errors import EventwireError, InputError
from eventwire.ingest import iter_documents, read_text_input
from eventwire.ingest.document import Failure, RawDocument
from eventwire.meta import Outcome, article_id, parse_date
from eventwire.parallel import AUTO, LOOKAHEAD, Machine, choose_workers
from eventwire.records import Article

Item = str | Path | RawDocument

WORKER_BATCH = 8
"""Most documents a worker process takes at a time."""


def process(
    text: str | Path, date: str | dt.date | None = None, settings: Settings | None = None
) -> Article:
    """Process one text (a ``str`` is always text) or one file (a ``Path``) into an ``Article``.

    Raises:
        EventwireError: the input could not be read or processed (the message names it).
    """
    settings = settings or Settings.build()
    if isinstance(text, Path):
        items: list[RawDocument | Failure] = list(iter_documents([text], settings))
        if not items:
            raise InputError("no document in input", source=str(text))
    else:
        items = [read_text_input(text)]
    for outcome in run(items, settings=settings, date=date):
        if isinstance(outcome, Failure):
            raise outcome.error
        return outcome
    raise InputError("no document in input", source=str(text))


def process_many(
    items: Iterable[Item],
    n_process: int | None = None,
    *,
    date: str | dt.date | None = None,
    settings: Settings | None = None,
    on_error: Callable[[Failure], None] | None = None,
) -> Iterator[Article]:
    """Process many texts, paths or ``RawDocument``s; yield ``Article``s in input order.

    A failing document is passed to ``on_error`` and skipped; without ``on_error`` its error is
    raised (after the documents before it were yielded).
    """
    settings = settings or Settings.build()
    for outcome in run(
        _documents(items, settings), settings=settings, date=date, n_process=n_process
    ):
        if isinstance(outcome, Article):
            yield outcome
        elif on_error is None:
            raise outcome.error
        else:
            on_error(outcome)


def _documents(items: Iterable[Item], settings: Settings) -> Iterator[RawDocument | Failure]:
    for item in items:
        if isinstance(item, RawDocument):
            yield item
        elif isinstance(item, Path):
            yield from iter_documents([item], settings)
        else:
            yield read_text_input(item)


def run(
    documents: Iterable[RawDocument | Failure],
    *,
    settings: Settings,
    date: str | dt.date | None = None,
    n_process: int | None = None,
) -> Iterator[Outcome]:
    """Turn read documents into outcomes, in order, batching the parse; never raises per document."""
    override = parse_date(date, "--date") if date is not None else None
    documents, workers = count_workers(
        documents, n_process or settings.n_process, settings.batch_size
    )
    if workers <= 1:
        for chunk in _chunks(documents, settings.batch_size):
            yield from process_chunk(chunk, settings, override)
        return
    context = multiprocessing.get_context(
        "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    )
    # Workers take smaller batches than one process does, so none waits on the last one; and
    # the objects already loaded are frozen out of the collector before the fork, so a worker's
    # collections do not copy the pages of the pipeline it shares with this process.
    chunks = _chunks(documents, min(settings.batch_size, WORKER_BATCH))
    gc.freeze()
    try:
        with context.Pool(workers, initializer=_init_worker, initargs=(settings,)) as pool:
            jobs = ((chunk, override) for chunk in chunks)
            for results in pool.imap(_worker_chunk, jobs):
                for result in results:
                    yield result if isinstance(result, Failure) else Article.from_dict(result)
    finally:
        gc.unfreeze()


def count_workers(
    documents: Iterable[RawDocument | Failure], requested: int, batch_size: int
) -> tuple[Iterator[RawDocument | Failure], int]:
    """Choose the process count (reading a few documents ahead when it is ``auto``)."""
    iterator = iter(documents)
    ahead: list[RawDocument | Failure] = []
    if requested == AUTO:
        ahead = list(itertools.islice(iterator, LOOKAHEAD))
    exhausted = requested == AUTO and len(ahead) < LOOKAHEAD
    chars = sum(len(d.text) for d in ahead if isinstance(d, RawDocument))
    batches = -(-len(ahead) // max(1, batch_size))
    workers, warning = choose_workers(requested, chars, exhausted, Machine.this(), batches)
    if warning is not None:
        warnings.warn(warning, stacklevel=3)
    return itertools.chain(ahead, iterator), workers


def _chunks(
    documents: Iterable[RawDocument | Failure], size: int
) -> Iterator[list[RawDocument | Failure]]:
    iterator = iter(documents)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


_WORKER_SETTINGS: Settings | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER_SETTINGS
    _WORKER_SETTINGS = settings
    from eventwire.nlp.loading import load_pipeline

    load_pipeline(settings.model, settings.actor_files())


def _worker_chunk(
    job: tuple[list[RawDocument | Failure], dt.date | None],
) -> list[dict[str, Any] | Failure]:
    chunk, override = job
    assert _WORKER_SETTINGS is not None
    return [
        o if isinstance(o, Failure) else o.to_dict()
        for o in process_chunk(chunk, _WORKER_SETTINGS, override)
    ]


def process_chunk(
    chunk: Sequence[RawDocument | Failure], settings: Settings, override: dt.date | None
) -> list[Outcome]:
    """Clean, detect language, parse with one ``nlp.pipe`` call and extract, for one batch."""
    from eventwire.annotate import annotate_batch

    return annotate_batch(chunk, settings, override)


__all__ = ["EventwireError", "Outcome", "article_id", "process", "process_many", "run"]
