"""A flat view of a parsed ``Doc`` for fast scanning, and small token tests.

Indexing a spaCy ``Doc`` builds a ``Token`` object each time; the places layer scans every token
several times, so it reads the few attributes it needs once into plain lists.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

_DETERMINERS = frozenset({"the", "a", "an"})


@dataclass(frozen=True, slots=True)
class DocView:
    """Token attributes of one document as lists, plus its entities and person-name words."""

    doc: Doc
    source: str
    words: list[str]
    lower: list[str]
    ent: list[str]
    name: list[bool]
    starts: list[int]
    ents: tuple[Span, ...]
    person_words: frozenset[str]

    @classmethod
    def of(cls, doc: Doc, not_names: frozenset[str] = frozenset()) -> DocView:
        """Read the view of ``doc`` from its attribute arrays (no ``Token`` objects).

        ``person_words`` come from the multi-word PERSON entities that hold none of
        ``not_names`` (the tagger calls "Huntsville Fire" a person; no one is named "Fire").
        """
        strings = doc.vocab.strings
        rows = doc.to_array(["ORTH", "LOWER", "ENT_TYPE", "IS_STOP", "IDX"]).tolist()
        words = [strings[r[0]] for r in rows]
        lower = [strings[r[1]] for r in rows]
        ent = [strings[r[2]] if r[2] else "" for r in rows]
        name = [_is_name(w, bool(r[3])) for w, r in zip(words, rows, strict=True)]
        starts = [r[4] for r in rows]
        ents = tuple(doc.ents)
        people: set[str] = set()
        for e in ents:
            words_of = lower[e.start : e.end]
            if e.label_ == "PERSON" and len(words_of) > 1 and not not_names.intersection(words_of):
                people.update(words_of)
        return cls(doc, doc.text, words, lower, ent, name, starts, ents, frozenset(people))

    def __len__(self) -> int:
        return len(self.words)

    def text(self, start: int, end: int) -> str:
        """The document text of tokens ``[start, end)``."""
        return self.source[self.starts[start] : self.starts[end - 1] + len(self.words[end - 1])]


def is_name_token(token: Token) -> bool:
    """A capitalised word that is not a function word ("Kursk", "St.", "U.S.", not "But")."""
    return _is_name(token.text, token.is_stop)


def _is_name(text: str, stop: bool) -> bool:
    return text[:1].isupper() and text.replace(".", "").isalpha() and not stop


def trim(span: Span) -> Span | None:
    """Drop a leading determiner and trailing possessive or punctuation; None if nothing is left."""
    doc, start, end = span.doc, span.start, span.end
    while start < end and (doc[start].lower_ in _DETERMINERS or doc[start].is_punct):
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space
    ):
        end -= 1
    return doc[start:end] if end > start else None


def comma_parts(span: Span, joiners: frozenset[str] = frozenset({","})) -> Iterator[Span]:
    """The parts of a span between commas (or other ``joiners``): "Paris, Texas" -> Paris, Texas."""
    start = span.start
    for token in span:
        if token.lower_ in joiners:
            if token.i > start:
                yield span.doc[start : token.i]
            start = token.i + 1
    if start < span.end:
        yield span.doc[start : span.end]


def is_language(span: Span, verbs: frozenset[str], nouns: frozenset[str]) -> bool:
    """A nationality word used for a language: object of a language verb ("spoke only French"),
    "in French" closing a phrase, or before a language noun ("French class")."""
    root, doc = span.root, span.doc
    if root.head.lemma_ in verbs and root.dep_ in {"dobj", "conj", "attr"}:
        return True
    after = doc[span.end] if span.end < len(doc) else None
    if root.dep_ == "pobj" and root.head.lower_ == "in" and after is not None and after.is_punct:
        return True
    return after is not None and after.lower_ in nouns
