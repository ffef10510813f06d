"""The GDELT 2.0 event table: fields, dates, actor codes, geography, and the whole demo store."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from eventwire.export import export
from eventwire.export.actor_codes import code_parts
from eventwire.export.gdelt import COLUMNS, GDELT_COLUMNS, field_text, gdelt_row
from eventwire.export.geography import place_geo
from eventwire.export.views import EventView, event_views
from eventwire.records import Actor, Article, DateRef, Event, Meta, Pipeline, Place, Span
from eventwire.store import Filters, Sighting, Store

DOCS = Path(__file__).resolve().parents[2] / "docs" / "exports.md"
ROW = re.compile(r"^\| (\d+) \| `(\w+)` \| (filled|approximated|empty|eventwire) \| (.+) \|$")


def documented_columns() -> list[tuple[str, str]]:
    """The (column, status) rows of the GDELT table in docs/exports.md, in order."""
    lines = DOCS.read_text(encoding="utf-8").splitlines()
    return [(m[2], m[3]) for line in lines if (m := ROW.match(line))]


def read_rows(path: Path) -> list[dict[str, str]]:
    """Split the export by tabs (never quoted) and name the fields."""
    rows = []
    for line in path.read_text(encoding="utf-8").split("\n")[:-1]:
        fields = line.split("\t")
        assert len(fields) == len(COLUMNS), line
        rows.append(dict(zip(COLUMNS, fields, strict=True)))
    return rows


# -- small cases -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        ("plain", "plain"),
        ("tab\there", "tab here"),
        ("line\nbreak\r\n", "line break  "),
        ("unicode\u2028separator\x85", "unicode separator "),
        (3, "3"),
        (-10.0, "-10"),
        (0.87, "0.87"),
        (1.0 / 3, "0.333333"),
    ],
)
def test_fields_never_hold_tabs_or_line_breaks(value: object, text: str) -> None:
    assert field_text(value) == text


def _view(event_date: str | None, published: str | None) -> EventView:
    text = "Leaders met in Geneva."
    article = Article(
        id="0" * 16,
        meta=Meta(Pipeline("0.1.0", "m", "k"), published=published),
        text=text,
        paragraphs=((0, len(text)),),
        sentences=((0, len(text)),),
        events=(
            Event("E1", "040", "CONSULT", None, 1, 1.0, None, None, (Span(8, 11, "met"),), 0,
                  DateRef(event_date) if event_date else None),
        ),
    )  # fmt: skip
    return event_views(article)[0]


@pytest.mark.parametrize(
    ("event_date", "published", "day"),
    [
        ("2025-09-02", "2025-09-03", "20250902"),  # a day: itself
        ("2025-09-02T14:00", None, "20250902"),
        ("2025-09", "2025-09-03", "20250903"),  # vaguer, the publication day inside it
        ("2025-W36", "2025-09-03T08:00:00+00:00", "20250903"),
        ("1994", "2025-09-03", "19940101"),  # vaguer, publication outside: its first day
        ("2025-W35", None, "20250825"),
        ("PRESENT_REF", "2025-09-03", "20250903"),  # no calendar span: the publication day
        (None, "2025-09-03", "20250903"),
        ("2025-09", "2025-09", "20250901"),  # a publication month is not a day
        (None, None, ""),
    ],
)
def test_the_day_of_an_event(event_date: str | None, published: str | None, day: str) -> None:
    row = dict(zip(COLUMNS, gdelt_row(_view(event_date, published), []), strict=True))
    assert field_text(row["Day"]) == day
    if day:
        assert row["MonthYear"] == day[:6] and row["Year"] == int(day[:4])


@pytest.mark.parametrize(
    ("day", "fraction"),
    [("20240101", "2024.0000"), ("20231231", "2023.9973"), ("20240702", "2024.5000")],
)
def test_fraction_date_is_the_year_gone_by(day: str, fraction: str) -> None:
    date = dt.date(int(day[:4]), int(day[4:6]), int(day[6:]))
    row = dict(zip(COLUMNS, gdelt_row(_view(date.isoformat(), None), []), strict=True))
    assert row["FractionDate"] == fraction


@pytest.mark.parametrize(
    ("actor", "country", "group", "types"),
    [
        (Actor("A1", "Vladimir Putin", "person", "RUSGOVMIL", "RUS"), "RUS", None, ("GOV", "MIL")),
        (Actor("A1", "United Nations Security Council", "organization", "IGOGOV"), None, "UNO",
         ("IGO", "GOV")),
        (Actor("A1", "NATO", "organization", "IGONAT"), None, "NAT", ("IGO",)),
        (Actor("A1", "Hamas", "group", "PSEREB", "PSE"), "PSE", "HMS", ("REB",)),
        (Actor("A1", "Timorese government", "government", "TLSGOV", "TLS"), "TMP", None, ("GOV",)),
        (Actor("A1", "Puerto Rico", "country", "USAPRI", "PRI"), "USA", None, ()),
        (Actor("A1", "Kosovo", "country", "KSV"), "KSV", None, ()),
        (Actor("A1", "a farmer", "person", None, "FRA"), "FRA", None, ()),
        (Actor("A1", "someone", "person"), None, None, ()),
    ],
)  # fmt: skip
def test_actor_codes_are_taken_apart(
    actor: Actor, country: str | None, group: str | None, types: tuple[str, ...]
) -> None:
    parts = code_parts(actor)
    assert (parts.country, parts.known_group, parts.types) == (country, group, types)


_SPAN = Span(0, 1, "x")


@pytest.mark.parametrize(
    ("place", "columns"),
    [
        (Place("P1", _SPAN, "Ukraine", "UKR", None, 49.0, 32.0, 690791, "PCLI"),
         (1, "Ukraine", "UP", "UP", None, 49.0, 32.0, "UP")),
        (Place("P1", _SPAN, "Vienna", "AUT", "Wien", 48.208, 16.372, 2761369, "PPLC"),
         (4, "Vienna, Wien, Austria", "AU", "AU09", None, 48.208, 16.372, "2761369")),
        (Place("P1", _SPAN, "Houston", "USA", "Texas", 29.763, -95.363, 4699066, "PPLA2"),
         (3, "Houston, Texas, United States", "US", "USTX", None, 29.763, -95.363, "4699066")),
        (Place("P1", _SPAN, "Texas", "USA", "Texas", 31.254, -99.25, 4736286, "ADM1"),
         (2, "Texas, United States", "US", "USTX", None, 31.254, -99.25, "USTX")),
        (Place("P1", _SPAN, "Nowhere Town", None), None),
    ],
)  # fmt: skip
def test_action_geography(place: Place, columns: tuple[object, ...] | None) -> None:
    geo = place_geo(place)
    assert (geo.columns() if geo else None) == columns


def test_sightings_count_sources_and_documents(sample_store: Store) -> None:
    article = next(a for a in sample_store.iter_articles() if a.events)
    seen = dt.datetime(2025, 9, 3, 12, 30, 5, tzinfo=dt.UTC)
    sightings = [
        Sighting(article.id, seen, "a.txt", "https://wire.example/a", None, None, "txt", "p"),
        Sighting(article.id, seen, "b.txt", "https://other.example/a", None, None, "txt", "p"),
        Sighting(article.id, seen, None, "https://other.example/a", "Other", None, "rss", "p"),
    ]
    row = dict(zip(COLUMNS, gdelt_row(event_views(article)[0], sightings), strict=True))
    assert (row["NumSources"], row["NumArticles"]) == (3, 2)
    assert row["DATEADDED"] == "20250903123005"


# -- whole stores ----------------------------------------------------------------------------------


def test_the_docs_table_lists_every_column_in_order() -> None:
    documented = documented_columns()
    assert [name for name, _ in documented] == list(COLUMNS)
    assert {status for name, status in documented if name in GDELT_COLUMNS} <= {
        "filled", "approximated", "empty",
    }  # fmt: skip


def test_hand_built_store_matches_the_query_api(sample_store: Store, tmp_path: Path) -> None:
    (path,) = export(sample_store, "gdelt", tmp_path / "events.tsv")
    rows = {(r["ArticleID"], r["EventID"]): r for r in read_rows(path)}
    events = sample_store.events(Filters(limit=None))
    assert len(rows) == len(events) == 4
    for event in events:
        row = rows[event.article_id, event.event_id]
        assert row["EventCode"] == event.cameo and row["EventRootCode"] == event.cameo[:2]
        assert row["QuadClass"] == str(event.quad_class)
        assert float(row["GoldsteinScale"]) == event.goldstein
        assert row["Actor1Code"] == (event.source_code or "")
        assert row["Actor2Name"] == (event.target_name or "").upper()
    putin_meets_xi = next(r for r in rows.values() if r["EventCode"] == "040")
    assert (
        putin_meets_xi["Actor1CountryCode"] == "RUS" and putin_meets_xi["Actor2Type1Code"] == "GOV"
    )
    assert putin_meets_xi["ActionGeo_FullName"] == "Beijing, Beijing, China"
    assert putin_meets_xi["ActionGeo_CountryCode"] == "CH"  # FIPS, not ISO's CN
    assert putin_meets_xi["Day"] == "20250902" and putin_meets_xi["IsRootEvent"] == "1"
    nato = next(r for r in rows.values() if r["EventCode"] == "111")
    assert (nato["Actor1KnownGroupCode"], nato["Actor1Type1Code"]) == ("NAT", "IGO")
    assert nato["SOURCEURL"] == "tests.jsonl"


def test_demo_store_export_holds_every_event_with_the_documented_columns(
    demo_store: Store, tmp_path: Path
) -> None:
    (path,) = export(demo_store, "gdelt", tmp_path / "events.tsv")
    rows = read_rows(path)
    events = demo_store.events(Filters(limit=None))
    assert len(rows) == len(events) > 20
    assert {(r["ArticleID"], r["EventID"]) for r in rows} == {
        (e.article_id, e.event_id) for e in events
    }
    assert len({r["GlobalEventID"] for r in rows}) == len(rows)
    for row in rows:
        assert re.fullmatch(r"[1-9]\d*", row["GlobalEventID"])
        assert re.fullmatch(r"(19|20)\d{6}", row["Day"]) and row["Year"] == row["Day"][:4]
        assert re.fullmatch(r"\d{3,4}", row["EventCode"]) and row["QuadClass"] in "1234"
        assert -10 <= float(row["GoldsteinScale"]) <= 10
        assert int(row["NumMentions"]) >= 1 and row["NumSources"] == row["NumArticles"] == "1"
        assert re.fullmatch(r"\d{14}", row["DATEADDED"]) and row["SOURCEURL"]
    for name, status in documented_columns():
        values = [r[name] for r in rows]
        if status == "empty":
            assert not any(values), f"{name} is documented empty"
    required = [
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor2Code", "Actor2Name",
        "Actor2CountryCode", "Actor1Type1Code", "EventBaseCode", "EventRootCode",
        "Actor1Geo_CountryCode", "Actor1Geo_Lat", "ActionGeo_Type", "ActionGeo_FullName",
        "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_Lat", "ActionGeo_Long",
        "ActionGeo_FeatureID", "TriggerOffsets", "Modality", "Confidence",
    ]  # fmt: skip
    assert [name for name in required if not any(r[name] for r in rows)] == []
