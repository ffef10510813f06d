"""The PDF-extracted wire story the cleaner is built for (read from /work/shared at run time)."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable

import pytest

from eventwire.clean import Cleaned, IsWord, clean_text

Contract = Callable[[str, Cleaned, Iterable[tuple[int, int]]], None]


@pytest.fixture(scope="module")
def cleaned(seed_text: str, lexicon: IsWord) -> Cleaned:
    return clean_text(seed_text, is_word=lexicon)


def test_goose_stepping(cleaned: Cleaned) -> None:
    assert "goose-stepping troops" in cleaned.text


def test_paragraphs(cleaned: Cleaned) -> None:
    assert len(cleaned.paragraphs) == 13
    for start, end in cleaned.paragraphs:
        paragraph = cleaned.text[start:end]
        assert paragraph and "\n" not in paragraph
        assert paragraph == paragraph.strip()


def test_quote_across_page_break_is_one_stretch(seed_text: str, cleaned: Cleaned) -> None:
    text = cleaned.text
    told = text.index("Putin told Kim")
    closing = text.rfind('"', 0, told)
    opening = text.rfind('"', 0, closing)
    # It is the quote that the page break (a run of blank lines) cuts in the input ...
    in_start, in_end = cleaned.offsets.span_to_input(opening, closing + 1)
    assert "\n\n\n" in seed_text[in_start:in_end]
    # ... and it comes out as one stretch of one paragraph.
    assert "\n" not in text[opening:told]
    assert any(s <= opening and told <= e for s, e in cleaned.paragraphs)


def test_leading_space_starts_a_paragraph(seed_text: str, cleaned: Cleaned) -> None:
    starts = {s for s, _ in cleaned.paragraphs}
    indented = [m.end() for m in re.finditer(r'[.!?"]\n (?=\S)', seed_text)]
    assert indented, "the seed has a paragraph marked only by a leading space"
    for position in indented:
        assert cleaned.offsets.to_clean(position) in starts


def test_no_dateline(cleaned: Cleaned) -> None:
    assert cleaned.dateline is None


def test_only_layout_changes(
    seed_text: str, cleaned: Cleaned, letters: Callable[[str], str]
) -> None:
    assert letters(cleaned.text) == letters(seed_text)


def test_offsets_for_every_paragraph(seed_text: str, cleaned: Cleaned, contract: Contract) -> None:
    contract(seed_text, cleaned, cleaned.paragraphs)


def test_offsets_for_random_spans(seed_text: str, cleaned: Cleaned, contract: Contract) -> None:
    rng = random.Random(20250903)
    spans = []
    for _ in range(500):
        start, end = cleaned.paragraphs[rng.randrange(len(cleaned.paragraphs))]
        a, b = sorted(rng.randint(start, end) for _ in range(2))
        spans.append((a, b))
    contract(seed_text, cleaned, spans)


def test_to_input_is_monotonic(cleaned: Cleaned) -> None:
    inputs = [cleaned.offsets.to_input(i) for i in range(len(cleaned.text) + 1)]
    assert inputs == sorted(inputs)
    assert inputs[-1] == cleaned.offsets.input_length


def test_to_clean_round_trips_letters(seed_text: str, cleaned: Cleaned) -> None:
    offsets = cleaned.offsets
    for i, ch in enumerate(cleaned.text):
        if ch.isalnum():
            assert seed_text[offsets.to_input(i)] == ch
            assert offsets.to_clean(offsets.to_input(i)) == i
