"""Organisations (``knowledge/data/organizations.tsv``): IGOs, NGOs, media, parties, armed groups.

Each organisation carries its primary CAMEO actor code as of the table's as-of date, and, when
its role changed (the Taliban took power in 2021), the date of the change and the code before:
:meth:`Organization.code_on` gives the code for an article date. The code convention is written
in the table header; codes are checked against ``actor_codes.tsv`` and the countries table.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from eventwire.knowledge.actor_codes import Vocabulary, code_problem, load_vocabulary
from eventwire.knowledge.countries import Country, load_countries
from eventwire.knowledge.names import (
    Marked,
    NameIndex,
    Origin,
    by_identity,
    merge_rows,
    split_marks,
)
from eventwire.knowledge.tsv import Row, packaged, read_table

__all__ = [
    "KINDS",
    "Organization",
    "index_organizations",
    "load_organizations",
    "organization_of",
]

TABLE = "organizations.tsv"

#: The values of the ``kind`` column.
KINDS = frozenset({"igo", "ngo", "media", "party", "armed_group", "company", "court", "other"})

_REQUIRED = ("name", "code", "kind")
_CHECKS: dict[str, Callable[[str], bool]] = {
    "kind": KINDS.__contains__,
    "country": lambda v: re.fullmatch(r"[A-Z]{3}", v) is not None,
    "wikidata": lambda v: re.fullmatch(r"Q[1-9]\d*", v) is not None,
    "code_since": lambda v: re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) is not None,
}


@dataclass(frozen=True, slots=True)
class Organization:
    """An organisation with its CAMEO codes.

    ``aliases`` holds the names as written, without marks; ``exact`` lists those that match
    only as written (see :mod:`eventwire.knowledge.names`).
    """

    name: str
    aliases: tuple[str, ...]
    code: str
    group: str | None
    kind: str
    country: str | None
    wikidata: str | None
    code_since: str | None
    former_code: str | None
    note: str | None
    source: str
    exact: frozenset[str] = frozenset()
    origin: Origin = field(default=Origin("", 0), compare=False, repr=False)

    @property
    def names(self) -> tuple[str, ...]:
        """The name and aliases, without repeats."""
        return tuple(dict.fromkeys((self.name, *self.aliases)))

    def code_on(self, on: dt.date | None) -> str:
        """Return the code that applies on a date: ``former_code`` before ``code_since``.

        Without a date the table's (as-of) ``code`` applies.
        """
        if self.former_code and self.code_since and on is not None:
            return self.former_code if on < dt.date.fromisoformat(self.code_since) else self.code
        return self.code


def load_organizations(
    path: Path | None = None,
    extra: Sequence[Path] = (),
    countries: Iterable[Country] | None = None,
) -> tuple[Organization, ...]:
    """Load and validate the organisations table.

    Args:
        path: a table in the ``organizations.tsv`` format; the packaged table when ``None``.
        extra: override files: a row adds an organisation or replaces the one with the same name.
        countries: the countries that codes and the ``country`` column may name; the packaged
            countries when ``None``.

    Returns:
        The organisations in table order (overriding rows in place, added rows at the end).

    Raises:
        KnowledgeError: a file cannot be read, a row is bad (unknown country, type or group
            code; a code that does not start with its country), a name repeats, or two
            organisations claim the same alias (the message names both lines).
    """
    if path is None and not extra and countries is None:
        return _load_packaged()
    known = load_countries() if countries is None else tuple(countries)
    return _load(path or packaged(TABLE), extra, known)


@lru_cache(maxsize=1)
def _load_packaged() -> tuple[Organization, ...]:
    return _load(packaged(TABLE), (), load_countries())


def _load(
    path: Path, extra: Sequence[Path], countries: tuple[Country, ...]
) -> tuple[Organization, ...]:
    rows = merge_rows(_rows(path), [_rows(p) for p in extra], "name")
    checker = _Checker(load_vocabulary(), countries)
    organizations = tuple(_organization(row, checker) for row in rows)
    index_organizations(organizations)
    return organizations


def _rows(path: Path) -> tuple[Row, ...]:
    return read_table(path, _REQUIRED, _CHECKS).rows


class _Checker:
    """Checks the codes of a row against the vocabulary and the known countries."""

    def __init__(self, vocabulary: Vocabulary, countries: Iterable[Country]) -> None:
        self.vocabulary = vocabulary
        self.groups = vocabulary.group_codes
        self.cameo_of = {c.iso3: c.cameo[:3] for c in countries}
        self.blocks = frozenset(self.cameo_of) | frozenset(self.cameo_of.values())

    def check(self, row: Row) -> None:
        for column in ("code", "former_code"):
            problem = row.get(column) and code_problem(row[column], self.vocabulary, self.blocks)
            if problem:
                raise row.error(problem)
        group, country = row.get("group"), row.get("country")
        if group and group not in self.groups:
            raise row.error(f"unknown CAMEO known-group code {group!r}")
        if country and country not in self.cameo_of:
            raise row.error(f"unknown country {country!r}")
        first = row["code"][:3]
        if country and first in self.blocks and first not in {country, self.cameo_of[country]}:
            raise row.error(f"code {row['code']!r} does not start with the code of {country}")
        if bool(row.get("code_since")) != bool(row.get("former_code")):
            raise row.error("code_since and former_code go together")


def _organization(row: Row, checker: _Checker) -> Organization:
    checker.check(row)
    return organization_of(row)


def organization_of(row: Row) -> Organization:
    """The organisation of a table row (checked beforehand: see ``_Checker``)."""
    aliases = split_marks(row.items("aliases"))
    return Organization(
        name=row["name"],
        aliases=aliases.items,
        code=row["code"],
        group=row.get("group") or None,
        kind=row["kind"],
        country=row.get("country") or None,
        wikidata=row.get("wikidata") or None,
        code_since=row.get("code_since") or None,
        former_code=row.get("former_code") or None,
        note=row.get("note") or None,
        source=row["source"],
        exact=aliases.exact,
        origin=Origin.of(row),
    )


@by_identity
def index_organizations(organizations: tuple[Organization, ...]) -> NameIndex[Organization]:
    """Build the name and alias lookup of a set of organisations.

    Raises:
        KnowledgeError: two organisations claim the same name or alias (naming both lines).
    """
    index: NameIndex[Organization] = NameIndex("name")
    for org in organizations:
        index.add_marked(Marked(org.names, org.exact, frozenset()), org, org.name, org.origin)
    return index
