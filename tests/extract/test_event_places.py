"""Where an event happened (issue 14, point 3): its clause's location phrase, else a location
inside its arguments, else its sentence's location phrase; never a metonym or a country
modifier. Sentences of our own."""

from __future__ import annotations

import pytest

from eventwire.records import Article

DAY = "2025-06-02"

# sentence, trigger, place name expected (None: no place)
CASES = [
    # the clause's own location phrase
    ("Kenya's president met Uganda's president in Nairobi.", "met", "Nairobi"),
    # a location phrase on an argument
    ("Protesters clashed with police in central Nairobi.", "clashed", "Nairobi"),
    # an argument that is itself a town
    ("Russian forces shelled Kharkiv overnight.", "shelled", "Kharkiv"),
    # a town naming an argument
    ("Mombasa police arrested three activists.", "arrested", "Mombasa"),
    # the sentence's location phrase
    ("In Gaza, militants said they fired rockets at Israeli towns.", "fired", "Gaza"),
    # a country that only qualifies an actor is no place; a metonym is no place
    ("U.S. troops attacked Russian positions.", "attacked", None),
    ("Moscow accused Kyiv of sabotage.", "accused", None),  # a capital as target: the government
    # places of two countries in the sentence, none in the clause: no guess
    ("Officials from Chile and Peru said Bolivia had threatened Paraguay.", "threatened", None),
    # a journey happens where it goes
    ("The Polish president will travel to Washington next week.", "travel", "Washington"),
    ("India's prime minister made a visit to Japan in May.", "made a visit", "Japan"),
    # a material act happens where what it strikes is, even a country; a said act does not
    ("Militants bombed the U.S. embassies in Kenya and Tanzania.", "bombed", "Kenya"),
    ("Peru condemned the bombing of the embassies in Kenya and Tanzania.", "condemned", None),
    # a participle adjunct happens where its governing clause does
    (
        "A bomb exploded at a bank in Woodburn, Oregon, killing a police officer.",
        "killing",
        "Woodburn",
    ),
    # a capital naming what a material act is done to is a place; naming an actor it is not
    ("Gunmen stormed a Kabul hotel on Tuesday night.", "stormed", "Kabul"),
    ("The Kabul government sent food aid to the flooded provinces.", "sent", None),
]


@pytest.fixture(scope="module")
def articles(settings: object) -> dict[str, Article]:
    from eventwire.pipeline import process_many

    texts = [c[0] for c in CASES]
    return dict(zip(texts, process_many(texts, date=DAY, settings=settings), strict=True))  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES, ids=[c[1] for c in CASES])
def test_event_place(
    articles: dict[str, Article], text: str, trigger: str, expected: str | None
) -> None:
    article = articles[text]
    events = [e for e in article.events if e.triggers[0].text == trigger]
    assert events, f"no event on {trigger!r}: {[e.triggers[0].text for e in article.events]}"
    places = {p.id: p.name for p in article.places}
    assert {places.get(e.place) if e.place else None for e in events} == {expected}
