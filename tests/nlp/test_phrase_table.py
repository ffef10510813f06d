"""The knowledge ruler's phrase table finds exactly what spaCy's ``PhraseMatcher`` finds."""

from __future__ import annotations

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from eventwire.nlp.ruler import PhraseTable

PATTERNS = {
    "PERSON_FULL": [["Angela", "Merkel"], ["Olaf", "Scholz"], ["Merkel"]],
    "GPE_NAME": [["New", "Zealand"], ["Zealand"], ["US"], ["New", "York", "City"], ["New", "York"]],
    "ORG_NAME": [["New", "York", "Times"], ["US"], ["the", "Bundestag"], []],
}
TEXTS = [
    "Angela Merkel flew to New Zealand after talks with Olaf Scholz.",
    "The New York Times said the US and the Bundestag disagreed; Merkel did not.",
    "In New York City, us and US differ, as do new york and New York.",
    "",
    "Zealand",
]


def test_phrase_table_matches_like_the_phrase_matcher() -> None:
    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    for key, phrases in PATTERNS.items():
        matcher.add(key, [Doc(nlp.vocab, words=words) for words in phrases if words])
    table = PhraseTable(nlp, PATTERNS)
    for text in TEXTS:
        doc = nlp(text)
        assert sorted(table(doc)) == sorted(matcher(doc)), text


def test_phrase_table_gives_every_key_of_a_shared_phrase_and_each_length() -> None:
    nlp = spacy.blank("en")
    table = PhraseTable(nlp, PATTERNS)
    doc = nlp("The US met New York City officials.")
    found = {(nlp.vocab.strings[key], doc[start:end].text) for key, start, end in table(doc)}
    assert found == {
        ("GPE_NAME", "US"),
        ("ORG_NAME", "US"),
        ("GPE_NAME", "New York"),
        ("GPE_NAME", "New York City"),
    }
