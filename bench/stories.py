"""Stories benchmark: document clustering quality on ECB+ dev, and what clustering adds to an ingest.

Quality. Every document of ../shared/eval/clusters/ecbplus_dev.jsonl is processed once (text
only). The dev clusters are split in fixed parts by the topic of ``doc_cluster``: topics 2, 6,
10, ... (*tune*, which the clusterer's first constants were chosen on), topics 4, 12, 20, ...
(*dev2*, looked at document by document when the conflicts were added) and topics 8, 16, 24, ...
(*check*, never looked at: only its totals are ever printed); a topic's two similar clusters are
always in one part, since telling them apart is the hard part. B-cubed P/R/F1 over documents
(eval.stories.bcubed) is given for each part and for the whole file (all clustered together), for eventwire's stories (``eval.stories.story_labels``: a
fresh store, ``update_stories``) and for a plain baseline measured in the same run: TF-IDF of the
words alone, cosine, average link with one threshold chosen on the tune half.

Cost. An ingest of 1,000 articles: the dev documents processed above plus unchanged copies
under new ids (wire copies seen twice) up to 1,000. The ingest time without stories is the
processing time per document measured above times 1,000, plus storing the 1,000 in a fresh
DuckDB file in batches of 32; the stories' cost is the time of ``update_stories`` on that store,
as a share of it (the issue caps it at 10%). The dev documents' stories in that store (among
their copies, as wire copies come) are scored like the others ("with copies").

    python bench/stories.py [--no-write] [--limit N]
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench_results import gold_arguments, insert_row
from eventwire.config import Settings
from eventwire.eval.gold import read_jsonl
from eventwire.eval.stories import bcubed, story_labels
from eventwire.ingest.document import RawDocument
from eventwire.pipeline import run
from eventwire.records import Article
from eventwire.store import Filters, open_store
from eventwire.stories import Features
from eventwire.stories.features import words
from eventwire.stories.linkage import average_link
from eventwire.stories.similarity import TermStats, similarities, vectors
from throughput import RESULTS, ROOT, machine

GOLD = ROOT.parent / "shared" / "eval" / "clusters" / "ecbplus_dev.jsonl"
COST_CAP = 0.10
INGEST_SIZE = 1000
THRESHOLDS = [round(0.05 + 0.025 * i, 3) for i in range(15)]


PARTS = ("tune", "dev2", "check", "all")


def halves(records: Sequence[dict[str, object]]) -> dict[str, list[int]]:
    """The fixed split of the dev clusters (by the topic part of ``doc_cluster``), and all."""
    topic = [int(str(r["doc_cluster"]).split("_", 1)[0]) for r in records]
    return {
        "tune": [i for i, t in enumerate(topic) if t % 4 == 2],
        "dev2": [i for i, t in enumerate(topic) if t % 8 == 4],
        "check": [i for i, t in enumerate(topic) if t % 8 == 0],
        "all": list(range(len(records))),
    }


def baseline_labels(texts: Sequence[str], threshold: float) -> list[int]:
    """Plain TF-IDF of words, cosine, average link at ``threshold``."""
    features = [Features({f"w:{w}": words(t).count(w) for w in set(words(t))}) for t in texts]
    stats = TermStats()
    stats.add(features)
    similarity = similarities(vectors(features, stats, {"w": 1.0}))
    clusters = average_link(similarity, [[i] for i in range(len(texts))], threshold)
    labels = [0] * len(texts)
    for number, cluster in enumerate(clusters):
        for index in cluster:
            labels[index] = number
    return labels


def _scores(labels: Sequence[object], gold: Sequence[str]) -> dict[str, float]:
    return {k: round(v, 3) for k, v in bcubed(list(labels), list(gold)).items()}


def quality(records: list[dict[str, object]], articles: list[Article | None]) -> dict[str, object]:
    gold = [str(r["doc_cluster"]) for r in records]
    texts = [str(r["text"]) for r in records]
    split = halves(records)
    tune = split["tune"]
    best = max(
        THRESHOLDS,
        key=lambda t: bcubed(baseline_labels([texts[i] for i in tune], t), [gold[i] for i in tune])[
            "f1"
        ],
    )
    result: dict[str, object] = {"baseline_threshold": best}
    for name, idx in split.items():
        result[f"baseline_{name}"] = _scores(
            baseline_labels([texts[i] for i in idx], best), [gold[i] for i in idx]
        )
        result[f"stories_{name}"] = _scores(
            story_labels([articles[i] for i in idx]), [gold[i] for i in idx]
        )
        result[f"documents_{name}"] = len(idx)
    return result


def cost(
    articles: list[Article], seconds_per_document: float, gold: Sequence[str]
) -> dict[str, object]:
    """Store ``INGEST_SIZE`` articles (the given ones, then copies under new ids), time the
    storing and ``update_stories``; return the stories' share of the ingest time, and the scores
    of the given articles' stories against ``gold`` (one label per given article)."""
    batch = list(articles)
    copy = 0
    while len(batch) < INGEST_SIZE:
        original = articles[copy % len(articles)]
        batch.append(dataclasses.replace(original, id=f"{original.id[:10]}c{copy:05d}"))
        copy += 1
    with tempfile.TemporaryDirectory() as folder, open_store(str(Path(folder) / "b.duckdb")) as st:
        start = time.perf_counter()
        for first in range(0, len(batch), 32):
            st.add_batch(batch[first : first + 32])
        storing = time.perf_counter() - start
        start = time.perf_counter()
        update = st.update_stories()
        clustering = time.perf_counter() - start
        story_of = {a: s.id for s in st.stories(Filters(limit=None)) for a in s.articles}
    ingest = seconds_per_document * len(batch) + storing
    return {
        "articles": len(batch),
        "placed": update.placed,
        "stories": update.founded,
        "ingest_s": round(ingest, 1),
        "storing_s": round(storing, 2),
        "stories_s": round(clustering, 2),
        "stories_cost": round(clustering / ingest, 4),
        "stories_with_copies": _scores([story_of.get(a.id, a.id) for a in articles], gold),
    }


