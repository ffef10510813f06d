"""Event patterns: verb and noun triggers -> CAMEO codes, and the cues of modality.

Tables (``knowledge/data``; each header documents its columns):

* ``event_classes.tsv`` -- word classes (``@forces``, ``@agreement`` ...) that slots are matched to;
* ``event_topics.tsv`` -- code families (``*appeal``, ``*reject`` ...): a family takes its code from
  the first class its slot matches;
* ``event_verbs.tsv`` and ``event_nouns.tsv`` -- the patterns;
* ``event_light_verbs.tsv`` -- verbs whose object names the event ("held talks");
* ``event_modality.tsv`` -- auxiliaries, control verbs, adjectives and markers of modality.

:func:`load_patterns` validates every row (a bad row raises ``KnowledgeError`` naming the file
and the line; every code must exist in ``event_codes.tsv``) and builds the indexes once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from eventwire.knowledge.event_codes import CodeBook, load_codebook
from eventwire.knowledge.tsv import Row, Table, packaged, read_table

__all__ = ["BLOCK", "Family", "Match", "Pattern", "PatternBook", "load_patterns"]

ACTOR = "@actor"
#: The code of a blocking row: when it is the best match, the word is no event ("demands are met").
BLOCK = "-"
MODALITIES = frozenset({"intended", "hypothetical", "negated", "denied", "claimed", "reported"})
MODALITY_KINDS = frozenset({"aux", "verb", "adj", "mod", "head", "mark", "neg"})
_VERB_SLOTS = re.compile(r"(obj|prep:[a-z]+|to|that|must|instr|pred)?")
_NOUN_SLOTS = re.compile(r"(mod|prep:[a-z]+|to|undergo|light)?")
_VERB_TARGETS = re.compile(r"obj|dative|prep:[a-z]+|poss|csubj|comp|none")
_NOUN_TARGETS = re.compile(r"obj|prep:[a-z]+|none")
_NAME = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True, slots=True)
class Match:
    """What a slot must be about: phrases (from classes and literal lemmas) and/or an actor."""

    phrases: frozenset[str] = frozenset()
    actor: bool = False

    @property
    def empty(self) -> bool:
        """True when the slot only has to be present."""
        return not self.phrases and not self.actor


@dataclass(frozen=True, slots=True)
class Family:
    """A code family: ordered (phrases, code) topics and a default code (None: strict)."""

    name: str
    topics: tuple[tuple[frozenset[str], str], ...]
    default: str | None


@dataclass(frozen=True, slots=True)
class Pattern:
    """One verb or noun pattern row."""

    word: str
    particle: str
    slot: str
    match: Match
    family: str | None
    strict: bool
    target: tuple[str, ...]
    code: str | None
    recip: bool
    nominal: bool
    line: int

    @property
    def specificity(self) -> int:
        """How much the row constrains: particle 2, slot 1, slot match 2."""
        return (
            2 * bool(self.particle)
            + bool(self.slot)
            + 2 * (not self.match.empty or bool(self.family))
        )


@dataclass(frozen=True)
class PatternBook:
    """All event patterns, indexed by lemma."""

    codes: CodeBook
    verbs: dict[str, tuple[Pattern, ...]]
    nouns: dict[str, tuple[Pattern, ...]]
    families: dict[str, Family]
    light: dict[str, tuple[str, ...]]
    modality: dict[tuple[str, str], str]
    classes: dict[str, frozenset[str]] = field(default_factory=dict)
    undergo: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Light verbs whose subject undergoes the event their object names ("faced charges",
    "received aid from", "came under attack"), same form as ``light``."""

    def cue(self, kind: str, word: str) -> str | None:
        """Return the modality a cue word of a kind signals, or None."""
        return self.modality.get((kind, word.lower()))

    def classify(self, family: str, keys: frozenset[str]) -> str | None:
        """Return the code of the first topic of ``family`` matching one of ``keys``."""
        fam = self.families[family]
        for phrases, code in fam.topics:
            if keys & phrases:
                return code
        return fam.default


def load_patterns(directory: Path | None = None) -> PatternBook:
    """Load and validate the event pattern tables (packaged ones, cached, by default).

    Raises:
        KnowledgeError: a table cannot be read, or a row is bad (names the file and line).
    """
    return _packaged() if directory is None else _load(directory)


@lru_cache(maxsize=1)
def _packaged() -> PatternBook:
    return _load(packaged("event_verbs.tsv").parent)


