"""Shared scoring helpers: gold reading, offsets back to raw text, one-to-one matching."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.config import Settings
from eventwire.errors import EvalError
from eventwire.eval.gold import greedy_pairs, iso_day, read_jsonl, run_gold


def test_greedy_pairs_is_one_to_one_largest_first() -> None:
    gold = [(0, 10), (20, 30)]
    predicted = [(5, 25), (0, 8), (40, 50)]
    # (0,10)~(0,8) shares 8; (20,30)~(5,25) shares 5; (0,10)~(5,25) shares 5 but gold 0 is taken
    assert sorted(greedy_pairs(gold, predicted)) == [(0, 1), (1, 0)]
    assert greedy_pairs(gold, []) == [] and greedy_pairs([], predicted) == []


def test_read_jsonl_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"text": "a"}\n\n{"text": "b"}\n{oops\n')
    with pytest.raises(EvalError, match="line 4"):
        read_jsonl(path, ["text"])
    assert len(read_jsonl(path, ["text"], limit=2)) == 2
    path.write_text('{"text": "a"}\n{"txt": "b"}\n')
    with pytest.raises(EvalError, match="line 2: lacks text"):
        read_jsonl(path, ["text"])


def test_iso_day() -> None:
    assert iso_day("2009-03-20 12:24:52-05") == "2009-03-20"
    assert iso_day("19980108") == "1998-01-08"  # ISO basic format
    assert iso_day("March 2") is None and iso_day(None) is None


def test_run_gold_maps_offsets_back_to_the_raw_text(settings: Settings) -> None:
    raw = "The mayor of Lyon   resigned on\nMonday.\n\n\n\nHer deputy took over."
    records = [{"text": raw, "date": "2024-05-06"}]
    ((article, offsets),) = [r for r in run_gold(records, settings, date=lambda r: r["date"]) if r]
    start = article.text.index("Monday")
    s, e = offsets.span_to_input(start, start + len("Monday"))
    assert raw[s:e] == "Monday"
    assert article.meta.published == "2024-05-06"
