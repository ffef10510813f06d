"""A CAMEO actor code taken apart for tables that keep its parts in separate columns.

``RUSGOVMIL`` is the country ``RUS`` and the types ``GOV``, ``MIL``; ``IGOGOV`` has no country and
the types ``IGO``, ``GOV``. The actor's country (ISO alpha-3 in the record) is written as its CAMEO
country code (three letters: a territory that CAMEO codes inside another state, ``USAPRI``, takes
that state's ``USA``). Known-group codes (``UNO``, ``NAT``) come from the organisations table, by
the actor's canonical name or Wikidata id, since the record keeps them out of the code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.knowledge.actor_codes import load_vocabulary
from eventwire.knowledge.countries import load_countries
from eventwire.knowledge.organizations import load_organizations
from eventwire.records import Actor


@dataclass(frozen=True, slots=True)
class CodeParts:
    """The parts of an actor's CAMEO code.

    Attributes:
        country: the CAMEO country code (three letters) the actor belongs to, or None.
        known_group: the CAMEO known-group code of the organisation, or None.
        types: the type (role, sector) codes in code order.
    """

    country: str | None
    known_group: str | None
    types: tuple[str, ...]

    def labels(self) -> tuple[str, ...]:
        """Return what the type codes stand for ("Government", "Military"), in code order."""
        vocabulary = load_vocabulary()
        return tuple(vocabulary.label("type", code) or code for code in self.types)


@dataclass(frozen=True, slots=True)
class _Tables:
    cameo_of: dict[str, str]
    prefixes: frozenset[str]
    groups_by_name: dict[str, str]
    groups_by_qid: dict[str, str]
    types: frozenset[str]
    groups: frozenset[str]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    countries = load_countries()
    organizations = load_organizations()
    vocabulary = load_vocabulary()
    return _Tables(
        cameo_of={c.iso3: c.cameo[:3] for c in countries},
        prefixes=frozenset(c.cameo for c in countries) | frozenset(c.iso3 for c in countries),
        groups_by_name={o.name: o.group for o in organizations if o.group},
        groups_by_qid={o.wikidata: o.group for o in organizations if o.wikidata and o.group},
        types=vocabulary.types,
        groups=vocabulary.group_codes,
    )


def code_parts(actor: Actor) -> CodeParts:
    """Take an actor's code apart (an actor without a code keeps only its country).

    A block after the country that is a known-group code rather than a type (``NAT`` in
    ``IGONAT``) is taken as the known group when the organisations table names none.
    """
    tables = _tables()
    code = actor.code or ""
    prefix = next((code[:n] for n in (6, 3) if code[:n] in tables.prefixes), None)
    rest = code[len(prefix) :] if prefix else code
    blocks = [rest[i : i + 3] for i in range(0, len(rest) - 2, 3)]
    types = tuple(b for b in blocks if b in tables.types)
    country = tables.cameo_of.get(actor.country or "") or (
        tables.cameo_of.get(prefix[:3], prefix[:3]) if prefix else None
    )
    group = (
        tables.groups_by_name.get(actor.name)
        or (tables.groups_by_qid.get(actor.wikidata) if actor.wikidata else None)
        or next((b for b in blocks if b in tables.groups and b not in tables.types), None)
    )
    return CodeParts(country, group, types)
