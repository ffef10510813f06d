"""Actor coverage on the PLOVER gold-standard records (../shared/eval/events/plover_gsr_dev.jsonl).

For each sentence (processed with its ``date``, else its ``date_raw`` when that is a valid ISO
date), the gold actor codes of its events (source and target, non-null, each distinct code once
per sentence) are looked for among the sentence's actors:

* country: the gold code's first block (3 letters) starts some actor's code;
* country + sector: the gold code's first two blocks (6 letters; a 3-letter code stays 3) start
  some actor's code.

Gold codes are read up to their first non-capital ("SRBCVLalb" -> SRBCVL, "IRQ***" -> IRQ), and
the few legacy CAMEO country codes of the gold file are read as today's ISO codes (JAP -> JPN).
Both sides' country blocks are compared as ISO codes, as the events scorer does
(``eventwire.eval.events.country_block``): eventwire writes CAMEO's own country codes where they
differ from ISO (Timor-Leste TMP, gold TLS).
Layer cost: process time of the entity ruler and the actors extractor over the VOA corpus
(../shared/eval/corpus/voa_stories.jsonl) divided by the process time of every other component
of the pipeline, best of three passes (a layer costing c lowers R from R0 to R0 / (1 + c)).
The result row goes into bench/RESULTS.md ("## Actors") with the date, the machine and the
command.

    python bench/actors.py [--no-write] [--misses] [--no-cost]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "eval" / "events" / "plover_gsr_dev.jsonl"
CORPUS = ROOT.parent / "shared" / "eval" / "corpus" / "voa_stories.jsonl"
MINE = ("eventwire_entity_ruler", "eventwire_actors")
RESULTS = ROOT / "bench" / "RESULTS.md"

# Country codes of older CAMEO releases used by the gold file -> ISO 3166-1 alpha-3.
LEGACY = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
SECTION = """## Actors

Coverage of gold actor codes by the actors layer on `../shared/eval/events/plover_gsr_dev.jsonl`
(PLOVER gold-standard records, edited news sentences): the share of each sentence's gold source
and target codes found among its actors' codes, by country (first 3 letters) and by country +
sector (first 6 letters). Layer cost: process time of the entity ruler + the actors extractor
over the VOA corpus / process time of the rest of the pipeline (DESIGN budget: 10% of R).
`bench/actors.py` writes these rows; `tests/extract/test_actors_gsr.py` pins floors.

| date | sentences | gold codes | country | country + sector | layer cost | machine | command |
|---|---|---|---|---|---|---|---|
<!-- actors-rows -->
"""


@dataclass(frozen=True, slots=True)
class Coverage:
    """Coverage figures and the misses, by sentence."""

    sentences: int
    codes: int
    country: float
    sector: float
    misses: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...]


def gold_code(code: str) -> str:
    """The comparable part of a gold code: capitals only, legacy country codes updated."""
    match = re.match(r"[A-Z]+", code)
    text = match.group() if match else ""
    from eventwire.eval.events import country_block

    block = LEGACY.get(text[:3], text[:3])
    return (country_block(block) or block) + text[3:6] if block else ""


def sentence_date(row: dict[str, object]) -> str | None:
    """The sentence's date: ``date``, else ``date_raw`` when it is a valid ISO date."""
    for field in ("date", "date_raw"):
        value = row.get(field)
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value[:10]).isoformat()
            except ValueError:
                continue
    return None


def measure(rows: list[dict[str, object]]) -> Coverage:
    """Process the sentences and compare their actors with the gold codes."""
    from eventwire.ingest.document import RawDocument
    from eventwire.pipeline import process_many

    docs = [
        RawDocument(
            text=str(r["text"]),
            source_name=str(r["id"]),
            format="jsonl",
            published=sentence_date(r),
        )
        for r in rows
    ]
    from eventwire.eval.events import country_block

    total = hit_country = hit_sector = 0
    misses = []
    for row, article in zip(rows, process_many(docs), strict=True):
        found = tuple(f"{country_block(a.code)}{a.code[3:]}" for a in article.actors if a.code)
        wanted = sorted({gold_code(c) for c in _codes(row) if gold_code(c)})
        for code in wanted:
            total += 1
            country = any(f.startswith(code[:3]) for f in found)
            sector = any(f.startswith(code) for f in found)
            hit_country += country
            hit_sector += sector
            if not sector:
                misses.append((str(row["id"]), code, found, (str(row["text"]),)))
    return Coverage(
        sentences=len(rows),
        codes=total,
        country=hit_country / total if total else 0.0,
        sector=hit_sector / total if total else 0.0,
        misses=tuple(misses),
    )


def layer_cost(rounds: int = 3) -> float:
    """Process time of the ruler + actors components over the rest of the pipeline's."""
    from eventwire.clean import clean_text
    from eventwire.nlp.loading import load_pipeline
    from eventwire.nlp.state import state_of

    nlp = load_pipeline()
    stories = load(CORPUS)
    best: dict[str, float] = {}
    for _ in range(rounds):
        docs = []
        for story in stories:
            doc = nlp.make_doc(clean_text(str(story["text"])).text)
            state_of(doc).published = dt.date.fromisoformat(str(story["published"])[:10])
            docs.append(doc)
        for name, component in nlp.pipeline:
            start = time.process_time()
            if hasattr(component, "pipe"):
                docs = list(component.pipe(docs, batch_size=32))
            else:
                docs = [component(doc) for doc in docs]
            best[name] = min(best.get(name, float("inf")), time.process_time() - start)
    mine = sum(best[name] for name in MINE if name in best)
    return mine / (sum(best.values()) - mine)


def _codes(row: dict[str, object]) -> Iterable[str]:
    events = row.get("events") or []
    assert isinstance(events, list)
    for event in events:
        for field in ("source_actor_code", "target_actor_code"):
            code = event.get(field)
            if code:
                yield str(code)


def load(path: Path) -> list[dict[str, object]]:
    """Read the gold file."""
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def write_row(coverage: Coverage, cost: float | None, command: str) -> None:
    """Insert the result row under "## Actors" in bench/RESULTS.md (adding the section once)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_results import insert_row
    from throughput import machine

    line = (
        f"| {dt.date.today().isoformat()} | {coverage.sentences} | {coverage.codes} | "
        f"**{coverage.country:.3f}** | **{coverage.sector:.3f}** | "
        f"{'n/a' if cost is None else f'{cost:.1%}'} | {machine()} | `{command}` |"
    )
    insert_row(RESULTS, "actors", line, SECTION)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--misses", action="store_true", help="list the gold codes not found")
    parser.add_argument("--no-cost", action="store_true", help="skip the layer cost timing")
    args = parser.parse_args()
    if not GOLD.is_file():
        print(f"skipped: gold file not found at {GOLD}", file=sys.stderr)
        return 0
    coverage = measure(load(GOLD))
    if args.misses:
        for sid, code, found, (text,) in coverage.misses:
            print(f"{sid}\t{code}\t{' '.join(found)}\t{text[:160]}")
    figures: dict[str, object] = {
        k: getattr(coverage, k) for k in ("sentences", "codes", "country", "sector")
    }
    cost = None if args.no_cost or not CORPUS.is_file() else layer_cost()
    figures["layer_cost"] = cost
    print(json.dumps(figures, indent=1))
    if not args.no_write:
        write_row(coverage, cost, " ".join(["python", *sys.argv]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
