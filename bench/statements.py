"""Statements quality on PolNeAR dev (../shared/eval/statements/polnear_dev.jsonl).

Runs ``eventwire.eval.statements.evaluate`` (the same scoring as ``eventwire eval statements``:
contents overlapping by half of the longer, letters and digits only, one-to-one; correct when the
speaker matches too) and inserts a row into bench/RESULTS.md ("## Statements") with P/R/F1,
recall by gold type, the content-only F1, the date, the machine and the command.

    python bench/statements.py [--no-write] [--limit N]
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "eval" / "statements" / "polnear_dev.jsonl"
RESULTS = ROOT / "bench" / "RESULTS.md"
SECTION = """## Statements

Attribution quality on `../shared/eval/statements/polnear_dev.jsonl` (PolNeAR: 2015-16 US
political news, every attribution, direct and indirect), scored as `eventwire eval statements`
does (../shared/eval/FORMATS.md): a prediction matches a gold attribution when their contents
overlap by at least half of the longer one (letters and digits only), one-to-one; it is correct
when the speaker matches too. Gold attributions without a speaker are ignored. Reference points
on this kind of data: textacy's direct quotations ~0.21-0.28 F1, a citron-style model ~0.44,
human agreement ~0.80. `bench/statements.py` writes these rows; `tests/eval/test_eval_statements.py`
pins the floor.

| date | docs | gold | P | R | F1 | R direct | R mixed | R indirect | content F1 | seconds | machine | command |
|---|---|---|---|---|---|---|---|---|---|---|---|---|
<!-- statements-rows -->
"""


def write_row(
    figures: dict[str, float], counts: dict[str, int], seconds: float, command: str
) -> None:
    """Insert the result row under "## Statements" in bench/RESULTS.md (adding the section once)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_results import insert_row
    from throughput import machine

    line = (
        f"| {dt.date.today().isoformat()} | {counts['docs']} | {counts['gold']} | "
        f"{figures['precision']:.3f} | {figures['recall']:.3f} | **{figures['f1']:.3f}** | "
        f"{figures.get('recall_direct', 0.0):.3f} | {figures.get('recall_mixed', 0.0):.3f} | "
        f"{figures.get('recall_indirect', 0.0):.3f} | {figures['content_f1']:.3f} | "
        f"{seconds:.0f} | {machine()} | `{command}` |"
    )
    insert_row(RESULTS, "statements", line, SECTION)


def main() -> int:
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_results import gold_arguments

    args = gold_arguments(__doc__ or "", GOLD, "score the first N articles")
    if args is None:
        return 0
    from eventwire.config import Settings
    from eventwire.eval.statements import evaluate

    start = time.perf_counter()
    report = evaluate(GOLD, Settings.build(), limit=args.limit)
    seconds = time.perf_counter() - start
    print(json.dumps({**report.figures, **report.counts, "seconds": seconds}, indent=1))
    if not args.no_write:
        write_row(report.figures, report.counts, seconds, " ".join(["python", *sys.argv]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
