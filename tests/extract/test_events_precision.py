"""Readings that the codebook does not code, and the passive of verbs of giving.

Every sentence is written for this table. Business deals (buying, selling or bidding for a
company, a stake or shares) are no CAMEO events, whatever verb reports them ("agreed to sell a
stake", "signed an agreement to acquire", "rejected the takeover bid"), while a state selling arms
or sharing intelligence still is; offering someone a post is an appointment, no intent to
cooperate; examining is an investigation only of a wrongdoing; opening relations needs a partner;
an appeal, intent or other cooperative act that no one named does is no event ("residents were
urged to leave": advice, not an appeal between actors); killing by an illness or an accident is no
use of force; an obligation of the speaker's own or of no one in particular ("we must find those
responsible", "no one should doubt") is no demand.
In the passive of a verb of giving, the object left is what is given and the passive subject
receives it ("Kenya was promised help by Japan": Japan's promise of aid to Kenya).
"""

from __future__ import annotations

import pytest

from eventwire.config import Settings
from eventwire.eval.events import actor_code, country_block
from eventwire.pipeline import process_many

DAY = "2025-05-06"

Coded = tuple[str, str | None, str | None]  # (CAMEO code, source country, target country)

CODED = [
    # (story of our own, an event that must be found: code prefix, source and target country)
    ("Germany agreed to sell tanks to Qatar.", ("0332", "DEU", "QAT")),
    ("Russia offered to share intelligence with the United States.", ("0314", "RUS", "USA")),
    ("Kenya was promised help by Japan.", ("033", "JPN", "KEN")),
    ("Ukraine was given military aid by Germany.", ("072", "DEU", "UKR")),
    ("Israel was denied entry by Syria.", ("12", "SYR", "ISR")),
    ("China and Vietnam established diplomatic relations in 1950.", ("054", "CHN", "VNM")),
    ("Japan urged North Korea to return to the six-party talks.", ("02", "JPN", "PRK")),
    ("The French president said Iran must stop enriching uranium.", ("10", "FRA", "IRN")),
]

NOT_CODED = [
    # (story of our own, a code prefix that must not be among its events)
    ("Shell agreed to sell a majority stake in the Dutch energy firm for two billion euros.", "03"),
    ("Siemens has signed a definitive agreement to acquire the French engineering firm.", "05"),
    ("The board of the Italian bank rejected the takeover bid from its French rival.", "12"),
    ("The Canadian prime minister offered the former general the post of defence minister.", "03"),
    ("The Kenyan opposition leader was offered the post of prime minister by President Kibaki.",
     "03"),
    ("The Ontario health agency examined conditions in the city's nursing homes.", "09"),
    ("The Kenyan coach has established a good relationship with the players.", "054"),
    ("Residents of the Texas coast were urged to leave their homes before the hurricane.", "02"),
    ("Pakistani schools will be allowed to reopen next week.", "03"),
    ("Two Kenyan soldiers were killed in a road accident near Garissa.", "19"),
    ("The bird flu virus has killed 93 people in Indonesia since 2005.", "19"),
    ("'No one should doubt our determination,' the Russian president said.", "10"),
    ("The French president said we must find those responsible.", "10"),
]  # fmt: skip


def _coded(article: object) -> list[Coded]:
    actors = {a.id: a for a in article.actors}  # type: ignore[attr-defined]

    def country(actor_id: str | None) -> str | None:
        return country_block(actor_code(actors.get(actor_id))) if actor_id else None

    return [
        (e.cameo, country(e.source), country(e.target))
        for e in article.events  # type: ignore[attr-defined]
    ]


@pytest.fixture(scope="module")
def coded(settings: Settings) -> dict[str, list[Coded]]:
    stories = [s for s, _ in CODED] + [s for s, _ in NOT_CODED]
    articles = process_many(stories, date=DAY, settings=settings)
    return {s: _coded(a) for s, a in zip(stories, articles, strict=True)}


@pytest.mark.parametrize(("story", "want"), CODED, ids=[s[:40] for s, _ in CODED])
def test_event_is_coded(story: str, want: Coded, coded: dict[str, list[Coded]]) -> None:
    code, source, target = want
    found = coded[story]
    assert any(c.startswith(code) and s == source and t == target for c, s, t in found), found


@pytest.mark.parametrize(("story", "unwanted"), NOT_CODED, ids=[s[:40] for s, _ in NOT_CODED])
def test_no_event_of_that_kind(story: str, unwanted: str, coded: dict[str, list[Coded]]) -> None:
    assert not any(c.startswith(unwanted) for c, _, _ in coded[story]), coded[story]
