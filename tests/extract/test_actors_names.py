"""Names and agent nouns the tagger or the tables make hard: written for this test.

A capitalised plural the tagger takes for a name ("Rebels" opening a sentence) is still the
agent noun; bare "forces" that are joined are no troops; a person's country is that of their
main office (not an ex officio seat begun the same day); a surname many leaders share names
one of them alone only while he leads or in a story that names his country. A "we" inside the
typewriter quotes of wire copy (``...'') is its speaker's, as inside curly or straight quotes,
and the agent noun a quoted "our" owns is of the speaker's country.
"""

from __future__ import annotations

from eventwire.config import Settings
from eventwire.pipeline import process_many

DAY = "2023-06-06"


def test_a_future_president_has_the_country_of_his_main_office(settings: Settings) -> None:
    # Macron is also, ex officio, co-prince of Andorra from the same day: not his country
    (article,) = process_many(["Emmanuel Macron met the Italian premier."], date="2015-03-02",
                              settings=settings)  # fmt: skip
    macron = next(a for a in article.actors if a.name == "Emmanuel Macron")
    assert macron.country == "FRA"


def test_joining_forces_names_no_troops(settings: Settings) -> None:
    (article,) = process_many(
        ["The two opposition parties joined forces with the Greens in Lagos."],
        date=DAY, settings=settings,
    )  # fmt: skip
    assert not [a for a in article.actors if a.sector == "MIL"]


def test_a_capitalised_plural_opening_a_sentence_is_an_agent_noun(settings: Settings) -> None:
    # the tagger reads "Rebels" here as a proper noun and leaves it unlemmatised
    articles = process_many(
        ["Rebels attacked the town.", "Rebels shelled the city overnight."],
        date=DAY, settings=settings,
    )  # fmt: skip
    for article in articles:
        assert {a.name: a.sector for a in article.actors}.get("Rebels") == "REB"


def test_a_common_surname_alone_is_no_former_leader_of_a_country_not_named(
    settings: Settings,
) -> None:
    (article,) = process_many(["Police in Leeds arrested Ahmed on Friday."], date="2015-04-03",
                              settings=settings)  # fmt: skip
    ahmed = next(a for a in article.actors if a.name.endswith("Ahmed"))
    assert ahmed.country != "BGD"


def test_we_inside_typewriter_quotes_is_the_speaker_s_government(settings: Settings) -> None:
    (article,) = process_many(
        ["In Warsaw, Prime Minister Donald Tusk said in a statement, ``We will never accept "
         "such a deal.''"],
        date="2024-03-05", settings=settings,
    )  # fmt: skip
    we = next(a for a in article.actors if any(m.text == "We" for m in a.mentions))
    assert (we.kind, we.country) == ("government", "POL")


def test_a_quoted_our_gives_the_noun_it_owns_the_speaker_s_country(settings: Settings) -> None:
    (article,) = process_many(
        ['"Militants ambushed our soldiers near the border," the Indian defence minister said. '
         '"They will not harm our country\'s police again," he added.'],
        date=DAY, settings=settings,
    )  # fmt: skip
    codes = {a.name: a.code for a in article.actors}
    assert codes.get("soldiers") == "INDMIL"
    assert codes.get("police") == "INDCOP"


def test_an_office_holder_elect_is_no_holder_yet(settings: Settings) -> None:
    (article,) = process_many(
        ["President-elect Barack Obama named his first cabinet members in Chicago."],
        date="2008-12-01", settings=settings,
    )  # fmt: skip
    obama = next(a for a in article.actors if a.name == "Barack Obama")
    assert obama.code == "USAELI"  # elite, not yet the government nor the campaign's challenger
