"""Plain text files and strings: decoding, binary and empty input, read_text_input."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from eventwire.config import Settings
from eventwire.errors import (
    CorruptInputError,
    EmptyInputError,
    EncodingError,
    InputTooLargeError,
)
from eventwire.ingest import Failure, RawDocument, read_text_input

STORY = (
    "Café owners in the old town of Évora said on Friday that the new parking rules had cut "
    "their weekend trade by a third. “We were not consulted,” one of them said."
)
FRENCH = (
    "Le maire de Nîmes a annoncé lundi que la piscine rouvrira en août après des travaux "
    "coûteux. « Nous avons tenu nos promesses », a-t-il déclaré."
)


def _random_high_bytes(count: int) -> bytes:
    rng = random.Random(7)
    return bytes(rng.randrange(0x80, 0x100) for _ in range(count))


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("utf8.txt", STORY.encode("utf-8"), STORY),
        ("bom.txt", b"\xef\xbb\xbf" + STORY.encode("utf-8"), STORY),
        ("utf16.txt", STORY.encode("utf-16"), STORY),
        ("cp1252.txt", FRENCH.encode("cp1252"), FRENCH),
        ("latin1.txt", FRENCH.encode("latin-1"), FRENCH),
        ("crlf.txt", b"First line.\r\nSecond line.\r\n", "First line.\r\nSecond line.\r\n"),
        ("notes.md", b"# Budget vote\n\nThe council met.", "# Budget vote\n\nThe council met."),
        ("wire.text", b"Ferries resumed service.", "Ferries resumed service."),
        ("UPPER.TXT", b"Ferries resumed service.", "Ferries resumed service."),
    ],
)
def test_text_files_are_decoded(read, tmp_path, name, data, expected):
    path = tmp_path / name
    path.write_bytes(data)

    [doc] = read(path)

    assert isinstance(doc, RawDocument)
    assert doc.text == expected
    assert (doc.format, doc.path, doc.source_name) == ("txt", str(path), str(path))
    assert (doc.title, doc.url, doc.published, doc.input_id) == (None, None, None, None)


@pytest.mark.parametrize(
    ("data", "error", "fragments"),
    [
        (
            b"Officials met on Tuesday." + b"\xff" + _random_high_bytes(600),
            EncodingError,
            ["not UTF-8 (invalid byte 0xff at offset 25)", "confidence >= 0.6"],
        ),
        (
            b"\xef\xbb\xbfA UTF-8 mark, then \xff bad bytes",
            EncodingError,
            ["UTF-8 byte-order mark", "invalid byte 0xff at offset 22"],
        ),
        (bytes(range(256)) * 8, CorruptInputError, ["binary data, not text"]),
        (b"\x01\x02\x03\x1b\x7f" * 100 + b"some words", CorruptInputError, ["binary data"]),
        (b"", EmptyInputError, ["empty file"]),
        (b" \n\t\r\n   \n", EmptyInputError, ["empty or whitespace only"]),
        (b"\xef\xbb\xbf\n\n", EmptyInputError, ["empty or whitespace only"]),
    ],
    ids=["undecodable", "bad-after-bom", "binary-nul", "binary-controls", "empty", "blank", "bom"],
)
def test_bad_text_files_fail_with_a_named_reason(read, tmp_path, data, error, fragments):
    path = tmp_path / "story.txt"
    path.write_bytes(data)

    [failure] = read(path)

    assert isinstance(failure, Failure)
    assert type(failure.error) is error
    assert failure.source_name == str(path)
    assert failure.reason.startswith(f"[{error.code}] {path}: ")
    for fragment in fragments:
        assert fragment in failure.reason


def test_encoding_confidence_threshold_is_the_setting(read, tmp_path, settings):
    # charset-normalizer 3.5.2 finds cp1254 for these bytes with chaos 0.07: confidence 0.93.
    text = "Belediye başkanı çarşamba günü köprünün cuma açılacağını söyledi. " * 2
    path = tmp_path / "izmir.txt"
    path.write_bytes(text.encode("cp1254"))

    [accepted] = read(path)
    [refused] = read(path, settings=settings.replace(encoding_min_confidence=0.95))

    assert isinstance(accepted, RawDocument)
    assert accepted.text == text
    assert isinstance(refused, Failure)
    assert isinstance(refused.error, EncodingError)
    assert "no encoding detected with confidence >= 0.95" in refused.reason


def test_text_over_max_chars_is_refused_after_decoding(read, tmp_path, settings):
    path = tmp_path / "long.txt"
    path.write_text("é" * 120, encoding="utf-8")  # 240 bytes, 120 characters

    [failure] = read(path, settings=settings.replace(max_chars=100))
    [doc] = read(path, settings=settings.replace(max_chars=120))

    assert isinstance(failure, Failure)
    assert isinstance(failure.error, InputTooLargeError)
    assert "text is 120 characters, over the limit of max_chars=100" in failure.reason
    assert isinstance(doc, RawDocument)


def test_read_text_input_wraps_a_string(tmp_path):
    existing = tmp_path / "a.txt"
    existing.write_text("file contents", encoding="utf-8")

    doc = read_text_input("\ufeffThe ferry strike ended on Tuesday.")
    as_text = read_text_input(str(existing), "arg")

    assert doc == RawDocument(
        text="The ferry strike ended on Tuesday.", source_name="<text>", format="txt"
    )
    assert as_text.text == str(existing)  # a str is text, never opened as a file
    assert as_text.source_name == "arg"


@pytest.mark.parametrize("text", ["", "   \n\t", "\ufeff"])
def test_read_text_input_refuses_empty_text(text):
    with pytest.raises(EmptyInputError, match=r"\[E101\] <text>: no text"):
        read_text_input(text)


def test_read_text_input_enforces_max_chars_when_given_settings():
    settings = Settings.build(env={}).replace(max_chars=10)

    with pytest.raises(InputTooLargeError, match="over the limit of max_chars=10"):
        read_text_input("The council met on Monday.", settings=settings)


@pytest.mark.parametrize(
    ("name", "published"),
    [
        ("2018-06-12_summit.txt", "2018-06-12"),
        ("2018-06-12.txt", "2018-06-12"),
        ("2018-13-40_bad.txt", None),
        ("summit-2018-06-12.txt", None),
        ("20180612_summit.txt", None),
    ],
)
def test_file_name_date_is_the_publication_date(
    tmp_path: Path, name: str, published: str | None
) -> None:
    from eventwire.config import Settings
    from eventwire.ingest import iter_documents

    path = tmp_path / name
    path.write_text("The council met on Monday to approve the plan.", encoding="utf-8")
    (doc,) = list(iter_documents([path], Settings.build(env={})))
    assert doc.published == published  # type: ignore[union-attr]


ENGLISH = (
    "The minister said on Monday that the caf\u00e9 tax would be cut \u2013 \u201cnot before "
    "spring\u201d \u2013 and that the na\u00efve plan of last year was over. Talks with the "
    "unions went on all day and into the night, and no deal was reached by the morning."
)


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_western_english_is_read_as_cp1252_not_cp1250(read, tmp_path, codec):
    text = ENGLISH if codec == "cp1252" else ENGLISH.replace("\u2013", "-").replace("\u201c", '"')
    text = text.replace("\u201d", '"')
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode(codec))

    [doc] = read(path)

    assert isinstance(doc, RawDocument)
    assert doc.text == text
    assert doc.encoding == "cp1252"


@pytest.mark.parametrize("stray", [b"\xff", b"\xfe"])
@pytest.mark.parametrize("story", [STORY, "Officials met on Tuesday and agreed to talk again."])
def test_utf8_with_one_stray_byte_is_utf8_with_that_byte_replaced(read, tmp_path, stray, story):
    path = tmp_path / "story.txt"
    path.write_bytes(story[:40].encode("utf-8") + stray + story[40:].encode("utf-8"))

    with pytest.warns(UserWarning, match=r"\[E102\] .*story\.txt: 1 byte that is not UTF-8"):
        [doc] = read(path)

    assert isinstance(doc, RawDocument)
    assert doc.text == story[:40] + "\ufffd" + story[40:]
    assert doc.encoding == "utf-8"


def test_the_encoding_used_is_recorded(read, tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_bytes(STORY.encode("utf-8"))
    marked = tmp_path / "marked.txt"
    marked.write_bytes(STORY.encode("utf-16"))

    assert [d.encoding for d in read(plain, marked)] == ["utf-8", "utf-16-le"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_detected(read, tmp_path, codec):
    path = tmp_path / "story.txt"
    path.write_bytes(STORY.encode(codec))

    [doc] = read(path)

    assert isinstance(doc, RawDocument)
    assert (doc.text, doc.encoding) == (STORY, codec)
