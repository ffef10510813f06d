"""The institution words of one country's news (knowledge/data/country_cues.tsv)."""

from __future__ import annotations

import pytest

from eventwire.knowledge.country_cues import TABLE, country_cues
from eventwire.knowledge.tsv import packaged, read_table


def test_every_row_matches_its_example() -> None:
    for row in read_table(packaged(TABLE), ("pattern", "country", "example")).rows:
        assert list(country_cues(row["example"])).count(row["country"]) >= 1, row.line


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Deputies took him to the Polk County Jail, Sheriff's Office staff said.", ["USA", "USA"]),
        (
            "Sen. Ann Ruiz, R-Texas, and Rep. Joe Park (D-N.Y.) voted no.",
            ["USA", "USA", "USA", "USA"],
        ),
        ("He grew up in Dayton, Ohio, and in Gainesville, Ga., before the war.", ["USA", "USA"]),
        ("Officers from Scotland Yard and the RCMP met in Ottawa.", ["GBR", "CAN"]),
        # a word inside another word, a county written the Irish way, "The County": nothing
        ("The Yenisei flows north; County Cork farmers met. The County Hall was shut.", []),
        # "D-Day" is no party tag; Tbilisi, Georgia is not a US town and state
        ("Veterans marked D-Day in Tbilisi, Georgia, on Friday.", []),
    ],
)
def test_cues_in_text(text: str, countries: list[str]) -> None:
    assert sorted(country_cues(text)) == sorted(countries)


def test_patterns_are_whole_words() -> None:
    assert not list(country_cues("the GOPher, the Crown Courtyard and Interstates"))
