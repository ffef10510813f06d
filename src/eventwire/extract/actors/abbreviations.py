"""Abbreviations: acronyms the story defines, and acronyms the tables know.

* A definition links an acronym to the name before it: "the Federal Security Service (FSB)",
  "the Kurdistan Workers' Party, or PKK,". When the name is an actor, the acronym, there and
  anywhere else in the story, is that actor, whatever the tables say the acronym stands for
  (the story's own definition wins). The name is an organisation (or a group) written in words:
  a place or a date before a wire's name ("MOSCOW (AP)") defines nothing.
* A bare acronym the NER left without a label is the organisation whose table alias it is
  ("... said the ANC"), unless it sits in a run of capitals (a headline).
* A short name of an organisation the story names in full is that organisation: an unknown
  organisation's name that is the full name cut before its last words ("Unisys Corp. ... Unisys
  said", "RMS International Inc. ... RMS"), or the initials of its words, hyphenated parts
  included ("Hewlett-Packard Co. ... HP said"), when only one organisation of the story fits
  (or one fits by its legal form alone: "MGM Grand" is "MGM Grand Inc.", not "MGM Grand Hotel").

:func:`find_definitions` runs before the other passes (which then leave defined acronyms alone);
:func:`link_abbreviations` runs after the entity pass, when the names have their actors.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Span, Token

from eventwire.extract.actors.actor_lexicon import string_ids
from eventwire.extract.actors.codes import compose
from eventwire.extract.actors.context import ORTH_COLUMN, ActorContext, Draft, Key
from eventwire.extract.actors.entities import add_name, find_entities

_MAX_NAME = 10
_CONNECTORS = frozenset({"of", "for", "and", "the", "de", "del", "al", "'s", "'", "’s", "-", "&"})
_CLOSERS = frozenset({",", ".", ";", ":", ")", "—", "–"})
_NAME_LABELS = frozenset({"ORG", "NORP", "FAC"})
_ORGANISATIONS = frozenset({"org", "org?"})
#: Words left out of initials ("Bank of America" -> BOA is not read; "Electronic Data
#: Systems Corp." -> EDS): connectors and legal forms.
_NOT_INITIALS = _CONNECTORS | frozenset({"inc", "corp", "co", "ltd", "plc", "llc", "company",
                                         "corporation", "incorporated"})  # fmt: skip


def is_acronym(token: Token) -> bool:
    """An acronym: 2 to 8 characters, capitals (and digits), at least two capitals ("FSB",
    "M23", "ISIL")."""
    text = token.text
    if not (2 <= len(text) <= 8 and text.isupper() and text.isalnum()):
        return False  # most tokens: decided without counting
    return sum(c.isupper() for c in text) >= 2


def find_definitions(ctx: ActorContext) -> None:
    """Record the acronyms the story defines (``ctx.acronyms``: acronym -> the name's tokens)."""
    doc = ctx.doc
    for at in ctx.upper():
        token = doc[at]
        if not is_acronym(token) or token.text in ctx.acronyms:
            continue
        i = token.i
        if 0 < i < len(doc) - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")":
            end = i - 1  # "the Federal Security Service (FSB)"
        elif (
            i >= 2
            and doc[i - 1].lower_ == "or"
            and doc[i - 2].text == ","
            and (i + 1 == len(doc) or doc[i + 1].text in _CLOSERS)
        ):
            end = i - 2  # "the Kurdistan Workers' Party, or PKK,"
        else:
            continue
        name = _name_before(ctx, end)
        if name is not None and ctx.lex.knowledge.country_by_alias(token.text) is None:
            ctx.acronyms[token.text] = (name.start, name.end)


def _name_before(ctx: ActorContext, end: int) -> Span | None:
    """The name ending right before token ``end``: an entity that is not a person, else a run of
    capitalised words (joined by "of", "and", "for" ...) of at least two words."""
    ent = ctx.ent_at(end - 1) if end > 0 else None
    if ent is not None:
        span = ctx.trimmed(ent)
        if ent.end != end or ent.label_ not in _NAME_LABELS or not _in_words(span):
            return None
        return span
    doc = ctx.doc
    start = end
    while start > 0 and end - start < _MAX_NAME:
        word = doc[start - 1]
        if word.text[:1].isupper() or (word.lower_ in _CONNECTORS and start < end):
            start -= 1
        else:
            break
    while start < end and (doc[start].lower_ in _CONNECTORS or doc[start].lower_ == "the"):
        start += 1
    words = [t for t in doc[start:end] if t.is_alpha]
    if len(words) < 2 or not doc[end - 1].text[:1].isupper() or not _in_words(doc[start:end]):
        return None
    return doc[start:end]


def _in_words(span: Span) -> bool:
    """Whether a name is written in words, not capitals ("MOSCOW") or figures ("Sept. 26")."""
    return any(c.islower() for c in span.text) and sum(t.is_alpha for t in span) >= 2


def link_abbreviations(ctx: ActorContext) -> None:
    """Make each defined acronym a mention of its name's actor, then read bare known acronyms.

    An acronym whose name is no actor is read as any other entity (the tables, or an unknown
    organisation when a verb takes it).
    """
    for acronym, (start, end) in ctx.acronyms.items():
        key = _actor_of(ctx, ctx.doc[start:end])
        if key is None:
            find_entities(ctx, only=acronym)
            continue
        for i in ctx.where(ORTH_COLUMN, string_ids([acronym])):
            if i not in ctx.claimed:
                add_name(ctx, ctx.doc[i : i + 1], key, "name")
    _known_acronyms(ctx)
    _short_names(ctx)


def _short_names(ctx: ActorContext) -> None:
    """Re-key the mentions of an unknown organisation whose name is a short name of one other
    organisation the story names (see the module docstring)."""
    names: dict[Key, list[str]] = {}
    for f in ctx.found:
        if f.key[0] in _ORGANISATIONS and f.how == "name":
            words = ctx.doc[f.start : f.end].text.split()
            if words and words[0].lower() == "the":
                words = words[1:]
            if words and len(words) > len(names.get(f.key, ())):
                names[f.key] = words
    if len(names) < 2:
        return
    moved: dict[Key, Key] = {}
    for key, words in names.items():
        if key[0] != "org?":
            continue
        fits = {k for k, full in names.items() if k != key and _short_of(words, full)}
        if len(fits) > 1:  # "MGM Grand": "MGM Grand Inc." rather than "MGM Grand Hotel"
            fits = {k for k in fits if _legal_form_of(words, names[k])}
        if len(fits) == 1:
            moved[key] = fits.pop()
    for i, f in enumerate(ctx.found):
        if f.key in moved:
            ctx.found[i] = dataclasses.replace(f, key=moved[f.key])


def _legal_form_of(short: list[str], full: list[str]) -> bool:
    """Whether ``full`` is ``short`` followed by a legal form only."""
    rest = full[len(short) :] if full[: len(short)] == short else ["?"]
    return bool(rest) and all(w.lower().strip(".,") in _NOT_INITIALS for w in rest)


def _short_of(short: list[str], full: list[str]) -> bool:
    """Whether ``short`` is ``full`` cut before its last words, or the initials of its words."""
    if len(short) < len(full) and full[: len(short)] == short:
        return True
    if len(short) != 1 or not short[0].isupper() or not short[0].isalpha():
        return False
    parts = [
        p for w in full for p in w.split("-") if p and p.lower().strip(".,") not in _NOT_INITIALS
    ]
    return len(parts) >= 2 and "".join(p[0] for p in parts) == short[0]


def _actor_of(ctx: ActorContext, name: Span) -> Key | None:
    """The actor of a defined name: the smallest mention that covers it."""
    covering = [f for f in ctx.found if f.start <= name.start and name.end <= f.end]
    if not covering:
        return None
    return min(covering, key=lambda f: f.end - f.start).key


def _known_acronyms(ctx: ActorContext) -> None:
    """A capitalised acronym with no entity label that an organisation of the tables goes by."""
    doc = ctx.doc
    for at in ctx.upper():
        token = doc[at]
        if not is_acronym(token) or len(token) < 3 or token.i in ctx.claimed:
            continue
        if ctx.ent_at(token.i) is not None or token.text in ctx.acronyms or _in_capitals(token):
            continue
        org = ctx.lex.knowledge.org_by_alias(token.text)
        if org is None:
            continue
        key: Key = ("org", org.name)
        code, country, sector = compose(org, None, ctx.date)
        ctx.draft(key, Draft(org.name, "organization", code, country, sector, org.wikidata))
        add_name(ctx, doc[token.i : token.i + 1], key, "name")


def _in_capitals(token: Token) -> bool:
    """Whether a word next to the token is in capitals too (a headline, a shouted phrase)."""
    doc = token.doc
    near = [doc[j] for j in (token.i - 1, token.i + 1) if 0 <= j < len(doc) and doc[j].is_alpha]
    return any(t.is_upper and len(t) > 1 for t in near)
