"""Linking ISO 3166-2 regions to GeoNames admin1 codes, names and centres; the hand tables."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from gazetteer_sources import extra_rows

from eventwire.extract.places.cues import load_cues
from eventwire.extract.places.regions import (
    area_centre,
    display_name,
    link_admin1,
    proper_name,
    stems,
)
from eventwire.extract.places.resolve import distance_km


def test_stems_find_the_namesake_town_first() -> None:
    assert stems("Kurskaya oblast'")[0] == "kursk"
    assert "belgorod" in stems("Belgorodskaya oblast'")
    assert stems("Gansu Sheng")[0] == "gansu"
    assert proper_name("Tatarstan, Respublika") == "tatarstan"


@pytest.mark.parametrize(
    ("iso_name", "town", "expected"),
    [
        ("Kurskaya oblast'", "Kursk", "Kursk Oblast"),
        ("Gansu Sheng", None, "Gansu"),
        ("Tatarstan, Respublika", None, "Tatarstan"),
        ("Gyeonggi-do", None, "Gyeonggi"),
        ("Texas", None, "Texas"),
    ],
)
def test_display_name(iso_name: str, town: str | None, expected: str) -> None:
    assert display_name(iso_name, town) == expected


@dataclass
class Towns:
    admin1_by_town: dict[str, str] = field(default_factory=dict)
    admin1_by_name: dict[str, str] = field(default_factory=dict)
    admin1_by_alternate: dict[str, str] = field(default_factory=dict)
    points: dict[str, list[tuple[float, float]]] = field(default_factory=dict)


def test_link_admin1() -> None:
    subs = [("XX-KRS", "Kurskaya oblast'"), ("XX-ON", "Ontario"), ("XX-ZZ", "Nowhere")]
    subs += [("XX-MOW", "Moskva"), ("XX-MOS", "Moskovskaya oblast'")]
    towns = Towns(
        {"kursk": "41"},
        {"kursk": "41", "toronto": "08"},
        {"moskva": "48", "moskov": "48"},
        {"41": [], "08": [], "48": [], "47": []},
    )
    linked = link_admin1(subs, towns, {"XX-ON": "toronto"})
    assert linked == {
        "XX-KRS": ("41", "kursk"),
        "XX-ON": ("08", "toronto"),
        "XX-MOW": ("48", "moskva"),  # whole name by an alternate spelling; never a stem
    }
    direct = link_admin1([("US-TX", "Texas")], Towns(points={"TX": []}), {})
    assert direct == {"US-TX": ("TX", None)}


def test_area_centre_is_not_pulled_by_dense_places() -> None:
    points = [(30.0, -97.0)] * 50 + [(34.0, -102.0), (26.0, -98.0)]
    lat, lon = area_centre(points) or (0.0, 0.0)
    assert distance_km((lat, lon), (30.0, -99.0)) < 300
    assert area_centre([]) is None
    # across the antimeridian the centre stays on the same side
    lat, lon = area_centre([(-17.0, 179.5), (-17.0, -179.5)]) or (0.0, 0.0)
    assert abs(abs(lon) - 180.0) < 1.0


def test_hand_table_rows() -> None:
    rows = extra_rows()
    kinds = {row["kind"] for row in rows}
    assert kinds == {"admin1", "country", "region"}
    for row in rows:
        if row["kind"] != "admin1":
            assert row["lat"] and row["lon"], row.line
            assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180
        if row["kind"] == "region":
            assert row["names"], row.line


def test_cues_are_loaded() -> None:
    cues = load_cues()
    assert {"deny", "say", "confirm"} <= cues.verbs
    assert "deployment" in cues.nouns and "at" in cues.locatives
    assert "region" in cues.regions and "police" in cues.institutions and "virus" in cues.eponyms
