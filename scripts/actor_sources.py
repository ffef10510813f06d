"""Reading the open actor tables of ``../shared/knowledge`` for ``build_actor_knowledge.py``.

The sources (Phoenix dictionaries, CountryInfo, Party Facts) write names in upper case without
diacritics: :func:`display_name` gives them the form English news uses ("Bashar al-Assad",
"Jean-Claude Juncker", "John McCain", "Felipe VI"). :class:`CommonWords` says which names are
ordinary English words ("May", "Justice", "Hope") that must not become one-word aliases. Only the
build script imports this module; run time reads the built files.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

#: Debian's ``wamerican`` list (SCOWL): common words are written there in lower case.
DEFAULT_WORDS = Path("/usr/share/dict/words")

# Name particles written in lower case inside a name ("Bashar al-Assad", "Ursula von der Leyen").
_PARTICLES = frozenset(
    [
        "al",
        "el",
        "ad",
        "ar",
        "as",
        "ash",
        "at",
        "az",
        "bin",
        "bint",
        "ibn",
        "ben",
        "bou",
        "da",
        "das",
        "de",
        "del",
        "della",
        "der",
        "des",
        "di",
        "do",
        "dos",
        "du",
        "e",
        "la",
        "le",
        "van",
        "von",
        "y",
        "zu",
        "ten",
        "ter",
    ]
)
# Small words written in lower case inside an organisation name ("Party of the Regions").
_SMALL = (
    frozenset(
        ["a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"]
    )
    | _PARTICLES
)
_ROMAN = re.compile(r"(?=[MDCLXVI])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})")
_SUFFIXES = {"JR": "Jr", "JR.": "Jr.", "SR": "Sr", "SR.": "Sr."}
_VOWELS = frozenset("AEIOUY")
_SHORT_ACRONYM = 5


@dataclass(frozen=True, slots=True)
class Source:
    """A shared table: its provenance lines (without ``# ``) and its rows by column name."""

    path: Path
    provenance: tuple[str, ...]
    rows: tuple[dict[str, str], ...]


def read_source(path: Path) -> Source:
    """Read a shared table: ``# `` provenance lines, a header line, tab-separated rows."""
    provenance: list[str] = []
    header: list[str] = []
    rows: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not header and line.startswith("# "):
            provenance.append(line[2:])
        elif not header:
            header = line.split("\t")
        elif line.strip():
            rows.append(dict(zip(header, line.split("\t"), strict=True)))
    return Source(path, tuple(provenance), tuple(rows))


def items(field: str) -> list[str]:
    """The non-empty items of a ``|``-separated field."""
    return [part.strip() for part in field.split("|") if part.strip()]


class CommonWords:
    """Ordinary English words: the lower-case entries of a word list (proper nouns are
    capitalised there, so "may" and "hope" are common words and "Putin" and "Hamas" are not)."""

    def __init__(self, path: Path = DEFAULT_WORDS) -> None:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        self.words = frozenset(w for w in lines if w.islower() and "'" not in w)

    def is_word(self, word: str) -> bool:
        """Whether a word (any case) is an ordinary English word."""
        return word.lower() in self.words

    def is_common(self, name: str) -> bool:
        """Whether a name could be read as ordinary words: one common word ("Justice", "HOPE"),
        or two that both are ("Popular Front", "The Base")."""
        words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() != "the"]
        return len(words) <= 2 and all(self.is_word(w) for w in words)

    def is_generic(self, name: str) -> bool:
        """Whether a name is made of ordinary words only ("Democratic National Alliance",
        "Revolutionary United Front"): many organisations of many countries go by such names."""
        words = [w for w in re.split(r"[\s\-']+", name) if w and w.lower() not in _SMALL]
        return all(self.is_word(w) for w in words)


def display_name(text: str, *, acronyms: Iterable[str] = (), person: bool = True) -> str:
    """Write an upper-case source name as news does.

    Words are capitalised; name particles inside a name are lower case ("al-Assad", "van der
    Bellen"); "Mc" and "O'" take a capital after them; Roman numerals and "Jr" keep their form;
    in organisation names small words are lower case and acronyms (no vowel, dotted, or listed
    in ``acronyms``) stay upper case.
    """
    known = frozenset(acronyms)
    words = text.split()
    if not person and len(words) == 1 and len(text) <= _SHORT_ACRONYM:
        return text  # a one-word organisation name this short is an acronym ("ACLU", "DEA")
    out = []
    for n, word in enumerate(words):
        out.append(_word(word, first=n == 0, person=person, known=known))
    return " ".join(out)


def _word(word: str, *, first: bool, person: bool, known: frozenset[str]) -> str:
    if word in _SUFFIXES:
        return _SUFFIXES[word]
    if (person and not first and _ROMAN.fullmatch(word)) or word in known:
        return word
    if not person and (("." in word and len(word) <= 6) or _acronym(word)):
        return word
    parts = word.split("-")
    cased = [_part(p, first=first and i == 0, person=person) for i, p in enumerate(parts)]
    return "-".join(cased)


def _acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return 1 < len(letters) <= 5 and not _VOWELS.intersection(letters)


def _part(part: str, *, first: bool, person: bool) -> str:
    lower = part.lower()
    if not first and (lower in _PARTICLES if person else lower in _SMALL):
        return lower
    if "'" in part:
        head, _, tail = part.partition("'")
        if len(head) == 1:  # O'Brien, D'Alema
            return head.upper() + "'" + tail.capitalize()
        return _part(head, first=first, person=person) + "'" + tail.lower()
    if lower.startswith("mc") and len(lower) > 3:
        return "Mc" + lower[2:].capitalize()
    return lower.capitalize()


def surname_of(name: str, country: str) -> str:
    """The name used alone in later mentions: the family name, first in East Asian names."""
    words = [w for w in name.split() if w not in _SUFFIXES.values() and not _ROMAN.fullmatch(w)]
    if not words:
        return name
    if country in FAMILY_NAME_FIRST and len(words) > 1:
        return words[0]
    last = words[-1]
    # "al-Assad" stays whole; a trailing particle-less word is the family name
    return last


#: Countries whose names put the family name first ("Hu Jintao" -> Hu, "Kim Jong Il" -> Kim).
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "KHM", "SGP"})


def latin(text: str) -> bool:
    """Whether a name is written in Latin letters (native-script aliases are left out)."""
    return all(ord(c) < 0x250 for c in text if c.isalpha())
