"""Back-off for actors the tables do not code: legal forms, and the document's one country."""

from __future__ import annotations

import pytest

from eventwire.config import Settings
from eventwire.pipeline import process
from eventwire.records import Article

CASES = [
    # (story, actor name, expected code): sentences of our own
    ("Police arrested two men in Baton Rouge, Louisiana, on Monday after a chase.",
     "Police", "USACOP"),
    ("NAIROBI (Reuters) — Police arrested two men on Monday after a chase through the market.",
     "Police", "KENCOP"),
    # a legal form only one country's law has gives a story without a country its company's
    ("Hollowell Group Inc. said on Tuesday it would cut 300 jobs at its plant.",
     "Hollowell Group Inc.", "USABUS"),
    ("Marston Textiles PLC said on Tuesday it would cut 300 jobs at its mill.",
     "Marston Textiles PLC", "GBRBUS"),
    ("Pellham Corp. said on Monday that it would close its factory in Dayton, Ohio.",
     "Pellham Corp.", "USABUS"),
    # a local body named after a place only one country has: that country
    ("The Gainesville Police Department arrested a woman on Monday after a car theft.",
     "Gainesville Police Department", "USACOP"),
    # "the French capital" is a place of France
    ("Four robbers stole jewellery from a shop in the French capital on Thursday.", "robbers", "FRACRM"),
    # more than half of the place evidence (three US places, two Canadian) is the story's country
    ("Police arrested two men on Monday after a long chase. The men had driven stolen cars from "
     "Toronto and Ottawa to Akron, Ohio, and on to Cleveland.", "Police", "USACOP"),
    # words only one country's news uses for its institutions (knowledge/data/country_cues.tsv)
    ("Sheriff's deputies arrested a man on Monday after a chase. Police said he had fled a "
     "traffic stop.", "Police", "USACOP"),
    ("A man was charged with a felony on Monday. Police said he had stolen a truck from a dealer.",
     "Police", "USACOP"),
    ("Police arrested two men on Monday. Rep. Dana Holt (D-Ore.) said the arrests were overdue.",
     "Police", "USACOP"),
    ("The council voted on Monday to raise parking fees. Sen. Hal Ortiz said the fees were too "
     "high.", "council", "USAGOV"),
    ("A man denied arson at the Crown Court on Monday. Police said the fire had destroyed a shop.",
     "Police", "GBRCOP"),
    ("A woman was arrested by gardaí on Monday after a robbery at a post office. Police said she "
     "was unarmed.", "Police", "IRLCOP"),
    # a company's legal form is evidence for the story too, not only for the company
    ("Hollowell Group Inc. said on Tuesday that police had arrested a worker at its plant.",
     "police", "USACOP"),
    # "Georgia" next to Atlanta is the state: its votes go to the country Atlanta is in
    ("Police arrested two men on Monday after a chase. The men had stolen cars in Atlanta, and "
     "Georgia officials said more arrests would follow.", "Police", "USACOP"),
]  # fmt: skip

UNCHANGED = [
    # several countries, or too little said: no country is guessed
    ("Police questioned dozens of fans in Paris and Berlin after the match.", "Police", "COP"),
    ("Police arrested two men on Monday after a chase.", "Police", "COP"),
    # "Ltd." is the legal form of many countries; and the story's country wins over "Inc."
    (
        "Hollowell Group Ltd. said on Tuesday it would cut 300 jobs at its plant.",
        "Hollowell Group Ltd.",
        "BUS",
    ),
    (
        "Hollowell Group Inc. said on Tuesday it would cut 300 jobs at its plant in Winnipeg, "
        "Manitoba, and close an office in Regina, Saskatchewan.",
        "Hollowell Group Inc.",
        "CANBUS",
    ),
    # a name that is no kind of body names no place ("Moody" is a town, but no body follows)
    ("Moody Awori Foundation officials arrested a woman on Monday.", "woman", "CRM"),
    # "Georgia" with Tbilisi and no US place is the country
    (
        "Police arrested two men on Monday after a chase. Georgia officials said the men had stolen "
        "cars in Tbilisi.",
        "Police",
        "GEOCOP",
    ),
    # armed forces often act abroad: never given the story's country
    ("Troops shelled the outskirts of Austin, Texas, near Dallas.", "Troops", "MIL"),
]


def _code(article: Article, name: str) -> str | None:
    actor = next((a for a in article.actors if a.name == name), None)
    assert actor is not None, [a.name for a in article.actors]
    return actor.code


@pytest.mark.parametrize(("story", "name", "code"), CASES + UNCHANGED)
def test_back_off(story: str, name: str, code: str, settings: Settings) -> None:
    article = process(story, date="2024-05-06", settings=settings)
    assert _code(article, name) == code
