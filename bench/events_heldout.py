"""A held-out check of the events layer on CASE 2021 task 2 snippets (../shared/eval/events).

The PLOVER dev records are what the coder was developed against, so their figures flatter it.
The CASE 2021 snippets were not used in development. They carry one fine-grained ACLED-style
label each, and the converter's *suggested* PLOVER type (``plover_type_mapped``): not gold, and
without actors. This check reports, over the snippets with a suggested type, the share where the
events layer codes at least one non-negated event, and the share where one of its events has the
suggested type, overall and by type. It is a sanity check for over-fitting, not a quality score.

Run it on another version of the code by putting that version's ``src`` first on the path
(``PYTHONPATH=/path/to/old/src python bench/events_heldout.py --label "..."``).

    python bench/events_heldout.py [--label TEXT] [--no-write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "eval" / "events" / "case2021_task2.jsonl"
RESULTS = ROOT / "bench" / "RESULTS.md"
SECTION = """## Events, held-out check (CASE 2021 task 2)

Snippets of `../shared/eval/events/case2021_task2.jsonl` with a suggested PLOVER type (the
converter's mapping of the ACLED-style label: not gold, no actors), never used in development:
the share with any coded event and the share where an event has the suggested type, overall and
for the most frequent types. `bench/events_heldout.py` writes these rows.

| date | label | snippets | any event | suggested type found | by type (found / snippets) | machine | command |
|---|---|---|---|---|---|---|---|
<!-- events-heldout-rows -->
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--label", default="current code", help="what was measured")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    if not GOLD.is_file():
        print(f"skipped: data not found at {GOLD}", file=sys.stderr)
        return 0
    from eventwire.config import Settings
    from eventwire.eval.events import predict

    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    records = [r for r in records if r["events"] and r["events"][0].get("plover_type_mapped")]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # non-English snippets are refused with a warning each
        articles = list(predict(records, Settings.build(env={})))
    coded = found = 0
    total: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    for record, article in zip(records, articles, strict=True):
        wanted = str(record["events"][0]["plover_type_mapped"])
        types = {e.plover for e in (article.events if article else ()) if e.modality != "negated"}
        coded += bool(types)
        found += wanted in types
        total[wanted] += 1
        hits[wanted] += wanted in types
    n = len(records)
    by_type = ", ".join(f"{t} {hits[t]}/{c}" for t, c in total.most_common(6))
    sys.path.insert(0, str(ROOT / "bench"))
    from throughput import machine

    command = " ".join(["python", *sys.argv])
    line = (
        f"| {dt.date.today().isoformat()} | {args.label} | {n} | {coded / n:.3f} | "
        f"**{found / n:.3f}** | {by_type} | {machine()} | `{command}` |"
    )
    print(line)
    if not args.no_write:
        from bench_results import insert_row

        insert_row(RESULTS, "events-heldout", line, SECTION)
    return 0


if __name__ == "__main__":
    sys.exit(main())
