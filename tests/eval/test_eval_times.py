"""Scoring of the times layer: the TempEval-3 figures on hand-made intervals, and the pinned floors
on the TimeBank and AQUAINT gold files (read at run time from ../shared/eval, skipped when absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.config import Settings
from eventwire.eval import evaluate as evaluate_layer
from eventwire.eval.times import Tally, canonical, creation_date, evaluate, match_relaxed, read_gold

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

# floor: measured 0.821 on 2026-11-29; raise when improved, never lower silently
TIMEBANK_VALUE_F1_FLOOR = 0.811
# floor: measured 0.770 on 2026-11-29; raise when improved, never lower silently
AQUAINT_VALUE_F1_FLOOR = 0.760


def test_strict_relaxed_and_value_figures() -> None:
    tally = Tally()
    gold = [(0, 9, "DATE", "2025-09-03"), (20, 38, "DURATION", "PT3H"), (50, 56, "DATE", "2025-04")]
    predicted = [(0, 9, "DATE", "2025-09-03"), (27, 38, "DURATION", "PT3H"), (60, 66, "SET", "P1Y")]
    tally.add(gold, predicted)
    f = tally.figures()
    assert (tally.strict, tally.relaxed) == (1, 2)
    assert f["strict_precision"] == pytest.approx(1 / 3)
    assert f["relaxed_recall"] == pytest.approx(2 / 3)
    assert f["value_accuracy"] == 1.0
    assert f["value_f1"] == pytest.approx(f["relaxed_f1"])


def test_value_f1_is_relaxed_f1_times_value_accuracy() -> None:
    tally = Tally()
    tally.add(
        [(0, 5, "DATE", "2025-09-02"), (10, 15, "DATE", "2025")],
        [(0, 5, "DATE", "2025-09-03"), (10, 15, "DATE", "2025")],
    )
    f = tally.figures()
    assert f["value_accuracy"] == 0.5
    assert f["value_f1"] == pytest.approx(f["relaxed_f1"] * 0.5)
    assert tally.misses == [{"gold": "DATE 2025-09-02", "predicted": "DATE 2025-09-03"}]


def test_relaxed_matching_is_one_to_one_by_overlap() -> None:
    gold = [(0, 10, "DATE", "a"), (12, 20, "DATE", "b")]
    predicted = [(0, 20, "DATE", "a")]
    assert match_relaxed(gold, predicted) == [((0, 10, "DATE", "a"), (0, 20, "DATE", "a"))]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2000-W7", "2000-W07"),
        ("2000-W07", "2000-W07"),
        ("1989-10-27T24", "1989-10-27T24:00"),
        ("present_ref", "PRESENT_REF"),
        ("P1Y", "P1Y"),
    ],
)
def test_canonical_values(value: str, expected: str) -> None:
    assert canonical(value) == expected


def test_creation_date_takes_the_day_of_a_datetime() -> None:
    assert creation_date({"dct": {"value": "1998-02-13T14:26:00"}}) == "1998-02-13"
    assert creation_date({"dct": {"value": ""}}) is None


def test_gold_offsets_map_back_through_the_cleaner(tmp_path: Path, settings: Settings) -> None:
    text = "\n\n  The talks  resumed on\nTuesday   after   nearly three hours of\n\ndebate.  "
    start = text.index("Tuesday")
    span = text.index("nearly")
    record = {
        "doc_id": "d1",
        "dct": {"value": "2025-09-03"},
        "text": text,
        "timexes": [
            {
                "start": start,
                "end": start + 7,
                "text": "Tuesday",
                "type": "DATE",
                "value": "2025-09-02",
            },
            {
                "start": span,
                "end": span + 18,
                "text": "nearly three hours",
                "type": "DURATION",
                "value": "PT3H",
            },
        ],
    }
    gold = tmp_path / "times.jsonl"
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = evaluate(gold, settings)
    assert report.counts["strict_matches"] == 2, report
    assert report.figures["value_f1"] == 1.0
    assert evaluate_layer("times", gold, settings).figures == report.figures


def test_read_gold_limit(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    line = json.dumps({"text": "x", "timexes": [], "dct": {"value": "2025-01-01"}})
    gold.write_text(f"{line}\n\n{line}\n", encoding="utf-8")
    assert len(read_gold(gold)) == 2
    assert len(read_gold(gold, limit=1)) == 1


@pytest.mark.parametrize(
    ("name", "floor"),
    [("timebank.jsonl", TIMEBANK_VALUE_F1_FLOOR), ("aquaint.jsonl", AQUAINT_VALUE_F1_FLOOR)],
)
def test_value_f1_floor(name: str, floor: float, settings: Settings) -> None:
    path = SHARED / "eval" / "times" / name
    if not path.is_file():
        pytest.skip(f"gold data not available: {path}")
    report = evaluate(path, settings)
    assert report.figures["value_f1"] >= floor, (report.figures, report.counts)
