"""Senses of everyday political verbs and nouns that the codebook names and the lexicon missed.

Every sentence is written for this table. Each row pairs a reading the codebook codes with its
neighbour that is no event (or another code): an accusation made in the passive with an
infinitive ("is alleged to have taken bribes", CAMEO 112), a proposal nixed (12x), advice
against an act (020), ratifying an instrument named by no agreement word (057), a suspect
giving himself up (0874; giving up a pay rise or giving up on an aim is none), and a complaint named with its light verb in a reduced relative
("complaints made by lawyers", 114).
"""

from __future__ import annotations

import pytest

from eventwire.config import Settings
from eventwire.pipeline import process_many

DAY = "2025-05-06"

CASES = [
    # (story of our own, a code prefix that must be among its events, codes that must not be)
    ("Kenyan prosecutors said the former governor is alleged to have taken bribes.", "112", ()),
    ("The Kenyan parliament nixed the government's plan to sell the national airline.", "12", ()),
    ("Senior Japanese officials advised against the prime minister's visit to the shrine.",
     "020", ()),
    ("The Polish parliament ratified NATO's enlargement in 1999.", "057", ()),
    ("The Ukrainian parliament ratified the border treaty with Russia.", "057", ()),
    ("The gunman gave himself up to police in Ottawa after a two-hour standoff.", "0874", ()),
    ("Canadian police said the armed suspect gave up shortly after midnight.", "0874", ()),
    ("Two complaints made by Kenyan lawyers against the police are under review.", "114", ()),
]  # fmt: skip

NONE = [
    # (story of our own, a code prefix that must not be among its events)
    ("Canadian cabinet ministers gave up their pay raises this year.", "0874"),
    ("The Canadian finance minister gave up on balancing the budget.", "0874"),
]


@pytest.fixture(scope="module")
def codes(settings: Settings) -> dict[str, list[str]]:
    stories = [story for story, _, _ in CASES] + [story for story, _ in NONE]
    articles = process_many(stories, date=DAY, settings=settings)
    return {s: [e.cameo for e in a.events] for s, a in zip(stories, articles, strict=True)}


@pytest.mark.parametrize(("story", "want", "not_wanted"), CASES, ids=[s[:40] for s, *_ in CASES])
def test_sense_is_coded(
    story: str, want: str, not_wanted: tuple[str, ...], codes: dict[str, list[str]]
) -> None:
    found = codes[story]
    assert any(code.startswith(want) for code in found), found
    assert not any(code in not_wanted for code in found), found


@pytest.mark.parametrize(("story", "unwanted"), NONE, ids=[s[:40] for s, _ in NONE])
def test_neighbour_is_not(story: str, unwanted: str, codes: dict[str, list[str]]) -> None:
    assert not any(code.startswith(unwanted) for code in codes[story]), codes[story]


def test_reduced_relative_light_verb_names_the_source(settings: Settings) -> None:
    """ "complaints made by Kenyan lawyers": the participle's "by" agent is the complainant."""
    (article,) = process_many(
        ["Two complaints made by Kenyan lawyers against the police are under review."],
        date=DAY,
        settings=settings,
    )
    actors = {a.id: a for a in article.actors}
    (event,) = [e for e in article.events if e.cameo == "114"]
    assert event.source is not None
    assert "lawyers" in actors[event.source].name.lower()
