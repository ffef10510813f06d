"""Scoring of the places layer: detection and accuracy@161km on hand-made toponyms, the offset
mapping through the cleaner, and the pinned floors on LGL and GeoVirus (read at run time from
../shared/eval, skipped when absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.config import Settings
from eventwire.errors import EvalError
from eventwire.eval import evaluate as evaluate_layer
from eventwire.eval.places import Predicted, Tally, evaluate, pair_overlaps, read_gold

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

# The floors score a fixed subset (the first SUBSET documents of each file) so the test stays
# under a few minutes; bench/places.py records the full-set figures in bench/RESULTS.md.
SUBSET = {"lgl.jsonl": 200, "geovirus.jsonl": None}
# floor: measured 0.641 on 2026-11-29 (first 200 docs); raise when improved, never lower silently
LGL_PRODUCT_FLOOR = 0.641
# floor: measured 0.696 on 2026-11-29 (all 229 docs); raise when improved, never lower silently
GEOVIRUS_PRODUCT_FLOOR = 0.696


def toponym(
    start: int, end: int, lat: float | None = 0.0, lon: float | None = 0.0, **extra: object
) -> dict[str, object]:
    return {
        "start": start,
        "end": end,
        "text": "x",
        "lat": lat,
        "lon": lon,
        "is_toponym": True,
        **extra,
    }


def test_detection_and_accuracy() -> None:
    tally = Tally()
    gold = [
        toponym(0, 5, 48.85, 2.35),  # matched, right place
        toponym(10, 16, 33.66, -95.56),  # matched, wrong place (Paris, France)
        toponym(20, 25, None, None),  # matched, no gold coordinates: detection only
        toponym(30, 35, 10.0, 10.0, literal=False),  # matched, not literal: detection only
        toponym(40, 45, 1.0, 1.0),  # missed
        toponym(50, 55, is_toponym=False),  # not a toponym: ignored
    ]
    predicted = [
        Predicted(0, 5, "Paris", 48.86, 2.34),
        Predicted(10, 16, "Paris", 48.86, 2.34),
        Predicted(20, 25, "Main Street", None, None),
        Predicted(30, 35, "Moscow", 55.7, 37.6),
        Predicted(60, 65, "Nowhere", 0.0, 0.0),  # spurious
    ]
    tally.add(gold, predicted)
    f = tally.figures()
    assert (tally.gold, tally.predicted, tally.matched) == (5, 5, 4)
    assert f["detection_precision"] == pytest.approx(0.8)
    assert f["detection_recall"] == pytest.approx(0.8)
    assert (tally.scored, tally.within) == (2, 1)
    assert f["accuracy_161km"] == pytest.approx(0.5)
    assert f["product"] == pytest.approx(0.8 * 0.5)


def test_matched_prediction_without_coordinates_is_wrong() -> None:
    tally = Tally()
    tally.add([toponym(0, 5, 1.0, 1.0)], [Predicted(0, 5, "x", None, None)])
    assert tally.figures()["accuracy_161km"] == 0.0
    assert tally.figures()["detection_f1"] == 1.0


def test_pairs_are_one_to_one_by_overlap() -> None:
    assert pair_overlaps([(0, 10), (12, 20)], [(0, 20)]) == [(0, 0)]
    assert pair_overlaps([(0, 10)], [(0, 4), (3, 10)]) == [(0, 1)]
    assert pair_overlaps([(0, 5)], [(5, 9)]) == []


def test_gold_offsets_map_back_through_the_cleaner(tmp_path: Path, settings: Settings) -> None:
    text = "\n\n  Officials  in\nParis,   Texas,  met   visitors from\n\nTbilisi   on Monday.  "
    paris, tbilisi = text.index("Paris"), text.index("Tbilisi")
    record = {
        "doc_id": "d1",
        "date": "2025-09-03",
        "text": text,
        "toponyms": [
            toponym(paris, paris + 5, 33.66, -95.56),
            toponym(tbilisi, tbilisi + 7, 41.69, 44.83),
        ],
    }
    gold = tmp_path / "places.jsonl"
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    report = evaluate(gold, settings)
    assert report.counts["matched"] == 2, report
    assert report.figures["accuracy_161km"] == 1.0, report
    assert evaluate_layer("places", gold, settings).figures == report.figures


def test_read_gold(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    line = json.dumps({"text": "x", "toponyms": []})
    gold.write_text(f"{line}\n\n{line}\n", encoding="utf-8")
    assert len(read_gold(gold)) == 2
    assert len(read_gold(gold, limit=1)) == 1
    gold.write_text('{"text": "no toponyms"}\n', encoding="utf-8")
    with pytest.raises(EvalError):
        read_gold(gold)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "floor"),
    [("lgl.jsonl", LGL_PRODUCT_FLOOR), ("geovirus.jsonl", GEOVIRUS_PRODUCT_FLOOR)],
)
def test_product_floor(name: str, floor: float, settings: Settings) -> None:
    path = SHARED / "eval" / "places" / name
    if not path.is_file():
        pytest.skip(f"gold data not available: {path}")
    report = evaluate(path, settings, limit=SUBSET[name])
    assert report.counts["failed_docs"] == 0
    assert report.figures["product"] >= floor - 0.01, report.figures