def main() -> int:
    args = gold_arguments(__doc__ or "", GOLD, "first N documents (a dry run)")
    if args is None:
        return 0
    records = read_jsonl(GOLD, ["text", "doc_cluster"], args.limit)
    documents = [
        RawDocument(text=str(r["text"]), source_name=f"gold#{n}", format="jsonl")
        for n, r in enumerate(records)
    ]
    load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    start = time.perf_counter()
    outcomes = list(run(documents, settings=Settings.build({"n_process": 1})))
    processing = time.perf_counter() - start
    articles = [o if isinstance(o, Article) else None for o in outcomes]
    result = quality(records, articles)
    result["load"] = load
    present = [n for n, a in enumerate(articles) if a is not None]
    gold = [str(records[n]["doc_cluster"]) for n in present]
    result.update(cost([a for a in articles if a is not None], processing / len(documents), gold))
    print(json.dumps(result, indent=1))
    if not args.no_write:
        insert_row(RESULTS, "stories", _row(result))
    return 0 if float(str(result["stories_cost"])) <= COST_CAP else 1


def _prf(figures: object) -> str:
    f = dict(figures)  # type: ignore[call-overload]
    return f"{f['precision']:.3f} / {f['recall']:.3f} / **{f['f1']:.3f}**"


def _row(r: dict[str, object]) -> str:
    sizes = " / ".join(f"{r['documents_' + part]} {part}" for part in PARTS[:3])
    return (
        f"| {dt.date.today().isoformat()} | {r['documents_all']} docs ({sizes}) "
        + "".join(f"| {_prf(r['stories_' + part])} " for part in PARTS)
        + "".join(f"| {_prf(r['baseline_' + part])} " for part in PARTS)
        + f"(threshold {r['baseline_threshold']}) "
        f"| {r['articles']} articles: ingest {r['ingest_s']} s, stories {r['stories_s']} s, "
        f"**{float(str(r['stories_cost'])):.1%}**; the dev documents among their copies: "
        f"{r['stories']} stories, {_prf(r['stories_with_copies'])} "
        f"| {machine()}, shared with other engineers' jobs (load {r['load']}) "
        "| `python bench/stories.py` |"
    )


if __name__ == "__main__":
    sys.exit(main())
