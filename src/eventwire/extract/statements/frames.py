"""Frames: the attribution clause beside a quotation, read for its cue and its source.

A frame region is the stretch of a sentence right after a quotation (``, he added.``, ``said
James Acton, a physicist``, ``― Name``) or right before it (``Putin said:``, ``X told reporters,``).
A frame holds a cue verb (or "according to") whose source it also holds, and none of its own
content: in a leading region everything after the cue belongs to the cue (its addressee, time,
manner) and the region ends with the cue, its colon or comma, "that" or its addressee; in a
trailing region the cue's subject, if it has one, is in the region. An inverted cue (``said
X``, ``Said X:``) takes the noun phrase after it as its source.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.extract.statements.draft import CharSpan, Draft
from eventwire.extract.statements.page import Page
from eventwire.extract.statements.speech_cues import Cue, CueLexicon
from eventwire.extract.statements.syntax import (
    addressee_of,
    document_of,
    is_document,
    mention_range,
    particles,
    referent,
    source_of,
)

__all__ = ["FINAL", "dash_after", "dash_frame", "frame_of"]

#: A colon frame whose verb issues a document ("The ministry issued a statement:").
_ISSUED = Cue(words="", kind="verb", stance="say", slots=("clause",))
_DASHES = frozenset({"―", "—", "–", "--"})
FINAL = frozenset({".", "!", "?"})
_NOUNS = frozenset({"PROPN", "NOUN", "PRON"})
_NAME_PARTS = frozenset({"compound", "amod", "det", "poss"})


def frame_of(
    page: Page, token: Token, region: list[Token], lexicon: CueLexicon, *, before: bool
) -> Draft | None:
    """The frame whose cue is ``token`` in ``region`` (before or after its quotation), or None."""
    if token.lower_ == "according":
        placed = _introduces(token, region, False) if before else token.i == _first_word(region)
        return _according(page, token, region) if placed else None
    cue = _cue(token, region, lexicon, before=before)
    if cue is None:
        return None
    inside = {t.i for t in region}
    source = source_of(token)
    if source is not None and source.i not in inside:  # two subjects: take the frame's own
        source = next((c for c in token.children if c.dep_ == "nsubj" and c.i in inside), source)
    if not before and source is not None and source.i > region[-1].i:
        source = _phrase(page.doc, region[0].i, token.i, inside)  # a later subject: a slip
    if not before and source is not None and source.i not in inside:
        return None  # the quotation is inside the cue's own clause ("X, calling it "...," urged")
    if source is None and token.i == _first_word(region) and token.tag_ != "VBG":
        # inverted ("said James Acton"); a participle never is ("..., comparing him to ...")
        source = _phrase(page.doc, token.i + 1, None, inside)
    if source is None or source.i not in inside:
        return None
    if not before and not _opens_with(region, token, source):
        return None  # "... "absolutely right" when he said ...": a clause of its own
    draft = Draft(pieces=[], origin="quote", stance=cue.stance, cue_token=token.i)
    draft.frame = page.span(region)
    draft.cue = page.span([token, *(c for c in token.children if c.dep_ == "prt")])
    draft.speaker = mention_range(source)
    draft.speaker_head = referent(source).i
    addressee = addressee_of(token, cue, [])
    draft.addressee = addressee.i if addressee is not None else None
    document = document_of(token, lexicon)
    draft.via = _first(page.piece(document.subtree)) if document is not None else None
    return draft


def _cue(token: Token, region: list[Token], lexicon: CueLexicon, *, before: bool) -> Cue | None:
    """The cue of a verb in a frame region, if the verb frames the quotation."""
    if token.pos_ != "VERB":
        return None
    cue = lexicon.verb(token.lemma_.lower(), particles(token))
    if cue is None and before and region[-1].text == ":" and _issues_document(token, lexicon):
        cue = _ISSUED
    if cue is None:
        return None
    inside = {t.i for t in region}
    if any(c.dep_ == "ccomp" and c.i in inside and c.i > token.i for c in token.children):
        return None  # its content is in the region: "said the deal was "a disaster""
    inverted = token.i == _first_word(region)
    if before and not (
        _introduces(token, region, cue.object_is_addressee)
        or (inverted and region[-1].text in {":", ","})
    ):
        return None
    return cue


def _opens_with(region: list[Token], cue: Token, source: Token) -> bool:
    """Whether a trailing region starts with its attribution: before the cue, only the source
    phrase, adverbs and punctuation ("..., Flynn, a top surrogate, later said")."""
    phrase = {t.i for t in source.subtree}
    return all(
        t.i in phrase or t.is_punct or t.pos_ in {"ADV", "AUX", "PART"}
        for t in region
        if t.i < cue.i
    )


def _issues_document(verb: Token, lexicon: CueLexicon) -> bool:
    """Whether a verb's object names a document ("issued a statement", "posted a message")."""
    return any(c.dep_ == "dobj" and is_document(c, lexicon) for c in verb.children)


