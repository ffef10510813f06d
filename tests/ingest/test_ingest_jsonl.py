"""JSON Lines: one document per line; a bad line is a failure naming it, the rest still read."""

from __future__ import annotations

import json

import pytest

from eventwire.errors import (
    CorruptInputError,
    EmptyInputError,
    EncodingError,
    InputTooLargeError,
)
from eventwire.ingest import Failure, RawDocument

GOOD = [
    {
        "text": "Rescue teams reached the village of Ostrov on Sunday.",
        "id": "ap-1",
        "date": "2025-09-03",
        "title": "Rescuers reach Ostrov",
        "url": "https://news.example/ostrov",
        "source": "News Example",
    },
    {"text": "The central bank kept its main rate at 4 percent.", "id": 7},
    {"text": "Talks resumed in Vellmar.", "published": "2025-09-03T14:00:00+02:00"},
]


def _lines(*rows: object) -> str:
    return "".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows)


def test_good_lines_come_out_around_a_malformed_one(read, tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text(_lines(GOOD[0], '{"text": "cut off', "", GOOD[1], GOOD[2]), encoding="utf-8")

    first, bad, second, third = read(path)

    assert isinstance(bad, Failure)
    assert isinstance(bad.error, CorruptInputError)
    assert bad.source_name == f"{path}:2"
    assert bad.reason.startswith(f"[E104] {path}:2: invalid JSON")
    assert [doc.source_name for doc in (first, second, third)] == [
        f"{path}:1",
        f"{path}:4",  # the blank line 3 is skipped but counted
        f"{path}:5",
    ]
    assert first == RawDocument(
        text=GOOD[0]["text"],
        source_name=f"{path}:1",
        format="jsonl",
        path=str(path),
        input_id="ap-1",
        title="Rescuers reach Ostrov",
        url="https://news.example/ostrov",
        source="News Example",
        published="2025-09-03",
    )
    assert (second.input_id, second.published) == ("7", None)
    assert third.published == "2025-09-03T14:00:00+02:00"


@pytest.mark.parametrize(
    ("line", "error", "fragment"),
    [
        ('{"text": "Unclosed', CorruptInputError, "invalid JSON (Unterminated string"),
        ('["text", "in an array"]', CorruptInputError, "expected a JSON object, got an array"),
        ('"just a string"', CorruptInputError, "expected a JSON object, got a string"),
        ('{"title": "No body"}', CorruptInputError, 'no "text" field'),
        ('{"text": null}', CorruptInputError, 'no "text" field'),
        ('{"text": 42}', CorruptInputError, '"text" must be a string, not a number'),
        ('{"text": ["a", "b"]}', CorruptInputError, '"text" must be a string, not an array'),
        ('{"text": "  \\n "}', EmptyInputError, '"text" is empty'),
        ('{"text": "Ok.", "title": 3}', CorruptInputError, '"title" must be a string'),
    ],
)
def test_each_malformed_line_is_named(read, tmp_path, line, error, fragment):
    path = tmp_path / "in.jsonl"
    path.write_text(_lines(GOOD[1], line, GOOD[2]), encoding="utf-8")

    before, failure, after = read(path)

    assert isinstance(before, RawDocument)
    assert isinstance(after, RawDocument)
    assert isinstance(failure, Failure)
    assert type(failure.error) is error
    assert failure.source_name == f"{path}:2"
    assert fragment in failure.reason


def test_a_line_that_is_not_utf8_names_the_byte(read, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"text": "caf\xe9"}\n' + json.dumps(GOOD[1]).encode() + b"\n")

    failure, doc = read(path)

    assert isinstance(failure, Failure)
    assert isinstance(failure.error, EncodingError)
    assert "invalid byte 0xe9 at byte 14" in failure.reason
    assert isinstance(doc, RawDocument)


def test_an_overlong_line_is_refused_without_losing_the_next(read, tmp_path, settings):
    path = tmp_path / "in.jsonl"
    path.write_text(_lines({"text": "x" * 200_000}, GOOD[1]), encoding="utf-8")
    small = settings.replace(max_chars=1_000)  # lines over 6 * 1,000 + 65,536 bytes

    failure, doc = read(path, settings=small)

    assert isinstance(failure, Failure)
    assert isinstance(failure.error, InputTooLargeError)
    assert failure.source_name == f"{path}:1"
    assert isinstance(doc, RawDocument)
    assert doc.source_name == f"{path}:2"


def test_a_bom_and_blank_lines_only(read, tmp_path):
    path = tmp_path / "blank.jsonl"
    path.write_bytes(b"\xef\xbb\xbf\n  \n\n")

    [failure] = read(path)

    assert isinstance(failure, Failure)
    assert isinstance(failure.error, EmptyInputError)
    assert failure.source_name == str(path)


@pytest.mark.parametrize("value", ["December 9", "12:01 PM", "last Tuesday"])
@pytest.mark.parametrize("name", ["date", "published"])
def test_a_date_that_cannot_be_parsed_leaves_the_document_undated(read, tmp_path, name, value):
    path = tmp_path / "in.jsonl"
    path.write_text(_lines({"text": "Talks resumed.", name: value}, GOOD[1]), encoding="utf-8")

    with pytest.warns(UserWarning, match=rf"\[E104\] .*in\.jsonl:1: \"{name}\" is not a date"):
        undated, after = read(path)

    assert isinstance(undated, RawDocument) and isinstance(after, RawDocument)
    assert (undated.text, undated.published) == ("Talks resumed.", None)


def test_fields_of_our_own_are_not_dropped_but_kept_as_extra(read, tmp_path):
    line = {
        "text": "Talks resumed.",
        "id": "w1",
        "author": "Ana Ruiz",
        "section": "World",
        "keywords": ["talks", "Geneva"],
        "wordcount": 2,
    }
    path = tmp_path / "in.jsonl"
    path.write_text(_lines(line, GOOD[1]), encoding="utf-8")

    doc, plain = read(path)

    assert isinstance(doc, RawDocument) and isinstance(plain, RawDocument)
    assert (doc.input_id, doc.author) == ("w1", "Ana Ruiz")
    assert doc.extra == {"section": "World", "keywords": ["talks", "Geneva"], "wordcount": 2}
    assert plain.extra is None
