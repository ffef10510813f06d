"""Reported speech and claims from the parse: indirect statements and quoted words inside them.

Three shapes, each needing a source:

* a cue verb with a content slot the parse fills (``X said (that) ...``, ``..., X said``, ``X
  accused Y of ...``, ``X vowed to ...``, ``X denied the report``), its source the subject (or a
  passive's ``by`` agent, or a subject it inherits: ``X, saying ...``); a passive without an
  agent (``... is believed to have been killed``) is no statement. When the parse mislabels a
  finite cue verb, :mod:`.shallow` reads the frame off the word order;
* a speech-act noun with a that-clause (``Trump's claim that ...``), its source the possessor,
  a ``by``/``from`` object, or the subject of the verb that makes it (``made the claim``);
* ``according to X``: the rest of its sentence is X's statement; a document it names is the
  ``via`` of the statement its clause reports instead (``Kim said, according to a readout``).

A participle that spells out what a cue with a mere noun object said (``Officials brushed off
the accusations, suggesting ...``) becomes that cue's content: one statement, the head's stance.
Cues inside a direct quotation (the quoted speaker's own reports) and cues that frame a
quotation are left alone.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Token

from eventwire.extract.statements.content import around, content_of
from eventwire.extract.statements.draft import CharSpan, Draft
from eventwire.extract.statements.page import Page
from eventwire.extract.statements.shallow import (
    misparsed,
    shallow_content,
    shallow_source,
    unattached,
)
from eventwire.extract.statements.speech_cues import CueLexicon
from eventwire.extract.statements.syntax import (
    addressee_of,
    document_of,
    is_document,
    mention_range,
    particles,
    referent,
    source_of,
)

__all__ = ["find_reported"]

_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl"})
_SPELLING_OUT = frozenset({"say", "assert", "claim"})
_PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "conj"})
#: Occasions on which people speak, not texts: a participle cue describing one is its speaker's.
_OCCASIONS = frozenset(
    {"conference", "briefing", "interview", "rally", "meeting", "hearing", "appearance", "event"}
)
_CLAUSE_SLOTS = frozenset({"clause", "to", "shallow"})


def find_reported(
    page: Page,
    lexicon: CueLexicon,
    direct: Sequence[Draft],
    used: set[int],
    quotations: Sequence[CharSpan] = (),
) -> list[Draft]:
    """Return the reported statements of a document.

    Args:
        page: the parsed document.
        lexicon: the cue table.
        direct: statements already found for direct quotations and labels.
        used: tokens that frame those statements.
        quotations: the text of every quotation (a quoted object is a cue's content:
            'chanted "Free elections now"').
    """
    quoted = _Cover([piece for d in direct for piece in d.pieces])
    in_quotes = _Cover(quotations)
    by_cue: dict[int, Draft] = {d.cue_token: d for d in direct if d.cue_token is not None}
    drafts: list[Draft] = []
    according: list[Token] = []
    for i in page.indices(lexicon.heads):
        token = page.doc[i]
        if i in used or quoted.covers(token.idx):
            continue
        if token.lower_ == "according":
            according.append(token)
            continue
        if token.pos_ not in {"VERB", "NOUN"}:
            continue
        if token.pos_ == "VERB":
            draft = _verb(page, token, lexicon, in_quotes)
        else:
            draft = _noun(page, token, lexicon)
        if draft is not None:
            drafts.append(draft)
            by_cue[token.i] = draft
    for token in according:
        draft = _according(page, token, lexicon, by_cue)
        if draft is not None:
            drafts.append(draft)
    return _outermost(page, _merge_participles(page, drafts, by_cue))


def _outermost(page: Page, drafts: list[Draft]) -> list[Draft]:
    """Drop a report nested in the clause another statement reports: its cue and content inside
    that clause ("The union said the minister has long promised a pay rise": one statement, the
    union's, as for cues inside a direct quotation). A statement named by a noun phrase
    content stays ("The army's statement that ... was disputed by residents": two), and so does
    a clause joined to the reported one ("The army said ..., while the RSF claimed ...")."""
    kept = []
    for draft in drafts:
        token = page.doc[draft.cue_token] if draft.cue_token is not None else None
        if token is not None and token.dep_ in {"conj", "advcl"}:
            kept.append(draft)
            continue
        cue = token.idx if token is not None else draft.start
        if not any(
            other is not draft
            and other.slot in _CLAUSE_SLOTS
            and _within(cue, other.pieces)
            and all(_inside(piece, other.pieces) for piece in draft.pieces)
            for other in drafts
        ):
            kept.append(draft)
    return kept


def _inside(piece: CharSpan, pieces: Sequence[CharSpan]) -> bool:
    return any(s <= piece[0] and piece[1] <= e for s, e in pieces)


class _Cover:
    """Membership of offsets in a set of character spans (bisect over merged spans)."""

    def __init__(self, spans: Sequence[CharSpan]) -> None:
        merged: list[CharSpan] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        self.starts = [s for s, _ in merged]
        self.spans = merged

    def covers(self, offset: int) -> bool:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.spans[i][1]


def _within(offset: int, spans: Sequence[CharSpan]) -> bool:
    return any(s <= offset < e for s, e in spans)


def _verb(page: Page, token: Token, lexicon: CueLexicon, in_quotes: _Cover) -> Draft | None:
    cue = lexicon.verb(token.lemma_.lower(), particles(token))
    if cue is None or _withheld(token, lexicon):
        return None
    slot, content = content_of(page, token, cue)
    if not content:
        slot, content = "object", _quoted_object(page, token, in_quotes)
    source = _maker(_holder(source_of(token)), token, lexicon)
    start: int | None = None
    if (not content or source is None) and misparsed(token):
        found = shallow_source(token)
        source, start = found if found else (None, None)
        slot, content = "shallow", shallow_content(page, token, cue)
    elif source is None and content and unattached(token):
        found = shallow_source(token)  # "... of the Washington Post Trump said that ..."
        source, start = found if found else (None, None)
    if source is None or not content or _within(token.idx, content):
        return None
    if _within(source.idx, content):
        return None
    draft = _draft(page, token, source, content, lexicon)
    if start is not None:
        draft.speaker = (start, source.i + 1)
    draft.stance = cue.stance
    draft.slot = slot
    draft.cue = page.span([token, *(c for c in token.children if c.dep_ == "prt")])
    addressee = addressee_of(token, cue, content)
    draft.addressee = addressee.i if addressee is not None else None
    return draft


def _holder(source: Token | None) -> Token | None:
    """The speaker at an occasion a participle cue describes ("she said at a news conference
    announcing ...": she announces): the source of the verb the occasion is the prepositional
    object of. A text keeps the cue ("in a statement announcing ...": the statement's, a
    ``via`` for the assembler)."""
    if source is None or source.dep_ != "pobj" or source.lemma_.lower() not in _OCCASIONS:
        return source
    verb = source.head.head
    if source.head.dep_ != "prep" or verb.pos_ not in {"VERB", "AUX"}:
        return source
    return source_of(verb) or source


def _maker(source: Token | None, verb: Token, lexicon: CueLexicon) -> Token | None:
    """The one who made a remark a relative clause reports ("made a comment that described
    them as ...": the maker, not "that"): the source of the verb whose object the speech-act
    noun is."""
    if source is None or source.lower_ not in {"that", "which"} or verb.dep_ != "relcl":
        return source
    noun = verb.head
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB" or is_document(noun, lexicon):
        return source
    lemma = noun.lemma_.lower()
    if lemma not in lexicon.nouns and lexicon.verb(lemma, ()) is None:
        return source
    return source_of(noun.head) or source


def _quoted_object(page: Page, verb: Token, in_quotes: _Cover) -> list[CharSpan]:
    """The object of a cue verb when it is a quotation ('chanted "Free elections now"')."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not in_quotes.covers(obj.idx):
        return []
    return page.piece(obj.subtree)


def _withheld(verb: Token, lexicon: CueLexicon) -> bool:
    """A negated cue ("did not say") or one a withholding verb governs ("declined to say")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and (
        head.lemma_.lower() in lexicon.withholding or any(c.dep_ == "neg" for c in head.children)
    )


def _draft(
    page: Page, cue: Token, source: Token, content: list[CharSpan], lexicon: CueLexicon
) -> Draft:
    draft = Draft(pieces=content, origin="parse", cue_token=cue.i)
    draft.speaker = mention_range(source)
    draft.speaker_head = referent(source).i
    draft.frame = page.span(cue.subtree)
    document = document_of(cue, lexicon)
    draft.via = _first(page.piece(document.subtree)) if document is not None else None
    return draft


def _noun(page: Page, token: Token, lexicon: CueLexicon) -> Draft | None:
    """``Trump's claim that ...``, ``a warning from the ministry that ...``."""
    cue = lexicon.nouns.get(token.lemma_.lower())
    if cue is None:
        return None
    clause = next((c for c in token.children if c.dep_ in _CLAUSE_DEPS and _has_that(c)), None)
    source = _noun_source(token) if clause is not None else None
    if clause is None or source is None:
        return None
    content = page.piece(t for t in clause.subtree if not _is_that(t, clause))
    if not content:
        return None
    draft = _draft(page, token, source, content, lexicon)
    draft.stance = cue.stance
    draft.cue = page.span([token])
    return draft


def _has_that(clause: Token) -> bool:
    return any(_is_that(c, clause) for c in clause.children)


def _is_that(token: Token, clause: Token) -> bool:
    return token.dep_ == "mark" and token.lower_ == "that" and token.head.i == clause.i


def _noun_source(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
            target = next((c for c in child.children if c.dep_ == "pobj"), None)
            if target is not None:
                return target
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        return source_of(noun.head)
    return None


def _according(
    page: Page, token: Token, lexicon: CueLexicon, by_cue: dict[int, Draft]
) -> Draft | None:
    """``according to X``: a statement of its own, or the via of the statement it modifies."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    source = _according_source(to) if to is not None else None
    if to is None or source is None:
        return None
    document = is_document(source, lexicon)
    owner = by_cue.get(token.head.i)
    if owner is not None and document:
        owner.via = owner.via or _first(page.piece(source.subtree))
        return None
    sent = token.sent
    hole_end = token.right_edge.i + 1
    if token.i == sent.start or (token.i == sent.start + 1 and not page.doc[sent.start].is_alpha):
        hole_end = _phrase_end(source)  # "According to X, ...": the rest of the sentence
    content = around(page, sent.start, sent.end, token.i, hole_end)
    if not content:
        return None
    draft = Draft(pieces=content, origin="parse", cue_token=token.i, slot="clause")
    draft.cue = page.span([token, to])
    draft.speaker = mention_range(source)
    draft.speaker_head = source.i
    draft.frame = page.span(token.subtree)
    draft.via = _first(page.piece(source.subtree)) if document else None
    return draft


def _according_source(to: Token) -> Token | None:
    """The object of "according to", or by a parse slip the last noun after it ("according
    to court insiders" with "court" taken for a verb)."""
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        nouns = [t for t in to.subtree if t.i > to.i and t.pos_ in {"NOUN", "PROPN", "PRON"}]
        source = nouns[-1] if nouns else None
    return source


def _phrase_end(source: Token) -> int:
    """The token after the noun phrase of an opening "According to X," (up to its comma)."""
    for token in source.doc[source.i : source.sent.end]:
        if token.text in {",", ":", "—"}:
            return token.i + 1
    return source.right_edge.i + 1


def _merge_participles(page: Page, drafts: list[Draft], by_cue: dict[int, Draft]) -> list[Draft]:
    """Fold a participle spelling out a cue's noun object into that cue's statement."""
    dropped: set[int] = set()
    for draft in drafts:
        if draft.cue_token is None:
            continue
        token = page.doc[draft.cue_token]
        head = by_cue.get(token.head.i)
        if (
            token.tag_ == "VBG"
            and token.dep_ in _PARTICIPLE_DEPS
            and head is not None
            and head is not draft
            and head.slot == "object"
            and draft.stance in _SPELLING_OUT
        ):
            head.pieces = draft.pieces
            head.slot = draft.slot
            dropped.add(id(draft))
    return [d for d in drafts if id(d) not in dropped]


def _first(pieces: list[CharSpan]) -> CharSpan | None:
    return pieces[0] if pieces else None
