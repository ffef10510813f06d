"""Line-end hyphens: dropped for words broken by the typesetter, kept for compounds."""

from __future__ import annotations

import pytest

from eventwire.clean import IsWord, Lexicon, clean_text

WORDS = Lexicon.from_strings(
    ["Ukrainian", "Ukraine", "goose", "stepping", "wellbeing", "being", "email", "antiamerican",
     "dredging", "cooperation", "operation", "reelection", "cease", "fire"]
)  # fmt: skip

HYPHEN_CASES = [
    # (id, raw, cleaned)
    ("broken-word", "The Ukrain-\nian envoy left.", "The Ukrainian envoy left."),
    (
        "broken-word-suffix-rule",
        "Crews were dredg-\ning the channel.",
        "Crews were dredging the channel.",
    ),
    (
        "compound-not-a-word",
        "A row of goose-\nstepping guards.",
        "A row of goose-stepping guards.",
    ),
    ("compound-prefix", "Their well-\nbeing matters.", "Their well-being matters."),
    ("one-letter-prefix", "Send an e-\nmail today.", "Send an e-mail today."),
    ("capitalised-second-part", "An anti-\nAmerican rally.", "An anti-American rally."),
    ("acronym-first-part", "A NATO-\nled mission.", "A NATO-led mission."),
    ("digits", "The COVID-\n19 wards.", "The COVID-19 wards."),
    ("number-range", "See pages 10-\n12 of the report.", "See pages 10-12 of the report."),
    ("multi-part-compound", "His mother-in-\nlaw agreed.", "His mother-in-law agreed."),
    ("spaced-hyphen-is-a-dash", "North -\nsouth talks.", "North - south talks."),
    ("glued-em-dash", "The war\u2014\nand its cost.", "The war\u2014and its cost."),
    ("hyphen-then-spaces", "The Ukrain-  \n  ian envoy.", "The Ukrainian envoy."),
    ("all-caps-broken-word", "UKRAIN-\nIAN FORCES", "UKRAINIAN FORCES"),
    ("punctuation-around", "(Ukrain-\nian) units", "(Ukrainian) units"),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in HYPHEN_CASES],
                         ids=[c[0] for c in HYPHEN_CASES])  # fmt: skip
def test_line_end_hyphens(raw: str, expected: str) -> None:
    assert clean_text(raw, is_word=WORDS).text == expected


@pytest.mark.parametrize("raw", ["The Ukrain-\nian envoy.", "Crews were dredg-\ning it."])
def test_without_lexicon_hyphens_are_kept(raw: str) -> None:
    assert "-" in clean_text(raw).text
    assert "\n" not in clean_text(raw).text


def test_plain_callable_is_word() -> None:
    known = {"ukrainian"}
    cleaned = clean_text("Ukrain-\nian", is_word=lambda w: w.lower() in known)
    assert cleaned.text == "Ukrainian"


LEXICON_CASES = [
    ("Ukrainian", True),
    ("ukrainian.", True),
    ("Ukrainians", True),
    ("dredging", True),
    ("goosestepping", False),
    ("", False),
]


@pytest.mark.parametrize(("word", "known"), LEXICON_CASES)
def test_lexicon(word: str, known: bool) -> None:
    assert WORDS(word) is known


def test_spacy_lexicon_contents(lexicon: IsWord) -> None:
    assert lexicon("Ukrainian")
    assert not lexicon("goosestepping")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("the Ukrain-\nian delegation", "the Ukrainian delegation"),
        ("a goose-\nstepping honour guard", "a goose-stepping honour guard"),
    ],
)
def test_spacy_lexicon_decides_hyphens(lexicon: IsWord, raw: str, expected: str) -> None:
    assert clean_text(raw, is_word=lexicon).text == expected
