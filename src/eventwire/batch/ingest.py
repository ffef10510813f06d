"""The ingest loop: read inputs, process them in batches, store each batch in one transaction.

Documents are read by ``iter_documents`` and processed by ``pipeline.run`` (``nlp.pipe`` batches,
worker processes when asked). Every ``batch_size`` outcomes, the articles among them and a
sighting of each are stored in one transaction, so a killed run leaves whole batches only and a
re-run stores each article exactly once. A document that fails is recorded with its reason and
skipped; the batch goes on. Once every batch is stored, the articles in no story yet are
placed in stories (``Store.update_stories``, its own transactions): a run killed before that
leaves them for the next run to place.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

from eventwire.config import Settings
from eventwire.ingest import iter_documents
from eventwire.ingest.document import Failure
from eventwire.pipeline import Outcome, run
from eventwire.records import Article
from eventwire.store import BatchResult, Store


@dataclass(slots=True)
class IngestReport:
    """What an ingest run did so far (updated after every committed batch).

    Attributes:
        documents: Documents read and processed (articles and failures).
        stored: Articles stored for the first time.
        present: Articles already stored by the same pipeline version (a sighting was added).
        replaced: Articles re-processed by a different pipeline version (layers replaced).
        kept: Articles already stored by a newer eventwire, left as they were.
        failures: Each document that failed, with its source and reason, in input order.
        article_ids: The id of every article read, in input order.
        batches: Batches committed.
        placed: Articles placed in stories at the end of the run (new ones and any an earlier,
            killed run left unplaced).
    """

    documents: int = 0
    stored: int = 0
    present: int = 0
    replaced: int = 0
    kept: int = 0
    failures: list[Failure] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    batches: int = 0
    placed: int = 0

    @property
    def failed(self) -> int:
        """The number of documents that failed."""
        return len(self.failures)

    def add(
        self, result: BatchResult, failures: Sequence[Failure], articles: Sequence[Article]
    ) -> None:
        """Count one committed batch."""
        self.documents += len(articles) + len(failures)
        self.stored += len(result.stored)
        self.present += len(result.present)
        self.replaced += len(result.replaced)
        self.kept += len(result.kept)
        self.failures.extend(failures)
        self.article_ids.extend(a.id for a in articles)
        self.batches += 1


def ingest(
    paths: Sequence[str],
    store: Store,
    *,
    settings: Settings | None = None,
    date: str | dt.date | None = None,
    n_process: int | None = None,
    batch_size: int | None = None,
    stdin: BinaryIO | None = None,
    on_batch: Callable[[IngestReport], None] | None = None,
    stories: bool = True,
) -> IngestReport:
    """Read, process and store every document under ``paths``; return what happened.

    Args:
        paths: Files, directories, or ``-`` for ``stdin``.
        store: Where articles go (each batch in one transaction).
        settings: The settings in force (default: ``Settings.build()``).
        date: Publication date overriding the inputs' own (``YYYY-MM-DD``).
        n_process: Worker processes for parsing (default: setting ``n_process``).
        batch_size: Documents per parse batch and per store transaction (default: setting
            ``batch_size``).
        stdin: The stream ``-`` reads.
        on_batch: Called with the report after every committed batch (progress display).
        stories: Place the stored articles in stories once every batch is stored.

    Raises:
        StoreError: a batch could not be written (earlier batches stay stored).
        EventwireError: a setting or ``date`` is invalid.
    """
    settings = settings or Settings.build()
    if batch_size is not None:
        settings = settings.replace(batch_size=batch_size)
    documents = iter_documents(paths, settings, stdin=stdin)
    outcomes = run(documents, settings=settings, date=date, n_process=n_process)
    report = IngestReport()
    for batch in _batches(outcomes, settings.batch_size):
        articles = [o for o in batch if isinstance(o, Article)]
        failures = [o for o in batch if isinstance(o, Failure)]
        result = store.add_batch(articles)
        report.add(result, failures, articles)
        if on_batch is not None:
            on_batch(report)
    if stories:
        report.placed = store.update_stories().placed
    return report


def _batches(outcomes: Iterable[Outcome], size: int) -> Iterator[list[Outcome]]:
    iterator = iter(outcomes)
    while batch := list(itertools.islice(iterator, size)):
        yield batch
