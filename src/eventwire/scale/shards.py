"""One partition of documents processed where a worker runs it: records, failures and parses.

A partition's result comes back in one of two forms. A ``Shard`` travels in memory (worker
processes on this machine, and ``process --dask``, which prints records and has no store): the
outcome of each document in input order (an article record as its JSON dict, or the ``Failure``
that names the document) and each article's parse. A ``ShardOnDisk`` is what a Dask worker of
``ingest`` sends back after writing the partition's store rows as Parquet files
(``store.incoming.write_shard``) into the run's shard directory: the files' names, and each
document's article id or ``Failure``; the store bulk-loads the files (``Store.load_shard``). The
files of partition N are ``part-N.TABLE.parquet``, the same name whichever attempt writes them, so
a partition run again after its worker was killed replaces its files instead of adding to them.
Either form is stored as one batch (one transaction).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import stat
import tempfile
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.config import Settings
from eventwire.errors import ClusterError
from eventwire.ingest.document import Failure, RawDocument
from eventwire.meta import Outcome
from eventwire.records import Article
from eventwire.store import BatchResult, Parse, ShardFiles, Sighting, Store

if TYPE_CHECKING:
    from spacy.tokens import Doc

Chunk = Sequence[RawDocument | Failure]
Label = str | Failure
"""A processed document as the ingest loop counts it: its article id, or its failure."""

SHARDS_HINT = (
    "give --shards a directory that this machine and every worker can write (shared storage)"
)


@dataclass(slots=True)
class Shard:
    """The processed form of one partition, as it travels between processes.

    Attributes:
        outcomes: One per document, in input order: an article record (``to_dict``) or a
            ``Failure``.
        parses: The parse of each article that has one, by article id.
    """

    outcomes: list[dict[str, Any] | Failure] = field(default_factory=list)
    parses: dict[str, Parse] = field(default_factory=dict)

    def results(self) -> list[Outcome]:
        """The outcomes as ``Article``s and ``Failure``s, in input order."""
        return [o if isinstance(o, Failure) else Article.from_dict(o) for o in self.outcomes]

    def labels(self) -> list[Label]:
        """Each document's article id or failure, in input order."""
        return [o if isinstance(o, Failure) else str(o["id"]) for o in self.outcomes]

    def store_into(self, store: Store, seen: Sequence[Sighting]) -> BatchResult:
        """Store the articles, their parses and the sightings ``seen`` as one batch."""
        articles = [o for o in self.results() if isinstance(o, Article)]
        return store.add_batch(articles, self.parses, seen)

    def discard(self) -> None:
        """Nothing to remove (the shard is in memory)."""


@dataclass(frozen=True, slots=True)
class ShardOnDisk:
    """A partition a Dask worker wrote as Parquet files: what it sends back over Dask.

    Attributes:
        files: The shard's files (None when it has no article, or could not be written).
        outcomes: Each document's article id or failure, in input order.
        error: Why the worker could not write the files (None: it did).
    """

    files: ShardFiles | None
    outcomes: list[Label]
    error: str | None = None

    def labels(self) -> list[Label]:
        """Each document's article id or failure, in input order."""
        return self.outcomes

    def store_into(self, store: Store, seen: Sequence[Sighting]) -> BatchResult:
        """Bulk-load the files and the sightings ``seen`` as one batch.

        Raises:
            ClusterError: the worker could not write the files.
        """
        if self.error is not None:
            raise ClusterError(f"a worker cannot write shards ({self.error}); {SHARDS_HINT}")
        if self.files is None:
            return store.add_batch([], None, seen)
        return store.load_shard(self.files, seen)

    def discard(self) -> None:
        """Remove the shard's files (once stored)."""
        if self.files is not None:
            self.files.remove()


def process_shard(
    chunk: Chunk, settings: Settings, override: dt.date | None, keep_parses: bool
) -> Shard:
    """Process one partition (one ``nlp.pipe`` call) with the pipeline loaded in this process."""
    outcomes, parses = _annotate(chunk, settings, override, keep_parses)
    return Shard([o if isinstance(o, Failure) else o.to_dict() for o in outcomes], parses)


def write_partition(
    chunk: Chunk, settings: Settings, override: dt.date | None, directory: str, name: str
) -> ShardOnDisk:
    """Process one partition and write its store rows as the shard ``name`` in ``directory``."""
    from eventwire.store.incoming import write_shard

    outcomes, parses = _annotate(chunk, settings, override, True)
    articles = [o for o in outcomes if isinstance(o, Article)]
    labels: list[Label] = [o if isinstance(o, Failure) else o.id for o in outcomes]
    if not articles:
        return ShardOnDisk(None, labels)
    try:
        files = write_shard(directory, name, articles, parses)
    except OSError as exc:
        return ShardOnDisk(None, labels, _cannot_write(directory, exc))
    return ShardOnDisk(files, labels)


def probe(directory: str) -> str | None:
    """Check (where a worker runs) that ``directory`` takes files; return why not, or None."""
    path = Path(directory) / f".probe-{uuid.uuid4().hex}"
    try:
        path.write_bytes(b"")
        path.unlink()
    except OSError as exc:
        return _cannot_write(directory, exc)
    return None


def _cannot_write(directory: str, exc: OSError) -> str:
    return f"{directory}: {exc.strerror or type(exc).__name__}"


@contextlib.contextmanager
def shard_directory(parent: str | None) -> Iterator[str]:
    """A fresh directory for one run's shards, inside ``parent`` (None: a private temporary
    directory), removed with what is left in it when the run ends.

    Raises:
        ClusterError: ``parent`` is not a directory this process can write.
    """
    if parent is None:
        with tempfile.TemporaryDirectory(prefix="eventwire-shards-") as private:
            yield private
        return
    if "\x00" in parent or not Path(parent).is_dir():
        raise ClusterError(f"not a directory; {SHARDS_HINT}", source=parent)
    try:
        run = tempfile.mkdtemp(prefix="eventwire-shards-", dir=Path(parent).absolute())
    except OSError as exc:
        raise ClusterError(
            f"cannot write here ({exc.strerror or type(exc).__name__}); {SHARDS_HINT}",
            source=parent,
        ) from None
    try:  # workers running as another user of the group may write there, others never
        Path(run).chmod(stat.S_IMODE(Path(parent).stat().st_mode) & 0o770 | 0o700)
        yield run
    finally:
        shutil.rmtree(run, ignore_errors=True)


def _annotate(
    chunk: Chunk, settings: Settings, override: dt.date | None, keep_parses: bool
) -> tuple[list[Outcome], dict[str, Parse]]:
    from eventwire.annotate import annotate_batch
    from eventwire.scale.parses import encode

    parses: dict[str, Parse] = {}

    def keep(article: Article, doc: Doc) -> None:
        parses[article.id] = encode(doc, article.meta.pipeline.model)

    outcomes = annotate_batch(chunk, settings, override, keep if keep_parses else None)
    return outcomes, parses
