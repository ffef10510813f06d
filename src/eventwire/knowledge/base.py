"""All knowledge tables in one object, with user override files and fast lookups.

:func:`load_knowledge` reads the packaged tables (countries, organisations, agents, people) plus
any user files, once per set of files, and returns a frozen :class:`Knowledge` whose lookup
indexes are built once. A user file is a table in the format of the one it extends, whose first
line names it::

    # table: countries
    # as-of: 2025-07-01
    # source: my own research
    # column: ...
    iso3	cameo	name	...

Its rows add to the packaged rows, or replace the packaged row with the same key (``iso3`` for
countries, ``name`` for organisations, ``phrase`` for agents, ``person`` for people). Files apply
in the order given. :func:`knowledge_version` is a short hash of the data, recorded in
``meta.pipeline.knowledge``.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from eventwire.errors import KnowledgeError
from eventwire.knowledge.agents import Agent, AgentIndex, index_agents, load_agents
from eventwire.knowledge.countries import Country, CountryIndex, index_countries, load_countries
from eventwire.knowledge.generated import (
    ORGANIZATIONS_FILE,
    PEOPLE_FILES,
    GeneratedOrganizations,
    GeneratedPeople,
    generated_organizations,
    generated_people,
)
from eventwire.knowledge.names import NameIndex
from eventwire.knowledge.organizations import (
    Organization,
    index_organizations,
    load_organizations,
)
from eventwire.knowledge.people import Person, load_people
from eventwire.knowledge.tsv import packaged

T = TypeVar("T")

__all__ = [
    "TABLES",
    "Knowledge",
    "cached_per_knowledge",
    "knowledge_version",
    "load_knowledge",
    "table_of",
]

#: The tables a user file may extend (named on its first line, ``# table: NAME``).
TABLES = ("countries", "organizations", "agents", "people")

_VERSION_LENGTH = 12


@dataclass(frozen=True)
class Knowledge:
    """The loaded knowledge tables and their lookups.

    Build it with :func:`load_knowledge`. Name lookups fold case and accents (see
    :mod:`eventwire.knowledge.names`) and return ``None`` when nothing matches.
    """

    countries: tuple[Country, ...]
    organizations: tuple[Organization, ...]
    agents: tuple[Agent, ...]
    people: tuple[Person, ...]
    version: str = ""
    history: GeneratedPeople | None = field(default=None, repr=False, compare=False)
    _countries: CountryIndex = field(init=False, repr=False, compare=False)
    _organizations: NameIndex[Organization] = field(init=False, repr=False, compare=False)
    _agents: AgentIndex = field(init=False, repr=False, compare=False)
    _generated: GeneratedOrganizations = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_countries", index_countries(self.countries))
        object.__setattr__(self, "_generated", generated_organizations(self._countries))
        object.__setattr__(self, "_organizations", index_organizations(self.organizations))
        object.__setattr__(self, "_agents", index_agents(self.agents))

    def country_by_alias(self, text: str) -> Country | None:
        """Return the country a name stands for: "DPRK", "U.S.", "Britain", "Ivory Coast"."""
        return self._countries.aliases.get(text)

    def country_by_demonym(self, text: str) -> Country | None:
        """Return the country of a demonym: "North Korean", "Ukrainians", "Chinese"."""
        return self._countries.demonyms.get(text)

    def country_by_metonym(self, text: str) -> Country | None:
        """Return the country whose government a metonym stands for: "the Kremlin", "Kyiv"."""
        return self._countries.metonyms.get(text)

    def country_by_code(self, code: str) -> Country | None:
        """Return the country with an ISO alpha-3 or CAMEO country code ("TLS", "TMP")."""
        return self._countries.by_code(code)

    def org_by_alias(self, text: str) -> Organization | None:
        """Return the organisation a name or acronym stands for: "NATO", "Hamas", "ISIS".

        The hand table (and user files) first, then the generated table (see
        :mod:`eventwire.knowledge.generated`).
        """
        return self._organizations.get(text) or self._generated.get(text)

    def agent_by_phrase(self, text: str) -> Agent | None:
        """Return the agent of a lemma phrase or plain plural: "soldier", "intelligence officials"."""
        return self._agents.get(text)


def cached_per_knowledge(build: Callable[[Knowledge], T]) -> Callable[[Knowledge], T]:
    """Cache what ``build`` makes from a knowledge object, once per knowledge version.

    Lexicons, rulers and indexes built from the tables use this: each pipeline passes its own
    knowledge, and nothing is built twice for the same tables.
    """
    built: dict[str, T] = {}

    @functools.wraps(build)
    def current(knowledge: Knowledge) -> T:
        if knowledge.version not in built:
            built[knowledge.version] = build(knowledge)
        return built[knowledge.version]

    return current


def load_knowledge(extra: Sequence[Path] = ()) -> Knowledge:
    """Load the packaged tables and the user files, once per set of files.

    Args:
        extra: user files, each starting with a ``# table: NAME`` line (see :data:`TABLES`).

    Raises:
        KnowledgeError: a file cannot be read, does not name its table, or has a bad row (the
            message names the file and line).
    """
    return _load(tuple(Path(p) for p in extra))


@lru_cache(maxsize=8)
def _load(extra: tuple[Path, ...]) -> Knowledge:
    files: dict[str, list[Path]] = {name: [] for name in TABLES}
    for path in extra:
        files[table_of(path)].append(path)
    countries = load_countries(extra=files["countries"])
    organizations = load_organizations(
        extra=files["organizations"], countries=countries if files["countries"] else None
    )
    people = load_people()
    for path in files["people"]:
        people = _override_people(people, load_people(path))
    people, history = generated_people(people)
    return Knowledge(
        countries=countries,
        organizations=organizations,
        agents=load_agents(extra=files["agents"]),
        people=people,
        version=knowledge_version(extra),
        history=history,
    )


def table_of(path: Path) -> str:
    """Return the table a user file extends, from its first line ``# table: NAME``.

    Raises:
        KnowledgeError: the file cannot be read or its first line names no known table.
    """
    try:
        with path.open(encoding="utf-8") as handle:
            first = next((line.strip() for line in handle if line.strip()), "")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"cannot read table ({exc})", source=str(path)) from None
    label, _, name = first.lstrip("#").partition(":")
    if not first.startswith("#") or label.strip().lower() != "table" or name.strip() not in TABLES:
        raise KnowledgeError(
            f"line 1: a user table must start with '# table: NAME', NAME one of {', '.join(TABLES)}",
            source=str(path),
        )
    return name.strip()


def _override_people(base: tuple[Person, ...], extra: tuple[Person, ...]) -> tuple[Person, ...]:
    merged = {person.name: person for person in base}
    merged.update((person.name, person) for person in extra)
    return tuple(merged.values())


def knowledge_version(extra: Sequence[Path] = ()) -> str:
    """Return a short hash of the packaged data files and of the user files."""
    digest = hashlib.sha256(_packaged_digest().encode())
    for path in extra:
        try:
            digest.update(Path(path).read_bytes())
        except OSError as exc:
            raise KnowledgeError(f"cannot read table ({exc})", source=str(path)) from None
    return digest.hexdigest()[:_VERSION_LENGTH]


@lru_cache(maxsize=1)
def _packaged_digest() -> str:
    digest = hashlib.sha256()
    folder = packaged("countries.tsv").parent
    for path in sorted(
        [*folder.glob("*.tsv"), *(folder / n for n in (*PEOPLE_FILES, ORGANIZATIONS_FILE))]
    ):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()
