"""Events a subject undergoes, and the courts as the agent of agentless legal acts.

Every sentence is written for this test. "Faced charges", "will stand trial", "received aid
from", "came under attack from": the verb's subject is the event's target and a "from"/"by"
phrase its source (event_light_verbs.tsv, role ``patient``). A charge, indictment or verdict in
the passive or as a noun with no one named is an act of the courts of where it happened (CAMEO
115/116 name the court or the state as source), where a lawsuit implies no one, and an active
"charged" with a subject that is no actor is a report, not a charge.
"""

from __future__ import annotations

import pytest

from event_dyads import Coded, coded_dyads
from eventwire.config import Settings
from eventwire.pipeline import process_many

DAY = "2025-05-06"

CASES = [
    # (story of our own, [(CAMEO code, source code, target code)] in text order)
    (
        "Three Kenyan police officers were indicted in Nairobi on Tuesday.",
        [("115", "KENJUD", "KENCOP")],
    ),
    ("Ukraine received military aid from Japan in March.", [("070", "JPN", "UKR")]),
    (
        "The Kenyan army came under attack from Somali militants near the border.",
        [("190", "SOMREB", "KENMIL")],
    ),
    ("The Turkish government faces sanctions from the European Union.", [("163", "IGO", "TURGOV")]),
    ("The city of Nairobi was sued over the evictions.", []),
]


@pytest.fixture(scope="module")
def coded(settings: Settings) -> dict[str, list[Coded]]:
    return coded_dyads([story for story, _ in CASES], DAY, settings)


@pytest.mark.parametrize(("story", "expected"), CASES, ids=[s[:40] for s, _ in CASES])
def test_undergone_events(
    story: str,
    expected: list[tuple[str, str, str]],
    coded: dict[str, list[tuple[str, str | None, str | None]]],
) -> None:
    assert coded[story] == expected


def test_a_trial_the_subject_stands_is_brought_by_the_courts(settings: Settings) -> None:
    (article,) = process_many(
        ["The former governor of Kiambu will stand trial in Nairobi next month."],
        date=DAY, settings=settings,
    )  # fmt: skip
    (event,) = article.events
    source = next(a for a in article.actors if a.id == event.source)
    target = next(a for a in article.actors if a.id == event.target)
    assert event.cameo == "115" and event.triggers[0].text == "stand trial"
    assert (source.code, source.mentions) == ("KENJUD", ())  # implied: no mention in the text
    assert target.country == "KEN" and "governor" in target.name


def test_charges_filed_with_the_against_phrase_on_the_verb(settings: Settings) -> None:
    (article,) = process_many(
        ["Kenyan prosecutors filed charges on Monday against the opposition leader Raila Odinga."],
        date=DAY, settings=settings,
    )  # fmt: skip
    assert [(e.cameo, e.triggers[0].text) for e in article.events] == [("115", "filed charges")]
