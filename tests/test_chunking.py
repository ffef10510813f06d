"""Long documents in chunks: the bounds cover the text, records merge with shifted offsets and
renumbered ids, and a chunked document's records are its chunks' records."""

from __future__ import annotations

import pytest

from eventwire.checks import check_article
from eventwire.chunking import chunk_bounds, merge_records
from eventwire.config import Settings


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for part in text.split("\n\n"):
        spans.append((start, start + len(part)))
        start += len(part) + 2
    return spans


@pytest.mark.parametrize(
    ("text", "size", "expected"),
    [
        ("short text", 100, ["short text"]),
        ("aaaa bbbb\n\ncccc\n\ndddd", 12, ["aaaa bbbb\n\n", "cccc\n\ndddd"]),  # paragraph groups
        ("aaaa bbbb cccc dddd", 10, ["aaaa bbbb ", "cccc dddd"]),  # a long paragraph: at a space
        ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),  # no space at all: anywhere
        ("aa\n\n" + "b " * 10 + "\n\ncc", 8, ["aa\n\n", "b b b b ", "b b b b ", "b b \n\ncc"]),
    ],
)
def test_chunks_cover_the_text_in_bounded_pieces(text: str, size: int, expected: list[str]) -> None:
    bounds = chunk_bounds(text, _paragraphs(text), size)
    assert [text[a:b] for a, b in bounds] == expected
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(b - a <= size for a, b in bounds)


def test_merged_records_shift_spans_and_renumber_ids() -> None:
    def chunk(name: str) -> dict[str, object]:
        span = {"start": 0, "end": len(name), "text": name}
        return {
            "sentences": [[0, len(name)]],
            "actors": [{"id": "A1", "mentions": [{**span, "how": "name"}], "members": []}],
            "events": [{"id": "E1", "source": "A1", "target": None, "sentence": 0,
                        "date": {"value": "2025", "time": "T1", "inferred": False},
                        "triggers": [span], "place": "P1", "statement": None}],
            "statements": [],
            "quantities": [{"id": "Q1", "span": span, "event": "E1", "actor": "A1"}],
            "times": [{"id": "T1", "span": span}],
            "places": [{"id": "P1", "span": span}],
        }  # fmt: skip

    merged = merge_records([(0, chunk("Putin")), (100, chunk("Biden"))])
    second = merged["events"][1]
    assert [a["id"] for a in merged["actors"]] == ["A1", "A2"]
    assert (second["id"], second["source"], second["place"], second["date"]["time"]) == (
        "E2", "A2", "P2", "T2"
    )  # fmt: skip
    assert second["sentence"] == 1
    assert second["triggers"][0] == {"start": 100, "end": 105, "text": "Biden"}
    assert merged["quantities"][1]["event"] == "E2" and merged["quantities"][1]["actor"] == "A2"
    assert merged["sentences"] == [[0, 5], [100, 105]]


PARAGRAPHS = [
    "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Monday, the "
    "Kremlin said.",
    "Police in Nairobi arrested 12 protesters on Tuesday after clashes near parliament, "
    "officials said.",
    "German Chancellor Olaf Scholz said on Wednesday that Berlin would send more air defence "
    "systems to Ukraine.",
]


def test_a_long_document_is_its_chunks_records(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import eventwire.annotate
    from eventwire.pipeline import process

    text = "\n\n".join(PARAGRAPHS)
    alone = [process(p, date="2025-09-03", settings=settings) for p in PARAGRAPHS]
    monkeypatch.setattr(eventwire.annotate, "CHUNK_CHARS", 120)  # one paragraph a chunk
    whole = check_article(process(text, date="2025-09-03", settings=settings))

    assert len(whole.sentences) == sum(len(a.sentences) for a in alone)
    assert [e.cameo for e in whole.events] == [e.cameo for a in alone for e in a.events]
    assert [a.name for a in whole.actors] == [x.name for a in alone for x in a.actors]
    assert [t.value for t in whole.times] == [t.value for a in alone for t in a.times]
    for event in whole.events:  # each event points at the sentence of its trigger
        start, end = whole.sentences[event.sentence]
        assert start <= event.triggers[0].start < end
    assert whole.events[-1].sentence > 0
    assert len({e.id for e in whole.events}) == len(whole.events)
