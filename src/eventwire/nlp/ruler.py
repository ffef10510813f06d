"""A knowledge-driven entity ruler that runs before the statistical NER.

The small model tags "Trump" ORG and misses "Theresa May"; the ruler labels every name the
knowledge tables know before the NER runs, and the NER keeps those spans and labels the rest:

* people's full names and aliases -> ``PERSON``; their surnames alone -> ``PERSON`` too, except
  the ``not_surname`` words of ``reference_words.tsv`` and surnames that are also a place or
  organisation name;
* countries' names and aliases, and capitals standing for governments ("Kyiv") -> ``GPE``;
  demonyms -> ``NORP``;
* organisations' names and aliases -> ``ORG``; seats of government that are not towns ("the
  Kremlin", "Downing Street") -> ``ORG``.
  A one-word name that is a common word ("=Labour" in the table) is not labelled before a
  portfolio noun ("Labour Minister") nor before another capitalised proper noun that is not a
  title, which makes it the first word of another name ("Memorial Day").

Matching is exact (``ORTH``): names are written capitalised, and upper-case items ("US", "IS")
must never match a common word. A one-word surname or country name is not labelled when it sits
next to another capitalised proper noun that is not a title ("Dwayne Johnson", "New Mexico",
"Jordan Peterson"): it is then part of a longer name, which the NER is left to find. No
one-word name is labelled after a given name and a middle initial ("Joseph F. Wagner" is no
Wagner Group, "Robert E. Lee" no second person).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy
from spacy import about as spacy_about
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from eventwire.knowledge.base import (
    Knowledge,
    cached_per_knowledge,
    knowledge_version,
    load_knowledge,
)
from eventwire.knowledge.cache import cache_key, compiled
from eventwire.knowledge.names import fold
from eventwire.knowledge.references import ReferenceWords, load_reference_words

__all__ = ["KnowledgeRuler", "Pattern", "compile_ruler", "make_knowledge_ruler", "ruler_patterns"]

# Match keys: the label, and whether a one-word match must stand alone (surnames, countries).
_KEYS = {
    "PERSON": ("PERSON", False),
    "PERSON_ALONE": ("PERSON", True),
    "GPE": ("GPE", False),
    "GPE_ALONE": ("GPE", True),
    "ORG": ("ORG", False),
    "ORG_WORD": ("ORG", False),
    "NORP": ("NORP", False),
}


@dataclass(frozen=True, slots=True)
class Pattern:
    """A phrase the ruler labels, under a match key of ``_KEYS``."""

    key: str
    text: str


def ruler_patterns(knowledge: Knowledge, words: ReferenceWords) -> list[Pattern]:
    """Return the ruler's phrases, one per text, the stronger kind first (name over surname)."""
    taken: dict[str, Pattern] = {}
    for pattern in (
        *_people(knowledge),
        *_organizations(knowledge),
        *_countries(knowledge),
        *(Pattern("ORG", seat) for seat in sorted(words.seats)),
        *_capitals(knowledge, words),
        *_demonyms(knowledge),
        *_surnames(knowledge, words),
    ):
        taken.setdefault(pattern.text, pattern)
    return list(taken.values())


def _people(knowledge: Knowledge) -> Iterator[Pattern]:
    for person in knowledge.people:
        for name in (person.name, *person.aliases):
            yield Pattern("PERSON", name)


def _organizations(knowledge: Knowledge) -> Iterator[Pattern]:
    for org in knowledge.organizations:
        for name in org.names:
            # A one-word name marked exact is a common word ("=Labour"): see _portfolio.
            word = " " not in name and name in org.exact and not name.isupper()
            yield from _written(name, "ORG_WORD" if word else "ORG")


def _countries(knowledge: Knowledge) -> Iterator[Pattern]:
    for country in knowledge.countries:
        for name in country.names:
            if name not in country.shared:
                yield from _written(name, "GPE_ALONE" if " " not in name else "GPE")


def _capitals(knowledge: Knowledge, words: ReferenceWords) -> Iterator[Pattern]:
    """Capitals and other towns that stand for a government ("Kyiv", "Pyongyang") -> GPE."""
    for country in knowledge.countries:
        for name in country.metonyms:
            if name not in words.seats and name not in country.shared:
                yield from _written(name, "GPE_ALONE" if " " not in name else "GPE")


