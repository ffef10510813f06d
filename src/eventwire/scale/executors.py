"""Where partitions run: in this process, in worker processes, or on a Dask cluster.

Each executor takes partitions (``submit``) and hands back their shards (in memory, or written
as Parquet by Dask workers: ``shards``) in the order they were
submitted (``Pending.result``); the caller keeps at most ``slots`` partitions in flight, so
memory stays bounded and the workers stay busy. Every executor loads the pipeline once per
process: worker processes in their initializer, Dask workers through a worker plugin. A Dask
worker that dies (killed, out of memory) has its partitions run again elsewhere by the scheduler,
so every partition yields its shard exactly once.
"""

from __future__ import annotations

import datetime as dt
import gc
import multiprocessing
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

from eventwire.config import Settings
from eventwire.scale.shards import Chunk, Shard, ShardOnDisk, process_shard, write_partition

Processed = Shard | ShardOnDisk


class Pending(Protocol):
    """A partition submitted to an executor."""

    def result(self) -> Processed:
        """Wait for its shard and return it."""
        ...


@dataclass(frozen=True, slots=True)
class _Done:
    shard: Processed

    def result(self) -> Processed:
        return self.shard


@dataclass(frozen=True, slots=True)
class _Async:
    handle: Any  # multiprocessing's AsyncResult or a Dask Future: both wait in result()/get()

    def result(self) -> Processed:
        shard: Processed = (
            self.handle.get() if hasattr(self.handle, "get") else self.handle.result()
        )
        return shard


class Executor:
    """Runs partitions with the pipeline of ``settings`` (in this process unless a subclass)."""

    slots = 1

    def __init__(self, settings: Settings, override: dt.date | None, keep_parses: bool) -> None:
        self.settings = settings
        self.override = override
        self.args = (settings, override, keep_parses)

    def submit(self, chunk: Chunk) -> Pending:
        """Start processing one partition."""
        return _Done(process_shard(chunk, *self.args))


class PoolExecutor(Executor):
    """Worker processes on this machine (``--workers N``)."""

    def __init__(self, pool: Any, workers: int, *args: Any) -> None:
        super().__init__(*args)
        self.pool = pool
        self.slots = 2 * workers

    def submit(self, chunk: Chunk) -> Pending:
        """Queue one partition for the next free worker process."""
        return _Async(self.pool.apply_async(process_shard, (chunk, *self.args)))


class DaskExecutor(Executor):
    """The workers of a Dask cluster (``--dask local:N`` or ``--dask tcp://HOST:PORT``).

    With a shard directory, each partition is written there as Parquet by its worker
    (``write_partition``, named by its rank so that a retry replaces its files); without, its
    shard comes back in memory.
    """

    def __init__(self, client: Any, threads: int, shards: str | None, *args: Any) -> None:
        super().__init__(*args)
        self.client = client
        self.slots = 2 * threads
        self.shards = shards
        self.submitted = 0

    def submit(self, chunk: Chunk) -> Pending:
        """Send one partition to the scheduler (run again elsewhere if its worker dies)."""
        self.submitted += 1
        if self.shards is None:
            return _Async(self.client.submit(process_shard, chunk, *self.args, pure=False))
        name = f"part-{self.submitted:06d}"
        task = (write_partition, chunk, self.settings, self.override, self.shards, name)
        return _Async(self.client.submit(*task, pure=False))


@contextmanager
def open_executor(
    settings: Settings,
    *,
    workers: int,
    dask: str | None,
    override: dt.date | None,
    keep_parses: bool,
    shards: str | None = None,
) -> Iterator[Executor]:
    """Start the executor the options ask for; stop its workers on leaving.

    Args:
        settings: The settings the pipeline is built from.
        workers: Local worker processes (1: this process); ignored with ``dask``.
        dask: ``local:N`` or ``tcp://HOST:PORT``, or None.
        override: The publication date that overrides the inputs' own.
        keep_parses: Whether shards carry the parses (the store keeps them).
        shards: With ``dask``, the directory the workers write partitions into as Parquet
            (None: partitions come back in memory).

    Raises:
        ClusterError: the Dask cluster cannot be used.
    """
    args = (settings, override, keep_parses)
    if dask is not None:
        from eventwire.scale.dask_cluster import dask_client, worker_threads

        with dask_client(dask, settings.model, settings.actor_files(), shards) as client:
            yield DaskExecutor(client, worker_threads(client), shards, *args)
        return
    if workers <= 1:
        yield Executor(*args)
        return
    from eventwire.nlp.loading import load_pipeline

    context = multiprocessing.get_context(
        "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    )
    load = (settings.model, settings.actor_files())
    # as in pipeline.run: what is loaded already is frozen out of the collector before the fork,
    # so a worker's collections do not copy the pages it shares with this process
    gc.freeze()
    try:
        with context.Pool(workers, initializer=load_pipeline, initargs=load) as pool:
            yield PoolExecutor(pool, workers, *args)
    finally:
        gc.unfreeze()