def _first_word(region: list[Token]) -> int:
    return next((t.i for t in region if not t.is_punct), -1)


def _phrase(doc: Doc, start: int, end: int | None, inside: set[int]) -> Token | None:
    """The head of the first noun phrase in the region from token ``start`` (before ``end``):
    the source of an inverted cue ("said James Acton"), or of a cue whose parse went wrong."""
    for token in doc[start:end]:
        if token.i not in inside:
            return None
        if token.pos_ in _NOUNS:
            while (
                token.dep_ in _NAME_PARTS
                and token.head.i in inside
                and token.head.pos_ in _NOUNS
                and token.head.i > token.i
            ):
                token = token.head
            return token
    return None


def _introduces(cue: Token, region: list[Token], addressee_object: bool) -> bool:
    """Whether a leading cue introduces what follows the region."""
    if any(t.i > cue.i and not _governed(t, cue) for t in region if not t.is_punct):
        return False
    tail = region[-1]
    return (
        tail.i == cue.i
        or tail.text in {":", ","}
        or tail.lower_ == "that"
        or (tail.dep_ == "dative" and tail.head.i == cue.i)
        or (addressee_object and tail.dep_ == "dobj" and tail.head.i == cue.i)
    )


def _governed(token: Token, head: Token) -> bool:
    return any(a.i == head.i for a in token.ancestors)


def _according(page: Page, token: Token, region: list[Token]) -> Draft | None:
    """``"...," according to X.`` / ``According to X, "..."``: X is the source."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    target = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    if to is None or target is None or target.i not in {t.i for t in region}:
        return None
    draft = Draft(pieces=[], origin="quote", cue_token=token.i, frame=page.span(region))
    draft.cue = page.span([token, to])
    draft.speaker = mention_range(target)
    draft.speaker_head = target.i
    return draft


def dash_after(text: str, end: int) -> int | None:
    """The offset of an attribution dash right after a quotation ("..." ― Name), else None."""
    i = end
    while i < len(text) and text[i] in " \t\xa0":
        i += 1
    if text[i : i + 2] == "--":
        return i
    return i if i < len(text) and text[i] in "―—–" else None


def dash_frame(page: Page, pieces: list[CharSpan], dash: int, region: list[Token]) -> Draft | None:
    """An attribution line: ``"..." ― Name`` (a name and nothing else up to the line's end)."""
    name = []
    for token in region:
        if token.idx <= dash or token.text in _DASHES:
            continue
        if "\n" in token.text or token.text in FINAL:
            break
        name.append(token)
    if not name or len(name) > 6 or not any(t.pos_ == "PROPN" for t in name):
        return None
    draft = Draft(pieces=list(pieces), origin="dash", frame=page.span(region))
    draft.cue = (dash, dash + (2 if page.text[dash : dash + 2] == "--" else 1))
    draft.speaker = (name[0].i, name[-1].i + 1)
    draft.speaker_head = name[-1].i
    return draft


def _first(pieces: list[CharSpan]) -> CharSpan | None:
    return pieces[0] if pieces else None