def _demonyms(knowledge: Knowledge) -> Iterator[Pattern]:
    for country in knowledge.countries:
        for name in country.demonyms:
            if name not in country.shared:
                yield from _written(name, "NORP")


def _surnames(knowledge: Knowledge, words: ReferenceWords) -> Iterator[Pattern]:
    names = {fold(n) for c in knowledge.countries for n in (*c.names, *c.demonyms, *c.metonyms)} | {
        fold(n) for o in knowledge.organizations for n in o.names
    }
    for person in knowledge.people:
        surname = person.surname
        if len(surname) > 1 and surname not in words.not_surnames and fold(surname) not in names:
            yield Pattern("PERSON_ALONE", surname)


def _written(name: str, key: str) -> Iterator[Pattern]:
    """The forms a table name takes in text: without a leading "the", and capitalised."""
    head, _, rest = name.partition(" ")
    if head.lower() == "the" and rest:
        name = rest
    yield Pattern(key, name)
    if name[:1].islower():
        yield Pattern(key, name[:1].upper() + name[1:])


class PhraseTable:
    """Exact phrase matching on token texts (what spaCy's ``PhraseMatcher`` with ``ORTH`` finds).

    A dictionary from token-text tuples to match keys: building it costs no ``Doc`` per phrase
    (the ``PhraseMatcher`` made one for each of several thousand names, about a second of every
    start-up, most of it creating lexemes), and matching tries, at each token that starts some
    phrase, the lengths up to the longest phrase that starts with it.
    """

    def __init__(self, nlp: Language, patterns: dict[str, list[list[str]]]) -> None:
        self.phrases: dict[tuple[str, ...], list[int]] = {}
        self.longest: dict[str, int] = {}
        self._first_ids: Any = None
        for key, phrases in patterns.items():
            match_id = nlp.vocab.strings.add(key)
            for words in phrases:
                if not words:
                    continue
                keys = self.phrases.setdefault(tuple(words), [])
                if match_id not in keys:
                    keys.append(match_id)
                self.longest[words[0]] = max(self.longest.get(words[0], 0), len(words))

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Return ``(match_id, start, end)`` of every phrase in ``doc``, by start and length."""
        if self._first_ids is None:  # the string ids of the words a phrase starts with
            self._first_ids = numpy.array(
                sorted({get_string_id(w) for w in self.longest}), dtype=numpy.uint64
            )
        orths = doc.to_array(ORTH)
        strings = doc.vocab.strings
        found = []
        for start in numpy.flatnonzero(numpy.isin(orths, self._first_ids)).tolist():
            longest = self.longest[strings[int(orths[start])]]
            texts = [strings[int(o)] for o in orths[start : start + longest]]
            for end in range(1, len(texts) + 1):
                for match_id in self.phrases.get(tuple(texts[:end]), ()):
                    found.append((match_id, start, start + end))
        return found


class KnowledgeRuler:
    """Label the names of the knowledge tables (add before ``ner``).

    Args:
        nlp: the pipeline (its vocabulary holds the match keys).
        patterns: the phrases to label, as token texts by match key (see :func:`compile_ruler`).
        title_words: lower-case words that may precede a lone surname ("President Putin").
        overwrite_ents: drop existing entities that overlap a match (when placed after a NER).
    """

    def __init__(
        self,
        nlp: Language,
        patterns: dict[str, list[list[str]]],
        title_words: frozenset[str],
        overwrite_ents: bool = True,
        portfolios: frozenset[str] = frozenset(),
    ) -> None:
        self.matcher = PhraseTable(nlp, patterns)
        self.keys = {nlp.vocab.strings[key]: spec for key, spec in _KEYS.items()}
        self.title_words = title_words
        self.overwrite_ents = overwrite_ents
        self.portfolios = portfolios
        self.word_key = nlp.vocab.strings["ORG_WORD"]

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in self.matcher(doc):
            label, alone = self.keys[match_id]
            if alone and end - start == 1 and not self._stands_alone(doc, start, end):
                continue
            if end - start == 1 and _after_initial(doc, start):
                continue  # "Joseph F. Wagner": the surname of a name, not the Wagner Group
            if match_id == self.word_key and end < len(doc):
                if doc[end].lower_ in self.portfolios:
                    continue  # "Labour Minister": a portfolio, not the party
                if self._name_part(doc[end]):
                    continue  # "Memorial Day": the common word begins another name
            spans.append(Span(doc, start, end, label=label))
        found = filter_spans(spans)
        if not found:
            return doc
        taken = {i for span in found for i in range(span.start, span.end)}
        if self.overwrite_ents:
            kept = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
        else:
            kept = list(doc.ents)
            used = {i for e in kept for i in range(e.start, e.end)}
            found = [s for s in found if not used.intersection(range(s.start, s.end))]
        doc.ents = filter_spans([*kept, *found])
        return doc

    def _stands_alone(self, doc: Doc, start: int, end: int) -> bool:
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        return not (self._name_part(before) or self._name_part(after))

    def _name_part(self, token: Token | None) -> bool:
        if token is None or not token.is_alpha or not token.text[:1].isupper():
            return False
        if token.lower_ in self.title_words:
            return False
        return token.pos_ == "PROPN" or not token.pos_


def _after_initial(doc: Doc, start: int) -> bool:
    """Whether a token follows a given name and a middle initial ("Joseph F." of "Joseph F.
    Wagner", "Robert E." of "Robert E. Lee"): it is the name's last word, whatever else a
    table calls it."""
    if start < 2:
        return False
    initial, given = doc[start - 1], doc[start - 2]
    return (
        len(initial.text) == 2
        and initial.text[0].isupper()
        and initial.text[1] == "."
        and given.is_alpha
        and given.is_title
    )


@cached_per_knowledge
def title_words(knowledge: Knowledge) -> frozenset[str]:
    """Words that may precede a lone surname: office title words, honorifics, modifiers."""
    words = load_reference_words()
    office = {w for p in knowledge.people for o in p.offices for w in o.title.split()}
    return frozenset(office | words.honorifics | words.former | words.leader_nouns)


def compile_ruler(nlp: Language, knowledge: Knowledge) -> dict[str, Any]:
    """Tokenize the ruler's phrases with the pipeline's tokenizer (JSON: kept by the cache).

    Returns:
        ``patterns`` (match key -> token texts of each phrase), ``title_words`` and
        ``portfolios`` (sorted lists).
    """
    words = load_reference_words()
    grouped: dict[str, list[str]] = {}
    for pattern in ruler_patterns(knowledge, words):
        grouped.setdefault(pattern.key, []).append(pattern.text)
    tokenizer: Any = nlp.tokenizer
    patterns = {
        key: [[token.text for token in doc] for doc in tokenizer.pipe(texts)]
        for key, texts in grouped.items()
    }
    return {
        "patterns": patterns,
        "title_words": sorted(title_words(knowledge)),
        "portfolios": sorted(words.portfolios),
    }


def make_knowledge_ruler(
    nlp: Language, knowledge_files: Sequence[Path], overwrite_ents: bool = True
) -> KnowledgeRuler:
    """Build the ruler from the knowledge tables (packaged plus the pipeline's user tables).

    The tokenized phrases are compiled once per knowledge version, model and code, and kept in
    the user cache (``eventwire.knowledge.cache``): the tables are read only when they changed.
    """
    files = tuple(Path(f) for f in knowledge_files)
    sources = sorted((Path(__file__).parents[1] / "knowledge").glob("*.py"))
    key = cache_key(
        [
            knowledge_version(files),
            spacy_about.__version__,
            f"{nlp.lang}_{nlp.meta.get('name', '')}-{nlp.meta.get('version', '')}",
        ],
        code=[Path(__file__), *sources],
    )
    value = compiled("ruler", key, lambda: compile_ruler(nlp, load_knowledge(files)))
    return KnowledgeRuler(
        nlp,
        value["patterns"],
        frozenset(value["title_words"]),
        overwrite_ents,
        frozenset(value["portfolios"]),
    )
