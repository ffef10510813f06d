"""The packaged gazetteer: format, lookups, and the places the layer relies on."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from build_gazetteer import write
from gazetteer_sources import Draft

from eventwire.errors import KnowledgeError
from eventwire.extract.places import fold, load_gazetteer, read_gazetteer
from eventwire.extract.places.gazetteer import GAZETTEER_FILE
from eventwire.extract.places.resolve import distance_km
from eventwire.knowledge.tsv import packaged


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The Hague", "hague"),
        ("U.S.", "us"),
        ("Winston-Salem", "winston salem"),
        ("São Paulo", "sao paulo"),
        ("St. John's", "st johns"),
        ("Łódź", "lodz"),
        ("  Kursk   Oblast ", "kursk oblast"),
    ],
)
def test_fold(text: str, key: str) -> None:
    assert fold(text) == key


def test_header_names_the_licence() -> None:
    head = gzip.decompress(packaged(GAZETTEER_FILE).read_bytes())[:800].decode()
    assert "GeoNames" in head and "CC BY 4.0" in head


LANDMARKS = [
    # (name, feature, country, lat, lon): facts the places layer relies on
    ("Kursk Oblast", "ADM1", "RUS", 51.7, 36.2),
    ("Texas", "ADM1", "USA", 31.3, -99.3),
    ("Ontario", "ADM1", "CAN", 50.0, -86.0),
    ("Beijing", "PPLC", "CHN", 39.9, 116.4),
    ("Moscow", "PPLC", "RUS", 55.75, 37.62),
    ("Tianjin", "PPLA", "CHN", 39.14, 117.18),
    ("United States", "PCLI", "USA", 39.8, -98.6),
    ("Gaza Strip", "RGN", "PSE", 31.4, 34.4),
    ("Africa", "CONT", None, 7.2, 21.1),
]


@pytest.mark.parametrize(("name", "feature", "country", "lat", "lon"), LANDMARKS)
def test_landmarks(name: str, feature: str, country: str | None, lat: float, lon: float) -> None:
    gazetteer = load_gazetteer()
    found = [m.entry for m in gazetteer.lookup(fold(name)) if m.entry.feature == feature]
    assert found, f"{name} ({feature}) missing"
    entry = found[0]
    assert entry.country == country
    assert entry.lat is not None and entry.lon is not None
    assert distance_km((entry.lat, entry.lon), (lat, lon)) < 150


def test_lookup_order_and_alternates() -> None:
    gazetteer = load_gazetteer()
    paris = gazetteer.lookup("paris")
    assert paris[0].entry.country == "FRA" and paris[0].main
    assert any(m.entry.country == "USA" and m.entry.admin1 == "TX" for m in paris)
    kiev = gazetteer.lookup("kiev")  # an alternate spelling of Kyiv
    assert kiev and kiev[0].entry.name == "Kyiv" and not kiev[0].main
    assert gazetteer.lookup("no such place anywhere") == ()
    assert gazetteer.lookup("") == ()


def test_regions_and_counties() -> None:
    gazetteer = load_gazetteer()
    kursk = next(m.entry for m in gazetteer.lookup("kursk") if m.entry.kind == "town")
    region = gazetteer.region_of(kursk)
    assert region is not None and region.name == "Kursk Oblast"
    counties = [m.entry for m in gazetteer.lookup("laurel county")]
    assert {e.admin1 for e in counties} >= {"KY"} and all(e.feature == "ADM2" for e in counties)
    assert gazetteer.countries["GEO"].name == "Georgia"
    assert gazetteer.admin1s["USA.GA"].name == "Georgia"


def test_round_trip(tmp_path: Path) -> None:
    drafts = [
        Draft("Freedonia", "PCLI", "FRD", population=5, keys={"freedonia": True}),
        Draft("Upper Ridge", "ADM1", "FRD", "01", 10.0, 20.0, keys={"upper ridge": True}),
        Draft(
            "Sylvania", "PPL", "FRD", "01", 10.5, 20.5, 2000, 42, {"sylvania": True, "sylva": False}
        ),
        Draft("Sylvania", "PPL", "FRD", "02", 11.0, 21.0, 9000, 43, {"sylvania": True}),
    ]
    out = tmp_path / "g.tsv.gz"
    assert write(out, drafts) == (4, 4)
    gazetteer = read_gazetteer(out)
    assert [m.entry.population for m in gazetteer.lookup("sylvania")] == [9000, 2000]
    (alternate,) = gazetteer.lookup("sylva")
    assert alternate.entry.geonameid == 42 and not alternate.main
    assert gazetteer.countries["FRD"].name == "Freedonia"
    assert gazetteer.admin1s["FRD.01"].lat == 10.0
    assert gazetteer.region_of(alternate.entry) == gazetteer.admin1s["FRD.01"]
    assert [m.entry.name for m in gazetteer.lookup("freedonia")] == ["Freedonia"]
    assert [m.entry.name for m in gazetteer.lookup("upper ridge")] == ["Upper Ridge"]
    assert gazetteer.lookup("a") == () and gazetteer.lookup("zzz") == ()


def test_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.gz"
    bad.write_bytes(b"not gzip")
    with pytest.raises(KnowledgeError):
        read_gazetteer(bad)
    empty = tmp_path / "empty.gz"
    empty.write_bytes(gzip.compress(b"# nothing\n"))
    with pytest.raises(KnowledgeError):
        read_gazetteer(empty)
