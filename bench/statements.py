"""Statements quality on PolNeAR dev (../shared/eval/statements/polnear_dev.jsonl).

Runs ``eventwire.eval.statements.evaluate`` (the same scoring as ``eventwire eval statements``:
contents overlapping by half of the longer, letters and digits only, one-to-one; correct when the
speaker matches too) and inserts a row into bench/RESULTS.md ("## Statements") with P/R/F1,
recall by gold type, the content-only F1, F1 on the two halves of the file (``tune``: even
documents, ``check``: odd ones; rules are studied on the errors of the tune half only), the share
of found direct quotes whose speaker is right, the date, the machine and the command.

    python bench/statements.py [--no-write] [--limit N] [--note TEXT]
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventwire.eval.report import Report

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
pins the floors. `F1 tune / check`: the same F1 on the even and the odd documents of the file
(fixed before any error was studied; rules are developed on the errors of the tune half only).
`direct speaker`: of the gold direct quotes whose content was found, the share whose speaker is
right.

| date | docs | gold | P | R | F1 | R direct | R mixed | R indirect | content F1 | F1 tune / check | direct speaker | seconds | machine | command | notes |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
<!-- statements-rows -->
"""


def write_row(report: Report, seconds: float, command: str, note: str = "") -> None:
    """Insert the result row under "## Statements" in bench/RESULTS.md (adding the section once)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_results import insert_row
    from throughput import machine

    figures, counts, halves = report.figures, report.counts, report.details["halves"]
    line = (
        f"| {dt.date.today().isoformat()} | {counts['docs']} | {counts['gold']} | "
        f"{figures['precision']:.3f} | {figures['recall']:.3f} | **{figures['f1']:.3f}** | "
        f"{figures.get('recall_direct', 0.0):.3f} | {figures.get('recall_mixed', 0.0):.3f} | "
        f"{figures.get('recall_indirect', 0.0):.3f} | {figures['content_f1']:.3f} | "
        f"{halves['tune']['f1']:.3f} / {halves['check']['f1']:.3f} | "
        f"{figures.get('direct_speaker', 0.0):.3f} ({counts['matched_direct']}) | "
        f"{seconds:.0f} | {machine()} | `{command}` | {note} |"
    )
    insert_row(RESULTS, "statements", line, SECTION)


def main() -> int:
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_results import gold_arguments

    args = gold_arguments(
        __doc__ or "", GOLD, "score the first N articles", ("--note", "what the row shows")
    )
    if args is None:
        return 0
    from eventwire.config import Settings
    from eventwire.eval.statements import evaluate

    start = time.perf_counter()
    report = evaluate(GOLD, Settings.build(), limit=args.limit)
    seconds = time.perf_counter() - start
    print(
        json.dumps(
            {**report.figures, **report.counts, **report.details, "seconds": seconds}, indent=1
        )
    )
    if not args.no_write:
        command = "python bench/statements.py" + (f" --limit {args.limit}" if args.limit else "")
        write_row(report, seconds, command, args.note or "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
