"""Countries and territories (``knowledge/data/countries.tsv``): codes, names, demonyms, metonyms.

:func:`load_countries` reads and validates the table (and any override files);
:func:`index_countries` builds the name lookups (alias, demonym, metonym, code), refusing a name
that two countries claim. Name matching rules are those of :mod:`eventwire.knowledge.names`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from eventwire.knowledge.names import (
    Marked,
    NameIndex,
    Origin,
    by_identity,
    merge_rows,
    split_marks,
)
from eventwire.knowledge.tsv import Row, packaged, read_table

__all__ = ["Country", "CountryIndex", "index_countries", "load_countries"]

TABLE = "countries.tsv"

_REQUIRED = ("iso3", "cameo", "name", "formal", "un_member")
_CHECKS: dict[str, Callable[[str], bool]] = {
    "iso3": lambda v: re.fullmatch(r"[A-Z]{3}", v) is not None,
    "cameo": lambda v: re.fullmatch(r"[A-Z]{3}(?:[A-Z]{3})?", v) is not None,
    "un_member": lambda v: v in {"yes", "no"},
}


@dataclass(frozen=True, slots=True)
class Country:
    """A country or territory.

    ``aliases``, ``demonyms`` and ``metonyms`` hold the names as written, without marks;
    ``exact`` lists those that match only as written, ``shared`` those that never resolve
    alone because another country uses them too (see :mod:`eventwire.knowledge.names`).
    """

    iso3: str
    cameo: str
    name: str
    formal: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str | None
    metonyms: tuple[str, ...]
    un_member: bool
    region: str | None
    source: str
    exact: frozenset[str] = frozenset()
    shared: frozenset[str] = frozenset()
    origin: Origin = field(default=Origin("", 0), compare=False, repr=False)

    @property
    def names(self) -> tuple[str, ...]:
        """The country's name, formal name and aliases, without repeats."""
        return tuple(dict.fromkeys((self.name, self.formal, *self.aliases)))


@dataclass(frozen=True, slots=True)
class CountryIndex:
    """Lookups over a set of countries; build it with :func:`index_countries`."""

    aliases: NameIndex[Country]
    demonyms: NameIndex[Country]
    metonyms: NameIndex[Country]
    codes: dict[str, Country]

    def by_code(self, code: str) -> Country | None:
        """Return the country with this ISO alpha-3 or CAMEO code (exact, upper case)."""
        return self.codes.get(code.strip().upper())


def load_countries(path: Path | None = None, extra: Sequence[Path] = ()) -> tuple[Country, ...]:
    """Load and validate the countries table.

    Args:
        path: a table in the ``countries.tsv`` format; the packaged table when ``None``.
        extra: override files: a row adds a country or replaces the one with the same ``iso3``.

    Returns:
        The countries in table order (overriding rows in place, added rows at the end).

    Raises:
        KnowledgeError: a file cannot be read, a row is bad, an ``iso3`` or ``cameo`` code
            repeats, or two countries claim the same name (the message names both lines).
    """
    if path is None and not extra:
        return _load_packaged()
    return _load(path or packaged(TABLE), extra)


@lru_cache(maxsize=1)
def _load_packaged() -> tuple[Country, ...]:
    return _load(packaged(TABLE), ())


def _load(path: Path, extra: Sequence[Path]) -> tuple[Country, ...]:
    rows = merge_rows(_rows(path), [_rows(p) for p in extra], "iso3")
    countries = tuple(_country(row) for row in rows)
    index_countries(countries)
    return countries


def _rows(path: Path) -> tuple[Row, ...]:
    return read_table(path, _REQUIRED, _CHECKS).rows


def _country(row: Row) -> Country:
    aliases = split_marks(row.items("aliases"))
    demonyms = split_marks(row.items("demonyms"))
    metonyms = split_marks(row.items("metonyms"))
    return Country(
        iso3=row["iso3"],
        cameo=row["cameo"],
        name=row["name"],
        formal=row["formal"],
        aliases=aliases.items,
        demonyms=demonyms.items,
        capital=row.get("capital") or None,
        metonyms=metonyms.items,
        un_member=row["un_member"] == "yes",
        region=row.get("region") or None,
        source=row["source"],
        exact=aliases.exact | demonyms.exact | metonyms.exact,
        shared=aliases.shared | demonyms.shared | metonyms.shared,
        origin=Origin.of(row),
    )


@by_identity
def index_countries(countries: tuple[Country, ...]) -> CountryIndex:
    """Build the lookups of a set of countries.

    Raises:
        KnowledgeError: two countries claim the same alias, demonym or metonym (the message
            names both lines).
    """
    # An iso3 wins over a CAMEO code: a territory may carry its parent's code (Jersey: GBR).
    codes = {country.iso3: country for country in countries}
    for country in countries:
        codes.setdefault(country.cameo, country)
    index = CountryIndex(NameIndex("alias"), NameIndex("demonym"), NameIndex("metonym"), codes)
    for country in countries:
        key, origin = country.iso3, country.origin
        for names, by_name in (
            (country.names, index.aliases),
            (country.demonyms, index.demonyms),
            (country.metonyms, index.metonyms),
        ):
            by_name.add_marked(Marked(names, country.exact, country.shared), country, key, origin)
    return index
