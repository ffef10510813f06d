"""Scoring stories: B-cubed precision, recall and F1 of document clusters (FORMATS.md, "stories").

Every document of the gold file is processed and stored in a fresh in-memory store, exactly as
``eventwire ingest`` would store it, and the store places them in stories. Each document's story
is compared with its gold ``doc_cluster``; a document that failed, or is in no story, is a
singleton. The clusterer sees the text (and a date, when the gold line has one) only: never the
gold ids, topics, clusters or URLs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence
from pathlib import Path

from eventwire.config import Settings
from eventwire.eval.gold import iso_day, read_jsonl
from eventwire.eval.report import Report
from eventwire.records import Article
from eventwire.store import Filters, open_store


def bcubed(predicted: Sequence[Hashable], gold: Sequence[Hashable]) -> dict[str, float]:
    """Return B-cubed precision, recall and F1 of a clustering of items against the gold one.

    Per item: precision is the share of its predicted cluster that shares its gold cluster,
    recall the share of its gold cluster that shares its predicted cluster; both are averaged
    over items.
    """
    if len(predicted) != len(gold):
        raise ValueError("predicted and gold label a different number of items")
    if not gold:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    by_predicted: defaultdict[Hashable, set[int]] = defaultdict(set)
    by_gold: defaultdict[Hashable, set[int]] = defaultdict(set)
    for index, (p, g) in enumerate(zip(predicted, gold, strict=True)):
        by_predicted[p].add(index)
        by_gold[g].add(index)
    precision = recall = 0.0
    for p, g in zip(predicted, gold, strict=True):
        shared = len(by_predicted[p] & by_gold[g])
        precision += shared / len(by_predicted[p])
        recall += shared / len(by_gold[g])
    precision /= len(gold)
    recall /= len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def story_labels(articles: Sequence[Article | None]) -> list[str]:
    """Store the articles in a fresh in-memory store, place them, and return each one's story
    (``missing:N`` for a document that has no article)."""
    with open_store(":memory:") as store:
        present = [a for a in articles if a is not None]
        for start in range(0, len(present), 256):
            store.add_batch(present[start : start + 256])
        store.update_stories()
        story_of = {
            article_id: story.id
            for story in store.stories(Filters(limit=None))
            for article_id in story.articles
        }
    return [
        story_of.get(a.id, f"alone:{a.id}") if a is not None else f"missing:{n}"
        for n, a in enumerate(articles)
    ]


def evaluate(gold: Path, settings: Settings, limit: int | None = None) -> Report:
    """Process every gold document, place them in stories, score against ``doc_cluster``."""
    from eventwire.ingest.document import RawDocument
    from eventwire.pipeline import run

    records = read_jsonl(gold, ["text", "doc_cluster"], limit)
    documents = [
        RawDocument(
            text=r["text"],
            source_name=f"gold#{n}",
            format="jsonl",
            published=iso_day(r.get("date") or r.get("published")),
        )
        for n, r in enumerate(records)
    ]
    articles = [o if isinstance(o, Article) else None for o in run(documents, settings=settings)]
    labels = story_labels(articles)
    figures = bcubed(labels, [r["doc_cluster"] for r in records])
    counts = {
        "documents": len(records),
        "gold_clusters": len({r["doc_cluster"] for r in records}),
        "stories": len(set(labels)),
        "failed": sum(1 for a in articles if a is None),
    }
    return Report("stories", str(gold), figures, counts)
