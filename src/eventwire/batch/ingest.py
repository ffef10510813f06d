"""The ingest loop: read inputs, process them in batches, store each batch in one transaction.

Documents are read by ``iter_documents`` and cut into batches of ``batch_size``. The id of each
document is computed first: one already stored by the same pipeline version only gets a sighting
(no parse, no worker start). The others are processed (``nlp.pipe`` batches, in this process, in
worker processes, or on a Dask cluster whose workers write each batch as Parquet files that the
store bulk-loads: ``eventwire.scale``), and each batch's articles, their parses and the
sightings of all its documents are stored in one transaction, so a killed run
leaves whole batches only and a re-run stores each article exactly once. A document that fails is
recorded with its reason and skipped; the batch goes on. Once every batch is stored, the
articles in no story yet are placed in stories (``Store.update_stories``, its own transactions):
a run killed before that leaves them for the next run to place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager, ExitStack
from dataclasses import dataclass, field
from typing import BinaryIO

from eventwire.config import Settings
from eventwire.errors import SettingsError
from eventwire.ingest import iter_documents
from eventwire.ingest.document import Failure, RawDocument
from eventwire.meta import parse_date
from eventwire.pipeline import count_workers
from eventwire.scale.address import LOCAL, check_address
from eventwire.scale.executors import Executor, open_executor
from eventwire.scale.known import KnownArticles
from eventwire.scale.runner import LazyExecutor, batches, in_order
from eventwire.scale.shards import shard_directory
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

    def add(self, result: BatchResult, failures: Sequence[Failure], ids: Sequence[str]) -> None:
        """Count one committed batch (``ids``: its articles' ids in input order)."""
        self.documents += len(ids) + len(failures)
        self.stored += len(result.stored)
        self.present += len(result.present)
        self.replaced += len(result.replaced)
        self.kept += len(result.kept)
        self.failures.extend(failures)
        self.article_ids.extend(ids)
        self.batches += 1


def writes_shards(dask: str | None, shards: str | None) -> bool:
    """Whether Dask workers write their partitions as Parquet shards: into ``--shards`` when it is
    given, else into a private temporary directory, which only ``local:N`` workers share with
    this process (a ``tcp://`` cluster's partitions then come back in memory)."""
    return dask is not None and (shards is not None or LOCAL.match(dask) is not None)


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
    dask: str | None = None,
    shards: str | None = None,
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
        dask: Process on a Dask cluster: ``local:N`` or ``tcp://HOST:PORT`` (instead of
            ``n_process``).
        shards: With ``dask``, the directory where workers write each partition as Parquet
            for the store to bulk-load (every worker must reach it; None: a private temporary
            directory, which only workers on this machine reach). A subdirectory for the run is
            made there and removed at the end.

    Raises:
        StoreError: a batch could not be written (earlier batches stay stored).
        ClusterError: the Dask cluster cannot be used.
        EventwireError: a setting or ``date`` is invalid.
    """
    settings = settings or Settings.build()
    if batch_size is not None:
        settings = settings.replace(batch_size=batch_size)
    override = parse_date(date, "--date") if date is not None else None
    if dask is not None:
        check_address(dask)
    elif shards is not None:
        raise SettingsError("--shards needs --dask (only Dask workers write shards)")
    documents: Iterable[RawDocument | Failure] = iter_documents(paths, settings, stdin=stdin)
    workers = 1
    if dask is None:
        documents, workers = count_workers(
            documents, n_process or settings.n_process, settings.batch_size
        )

    known = KnownArticles(store, settings)
    report = IngestReport()
    with ExitStack() as stack:
        run_shards = (
            stack.enter_context(shard_directory(shards)) if writes_shards(dask, shards) else None
        )

        def opener() -> AbstractContextManager[Executor]:
            return open_executor(
                settings, workers=workers, dask=dask, override=override, keep_parses=True,
                shards=run_shards,
            )  # fmt: skip

        executor = stack.enter_context(LazyExecutor(opener))
        splits = (known.split(chunk) for chunk in batches(documents, settings.batch_size))
        for split, shard in in_order(((s, s.todo) for s in splits), executor):
            result = shard.store_into(store, split.seen)
            shard.discard()
            labels = shard.labels()
            failures = [o for o in labels if isinstance(o, Failure)]
            report.add(result, failures, split.article_ids(labels))
            if on_batch is not None:
                on_batch(report)
    if stories:
        report.placed = store.update_stories().placed
    return report
