"""One partition of documents processed where a worker runs it: records, failures and parses.

A shard is what a worker sends back: the outcome of each document in input order (an article
record as its JSON dict, or the ``Failure`` that names the document) and, when the store keeps
them, each article's parse. The caller stores a shard as one batch (one transaction).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from eventwire.config import Settings
from eventwire.ingest.document import Failure, RawDocument
from eventwire.meta import Outcome
from eventwire.records import Article
from eventwire.store import Parse

if TYPE_CHECKING:
    from spacy.tokens import Doc

Chunk = Sequence[RawDocument | Failure]


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


def process_shard(
    chunk: Chunk, settings: Settings, override: dt.date | None, keep_parses: bool
) -> Shard:
    """Process one partition (one ``nlp.pipe`` call) with the pipeline loaded in this process."""
    from eventwire.annotate import annotate_batch
    from eventwire.scale.parses import encode

    parses: dict[str, Parse] = {}

    def keep(article: Article, doc: Doc) -> None:
        parses[article.id] = encode(doc, article.meta.pipeline.model)

    outcomes = annotate_batch(chunk, settings, override, keep if keep_parses else None)
    return Shard([o if isinstance(o, Failure) else o.to_dict() for o in outcomes], parses)
