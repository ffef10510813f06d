"""Closed word lists of the actors layer (``knowledge/data/reference_words.tsv``).

Pronouns with their gender or number, verbs of saying and political verbs, plural-reference
nouns ("the two countries"), title words, seats of government and the other small lists that
actor extraction and coreference read. The table's header documents each kind;
:func:`load_reference_words` reads it once per process.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from eventwire.knowledge.tsv import packaged, read_table

__all__ = ["KINDS", "ReferenceWords", "load_reference_words"]

TABLE = "reference_words.tsv"

#: The values of the ``kind`` column.
KINDS = (
    "pronoun",
    "speech_verb",
    "govern_verb",
    "govern_noun",
    "set_noun",
    "set_count",
    "former",
    "title_skip",
    "honorific",
    "title_abbreviation",
    "role_noun",
    "leader_noun",
    "government_noun",
    "body",
    "locative",
    "seat",
    "equipment",
    "portfolio",
    "not_surname",
    "suspect_verb",
    "accusation_verb",
    "charge_noun",
    "defendant_verb",
    "verdict_word",
    "company_noun",
    "company_verb",
    "company_head",
    "outlet_head",
    "not_agent",
    "force_verb",
    "abroad_noun",
)
_VALUED = {"pronoun", "set_noun", "set_count", "charge_noun", "title_abbreviation"}
_CHARGE_USES = frozenset({"owned", "object"})
_CHECKS: dict[str, Callable[[str], bool]] = {"kind": lambda v: v in KINDS}


@dataclass(frozen=True, slots=True)
class ReferenceWords:
    """The word lists by kind; valued kinds map a word to its value.

    Words are lower case, except ``seats`` and ``not_surnames``, which keep the table's case.
    """

    pronouns: dict[str, str]
    speech_verbs: frozenset[str]
    govern_verbs: frozenset[str]
    govern_nouns: frozenset[str]
    set_nouns: dict[str, str]
    set_counts: dict[str, int]
    former: frozenset[str]
    title_skip: frozenset[str]
    honorifics: frozenset[str]
    honorific_genders: dict[str, str]  # "mrs." -> f: the honorifics that tell a gender
    title_abbreviations: dict[str, str]  # "sen." -> "senator"
    role_nouns: frozenset[str]
    leader_nouns: frozenset[str]
    government_nouns: frozenset[str]
    bodies: frozenset[str]
    locatives: frozenset[str]
    seats: frozenset[str]
    equipment: frozenset[str]
    portfolios: frozenset[str]
    not_surnames: frozenset[str]
    suspect_verbs: frozenset[str]
    accusation_verbs: frozenset[str]
    charge_nouns: dict[str, str]  # "conviction" -> "owned object": where it marks a suspect
    defendant_verbs: frozenset[str]
    verdict_words: frozenset[str]
    company_nouns: frozenset[str]
    company_verbs: frozenset[str]
    company_heads: frozenset[str] = frozenset()  # "motors": "General Motors" is a company
    outlet_heads: frozenset[str] = frozenset()  # "times": "the Toronto Times" is a news outlet
    not_agents: frozenset[str] = frozenset()  # "christmas party": a modifier and an agent noun
    force_verbs: frozenset[str] = frozenset()  # "withdraw": its object forces are its subject's
    abroad_nouns: frozenset[str] = frozenset()  # "consulate": its place is not its country


@lru_cache(maxsize=1)
def load_reference_words() -> ReferenceWords:
    """Return the packaged reference words, read once per process.

    Raises:
        KnowledgeError: the table cannot be read or a row is bad (unknown kind, a valued kind
            without a value, a set count that is not a number).
    """
    table = read_table(packaged(TABLE), ("word", "kind"), _CHECKS)
    plain: dict[str, set[str]] = {kind: set() for kind in KINDS}
    valued: dict[str, dict[str, str]] = {kind: {} for kind in _VALUED}
    genders: dict[str, str] = {}
    for row in table.rows:
        kind, word = row["kind"], row["word"]
        if kind == "honorific" and row.get("value"):
            if row["value"] not in {"m", "f"}:
                raise row.error(f"an honorific's gender must be m or f, not {row['value']!r}")
            genders[word.lower()] = row["value"]
        if kind in _VALUED:
            value = row.get("value")
            if not value or (kind == "set_count" and not value.isdigit()):
                raise row.error(
                    f"kind {kind!r} needs a {'number' if kind == 'set_count' else 'value'}"
                )
            if kind == "charge_noun" and not set(value.split()) <= _CHARGE_USES:
                raise row.error(f"a charge noun's uses are 'owned' and 'object', not {value!r}")
            valued[kind][word.lower()] = value
        else:
            plain[kind].add(word if kind in {"seat", "not_surname"} else word.lower())
    return ReferenceWords(
        pronouns=valued["pronoun"],
        speech_verbs=frozenset(plain["speech_verb"]),
        govern_verbs=frozenset(plain["govern_verb"] | plain["speech_verb"]),
        govern_nouns=frozenset(plain["govern_noun"]),
        set_nouns=valued["set_noun"],
        set_counts={word: int(n) for word, n in valued["set_count"].items()},
        former=frozenset(plain["former"]),
        title_skip=frozenset(plain["title_skip"]),
        honorifics=frozenset(plain["honorific"]),
        honorific_genders=genders,
        title_abbreviations=valued["title_abbreviation"],
        role_nouns=frozenset(plain["role_noun"]),
        leader_nouns=frozenset(plain["leader_noun"]),
        government_nouns=frozenset(plain["government_noun"]),
        bodies=frozenset(plain["body"]),
        locatives=frozenset(plain["locative"]),
        seats=frozenset(plain["seat"]),
        equipment=frozenset(plain["equipment"]),
        portfolios=frozenset(plain["portfolio"]),
        not_surnames=frozenset(plain["not_surname"]),
        suspect_verbs=frozenset(plain["suspect_verb"]),
        accusation_verbs=frozenset(plain["accusation_verb"]),
        charge_nouns=valued["charge_noun"],
        defendant_verbs=frozenset(plain["defendant_verb"]),
        verdict_words=frozenset(plain["verdict_word"]),
        company_nouns=frozenset(plain["company_noun"]),
        company_verbs=frozenset(plain["company_verb"]),
        company_heads=frozenset(plain["company_head"]),
        outlet_heads=frozenset(plain["outlet_head"]),
        not_agents=frozenset(plain["not_agent"]),
        force_verbs=frozenset(plain["force_verb"]),
        abroad_nouns=frozenset(plain["abroad_noun"]),
    )
