"""Line-end hyphens: drop the hyphen of a word broken across lines, keep a compound's hyphen.

``Ukrain-`` + ``ian`` is one word broken by the typesetter, ``goose-`` + ``stepping`` is a compound
that happened to end a line. Only a lexicon can tell them apart, so the decision takes an
``is_word`` callable; without one the hyphen is always kept, because a kept hyphen is a small
blemish while a wrongly dropped one makes a word that does not exist.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

IsWord = Callable[[str], bool]
"""Whether a string (letters only, as written) is a word; expected to ignore case."""

# First parts that usually keep their hyphen even when the joined form is also a word
# ("well-being", "self-esteem", "ex-minister", "all-out").
COMPOUND_PREFIXES = frozenset(
    {"all", "ex", "great", "half", "ill", "quasi", "self", "vice", "well"}
)

# Inflections and derivations tried when the joined word itself is not in the lexicon; longest
# first so "-ians" is tried before "-s".
SUFFIXES = ("ations", "ation", "ments", "ment", "ness", "ians", "ings", "ian", "ing", "ers", "es",
            "ed", "er", "ly", "s")  # fmt: skip
_MIN_STEM = 3

_OPENING_PUNCTUATION = "\"'“‘«([{"
_LEADING_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A case-insensitive word test over a set of lowercase words, tolerant of common suffixes."""

    words: frozenset[str]

    @classmethod
    def from_strings(cls, strings: Iterable[str]) -> Lexicon:
        """Build from any strings; only purely alphabetic ones are kept, lowercased."""
        return cls(frozenset(s.lower() for s in strings if s.isalpha()))

    def __call__(self, word: str) -> bool:
        """Whether ``word`` (or its stem without a common suffix) is in the lexicon."""
        word = word.strip(".,;:!?\"'()[]{}").lower()
        if word in self.words:
            return True
        for suffix in SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
                stem = word[: -len(suffix)]
                # "ukrainian" -> "ukrain" + "e"; "proposed" -> "propos" + "e".
                if stem in self.words or stem + "e" in self.words:
                    return True
        return False


def spacy_lexicon(nlp: Any) -> IsWord:
    """An ``is_word`` backed by a spaCy pipeline's string store (``nlp.vocab.strings``).

    The lexicon is built on the first question (about 0.1 s): most texts have no line-end hyphen
    and never ask.

    Args:
        nlp: A loaded spaCy ``Language``; spaCy itself is not imported here.
    """
    built: list[Lexicon] = []

    def is_word(word: str) -> bool:
        if not built:
            built.append(Lexicon.from_strings(nlp.vocab.strings))
        return built[0](word)

    return is_word


def drop_hyphen(head: str, tail: str, is_word: IsWord | None) -> bool:
    """Whether the hyphen between ``head`` and ``tail`` is a line-break hyphen to remove.

    Args:
        head: The token before the line-end hyphen, without the hyphen (``"Ukrain"``).
        tail: The text of the next line, from its first character (``"ian envoy ..."``).
        is_word: The lexicon test; ``None`` keeps every hyphen.
    """
    if is_word is None:
        return False
    head = head.lstrip(_OPENING_PUNCTUATION)
    match = _LEADING_LETTERS.match(tail)
    if match is None or not head.isalpha() or len(head) < 2:
        # Digits ("COVID-19"), multi-part compounds ("mother-in-law"), one-letter prefixes
        # ("e-mail", "X-ray"): typesetters do not break words there.
        return False
    rest = match.group()
    if not _same_case_shape(head, rest):
        return False
    if head.lower() in COMPOUND_PREFIXES and is_word(rest):
        return False
    joined = head + rest
    return is_word(joined) or is_word(joined.lower())


def _same_case_shape(head: str, rest: str) -> bool:
    """A word break continues in lowercase ("Ukrain-ian") or all caps ("UKRAIN-IAN").

    "anti-American" and "NATO-led" are compounds of a capitalised word.
    """
    if head.isupper() and len(head) > 1:
        return rest.isupper()
    return rest.islower()
