"""Triggers whose source or sense is read off their construction.

Ordered acts. Acts one actor has done by others: the one who orders is the source.

Every sentence is written for this test. A participle complement of "order", "direct" or
"command" is a passive with no auxiliary ("the court ordered him held"): its patient is the
small clause's subject (or the ordering verb's object) and its doer the one who ordered it, and
the order itself is no separate demand.

Senses. Senses and implied agents of a few everyday triggers, each sentence written for this test.

"Questioned her competence" casts doubt (CAMEO 111) where "questioned the suspect" is an
interrogation (091); a protest
named as a noun with no one behind it is the civilians' of where it happened (a rally, which
someone calls and leads, is not); a demonstration of a fact or a capability is no protest; the possessor of "arrest", "trial" or "kidnapping" is who
undergoes it, the possessor of "attack" its doer; "Russian missiles struck" is Russia's act; an
event noun held by "the possibility/risk of" is hypothetical; forces sent or deployed to a
country are provided to it (CAMEO 074), to a town, region or border a military move (154);
"the leaders of France and Germany" are both countries' leaders; a threat's target is in its
complement when the speaker is the complement's subject; cutting gas or oil deliveries is a
trade restriction; a consultation with no partner is no event.
"""

from __future__ import annotations

import pytest

from event_dyads import Coded, coded_dyads
from eventwire.config import Settings
from eventwire.pipeline import process_many

DAY = "2025-03-04"

ORDERED = [
    # (story of our own, [(CAMEO code, source code, target code)] in text order)
    (
        "A Kenyan court ordered the opposition leader Raila Odinga held without bail.",
        [("173", "KENJUD", "KENOPP")],
    ),
    # no one ordered it: the subject of "got released" is released
    (
        "The opposition leader Raila Odinga got released in Nairobi on Friday.",
        [("084", None, "KENOPP")],
    ),
]

SENSES = [
    # (story of our own, [(CAMEO code, source code, target code)] in text order)
    (
        "Kenyan opposition leaders questioned President Ruto's decision to raise fuel taxes.",
        [("111", "KENOPP", "KENGOV")],
    ),
    ("Kenyan police questioned the suspect for six hours.", [("091", "KENCOP", "KENCRM")]),
    ("Protests erupted in Tehran on Sunday after the vote.", [("140", "IRNCVL", "IRN")]),
    ("The launch was a clear demonstration of Iranian missile technology.", []),
    # "provided X with Y": the object receives what the "with" phrase names
    ("Iran provided the Houthi rebels in Yemen with missiles.", [("072", "IRN", "YEMREB")]),
    # the possessor of an act done to someone undergoes it; a "by" agent does it
    (
        "The Kenyan opposition leader Raila Odinga's arrest by police sparked anger.",
        [("173", "KENCOP", "KENOPP")],
    ),
    ("Russia's attack on Kyiv began at dawn.", [("190", "RUS", "UKR")]),
    # weapons named as the subject belong to their owner: a named attacker, never an implied one
    ("Russian missiles struck Kyiv on Monday.", [("195", "RUS", "UKR")]),
    ("Israeli strikes on Gaza City killed 12 people on Tuesday.", [("190", "ISR", "CVL")]),
    # a rally is called and led by someone: no crowd of civilians is implied
    ("Thousands attended a campaign rally in Ohio on Saturday.", []),
    # forces sent to a country are provided to it (074); to a place or a thing, a military move
    ("The United States deployed 2,000 troops to Poland in February.", [("074", "USAGOV", "POL")]),
    ("Cuba's troop deployment to Angola lasted until 1991.", [("074", "CUBMIL", "AGO")]),
    ("Israel sent troops to Gaza on Friday.", [("154", "ISR", None)]),
    ("India deployed 5,000 troops to the border.", [("154", "INDGOV", None)]),
    # a military withdrawal is aimed at the other side, never by default at one's own country;
    # easing a domestic restriction is
    ("Ethiopia withdrew its troops on Monday.", [("0874", "ETHGOV", None)]),
    ("Kenyan police lifted the curfew on Monday.", [("0813", "KENCOP", "KEN")]),
    # a threat's target sits in its complement when the complement's subject is the speaker;
    # cutting a flow of goods or energy to a country restricts trade (163; threatened: 1312)
    ("Moscow warned it would cut gas deliveries to Kyiv.", [("1312", "RUSGOV", "UKR")]),
    ("Turkey warned that it would impose sanctions on Azerbaijan.", [("1312", "TURGOV", "AZE")]),
    ("Russia halted gas supplies to Ukraine in January.", [("163", "RUSGOV", "UKR")]),
    # helping with no one helped and no coded act is no aid; helping someone is
    ("The mayor allocated funds to help build a new stadium.", []),
    ("Japan helped Haiti rebuild its schools.", [("070", "JPN", "HTI")]),
    # a consultation needs a partner: talking about something, travelling the country is none
    ("The senator spent the summer talking about his campaign.", []),
    ("The Kenyan president travelled the country in May.", []),
    # a court striking down a law is no use of force
    ("The Supreme Court struck down the state's abortion ban on Monday.", []),
    # a plural noun's coordinated "of" object: each country is a party
    (
        "The leaders of France and Germany met in Paris on Monday.",
        [("040", "FRA", "DEU"), ("040", "DEU", "FRA")],
    ),
]

CASES = ORDERED + SENSES


@pytest.fixture(scope="module")
def coded(settings: Settings) -> dict[str, list[Coded]]:
    return coded_dyads([story for story, _ in CASES], DAY, settings)


@pytest.mark.parametrize(("story", "expected"), CASES, ids=[s[:40] for s, _ in CASES])
def test_coded_triggers(story: str, expected: list[Coded], coded: dict[str, list[Coded]]) -> None:
    assert coded[story] == expected


def test_an_event_noun_held_by_possibility_or_risk_is_hypothetical(settings: Settings) -> None:
    story = (
        "Kenyan ministers warned of the possibility of war between Kenya and Somalia. "
        "Police in Nairobi confirmed the arrest of the opposition leader Raila Odinga."
    )
    (article,) = process_many([story], date=DAY, settings=settings)
    moods = {e.triggers[0].text: e.modality for e in article.events}
    assert moods.get("war") == "hypothetical"
    assert moods.get("arrest") not in {None, "hypothetical"}
