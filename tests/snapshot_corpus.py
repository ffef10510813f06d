"""The texts whose records must not change under a refactor, and how a record is digested.

The bundled examples (the project's own text) are kept in full; the seed article and 200 dev texts
from ``../shared`` are kept as one digest per record, so no outside text enters the repository.
``scripts/snapshot_records.py`` writes both; ``tests/test_snapshot.py`` compares.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SNAPSHOTS = ROOT / "tests" / "snapshots"
EXAMPLES_FILE = SNAPSHOTS / "examples.jsonl"
DIGESTS_FILE = SNAPSHOTS / "digests.json"

# (file under ../shared/eval, how many of its first texts, its id field, its date field)
DEV_TEXTS: tuple[tuple[str, int, str, str], ...] = (
    ("events/plover_gsr_dev.jsonl", 100, "id", "date"),
    ("statements/polnear_dev.jsonl", 30, "id", "publication_date"),
    ("times/timebank.jsonl", 35, "doc_id", "dct"),
    ("places/lgl.jsonl", 35, "doc_id", "date"),
)
SEED = ("seeds/000_d26e7cefa203bdb2.txt", "2025-09-03")


def stable(record: dict[str, Any]) -> dict[str, Any]:
    """Return the record without what legitimately changes between runs and versions."""
    meta = dict(record["meta"])
    meta.pop("pipeline", None)
    meta.pop("stored_at", None)
    if meta.get("input") and meta["input"].get("path"):  # the checkout's location is no behaviour
        meta["input"] = {**meta["input"], "path": Path(meta["input"]["path"]).name}
    return {**record, "meta": meta}


def digest(record: dict[str, Any]) -> str:
    """Return a sha256 of the record's stable part in canonical JSON."""
    canonical = json.dumps(stable(record), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _date(row: dict[str, Any], field: str) -> str | None:
    value = row.get(field)
    if isinstance(value, dict):
        value = value.get("value")
    return str(value)[:10] if value else None


def dev_texts() -> Iterator[tuple[str, str, str | None]]:
    """Yield (key, text, date) of the seed and the 200 dev texts, in a fixed order."""
    seed, seed_date = SEED
    yield "seed", (SHARED / seed).read_text(encoding="utf-8"), seed_date
    for name, count, id_field, date_field in DEV_TEXTS:
        with (SHARED / "eval" / name).open(encoding="utf-8") as lines:
            for _, line in zip(range(count), lines, strict=False):
                row = json.loads(line)
                yield f"{name}:{row[id_field]}", row["text"], _date(row, date_field)


def dev_documents() -> list[Any]:
    """Return the seed and dev texts as ``RawDocument``s named by their key, dated."""
    from eventwire.ingest.text import read_text_input

    return [
        dataclasses.replace(read_text_input(text, key), published=date)
        for key, text, date in dev_texts()
    ]


def dev_digests() -> dict[str, str]:
    """Process the seed and dev texts in one batch run; return key -> record digest."""
    from eventwire.pipeline import process_many

    documents = dev_documents()
    articles = process_many(documents)
    return {
        doc.source_name: digest(article.to_dict())
        for doc, article in zip(documents, articles, strict=True)
    }


def example_records() -> list[dict[str, Any]]:
    """Process the bundled examples; return their stable records in input order."""
    from eventwire.pipeline import process_many

    examples = sorted((ROOT / "examples").iterdir())
    return [stable(article.to_dict()) for article in process_many(examples)]
