"""Singular pronouns: "he added", "she said", and a subject "he" after a sentence about him.

Conservative by design: only a ``he``/``she`` outside quotation marks that is the subject of a
speech verb, or the main subject of its sentence, is resolved. A speech verb's pronoun is the
latest speaker: the subject of a speech verb (else the main subject) that is a person of the
pronoun's gender, outside quotes, earlier in the sentence or in the last few sentences
(sentences that are all quotation are read through). A main-clause subject pronoun of another
verb is the main subject of the sentence right before, when that is a person of its gender.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.extract.actors.context import LOWER_COLUMN, ActorContext, Key
from eventwire.extract.actors.salience import name_gender, resolve_by_salience
from eventwire.nlp.grammar import NOMINAL_SUBJECTS

_LOOKBACK = 4
_SUBJECTS = NOMINAL_SUBJECTS


def token_keys(ctx: ActorContext) -> dict[int, Key]:
    """Token index -> key of the smallest mention that covers it."""
    keys: dict[int, Key] = {}
    for found in sorted(ctx.found, key=lambda f: f.end - f.start, reverse=True):
        for i in range(found.start, found.end):
            keys[i] = found.key
    return keys


def find_pronouns(ctx: ActorContext) -> None:
    """Add ``pronoun`` mentions: he/she speakers and subjects first, then the rest by salience."""
    keys = token_keys(ctx)
    for i in ctx.where(LOWER_COLUMN, ctx.lex.ids.pronouns):
        token = ctx.doc[i]
        gender = ctx.lex.words.pronouns[token.lower_]
        if token.dep_ not in _SUBJECTS or ctx.quoted[i]:
            continue
        sentence = ctx.sentence_of[token.i]
        if token.head.lemma_.lower() in ctx.lex.words.speech_verbs:
            key = _speaker(ctx, keys, token, sentence, gender)
        elif token.head.dep_ == "ROOT" and sentence > 0:
            key = _subject_person(ctx, keys, ctx.sentences[sentence - 1], gender, len(ctx.doc))
        else:
            key = None
        if key is not None:
            ctx.add(token.i, token.i + 1, key, "pronoun")
            keys[token.i] = key
    resolve_by_salience(ctx, keys)


def _speaker(
    ctx: ActorContext, keys: dict[int, Key], token: Token, sentence: int, gender: str
) -> Key | None:
    """The latest speaker of the pronoun's gender, in this sentence before it, else before."""
    key = _subject_person(ctx, keys, ctx.sentences[sentence], gender, token.i)
    if key is not None:
        return key
    read = 0
    for n in range(sentence - 1, -1, -1):
        sent = ctx.sentences[n]
        if all(ctx.quoted[t.i] or t.is_punct or t.is_space for t in sent):
            continue
        key = _subject_person(ctx, keys, sent, gender, sent.end)
        if key is not None:
            return key
        read += 1
        if read >= _LOOKBACK or _has_subject(ctx, sent):
            return None
    return None


def _subject_person(
    ctx: ActorContext, keys: dict[int, Key], sent: Span, gender: str, before: int
) -> Key | None:
    """The speech-verb subject (else the main subject) of a sentence, if a person of ``gender``."""
    speech = ctx.lex.words.speech_verbs
    subjects = [
        t
        for t in sent
        if t.i < before and t.dep_ in _SUBJECTS and not ctx.quoted[t.i] and t.i in keys
    ]
    ordered = [t for t in subjects if t.head.lemma_.lower() in speech]
    ordered += [t for t in subjects if t.head.dep_ == "ROOT" and t not in ordered]
    for subject in reversed(ordered):
        key = keys[subject.i]
        if _is_person(ctx, key, gender):
            return key
    return None


def _has_subject(ctx: ActorContext, sent: Span) -> bool:
    """Whether a sentence has a main subject outside quotes (a new topic stops the search)."""
    return any(t.dep_ in _SUBJECTS and t.head.dep_ == "ROOT" and not ctx.quoted[t.i] for t in sent)


def _is_person(ctx: ActorContext, key: Key, gender: str) -> bool:
    if key[0] == "person" and ctx.lex.person(key[1]) is None:
        return False
    if key[0] not in {"person", "person?", "office"}:
        return False
    # by the tables, else the given name; neither telling, any person is a speaker of either
    known = name_gender(ctx, key)
    return known is None or known == gender
