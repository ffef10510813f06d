"""Partitions through an executor, results in input order, workers started only when needed.

``in_order`` keeps up to ``slots`` partitions in flight and yields each one's shard in the order
the partitions came, with the tag the caller gave it (the ingest loop tags each partition with
the sightings of its already-stored documents). ``LazyExecutor`` starts the executor (a worker
pool, a Dask cluster) at the first partition that has a document to process: a re-ingest of
stored articles starts nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, ExitStack
from typing import TypeVar

from eventwire.config import Settings
from eventwire.ingest.document import Failure, RawDocument
from eventwire.meta import Outcome, parse_date
from eventwire.scale.executors import Executor, Pending, Processed, open_executor
from eventwire.scale.shards import Chunk, Shard

T = TypeVar("T")


class LazyExecutor(ExitStack):
    """An executor opened by ``opener`` on the first ``submit`` and closed with this stack."""

    def __init__(self, opener: Callable[[], AbstractContextManager[Executor]]) -> None:
        super().__init__()
        self._opener = opener
        self._executor: Executor | None = None

    @property
    def slots(self) -> int:
        """Partitions to keep in flight (1 until the executor started)."""
        return self._executor.slots if self._executor is not None else 1

    def submit(self, chunk: Chunk) -> Pending:
        """Start processing ``chunk`` (starting the executor first if need be)."""
        if self._executor is None:
            self._executor = self.enter_context(self._opener())
        return self._executor.submit(chunk)


def in_order(
    tagged: Iterable[tuple[T, Chunk]], executor: LazyExecutor
) -> Iterator[tuple[T, Processed]]:
    """Yield ``(tag, shard)`` for each ``(tag, partition)``, in order; empty partitions are not
    submitted."""
    pending: deque[tuple[T, Pending | None]] = deque()
    for tag, chunk in tagged:
        pending.append((tag, executor.submit(chunk) if chunk else None))
        while len(pending) > executor.slots:
            yield _finish(pending.popleft())
    while pending:
        yield _finish(pending.popleft())


def _finish(item: tuple[T, Pending | None]) -> tuple[T, Processed]:
    tag, handle = item
    return tag, handle.result() if handle is not None else Shard()


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Cut ``items`` into lists of ``size`` (the last may be shorter)."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def run_on_cluster(
    documents: Iterable[RawDocument | Failure],
    *,
    settings: Settings,
    dask: str,
    date: str | dt.date | None = None,
) -> Iterator[Outcome]:
    """Like ``pipeline.run`` on a Dask cluster: one outcome per document, in input order.

    Raises:
        ClusterError: the cluster cannot be used.
    """
    override = parse_date(date, "--date") if date is not None else None

    def opener() -> AbstractContextManager[Executor]:
        return open_executor(settings, workers=1, dask=dask, override=override, keep_parses=False)

    with LazyExecutor(opener) as executor:
        tagged = ((None, chunk) for chunk in batches(documents, settings.batch_size))
        for _, shard in in_order(tagged, executor):
            assert isinstance(shard, Shard)  # no shard directory: shards come back in memory
            yield from shard.results()
