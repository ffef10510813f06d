"""The cue table of the statements layer (``knowledge/data/cues.tsv``), read once per process.

Each row names a cue (a verb lemma with an optional particle or preposition, a speech-act noun, a
document noun or a multi-word preposition), the stance it gives a statement, and where its
content is (slots tried in order). The table's header documents every column.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import cast, get_args

from eventwire.knowledge.tsv import packaged, read_table
from eventwire.records import Stance

__all__ = ["SLOTS", "Cue", "CueLexicon", "cue_lexicon"]

TABLE = "cues.tsv"
KINDS = ("verb", "noun", "document", "phrase", "withhold", "not_label")
#: Content slots: how a cue's content is found in the parse (see the table header).
SLOTS = (
    "clause", "to", "object", "small", "prep",
    "of", "for", "as", "on", "about", "against", "at", "with",
)  # fmt: skip
_STANCES = frozenset(get_args(Stance))
_CHECKS: dict[str, Callable[[str], bool]] = {
    "kind": lambda v: v in KINDS,
    "stance": lambda v: v in _STANCES,
    "content": lambda v: all(s in SLOTS for s in v.split("|")),
    "addressee": lambda v: v == "object",
}


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue: its words, stance, content slots and whether its object is the addressee."""

    words: str
    kind: str
    stance: Stance
    slots: tuple[str, ...] = ()
    object_is_addressee: bool = False

    @property
    def particle(self) -> str | None:
        """The particle or preposition of a phrasal verb ("off" in "brush off"), else None."""
        return self.words.partition(" ")[2] or None


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Cues by kind, keyed by their words (lower case lemmas)."""

    verbs: dict[str, Cue]
    nouns: dict[str, Cue]
    documents: frozenset[str]
    phrases: dict[str, Cue]
    withholding: frozenset[str]
    not_labels: frozenset[str]

    def verb(self, lemma: str, particles: tuple[str, ...] = ()) -> Cue | None:
        """Return the cue of a verb: a phrasal entry with one of ``particles`` first, else the bare verb."""
        for particle in particles:
            cue = self.verbs.get(f"{lemma} {particle}")
            if cue is not None:
                return cue
        return self.verbs.get(lemma)

    @property
    def heads(self) -> frozenset[str]:
        """The first words of every verb, noun and phrase cue (what a token must be to be one)."""
        cues = (*self.verbs, *self.nouns, *self.phrases)
        return frozenset(c.partition(" ")[0] for c in cues)

    def is_document(self, words: str) -> bool:
        """Whether ``words`` (a lower-case lemma or two) names a document or broadcast."""
        return words in self.documents


@lru_cache(maxsize=1)
def cue_lexicon() -> CueLexicon:
    """Return the packaged cue table, read once per process.

    Raises:
        KnowledgeError: the table cannot be read or a row is bad.
    """
    table = read_table(packaged(TABLE), ("cue", "kind", "stance"), _CHECKS)
    by_kind: dict[str, dict[str, Cue]] = {kind: {} for kind in KINDS}
    for row in table.rows:
        cue = Cue(
            words=row["cue"].lower(),
            kind=row["kind"],
            stance=cast(Stance, row["stance"]),
            slots=row.items("content"),
            object_is_addressee=row.get("addressee") == "object",
        )
        if row["kind"] in {"verb", "noun", "phrase"} and not cue.slots:
            raise row.error("a cue needs at least one content slot")
        by_kind[row["kind"]][cue.words] = cue
    return CueLexicon(
        verbs=by_kind["verb"],
        nouns=by_kind["noun"],
        documents=frozenset(by_kind["document"]),
        phrases=by_kind["phrase"],
        withholding=frozenset(by_kind["withhold"]),
        not_labels=frozenset(by_kind["not_label"]),
    )
