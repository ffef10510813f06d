"""What every scorer shares: reading gold JSONL, running gold texts through the pipeline with
offsets mapped back to the raw gold text, and one-to-one matching of spans.

Gold offsets index the raw gold ``text``; the pipeline's offsets index the cleaned text. The
cleaner is deterministic, so the raw text is cleaned again here (with the same lexicon as the
pipeline) to get the map back.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from eventwire.clean import OffsetMap
from eventwire.config import Settings
from eventwire.errors import EvalError
from eventwire.records import Article


def read_jsonl(
    path: Path, required: Sequence[str], limit: int | None = None
) -> list[dict[str, Any]]:
    """Read a gold file: one JSON object per line with the ``required`` keys.

    Raises:
        EvalError: a line is not JSON or lacks a required key (the message names the line).
    """
    records: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                missing = [key for key in required if key not in record]
            except (json.JSONDecodeError, TypeError):
                raise EvalError(f"line {number}: not JSON", source=str(path)) from None
            if not isinstance(record, dict) or missing:
                raise EvalError(f"line {number}: lacks {', '.join(missing)}", source=str(path))
            records.append(record)
            if limit is not None and len(records) >= limit:
                break
    return records


def iso_day(value: object) -> str | None:
    """Return the ISO date at the start of ``value`` (a date or datetime string), else None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        return None


def run_gold(
    records: Sequence[dict[str, Any]],
    settings: Settings,
    *,
    date: Callable[[dict[str, Any]], str | None],
    text_key: str = "text",
) -> Iterator[tuple[Article, OffsetMap] | None]:
    """Process each record's text with its date; yield (article, offsets) or None on failure."""
    from eventwire.clean import clean_text, spacy_lexicon
    from eventwire.ingest.document import RawDocument
    from eventwire.nlp.loading import load_pipeline
    from eventwire.pipeline import run

    is_word = spacy_lexicon(load_pipeline(settings.model))
    docs = [
        RawDocument(text=r[text_key], source_name=f"gold#{i}", format="jsonl", published=date(r))
        for i, r in enumerate(records)
    ]
    for record, outcome in zip(records, run(docs, settings=settings), strict=True):
        if not isinstance(outcome, Article):
            yield None
            continue
        yield outcome, clean_text(record[text_key], is_word=is_word).offsets


def greedy_pairs(
    gold: Sequence[tuple[int, int]],
    predicted: Sequence[tuple[int, int]],
    overlap: Callable[[int, int], float] | None = None,
) -> list[tuple[int, int]]:
    """Pair gold and predicted items one-to-one, largest overlap first; return index pairs.

    ``overlap(gi, pi)`` scores a pair (default: characters shared by the two spans); pairs
    scoring 0 or less never match.
    """

    def shared(gi: int, pi: int) -> float:
        return float(min(gold[gi][1], predicted[pi][1]) - max(gold[gi][0], predicted[pi][0]))

    score = overlap or shared
    candidates = sorted(
        ((score(gi, pi), gi, pi) for gi in range(len(gold)) for pi in range(len(predicted))),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for value, gi, pi in candidates:
        if value <= 0:
            break
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return pairs
