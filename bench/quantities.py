"""Quantities benchmark: how often dates, ages, times of day and ordinals come out as quantities.

Reads the first N (default 2,000) sentences of ../shared/eval/events/india_police_events_sents.jsonl
that mention a number (digits, a cardinal number word or an ordinal word), runs each through the
real pipeline (as one document, dated by its line), and judges every number mention with a
simple oracle that knows nothing of the extractor:

* ordinal: an ordinal word ("first", "third") or digits with an ordinal suffix ("21st");
* year: four digits 1900-2099 not followed by a count noun ("in 2002", "the 1992 riots",
  "2001-2002"); date: a day number beside a month name ("march 15", "15th of march") or a
  numeric date ("12/03/2002"); time of day: a number before "am", "pm", "hrs", "o'clock",
  "noon" or "midnight";
* age: "N-year-old", "N years old", "N years of age", "aged N", "age of N", "(N)" after a word,
  ", N," after a word.

Two shares are reported: the **leak rate** (of the number mentions the oracle calls a date, year,
time, age or ordinal, the share that overlaps a predicted quantity: the headline, aim < 5%) and
the **false-quantity share** (of the predicted quantities, the share whose span holds such a
mention). ``--show N`` prints N random predictions and every leak for checking by hand. The row
goes into bench/RESULTS.md under "## Quantities" with the date, the machine and the command, and
the layer's cost (seconds in ``extract_quantities`` / seconds of the whole pipeline).

    python bench/quantities.py [--limit 2000] [--show 0] [--no-write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench_results import insert_row
from eventwire.config import Settings
from eventwire.records import Article
from throughput import machine

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = ROOT.parent / "shared" / "eval" / "events" / "india_police_events_sents.jsonl"
RESULTS = ROOT / "bench" / "RESULTS.md"
SECTION = """## Quantities

