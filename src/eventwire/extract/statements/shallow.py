"""A fallback for cue verbs the parse got wrong: read the frame off the word order.

The small parser sometimes labels a finite cue verb as a modifier ("Trump accused China of ..."
with ``accused`` an ``amod``), leaving it no subject and no content. When a finite cue verb has
a nominal label, its source is the noun phrase right before it (an actor mention, a name or a
pronoun) and its content what its first content slot finds after it, up to the end of the
sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.extract.statements.draft import CharSpan
from eventwire.extract.statements.page import Page
from eventwire.extract.statements.speech_cues import Cue

__all__ = ["misparsed", "shallow_content", "shallow_source", "unattached"]

_FINITE = frozenset({"VBD", "VBZ", "VBP", "VBN"})
_NOMINAL_DEPS = frozenset(
    {"amod", "compound", "nmod", "dobj", "pobj", "appos", "npadvmod", "nsubj", "dep", "attr"}
)
_SKIP_BEFORE = frozenset({"ADV", "AUX", "PART"})
_PHRASE = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM"})
_NAMES = frozenset({"PROPN", "NOUN", "PRON"})
_POSSESSIVES = frozenset({"PRP$", "WP$", "POS"})
_STOP = frozenset({".", "!", "?", ";"})


def misparsed(token: Token) -> bool:
    """Whether a finite verb carries a nominal label (the parse did not see it as a verb)."""
    return token.tag_ in _FINITE and (
        token.dep_ in _NOMINAL_DEPS or (token.dep_ == "conj" and token.head.pos_ in _NAMES)
    )


def unattached(token: Token) -> bool:
    """Whether a finite, active main verb has no subject at all (the parse hung it elsewhere)."""
    return (
        token.tag_ in _FINITE - {"VBN"}
        and token.dep_ in {"ROOT", "ccomp", "conj"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in token.children)
        and not (token.dep_ == "conj" and token.head.pos_ in {"VERB", "AUX"})
    )


def shallow_source(token: Token) -> tuple[Token, int] | None:
    """The head and first token of the noun phrase right before a verb (adverbs skipped)."""
    doc, sent = token.doc, token.sent
    j = token.i - 1
    while j >= sent.start and doc[j].pos_ in _SKIP_BEFORE:
        j -= 1
    if j < sent.start or doc[j].pos_ not in _NAMES or doc[j].tag_ in _POSSESSIVES:
        return None  # "their repeated calls": a participle modifying a noun, not a verb
    start = j
    while start - 1 >= sent.start and doc[start - 1].pos_ in _PHRASE:
        start -= 1
    return doc[j], start


def shallow_content(page: Page, token: Token, cue: Cue) -> list[CharSpan]:
    """The content after a verb by its first slot found in word order (to the sentence end)."""
    doc = page.doc
    end = _clause_end(doc, token)
    for slot in cue.slots:
        begin = _slot_start(doc, token, slot, cue, end)
        if begin is not None and begin < end:
            pieces = page.piece(doc[begin:end])
            if pieces:
                return pieces
    return []


def _slot_start(doc: Doc, token: Token, slot: str, cue: Cue, end: int) -> int | None:
    after = token.i + 1
    if slot == "clause":
        if cue.object_is_addressee:
            while after < end and doc[after].pos_ in _PHRASE | {"PRON"}:
                after += 1
        if after < end and doc[after].lower_ == "that":
            after += 1
        return after
    if slot == "to":
        return after if after < end and doc[after].lower_ == "to" else None
    word = cue.words.partition(" ")[2] if slot == "prep" else slot
    if slot in {"object", "small"}:
        return after
    for k in range(after, end):
        if doc[k].lower_ == word:
            return k + 1
    return None


def _clause_end(doc: Doc, token: Token) -> int:
    end = token.sent.end
    for k in range(token.i + 1, token.sent.end):
        if doc[k].text in _STOP:
            return k
    return end
