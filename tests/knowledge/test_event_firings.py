"""scripts/event_firings.py: which pattern rows win frames, and the lists and table it derives."""

from __future__ import annotations

from collections import Counter

import pytest
from event_firings import Firing, Tally, firings, leaf_codes, row_key, with_coverage

from eventwire.config import Settings
from eventwire.knowledge.event_patterns import load_patterns

# our own text: two meetings (one noun, one verb), one arrest, one protest
TEXT = (
    "The foreign ministers of Spain and Portugal held talks in Lisbon on Monday. "
    "Police in Madrid arrested two men after a protest outside parliament. "
    "The Spanish minister later met his Portuguese counterpart again."
)


def _key(table: str, word: str, code: str) -> str:
    book = load_patterns()
    rows = (book.nouns if table == "nouns" else book.verbs)[word]
    return row_key(next(p for p in rows if p.code == code and not p.slot))


def test_counts_the_winning_row_of_each_frame() -> None:
    found = list(firings([("mine", TEXT)], Settings.build()))
    counts = Counter(f.row for f in found)
    assert counts[_key("nouns", "talk", "040")] == 1
    assert counts[_key("verbs", "arrest", "173")] == 1
    assert counts[_key("verbs", "meet", "040")] == 1
    assert len(found) == sum(counts.values()) == 4  # + the protest noun
    arrest = next(f for f in found if f.code == "173")
    assert (arrest.doc, arrest.trigger, arrest.sources, arrest.targets) == (
        "mine", "arrested", ("Police",), ("men",),
    )  # fmt: skip
    assert row_key(load_patterns().verbs["arrest"][0]).startswith("event_verbs.tsv:")


def _firing(row: str, code: str = "040") -> Firing:
    return Firing(row, code, "d", "s", "t", (), ())


def test_tally_lists_rows_fired_on_dev_only_and_rows_fired_nowhere() -> None:
    tally = Tally.of(
        ["v:1", "v:2", "v:3", "n:4"],
        news=[_firing("v:1"), _firing("v:1", "173")],
        plover=[_firing("v:1"), _firing("v:2"), _firing("v:2")],
    )
    assert tally.news["v:1"] == 2 and tally.plover["v:2"] == 2
    assert tally.news_codes == Counter({"040": 1, "173": 1})
    assert tally.overfit() == ["v:2"]
    assert tally.silent() == ["v:3", "n:4"]


def test_leaf_codes_and_the_coverage_markers() -> None:
    book = [{"code": c} for c in ("04", "040", "041", "042", "0421", "05")]
    assert [c["code"] for c in leaf_codes(book)] == ["040", "041", "0421", "05"]
    doc = "a\n<!-- coverage -->\nold\n<!-- /coverage -->\nb\n"
    assert with_coverage(doc, "new\n") == "a\n<!-- coverage -->\nnew\n<!-- /coverage -->\nb\n"
    with pytest.raises(ValueError, match="markers"):
        with_coverage("no markers", "new\n")
