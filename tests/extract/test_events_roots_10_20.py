"""Roots 10-20 of the codebook lexicon: the separations CAMEO makes between senses of one word.

Every sentence is written for this table. Each pair shows the same word (or the same act) coded
apart as the codebook separates it: a verbal attack (111) from a physical one (19x), a charge
(115) from an arrest (173), a guilty verdict against an organisation (116) from one against a
person (173, CAMEO 116's usage note) and from an acquittal (no event), an aircraft shot down
(19x), stones thrown by protesters (145) from a grenade thrown (183), a district locked down by
police (191), a hijacked vessel (181), a bomb that explodes with no one named (183x).
"""

from __future__ import annotations

import pytest

from eventwire.config import Settings
from eventwire.pipeline import process_many

DAY = "2025-05-06"

CASES = [
    # (story of our own, CAMEO codes of its events in text order)
    ("Kenya's opposition leader attacked the president for his handling of the economy.", ["111"]),
    ("Somali rebels attacked a Kenyan army base near the border.", ["190"]),
    ("Prosecutors in Nairobi filed charges against the former governor of Kiambu.", ["115"]),
    ("Police in Nairobi arrested the former governor of Kiambu.", ["173"]),
    ("A court in Paris found the carmaker Renault guilty of fraud.", ["116"]),
    ("A jury in Denver found former mayor John Hale guilty of bribery.", ["173"]),
    ("Iran condemned the Israeli strike on Damascus.", ["111"]),
    ("Police in Lagos locked down the Ikeja district after the riot.", ["191"]),
    ("A jury in Miami found the former police chief not guilty of assault.", []),
    ("Pirates commandeered a Thai fishing trawler off Somalia.", ["181"]),
    ("A car bomb exploded outside a police station in Kirkuk.", ["1832"]),
    ("Kenyan opposition supporters took to the streets of Kisumu.", ["141"]),
    ("Armenian opposition supporters staged a sit-in outside the parliament.", ["141"]),
    ("A suicide bomber blew himself up at a Nigerian army checkpoint.", ["1831"]),
    ("Greek protesters hurled stones at riot police in Athens.", ["145"]),
    ("Militants threw a grenade at an Indian army patrol in Kashmir.", ["183"]),
    ("Syrian forces shot down a Turkish jet near the border.", ["190"]),
    ("Iraqi police stepped up security in Baghdad before the vote.", ["153"]),
]


@pytest.fixture(scope="module")
def codes(settings: Settings) -> dict[str, list[str]]:
    stories = [story for story, _ in CASES]
    articles = process_many(stories, date=DAY, settings=settings)
    return {s: [e.cameo for e in a.events] for s, a in zip(stories, articles, strict=True)}


@pytest.mark.parametrize(("story", "expected"), CASES, ids=[s[:40] for s, _ in CASES])
def test_codebook_separations(story: str, expected: list[str], codes: dict[str, list[str]]) -> None:
    found = codes[story]
    assert len(found) == len(expected), f"found {found}"
    assert all(code.startswith(want) for code, want in zip(found, expected, strict=True)), found
