"""Draw the blind evaluation set: sentences of news texts in ../shared, by offsets, never text.

The set is drawn at random with a fixed seed from the dev news of ../shared/eval that no rule was
developed on (PolNeAR dev, TimeBank and AQUAINT, GeoVirus, LGL, ECB+ dev; never the PLOVER
records nor the VOA corpus), so it can measure how the layers generalise. Each sentence is kept
as (file, document id, start, end) into the document text; a quarter is set aside as ``test``,
never read sentence by sentence while developing. ``show`` prints sentences with their context
for annotators (to the terminal only; the text never enters the repository)::

    python scripts/blind_sample.py draw            # writes bench/blind/sentences.jsonl
    python scripts/blind_sample.py show B0001 B0002
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"
SENTENCES = ROOT / "bench" / "blind" / "sentences.jsonl"
SEED = 20261206
TEST_SHARE = 0.25
PER_DOCUMENT = 2
MIN_WORDS, MAX_WORDS = 8, 60

# corpus -> (files under ../shared/eval, id field, date field, sentences to draw)
CORPORA: dict[str, tuple[tuple[str, ...], str, str | None, int]] = {
    "polnear": (("statements/polnear_dev.jsonl",), "id", "publication_date", 90),
    "timebank": (("times/timebank.jsonl", "times/aquaint.jsonl"), "doc_id", "dct", 90),
    "geovirus": (("places/geovirus.jsonl",), "doc_id", "date", 80),
    "lgl": (("places/lgl.jsonl",), "doc_id", "date", 80),
    "ecbplus": (("clusters/ecbplus_dev.jsonl",), "id", None, 80),
}

_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“'‘(]?[A-Z0-9])|\n+")


def sentence_spans(row: dict[str, Any]) -> list[tuple[int, int]]:
    """Sentence offsets of a document: its own when the corpus gives them, else by punctuation."""
    text: str = row["text"]
    if row.get("sentences"):
        return [(int(s["start"]), int(s["end"])) for s in row["sentences"]]
    spans, start = [], 0
    for match in _BOUNDARY.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _usable(text: str) -> bool:
    words = text.split()
    return MIN_WORDS <= len(words) <= MAX_WORDS and any(c.islower() for c in text)


def documents(corpus: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (file, record) of every document of a corpus, in file order."""
    for name in CORPORA[corpus][0]:
        with (SHARED / name).open(encoding="utf-8") as lines:
            for line in lines:
                yield name, json.loads(line)


def _date(row: dict[str, Any], field: str | None) -> str | None:
    value = row.get(field) if field else None
    if isinstance(value, dict):
        value = value.get("value")
    return str(value)[:10] if value else None


def draw() -> list[dict[str, Any]]:
    """Draw the sentences of every corpus (same seed, same result) and split dev/test."""
    rng = random.Random(SEED)  # noqa: S311 (a reproducible sample, not a secret)
    drawn: list[dict[str, Any]] = []
    for corpus, (_, id_field, date_field, count) in CORPORA.items():
        pool = []
        for name, row in documents(corpus):
            spans = [s for s in sentence_spans(row) if _usable(row["text"][s[0] : s[1]])]
            for start, end in rng.sample(spans, min(PER_DOCUMENT, len(spans))):
                pool.append((name, str(row[id_field]), start, end, _date(row, date_field)))
        for name, doc, start, end, date in rng.sample(pool, count):
            drawn.append(
                {
                    "corpus": corpus,
                    "file": name,
                    "doc": doc,
                    "start": start,
                    "end": end,
                    "date": date,
                }
            )
    rng.shuffle(drawn)
    cut = round(len(drawn) * (1 - TEST_SHARE))
    return [
        {"id": f"B{n:04d}", **row, "split": "dev" if n <= cut else "test"}
        for n, row in enumerate(drawn, start=1)
    ]


def load_sentences() -> list[dict[str, Any]]:
    """Read bench/blind/sentences.jsonl."""
    return [json.loads(line) for line in SENTENCES.read_text(encoding="utf-8").splitlines()]


def document_text(file: str, doc: str) -> str:
    """The text of one document of ../shared/eval (read at run time)."""
    for corpus, (files, id_field, _, _) in CORPORA.items():
        if file in files:
            for name, row in documents(corpus):
                if name == file and str(row[id_field]) == doc:
                    return str(row["text"])
    raise KeyError(f"{file}: no document {doc}")


def show(ids: list[str], context: int) -> None:
    """Print the sentences with ``context`` characters before them, for annotators."""
    wanted = {row["id"]: row for row in load_sentences()}
    for sid in ids:
        row = wanted[sid]
        text = document_text(row["file"], row["doc"])
        before = text[max(0, row["start"] - context) : row["start"]]
        print(f"== {sid} ({row['corpus']} {row['doc']}, date {row['date']}, "
              f"sentence {row['start']}-{row['end']})")  # fmt: skip
        print(f"[context] ...{before}")
        print(f"[sentence] {text[row['start'] : row['end']]}")
        print()


def main(argv: list[str] | None = None) -> int:
    """Run ``draw`` or ``show``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("draw", help="draw the sentences and write bench/blind/sentences.jsonl")
    shown = sub.add_parser("show", help="print sentences with context (for annotators)")
    shown.add_argument("ids", nargs="+")
    shown.add_argument("--context", type=int, default=1500, help="characters of context before")
    args = parser.parse_args(argv)
    if args.command == "draw":
        rows = draw()
        SENTENCES.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        print(f"{SENTENCES}: {len(rows)} sentences", file=sys.stderr)
    else:
        show(args.ids, args.context)
    return 0


if __name__ == "__main__":
    sys.exit(main())
