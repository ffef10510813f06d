"""Who does what a clause without a subject reports, and senses of motion and showing verbs.

Every sentence is written for this test. A participle or infinitive clause with no subject of
its own takes the grammatical subject of the clause it depends on, also when that clause is
passive ("visiting Kyiv, Scholz was met by ...": Scholz visits), but a passive participle
complement keeps its subject as the one acted on ("were reported killed"), and the object of
"use" is a tool, never an agent. Flying back home is no visit; demonstrating a quality shows it
and is no protest. A capitalised plural the tagger takes for a name ("Rebels" opening a
sentence) is still the agent noun.
"""

from __future__ import annotations

import pytest

from event_dyads import Coded, coded_dyads
from eventwire.config import Settings
from eventwire.pipeline import process_many

DAY = "2023-06-06"

CASES = [
    # (story of our own, [(CAMEO code, source code, target code)] in text order)
    (
        "Arriving in Warsaw on Monday, the Japanese prime minister was welcomed by the Polish "
        "president.",
        [("042", "JPNGOV", "POL"), ("051", "POLGOV", "JPNGOV")],
    ),
    (
        "Visiting Kyiv on Tuesday, Chancellor Olaf Scholz was welcomed by President Zelensky.",
        [("042", "DEUGOV", "UKR"), ("051", "UKRGOV", "DEUGOV")],
    ),
    ("The Kenyan delegation flew back to Nairobi after the talks.", []),
    ("The Japanese navy demonstrated its resolve in the exercise.", []),
    ("Rebels attacked Malian soldiers near Gao.", [("190", "REB", "MLIMIL")]),
    # a headline's passive has no auxiliary: its subject is the one acted on
    ("Two Kenyan soldiers killed in Somalia blast", [("190", None, "KENMIL")]),
    ("Former Kenyan minister sentenced to ten years for fraud", [("173", None, "KENELI")]),
    # a bombing at a body's door is aimed at the body, not at the country it happens in
    (
        "A car bomb exploded outside the Turkish embassy in Kabul on Monday.",
        [("1832", "AFGUAF", "TURGOV")],
    ),
]


@pytest.fixture(scope="module")
def coded(settings: Settings) -> dict[str, list[Coded]]:
    return coded_dyads([story for story, _ in CASES], DAY, settings)


@pytest.mark.parametrize(("story", "expected"), CASES, ids=[s[:40] for s, _ in CASES])
def test_controlled_and_sensed_events(
    story: str,
    expected: list[tuple[str, str, str]],
    coded: dict[str, list[Coded]],
) -> None:
    assert coded[story] == expected


def test_people_reported_killed_are_not_the_killers(settings: Settings) -> None:
    (article,) = process_many(
        ["Twelve villagers were reported killed in clashes between Serbian police and "
         "Albanian fighters."],
        date=DAY, settings=settings,
    )  # fmt: skip
    named = {a.id: a.name for a in article.actors}
    killers = {named.get(e.source or "") for e in article.events if e.cameo.startswith("19")}
    assert "villagers" not in killers


def test_a_tool_that_was_used_kills_no_one(settings: Settings) -> None:
    (article,) = process_many(
        ["Police said the rifle was used to kill the mayor of Fresno."], date=DAY, settings=settings
    )
    # the killing stays an event of an unnamed killer ("rifle" as its agent would drop it)
    named = {a.id: a.name for a in article.actors}
    killings = [e for e in article.events if e.cameo == "190"]
    assert [(e.source, named.get(e.target or "")) for e in killings] == [(None, "mayor")]
