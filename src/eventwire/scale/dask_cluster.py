"""A Dask cluster to process on: a ``LocalCluster`` on loopback (``local:N``) or a scheduler's
address (``tcp://HOST:PORT``), with the pipeline loaded once per worker by a worker plugin.

``distributed`` is imported only with this module (only when ``--dask`` is given). Workers of a
remote cluster need eventwire (same version) and the model installed; the client checks that the
scheduler answers and that each worker can load the pipeline, and says which failed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from distributed import Client, LocalCluster, WorkerPlugin

from eventwire.errors import ClusterError
from eventwire.scale.address import LOCAL, check_address
from eventwire.scale.shards import SHARDS_HINT, probe

CONNECT_SECONDS = 20
"""How long to wait for a scheduler (a remote one, or the one ``local:N`` starts)."""


class PipelinePlugin(WorkerPlugin):
    """A Dask worker plugin that loads the eventwire pipeline once when a worker starts.

    A worker that is restarted (after a crash, or when killed) loads it again before it runs a
    task; tasks then find it loaded (``load_pipeline`` caches it per process).
    """

    name = "eventwire-pipeline"

    def __init__(self, model: str, knowledge_files: Sequence[Path]) -> None:
        self.model = model
        self.knowledge_files = tuple(str(p) for p in knowledge_files)

    def setup(self, worker: Any) -> None:
        """Load the pipeline in the worker's process."""
        from eventwire.nlp.loading import load_pipeline

        load_pipeline(self.model, [Path(p) for p in self.knowledge_files])

    def teardown(self, worker: Any) -> None:
        """Nothing to release (the process ends with the worker)."""


@contextmanager
def dask_client(
    address: str, model: str, knowledge_files: Sequence[Path], shards: str | None = None
) -> Iterator[Client]:
    """Connect to (or, for ``local:N``, start) a cluster whose workers hold the pipeline (and,
    with ``shards``, can write that directory).

    Raises:
        ClusterError: the scheduler cannot be reached, a worker cannot load the pipeline, or
            cannot write ``shards``.
    """
    local = LOCAL.match(check_address(address))
    logging.getLogger("distributed").setLevel(logging.WARNING)  # a lost worker still shows
    with ExitStack() as stack:
        try:
            target: Any = address
            if local:
                target = stack.enter_context(
                    LocalCluster(  # type: ignore[no-untyped-call]
                        n_workers=int(local[1]), threads_per_worker=1, processes=True,
                        dashboard_address=None, host="127.0.0.1", silence_logs=logging.ERROR,
                        # its HTTP routes (health, metrics) on a free loopback port, not 8787
                        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                    )
                )  # fmt: skip
            client = stack.enter_context(
                Client(target, timeout=CONNECT_SECONDS)  # type: ignore[no-untyped-call]
            )
        except (OSError, TimeoutError) as exc:
            raise ClusterError(f"cannot reach the scheduler ({exc})", source=address) from exc
        try:
            client.register_plugin(PipelinePlugin(model, knowledge_files))
        except Exception as exc:  # the worker's own error, whatever it is
            raise ClusterError(
                f"a worker cannot load the pipeline ({type(exc).__name__}: {exc}); install "
                "the same eventwire and model on every worker",
                source=address,
            ) from exc
        if shards is not None:
            check_shards(client, shards, address)
        yield client


def check_shards(client: Client, directory: str, address: str) -> None:
    """Check that every worker of the cluster can write files into ``directory``.

    Raises:
        ClusterError: a worker cannot (the message names it, the directory and the reason).
    """
    answers = client.run(probe, directory)
    for worker, problem in sorted(answers.items()):
        if problem is not None:
            raise ClusterError(
                f"worker {worker} cannot write shards ({problem}); {SHARDS_HINT}", source=address
            )


def worker_threads(client: Client) -> int:
    """Return how many tasks the cluster's workers run at once (at least 1)."""
    workers = client.scheduler_info(n_workers=-1).get("workers", {})
    return max(1, sum(int(w.get("nthreads", 1)) for w in workers.values()))
