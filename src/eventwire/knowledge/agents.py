"""Agent nouns (``knowledge/data/agents.tsv``): "soldiers", "police", "rebels" -> CAMEO sector codes.

Phrases are lowercase lemmas in the singular; extraction matches them on token lemmas. The index
returned by :func:`index_agents` also accepts a plain plural ("intelligence officials"), reduced
to its singular by a few English rules, for callers that hold text rather than lemmas.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from eventwire.knowledge.actor_codes import load_vocabulary
from eventwire.knowledge.names import Origin, by_identity, merge_rows
from eventwire.knowledge.tsv import Row, packaged, read_table

__all__ = ["Agent", "AgentIndex", "index_agents", "load_agents", "singulars"]

TABLE = "agents.tsv"

_REQUIRED = ("phrase", "sector", "plural_only")
_CHECKS: dict[str, Callable[[str], bool]] = {
    "phrase": lambda v: v == " ".join(v.lower().split()),
    "plural_only": lambda v: v in {"yes", "no"},
}
# Irregular plurals of the last word; "-men" and the regular endings are handled by rules.
_IRREGULAR = {"children": "child", "thieves": "thief", "people": "people", "police": "police"}


@dataclass(frozen=True, slots=True)
class Agent:
    """An agent noun phrase and the CAMEO type code it stands for.

    ``plural_only`` marks phrases that name an actor only in the plural ("forces",
    "authorities"); checking the number is the caller's job.
    """

    phrase: str
    sector: str
    plural_only: bool
    note: str | None
    source: str
    origin: Origin = field(default=Origin("", 0), compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class AgentIndex:
    """Lookup of agents by lemma phrase; build it with :func:`index_agents`."""

    by_phrase: dict[str, Agent]

    def get(self, text: str) -> Agent | None:
        """Return the agent for a lemma phrase or a plain plural of one (case-insensitive; a
        typographic apostrophe reads as a straight one: "sheriff’s office")."""
        for candidate in singulars(" ".join(text.lower().replace("\u2019", "'").split())):
            agent = self.by_phrase.get(candidate)
            if agent is not None:
                return agent
        return None


def singulars(phrase: str) -> tuple[str, ...]:
    """Return the phrase and the singulars its last word may have, most likely first.

    >>> singulars("intelligence officials")
    ('intelligence officials', 'intelligence official')
    """
    head, _, last = phrase.rpartition(" ")
    forms = [last]
    if last in _IRREGULAR:
        forms.append(_IRREGULAR[last])
    elif last.endswith("men"):
        forms.append(last[:-3] + "man")
    elif last.endswith("ies") and len(last) > 4:
        forms.append(last[:-3] + "y")
    elif last.endswith(("ches", "shes", "sses", "xes", "zes")):
        forms.append(last[:-2])
    elif last.endswith("s") and not last.endswith("ss"):
        forms.append(last[:-1])
    prefix = f"{head} " if head else ""
    return tuple(dict.fromkeys(prefix + form for form in forms))


def load_agents(path: Path | None = None, extra: Sequence[Path] = ()) -> tuple[Agent, ...]:
    """Load and validate the agents table.

    Args:
        path: a table in the ``agents.tsv`` format; the packaged table when ``None``.
        extra: override files: a row adds a phrase or replaces the one with the same phrase.

    Returns:
        The agents in table order (overriding rows in place, added rows at the end).

    Raises:
        KnowledgeError: a file cannot be read, a row is bad (a phrase not in lowercase, a
            sector that is not a CAMEO type code) or a phrase repeats (naming both lines).
    """
    if path is None and not extra:
        return _load_packaged()
    return _load(path or packaged(TABLE), extra)


@lru_cache(maxsize=1)
def _load_packaged() -> tuple[Agent, ...]:
    return _load(packaged(TABLE), ())


def _load(path: Path, extra: Sequence[Path]) -> tuple[Agent, ...]:
    types = load_vocabulary().types
    rows = merge_rows(_rows(path), [_rows(p) for p in extra], "phrase")
    return tuple(_agent(row, types) for row in rows)


def _rows(path: Path) -> tuple[Row, ...]:
    return read_table(path, _REQUIRED, _CHECKS).rows


def _agent(row: Row, types: frozenset[str]) -> Agent:
    if row["sector"] not in types:
        raise row.error(f"sector {row['sector']!r} is not a CAMEO type code")
    return Agent(
        phrase=row["phrase"],
        sector=row["sector"],
        plural_only=row["plural_only"] == "yes",
        note=row.get("note") or None,
        source=row["source"],
        origin=Origin.of(row),
    )


@by_identity
def index_agents(agents: tuple[Agent, ...]) -> AgentIndex:
    """Build the phrase lookup of a set of agents (phrases are unique once loaded)."""
    return AgentIndex({agent.phrase: agent for agent in agents})
