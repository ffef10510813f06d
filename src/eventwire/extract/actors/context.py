"""The working state of one extraction: mentions found so far, actor drafts, token facts.

Each pass (people, noun phrases, named entities, coreference, sets) reads the parsed ``Doc``
through a :class:`ActorContext` and adds :class:`Found` mentions, each pointing at an actor *key*.
A key identifies an actor within the article:

* ``("person", name)`` a person of people.tsv; ``("person?", text)`` a person not in it;
* ``("country", iso3)`` and ``("government", iso3)``;
* ``("org", name)`` an organisation of organizations.tsv; ``("org?", text)`` another one;
* ``("group", code, phrase, plural)`` a described actor ("North Korean soldiers");
* ``("office", where, title, former)`` the holder of a title nobody in the table matches;
* ``("set", frozenset(member keys))`` a plural reference ("the two countries").

Keys become actors with ids in order of first mention when the passes are done.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import numpy
from spacy.attrs import IS_SPACE, IS_UPPER, LEMMA, LOWER, ORTH, POS, SENT_START
from spacy.tokens import Doc, Span, Token

from eventwire.extract.actors.actor_lexicon import ActorLexicon, Named, string_ids
from eventwire.knowledge.countries import Country
from eventwire.records import ActorKind, MentionHow

Key = tuple[Any, ...]

_SCARE_QUOTE = 4
#: Entity labels that name no one: an agent noun inside one still heads its own phrase.
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
#: Columns of ``ActorContext.columns`` (see :meth:`ActorContext.where`).
ORTH_COLUMN, LOWER_COLUMN, LEMMA_COLUMN, POS_COLUMN = 0, 1, 2, 3
_QUOTES = frozenset({'"', "“", "”", "``", "''", "«", "»"})
_CLOSING = frozenset({"”", "''", "»"})
_OPENING = frozenset({"“", "``", "«"})


@dataclass(frozen=True, slots=True)
class Found:
    """A mention: tokens ``[start, end)`` of the doc referring to the actor ``key``."""

    start: int
    end: int
    key: Key
    how: MentionHow


@dataclass(frozen=True, slots=True)
class Coordination:
    """Actors joined by ``conj``; ``end`` is the token index of the last one."""

    end: int
    sentence: int
    members: tuple[Key, ...]


@dataclass(frozen=True, slots=True)
class Draft:
    """The attributes of an actor that is not a known person (persons are coded at the end)."""

    name: str
    kind: ActorKind
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None


@dataclass(frozen=True, slots=True)
class TitleFacts:
    """What a title says about its holder: country (or organisation), sector, former or not."""

    country: Country | None
    org: Any  # Organization | None (kept loose to avoid a cycle in type-only imports)
    sector: str | None
    former: bool
    phrase: str | None
    office: bool


@dataclass
class ActorContext:
    """Everything the passes share for one document."""

    doc: Doc
    date: dt.date | None
    lex: ActorLexicon
    dateline: Country | None = None
    found: list[Found] = field(default_factory=list)
    drafts: dict[Key, Draft] = field(default_factory=dict)
    titles: dict[Key, list[TitleFacts]] = field(default_factory=lambda: defaultdict(list))
    claimed: set[int] = field(default_factory=set)
    coordinations: list[Coordination] = field(default_factory=list)
    members: dict[Key, tuple[Key, ...]] = field(default_factory=dict)
    ents: dict[int, Span] = field(default_factory=dict)
    quoted: list[int] = field(default_factory=list)
    sentence_of: list[int] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    acronyms: dict[str, tuple[int, int]] = field(default_factory=dict)  # defined: -> name tokens
    columns: Any = None  # token attributes: ORTH, LOWER, LEMMA, POS, IS_SPACE, SENT_START, IS_UPPER
    story_token: int = 0  # the first token after the dateline's dash (0: no dateline)
    # gender by courtesy title ("Mrs."), read once names are found (salience.courtesy_gender)
    courtesy: dict[Key, str] | None = None
    # short names of the companies named with a legal form (companies.short_names)
    short_companies: dict[str, str] | None = None
    _named: dict[int, tuple[Span, Named] | None] = field(default_factory=dict)
    _trimmed: dict[int, Span] = field(default_factory=dict)

    def __post_init__(self) -> None:
        doc = self.doc
        self.ents = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
        # Token objects are costly to create: passes pick candidates from arrays first.
        self.columns = doc.to_array([ORTH, LOWER, LEMMA, POS, IS_SPACE, SENT_START, IS_UPPER])
        starts = self.columns[:, 5] == 1
        if len(doc):
            starts[0] = True
        self.sentence_of = (numpy.cumsum(starts) - 1).tolist()
        self.sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        self.quoted = _quoted(doc, self.columns)

    def upper(self) -> list[int]:
        """Indices of the tokens written in capitals ("FSB", "U.N.")."""
        return numpy.flatnonzero(self.columns[:, 6] == 1).tolist()

    def where(self, column: int, words: Any) -> list[int]:
        """Indices of the tokens whose attribute ``column`` (0 ORTH, 1 LOWER, 2 LEMMA, 3 POS)
        is one of ``words`` (an array of string ids, see :func:`string_ids`)."""
        return numpy.flatnonzero(numpy.isin(self.columns[:, column], words)).tolist()

    def add(self, start: int, end: int, key: Key, how: MentionHow, claim: bool = True) -> None:
        """Record a mention of ``key`` over tokens ``[start, end)``."""
        if start >= end:
            return
        self.found.append(Found(start, end, key, how))
        if claim:
            self.claimed.update(range(start, end))

    def draft(self, key: Key, draft: Draft) -> None:
        """Remember the attributes of ``key`` (the first draft of a key wins)."""
        self.drafts.setdefault(key, draft)

    def scare_quoted(self, start: int, end: int) -> bool:
        """Whether tokens sit in a short quotation: a name or slogan, not speech ("America
        First")."""
        return 0 < self.quoted[start] <= _SCARE_QUOTE and self.quoted[end - 1] == self.quoted[start]

    def is_claimed(self, start: int, end: int) -> bool:
        """Whether any token of ``[start, end)`` already belongs to a mention."""
        return any(i in self.claimed for i in range(start, end))

    def ent_at(self, i: int) -> Span | None:
        """Return the entity covering token ``i``."""
        return self.ents.get(i)

    def name_at(self, i: int) -> Span | None:
        """Return the entity covering token ``i`` when it is a name, not a date, time or number
        (the parser may run "at 4 p.m. Police locked down ..." into one time)."""
        ent = self.ents.get(i)
        return ent if ent is not None and ent.label_ not in _NOT_NAMES else None

    def set_story_start(self, offset: int) -> None:
        """Start the story at character ``offset`` (after the dateline): no phrase reaches back
        across it (see :meth:`sentence_start`)."""
        self.story_token = next((t.i for t in self.doc if t.idx >= offset), 0)

    def sentence_start(self, i: int) -> int:
        """The index of the first token of token ``i``'s sentence (not before the story start,
        for a token after the dateline)."""
        start = int(self.sentences[self.sentence_of[i]].start)
        return max(start, self.story_token) if i >= self.story_token else start

    def trimmed(self, ent: Span) -> Span:
        """The entity without a leading article or trailing possessive (see :func:`trim`)."""
        span = self._trimmed.get(ent.start)
        if span is None:
            span = self._trimmed[ent.start] = trim(ent)
        return span

    def named_at(self, token: Token) -> tuple[Span, Named] | None:
        """Return the entity at ``token`` and what it names, when the knowledge knows it."""
        ent = self.ents.get(token.i)
        if ent is None:
            return None
        if ent.start not in self._named:
            span = self.trimmed(ent)
            named = self.lex.named(span.text) if len(span) else None
            self._named[ent.start] = (span, named) if named is not None else None
        return self._named[ent.start]

    def person_at(self, token: Token) -> tuple[Span, Named] | None:
        """A person of the table already found at ``token`` ("Trump" in "the Trump
        administration")."""
        for found in self.found:
            if found.start <= token.i < found.end and found.key[0] == "person":
                person = self.lex.person(found.key[1])
                if person is not None:
                    return self.doc[found.start : found.end], Named("person", person=person)
        return None

    def place_at(self, token: Token) -> tuple[Span, Named] | None:
        """A country named at the start of an entity the knowledge does not know as a whole
        ("the Latvian Constitutional Court", "the Syrian Golan Heights")."""
        ent = self.ents.get(token.i)
        if ent is None:
            return None
        span = self.trimmed(ent)
        knowledge = self.lex.knowledge
        for size in (2, 1):
            if len(span) > size:
                lead = span[:size]
                country = knowledge.country_by_demonym(lead.text) or knowledge.country_by_alias(
                    lead.text
                )
                if country is not None:
                    return lead, Named("demonym", country=country)
        return None


def trim(span: Span) -> Span:
    """Drop a leading article and trailing possessives or punctuation from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in _TRAILING):
        end -= 1
    return doc[start:end]


_TRAILING = frozenset({",", ";", ":", "(", ")", '"', "'", "”", "“", "’s", "'s", "-"})


_QUOTE_IDS = string_ids(_QUOTES | {"`"})


def _quoted(doc: Doc, columns: Any) -> list[int]:
    """For each token, the length in tokens of the quotation it is in (0: not quoted).

    Straight quotes toggle, but their spacing tells a lost mark: a quote written against the
    word before it and not the one after ('..., he said," Ana') closes, so it opens nothing when
    no quotation is open, and one that stands alone right after a closing quote ('?" " Another')
    is a stray. A mark against the next word inside an open quotation closes it (a lost closing
    mark), unless a mark against the word before comes next with none open: then it opened a
    quotation run on over a paragraph the source flattened ('. "I am ... line." If'). A
    paragraph break closes an open quotation. The tokenizer splits the typewriter opening quote
    of wire copy ("``") into two backticks.
    """
    out = [0] * len(doc)
    quotes = numpy.isin(columns[:, 0], _QUOTE_IDS)
    breaks = columns[:, 4] == 1
    start: int | None = None
    reopened: int | None = None  # after a mark against the next word that closed a quotation
    for i in numpy.flatnonzero(quotes | breaks).tolist():
        text = doc[i].text
        if text == "`":
            if i + 1 < len(doc) and doc[i + 1].text == "`" and not doc[i].whitespace_:
                start = i + 2  # "``": an opening quote
            continue
        if text not in _QUOTES:
            if "\n" in text and start is not None:
                out[start:i] = [i - start] * (i - start)
                start = None
            reopened = None
            continue
        shape = _shape(doc, i)
        if text in _OPENING or (text == "''" and shape == "open"):  # ''We: a typewriter opening
            start = i + 1
        elif start is not None:
            out[start:i] = [i - start] * (i - start)
            start = None
            reopened = i + 1 if shape == "open" and text not in _CLOSING else None
            continue
        elif shape == "close" and reopened is not None:  # a quotation run on: '. "I am ... ."'
            out[reopened:i] = [i - reopened] * (i - reopened)
        elif (
            text not in _CLOSING
            and shape != "close"
            and not (shape == "free" and _after_close(doc, i))
        ):
            start = i + 1  # else a lost opening mark, or a stray one ('?" " Then')
        reopened = None
    if start is not None:
        out[start:] = [len(doc) - start] * (len(doc) - start)
    return out


def _shape(doc: Doc, i: int) -> str:
    """How a quotation mark is written: ``open`` against the next word only, ``close`` against
    the word before only, ``free`` between spaces, ``both`` against both."""
    before = i > 0 and not doc[i - 1].whitespace_ and not doc[i - 1].is_space
    after = not doc[i].whitespace_ and i + 1 < len(doc) and not doc[i + 1].is_space
    after = after and not doc[i + 1].is_punct
    if before == after:
        return "both" if before else "free"
    return "close" if before else "open"


def _after_close(doc: Doc, i: int) -> bool:
    """Whether the token before a mark, spaces aside, is a closing quotation mark."""
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return j >= 0 and doc[j].text in _QUOTES and _shape(doc, j) == "close"
