"""Speakers of statements across sentences: an unknown speaker stays unknown (``speaker`` None,
the mention and the cue kept), never a guess from a neighbouring sentence.

Every text is written for this file; all run through the real pipeline in one batch.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest

from eventwire.records import Article, Statement

DATE = "2025-09-03"


class Unknown(NamedTuple):
    text: str
    content: str  # a few words of the statement's content
    mention: str  # the speaker mention's text
    cue: str


UNKNOWN = [
    # a pronoun whose gender fits no one named before: not the man of the sentence before
    Unknown(
        "Prime Minister Keir Starmer visited the flooded town of Hebden Bridge on Friday.\n\n"
        '"We were left on our own for three days," she said.',
        "left on our own",
        "she",
        "said",
    ),
    # an indefinite speaker: not the person named in the sentence before
    Unknown(
        "Governor Gavin Newsom toured the burned streets of Altadena on Thursday. "
        '"Nobody warned us about the wind," someone shouted from the crowd.',
        "Nobody warned us",
        "someone",
        "shouted",
    ),
]


def _letters(text: str) -> str:
    return "".join(ch.lower() for ch in text if ch.isalnum())


@pytest.fixture(scope="module")
def articles(settings: Any) -> dict[str, Article]:
    """Every text processed once, in one batch."""
    from eventwire.pipeline import process_many

    texts = sorted({c.text for c in UNKNOWN})
    return dict(zip(texts, process_many(texts, date=DATE, settings=settings), strict=True))


def _statement(article: Article, words: str) -> Statement:
    found = [
        s
        for s in article.statements
        if _letters(words) in _letters(" ".join(c.text for c in s.content))
    ]
    assert len(found) == 1, article.statements
    return found[0]


@pytest.mark.parametrize("case", UNKNOWN, ids=lambda c: c.content)
def test_an_unknown_speaker_stays_null_with_its_cue(
    case: Unknown, articles: dict[str, Article]
) -> None:
    statement = _statement(articles[case.text], case.content)
    assert statement.speaker is None
    assert statement.speaker_mention is not None and statement.speaker_mention.text == case.mention
    assert statement.cue is not None and statement.cue.text == case.cue


CONTINUED = [
    # a title inside the frame does not end the statement: the next quotation continues it
    (
        '"The count was fair. Nobody was turned away," the electoral commission chair Ana Costa '
        'said on the radio programme "Morning Report." "We counted every ballot twice."',
        "We counted every ballot twice",
        "the electoral commission chair",
    ),
    # a nickname inside the frame does not cut the frame short
    (
        '"This is a big night for our city!" the councillor, Maria "Mia" Santos, told the crowd. '
        '"The whole state is watching."',
        "The whole state is watching",
        "the councillor",
    ),
]


@pytest.mark.parametrize(("text", "words", "mention"), CONTINUED, ids=lambda v: str(v)[:30])
def test_a_quotation_continues_past_a_quoted_name_in_its_frame(
    text: str, words: str, mention: str, settings: Any
) -> None:
    from eventwire.pipeline import process

    statement = _statement(process(text, date=DATE, settings=settings), words)
    assert statement.kind == "direct" and len(statement.content) == 2
    assert statement.speaker_mention is not None and statement.speaker_mention.text == mention


JOINED = [
    # a report nested in the reported clause is part of it; one joined to it is its own
    ("The ministry said the envoy had told officials that the border was shut.", None),
    (
        "The army said its jets had struck rebel bases near the capital, while the rebels "
        "claimed they had seized the airport.",
        "the rebels",
    ),
    (
        "The ministry said the talks had failed, and opposition leaders called the result a "
        "disgrace.",
        "opposition leaders",
    ),
]


@pytest.mark.parametrize(("text", "second"), JOINED, ids=lambda v: str(v)[:30])
def test_a_joined_report_is_a_statement_a_nested_one_is_not(
    text: str, second: str | None, settings: Any
) -> None:
    from eventwire.pipeline import process

    article = process(text, date=DATE, settings=settings)
    mentions = [s.speaker_mention.text for s in article.statements if s.speaker_mention]
    assert mentions == [m for m in (mentions[0], second) if m is not None]
    assert mentions[0] in {"The ministry", "The army"}


REPORTED = [
    # "According to X," opening a sentence: the rest of the sentence is X's
    (
        "According to the port authority's chief engineer, the crane collapsed under "
        "\u201cunusual\u201d strain.",
        "the crane collapsed under \u201cunusual\u201d strain",
        "the port authority's chief engineer",
    ),
    # a that-clause after the addressee of "told" is what was told
    (
        "In Nairobi on Monday, she told a gathering of farm leaders that the harvest had "
        "failed in two districts.",
        "the harvest had failed in two districts",
        "she",
    ),
    # "warned X to ..." warns of the infinitive
    (
        "The fire service warned hikers to stay off the ridge trails until Friday.",
        "to stay off the ridge trails until Friday",
        "The fire service",
    ),
    # a reported clause goes on over its colon
    (
        "The minister said the plan rested on one idea: cheaper power for every household. "
        "Critics were unconvinced.",
        "the plan rested on one idea: cheaper power for every household",
        "The minister",
    ),
    # a gerund under a preposition is said by the subject of the verb it hangs from
    (
        "The mayor answered the protesters by saying the square would reopen in June.",
        "the square would reopen in June",
        "The mayor",
    ),
    # "as X said", set in a clause, frames that clause
    (
        "The harbour, as the port's director pointed out, rarely freezes before January.",
        "The harbour | rarely freezes before January",
        "the port's director",
    ),
    # "likened X to Y"
    (
        "The opposition leader likened the new tax to a fine on working families.",
        "the new tax to a fine on working families",
        "The opposition leader",
    ),
    # a trailing aside is the writer's, not the speaker's
    (
        "The senator acknowledged the cost of the programme, which critics put at $4 billion.",
        "the cost of the programme",
        "The senator",
    ),
]


@pytest.mark.parametrize(("text", "content", "mention"), REPORTED, ids=lambda v: str(v)[:30])
def test_reported_content_and_speaker(text: str, content: str, mention: str, settings: Any) -> None:
    from eventwire.pipeline import process

    article = process(text, date=DATE, settings=settings)
    found = [
        s
        for s in article.statements
        if _letters(" ".join(c.text for c in s.content)) == _letters(content)
    ]
    assert len(found) == 1, [(s.speaker_mention, s.content) for s in article.statements]
    assert found[0].speaker_mention is not None and found[0].speaker_mention.text == mention