def _load(directory: Path) -> PatternBook:
    codes = load_codebook(directory)
    classes = _classes(read_table(directory / "event_classes.tsv", ("class", "phrases")))
    families = _families(
        read_table(directory / "event_topics.tsv", ("family", "class", "code")), classes, codes
    )
    verbs = _patterns(
        read_table(directory / "event_verbs.tsv", ("verb", "code")), classes, families, codes, False
    )
    nouns = _patterns(
        read_table(directory / "event_nouns.tsv", ("noun", "code")), classes, families, codes, True
    )
    light: dict[str, list[str]] = {}
    undergo: dict[str, list[str]] = {}
    roles = {"agent": light, "patient": undergo}
    table = read_table(
        directory / "event_light_verbs.tsv", ("verb", "via", "role"), {"role": roles.__contains__}
    )
    for row in table.rows:
        roles[row["role"]].setdefault(row["verb"], []).append(row["via"])
    modality: dict[tuple[str, str], str] = {}
    table = read_table(
        directory / "event_modality.tsv",
        ("word", "kind", "modality"),
        {"kind": MODALITY_KINDS.__contains__, "modality": MODALITIES.__contains__},
    )
    for row in table.rows:
        modality[row["kind"], row["word"].lower()] = row["modality"]
    return PatternBook(
        codes=codes,
        verbs=verbs,
        nouns=nouns,
        families=families,
        light={k: tuple(v) for k, v in light.items()},
        modality=modality,
        classes=classes,
        undergo={k: tuple(v) for k, v in undergo.items()},
    )


def _classes(table: Table) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for row in table.rows:
        name = row["class"]
        if not _NAME.fullmatch(name):
            raise row.error(f"bad class name {name!r}")
        if name in out:
            raise row.error(f"duplicate class {name!r}")
        phrases = row.items("phrases")
        bad = [p for p in phrases if p != " ".join(p.lower().split())]
        if bad:
            raise row.error(f"phrases must be lowercase and single-spaced: {bad!r}")
        out[name] = frozenset(phrases)
    return out


def _families(
    table: Table, classes: dict[str, frozenset[str]], codes: CodeBook
) -> dict[str, Family]:
    topics: dict[str, list[tuple[frozenset[str], str]]] = {}
    defaults: dict[str, str] = {}
    for row in table.rows:
        name, cls, code = row["family"], row["class"], row["code"]
        if code != BLOCK or cls == "*":  # a topic coded "-" is no event ("offered to buy shares")
            _known_code(row, code, codes)
        if cls == "*":
            defaults[name] = code
            topics.setdefault(name, [])
        elif cls not in classes:
            raise row.error(f"unknown class {cls!r} (not in event_classes.tsv)")
        else:
            topics.setdefault(name, []).append((classes[cls], code))
    return {name: Family(name, tuple(items), defaults.get(name)) for name, items in topics.items()}


def _patterns(
    table: Table,
    classes: dict[str, frozenset[str]],
    families: dict[str, Family],
    codes: CodeBook,
    nominal: bool,
) -> dict[str, tuple[Pattern, ...]]:
    word_column = "noun" if nominal else "verb"
    slots, targets = (_NOUN_SLOTS, _NOUN_TARGETS) if nominal else (_VERB_SLOTS, _VERB_TARGETS)
    out: dict[str, list[Pattern]] = {}
    for row in table.rows:
        slot = row.get("slot")
        if not slots.fullmatch(slot):
            raise row.error(f"bad slot {slot!r}")
        target = row.items("target") or ("obj",)
        bad = [t for t in target if not targets.fullmatch(t)]
        if bad:
            raise row.error(f"bad target {'|'.join(bad)!r}")
        code, family, strict = _code(row, families, codes)
        match = Match() if row.get("match").startswith("*") else _match(row, classes)
        if (family or not match.empty) and not slot:
            raise row.error("a match or family needs a slot")
        if row.get("recip") not in {"", "yes"}:
            raise row.error(f"recip must be 'yes' or empty, not {row.get('recip')!r}")
        pattern = Pattern(
            word=row[word_column].lower(),
            particle=row.get("particle").lower(),
            slot=slot,
            match=match,
            family=family,
            strict=strict,
            target=target,
            code=code,
            recip=row.get("recip") == "yes",
            nominal=nominal,
            line=row.line,
        )
        out.setdefault(pattern.word, []).append(pattern)
    return {k: tuple(v) for k, v in out.items()}


def _code(
    row: Row, families: dict[str, Family], codes: CodeBook
) -> tuple[str | None, str | None, bool]:
    value = row["code"]
    if value == BLOCK:
        return value, None, False
    if value.startswith("*"):
        name = value.strip("*!")
        if name not in families:
            raise row.error(f"unknown family {name!r} (not in event_topics.tsv)")
        match = row.get("match")
        if match and match.startswith("*") and match.strip("*!") != name:
            raise row.error(f"match {match!r} names another family than the code {value!r}")
        return None, name, value.endswith("!")
    _known_code(row, value, codes)
    return value, None, False


def _match(row: Row, classes: dict[str, frozenset[str]]) -> Match:
    phrases: set[str] = set()
    actor = False
    for item in row.items("match"):
        if item == ACTOR:
            actor = True
        elif item.startswith("@"):
            if item[1:] not in classes:
                raise row.error(f"unknown class {item!r} (not in event_classes.tsv)")
            phrases |= classes[item[1:]]
        elif item != " ".join(item.lower().split()):
            raise row.error(f"lemma {item!r} must be lowercase")
        else:
            phrases.add(item)
    return Match(frozenset(phrases), actor)


def _known_code(row: Row, code: str, codes: CodeBook) -> None:
    if code not in codes:
        raise row.error(f"unknown CAMEO code {code!r} (not in event_codes.tsv)")
