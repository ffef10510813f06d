"""Property tests: the offset-map contract and the paragraph layout hold for any input."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.clean import Cleaned, Lexicon, clean_text

WORDS = st.sampled_from(
    ["ferry", "Harbour", "sailed.", "late,", '"Stop', 'now."', "Ukrain", "ian", "goose",
     "stepping", "3", "Page", "NATO", "MARLOW", "(AP)", "\u2014", "Cafe\u0301", "\u00e9t\u00e9",
     "x"]
)  # fmt: skip
SEPARATORS = st.sampled_from(
    [" ", " ", " ", " ", "\n", "\n\n", "\n\n\n\n", "\f", "\n\f\n", "-\n", "-\f", "\n ", "  ",
     "\t", "\r\n", "\u00ad", "\u00ad\n", "\u00a0", "\u200b", " \n", "-"]
)  # fmt: skip
WIRE_TEXT = st.lists(st.tuples(WORDS, SEPARATORS), max_size=60).map(
    lambda pairs: "".join(word + sep for word, sep in pairs)
)
ANY_TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"])
    | st.sampled_from(["\n", "\f", "\r", " ", "-", "\u0301", "\u00ad"]),
    max_size=80,
)
LEXICON = Lexicon.from_strings(["ukrainian", "ferry", "harbour"])

Case = tuple[str, Cleaned, list[tuple[int, int]]]
Contract = Callable[[str, Cleaned, Iterable[tuple[int, int]]], None]


def assert_layout(cleaned: Cleaned) -> None:
    """Paragraphs tile the text, separated by exactly two newlines, and are tidy."""
    text, spans = cleaned.text, cleaned.paragraphs
    assert (spans == ()) == (text == "")
    if spans:
        assert spans[0][0] == 0 and spans[-1][1] == len(text)
    for (_, end), (start, _) in pairwise(spans):
        assert text[end:start] == "\n\n"
    for start, end in spans:
        paragraph = text[start:end]
        assert paragraph and paragraph == paragraph.strip()
        assert "\n" not in paragraph and "\f" not in paragraph and "  " not in paragraph


@st.composite
def cleaned_with_spans(draw: st.DrawFn, texts: st.SearchStrategy[str]) -> Case:
    """A cleaned random text, plus its paragraphs and random spans inside them."""
    raw = draw(texts)
    cleaned = clean_text(raw, is_word=LEXICON)
    spans = list(cleaned.paragraphs)
    for start, end in cleaned.paragraphs:
        for _ in range(3):
            a = draw(st.integers(start, end))
            spans.append((a, draw(st.integers(a, end))))
    return raw, cleaned, spans


@settings(max_examples=300, deadline=None)
@given(cleaned_with_spans(WIRE_TEXT))
def test_wire_like_text(contract: Contract, case: Case) -> None:
    raw, cleaned, spans = case
    assert_layout(cleaned)
    contract(raw, cleaned, spans)


@settings(max_examples=300, deadline=None)
@given(cleaned_with_spans(ANY_TEXT))
def test_any_text(contract: Contract, case: Case) -> None:
    raw, cleaned, spans = case
    assert_layout(cleaned)
    contract(raw, cleaned, spans)


@settings(max_examples=200, deadline=None)
@given(WIRE_TEXT)
def test_idempotent(raw: str) -> None:
    once = clean_text(raw, is_word=LEXICON).text
    assert clean_text(once, is_word=LEXICON).text == once