Dates, years, times of day, ages and ordinals wrongly output as quantities by the quantities layer
(`bench/quantities.py`), on the first 2,000 sentences of
`../shared/eval/events/india_police_events_sents.jsonl` that mention a number (real Indian news,
lowercased, one sentence per document, dated by its line). A regex oracle that knows nothing of
the extractor classes every number mention (the rules are in the script's docstring). Leak rate =
oracle date/year/time/age/ordinal mentions overlapping a predicted quantity / all such mentions
(aim < 5%); false-quantity share = predicted quantities holding such a mention / all predicted
quantities. Layer cost = seconds in `extract_quantities` / seconds of the whole pipeline run.
Hand check: 200 random predictions (`--show 100 --seed 7`, `--seed 11`) read by hand held no
date, year, age, time or ordinal; the two leaks the oracle reports are its own errors (true
counts: "fired 2000 rounds", "about 2000 ram sevaks"); the oracle misses "N years of age" and
"12 noon" unless told (both now in it and in the layer).

| date | sentences | number mentions | date/age/ordinal mentions | leaked | **leak rate** | predicted quantities | false | false-quantity share | layer cost | machine | command |
|---|---|---|---|---|---|---|---|---|---|---|---|
<!-- quantities-rows -->
"""

_CARDINALS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "lakh",
    "lakhs",
    "crore",
    "crores",
    "million",
    "billion",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
]
_ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "hundredth",
]
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]
_COUNT_NOUNS = [
    "people",
    "persons",
    "men",
    "women",
    "children",
    "policemen",
    "troops",
    "soldiers",
    "votes",
    "houses",
    "families",
    "workers",
    "students",
    "villagers",
    "cases",
    "acres",
    "hectares",
    "tonnes",
    "crore",
    "lakh",
]
MENTION = re.compile(
    r"\d+(?:[,.]\d+)*(?:st|nd|rd|th)?\b|\b(?:" + "|".join(_CARDINALS + _ORDINALS) + r")\b", re.I
)
MONTH = r"(?:" + "|".join(_MONTHS) + r")\.?"
DAY_AFTER = r"\s*(?:th\s+)?(?:of\s+)?" + MONTH + r"\b"
BAD = ("ordinal", "year", "date", "time", "age")


def oracle(text: str, start: int, end: int) -> str:
    """Class a number mention ``text[start:end]``: one of ``BAD`` or "number"."""
    word = text[start:end].lower()
    before, after = text[max(0, start - 25) : start].lower(), text[end : end + 25].lower()
    if word in _ORDINALS or re.fullmatch(r"\d+(?:st|nd|rd|th)", word):
        return "ordinal"
    numeric = re.search(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", text[max(0, start - 6) : end + 6])
    if numeric and (re.search(r"\d[/.-]$", before) or re.match(r"[/.-]\d", after)):
        return "date"
    if re.fullmatch(r"(?:19|20)\d\d", word):
        following = re.match(r"\s*([a-z]+)", after)
        if following is None or following.group(1) not in _COUNT_NOUNS:
            return "year"
    day = re.fullmatch(r"\d{1,2}", word) and 1 <= int(word) <= 31
    if day and (re.search(MONTH + r"\s*$", before) or re.match(DAY_AFTER, after)):
        return "date"
    if re.match(r"\s*(?:[.:]\d\d\s*)?(?:am|pm|a\.m|p\.m|hrs|o'clock|noon|midnight)\b", after):
        return "time"
    return "age" if _age(before, after) else "number"


def _age(before: str, after: str) -> bool:
    if re.match(r"\s*-?\s*(?:years?|yrs?|months?)\s*(?:-?\s*old|of age)\b", after):
        return True
    if re.search(r"\b(?:aged?|age of)\s+(?:about\s+)?$", before):
        return True
    if re.search(r"[a-z]\s*\(\s*$", before) and re.match(r"\s*\)", after):
        return True
    return bool(re.search(r"[a-z],\s*$", before) and re.match(r"\s*,", after))


def mentions(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, class)`` for every number mention of a text."""
    for match in MENTION.finditer(text):
        yield match.start(), match.end(), oracle(text, match.start(), match.end())


def load(limit: int) -> list[dict[str, Any]]:
    """The first ``limit`` sentences that mention a number."""
    rows: list[dict[str, Any]] = []
    with SENTENCES.open(encoding="utf-8") as stream:
        for line in stream:
            row = json.loads(line)
            if MENTION.search(row["text"]):
                rows.append(row)
                if len(rows) >= limit:
                    break
    return rows


def score(articles: list[Article]) -> dict[str, Any]:
    """Count mentions, leaks and false quantities over the processed sentences."""
    counts: Counter[str] = Counter()
    leaks: list[tuple[Article, int, int, str]] = []
    false: list[tuple[Article, Any]] = []
    for article in articles:
        spans = [(q.span.start, q.span.end) for q in article.quantities]
        bad = []
        for start, end, kind in mentions(article.text):
            counts["mentions"] += 1
            if kind in BAD:
                counts["bad"] += 1
                counts[kind] += 1
                bad.append((start, end))
                if any(s < end and start < e for s, e in spans):
                    leaks.append((article, start, end, kind))
        for q in article.quantities:
            counts["predicted"] += 1
            if any(q.span.start < e and s < q.span.end for s, e in bad):
                false.append((article, q))
    return {"counts": counts, "leaks": leaks, "false": false}


def run(rows: list[dict[str, Any]]) -> tuple[list[Article], float, float]:
    """Process the sentences; return the articles, total seconds and seconds in the layer."""
    from eventwire.nlp.loading import load_pipeline
    from eventwire.pipeline import process_many

    settings = Settings.build(env={})
    component = load_pipeline(settings.model, settings.actor_files()).get_pipe(
        "eventwire_quantities"
    )
    original = component.extractor
    spent = [0.0]

    def timed(doc: Any, state: Any, knowledge: Any = None) -> Any:
        start = time.perf_counter()
        try:
            return original(doc, state, knowledge)
        finally:
            spent[0] += time.perf_counter() - start

    component.extractor = timed  # the component of the pipeline process_many uses (cached)
    start = time.perf_counter()
    try:
        items = [{"text": r["text"], "date": r.get("date")} for r in rows]
        articles = list(process_many([_document(i) for i in items], settings=settings))
    finally:
        component.extractor = original
    return articles, time.perf_counter() - start, spent[0]


def _document(item: dict[str, Any]) -> Any:
    from eventwire.ingest.document import RawDocument

    return RawDocument(
        text=item["text"], source_name="india", format="jsonl", published=item["date"]
    )


def show(result: dict[str, Any], articles: list[Article], n: int, seed: int) -> None:
    """Print every leak and ``n`` random predictions, for checking by hand."""
    for article, start, end, kind in result["leaks"]:
        text = article.text
        print(
            f"LEAK {kind}: {text[max(0, start - 50) : start]}<<{text[start:end]}>>{text[end : end + 40]}"
        )
    pairs = [(a, q) for a in articles for q in a.quantities]
    for article, q in random.Random(seed).sample(pairs, min(n, len(pairs))):
        text, s, e = article.text, q.span.start, q.span.end
        what = q.what.text if q.what else None
        print(f"[{q.category}/{q.unit}/{q.bound}/{q.value:g}] what={what!r}: "
              f"{text[max(0, s - 50) : s]}<<{text[s:e]}>>{text[e : e + 40]}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=2000, help="sentences with numbers to read")
    parser.add_argument("--show", type=int, default=0, help="print leaks and N random predictions")
    parser.add_argument("--seed", type=int, default=7, help="random seed of the --show sample")
    parser.add_argument("--no-write", action="store_true", help="print only; no RESULTS.md row")
    args = parser.parse_args()
    if not SENTENCES.is_file():
        print(f"skipped: sentences not found at {SENTENCES}", file=sys.stderr)
        return 0
    rows = load(args.limit)
    articles, seconds, layer_seconds = run(rows)
    result = score(articles)
    counts = result["counts"]
    leak = len(result["leaks"]) / max(1, counts["bad"])
    false_share = len(result["false"]) / max(1, counts["predicted"])
    cost = layer_seconds / max(seconds, 1e-9)
    summary = {
        "sentences": len(rows), **{k: counts[k] for k in ("mentions", "bad", *BAD, "predicted")},
        "leaked": len(result["leaks"]), "leak_rate": round(leak, 4), "false": len(result["false"]),
        "false_share": round(false_share, 4), "layer_cost": round(cost, 4),
        "seconds": round(seconds, 1),
    }  # fmt: skip
    print(json.dumps(summary, indent=1))
    if args.show:
        show(result, articles, args.show, args.seed)
    if not args.no_write:
        command = " ".join(["python", *sys.argv])
        line = (
            f"| {dt.date.today().isoformat()} | {len(rows):,} | {counts['mentions']:,} | "
            f"{counts['bad']:,} | {len(result['leaks'])} | **{leak:.1%}** | {counts['predicted']:,} | "
            f"{len(result['false'])} | {false_share:.1%} | {cost:.1%} | {machine()} | `{command}` |"
        )
        insert_row(RESULTS, "quantities", line, SECTION)
    return 0


if __name__ == "__main__":
    sys.exit(main())
