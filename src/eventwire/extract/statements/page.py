"""A parsed document with what the finders read over and over: its text, token offsets and
paragraphs, computed once (``Doc.text`` rebuilds the string on every call).

Also the one place where character spans are made from tokens and trimmed into content pieces.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.attrs import IDX, LEMMA, LOWER
from spacy.tokens import Doc, Token

from eventwire.extract.statements.draft import CharSpan
from eventwire.extract.statements.marks import paragraphs_of
from eventwire.nlp.grammar import doc_text

__all__ = ["Page"]

_MARKS = frozenset('"“”„«»')
_STRIP = " \t\n,;:—–-("


@dataclass(frozen=True, slots=True)
class Page:
    """A parsed document, its text, its tokens' start offsets and its paragraphs."""

    doc: Doc
    text: str
    starts: tuple[int, ...]
    paragraphs: tuple[tuple[int, int], ...]
    paragraph_starts: tuple[int, ...]

    @classmethod
    def of(cls, doc: Doc) -> Page:
        """Read a parsed document once."""
        text = doc_text(doc)
        starts = tuple(int(i) for i in doc.to_array([IDX]).ravel().tolist()) if len(doc) else ()
        paragraphs = tuple(paragraphs_of(text))
        return cls(doc, text, starts, paragraphs, tuple(p[0] for p in paragraphs))

    def indices(self, words: frozenset[str]) -> list[int]:
        """Indices of the tokens whose lower-case lemma or form is one of ``words`` (read from
        the token arrays, without building a ``Token`` per word)."""
        if not len(self.doc):
            return []
        strings = self.doc.vocab.strings
        known: dict[int, bool] = {}
        found = []
        for i, (lemma, lower) in enumerate(self.doc.to_array([LEMMA, LOWER]).tolist()):
            for key in (lemma, lower):
                hit = known.get(key)
                if hit is None:
                    hit = known[key] = strings[key].lower() in words
                if hit:
                    found.append(i)
                    break
        return found

    def token_at(self, offset: int) -> int | None:
        """The first token starting at or after ``offset`` (None past the last one)."""
        i = bisect.bisect_left(self.starts, offset)
        return i if i < len(self.starts) else None

    def token_before(self, offset: int) -> int | None:
        """The last non-space token ending at or before ``offset`` (None before the first)."""
        i = bisect.bisect_right(self.starts, offset) - 1
        while i >= 0 and (self.starts[i] + len(self.doc[i]) > offset or self.doc[i].is_space):
            i -= 1
        return i if i >= 0 else None

    def span(self, tokens: Iterable[Token]) -> CharSpan | None:
        """The character span from the first to the last of ``tokens`` (None when none)."""
        items = sorted(tokens, key=lambda t: t.i)
        if not items:
            return None
        return items[0].idx, items[-1].idx + len(items[-1])

    def piece(self, tokens: Iterable[Token]) -> list[CharSpan]:
        """The tokens' span trimmed into a content piece (``[]`` when nothing is left)."""
        span = self.span(tokens)
        trimmed = self.trim(*span) if span else None
        return [trimmed] if trimmed else []

    def paragraph_of(self, offset: int) -> tuple[int, int] | None:
        """The paragraph holding ``offset`` (or starting there)."""
        i = bisect.bisect_right(self.paragraph_starts, offset) - 1
        if i >= 0 and offset <= self.paragraphs[i][1]:
            return self.paragraphs[i]
        return None

    def trim(self, start: int, end: int) -> CharSpan | None:
        """A content piece without surrounding spaces, commas, dashes and unpaired quote marks.

        A quotation cut short by the parse gets its closing mark back (``was being "ironic."``
        keeps ``."``); an unpaired mark at either edge goes; a final period outside quotation
        marks goes.
        """
        text = self.text
        start, end = _strip(text, start, end)
        if _odd(text[start:end]):
            closer = _closing_mark_after(text, end)
            if closer is not None:
                end = closer
            elif start > 0 and text[start - 1] in _MARKS and text[start] not in _MARKS:
                start -= 1  # the parse left the opening mark out: '"We want peace" as ...'
            elif text[start] in _MARKS:
                start, end = _strip(text, start + 1, end)
            elif end > start and text[end - 1] in _MARKS:
                start, end = _strip(text, start, end - 1)
        if end > start and text[end - 1] == ".":
            start, end = _strip(text, start, end - 1)
        return (start, end) if start < end else None


def _strip(text: str, start: int, end: int) -> CharSpan:
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


def _odd(segment: str) -> bool:
    return sum(segment.count(m) for m in _MARKS) % 2 == 1


def _closing_mark_after(text: str, end: int) -> int | None:
    """The offset past a closing mark right after ``end`` (across ``.,?!`` only), else None."""
    i = end
    while i < len(text) and text[i] in ".,?!":
        i += 1
    if i < len(text) and text[i] in _MARKS:
        return i + 1
    return None
