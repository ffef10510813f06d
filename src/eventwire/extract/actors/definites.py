"""Definite descriptions of an organisation named before: "the council", "the company".

"The Board of Selectmen voted ... the board said" and "Henley Group Inc. ... the company said":
a singular "the" + noun with no other name in it refers to the latest organisation named before
it whose name contains that noun (head match, as in the sieve tradition of coreference), or,
for a company noun ("the company", "the firm"), the latest organisation that is a company (a
legal form in its name, or coded BUS); a kind of company ("the bank", "the retailer") only
the unknown organisation just named. "The spokesman", "the minister" likewise join the latest
person named before whose title ends in that noun ("Kremlin spokesman Dmitry Peskov ... the
spokesman added"). The description then joins that organisation or person instead of
becoming an uncoded actor of its own. Nouns that are not organisational ("the state", "the
man") and phrases with a name or possessive inside ("the Ford company", "its board") are left
to the other passes.

A description of a public body that joins no organisation named before ("the county handles
their operation", "the agency's budget", "the town's interest") is the story's body of that
kind, which a local story need not name: an actor of the sector the noun names (the local
government for "the county", "the town"; GOV for an agency, board or commission), to which the
back-off gives the story's country. Only as a verb's subject or object, a passive's agent or
the owner of a thing: "in the county" is a place, and so is "the town's residents" (an agent
noun owned by the town) or "the town's main square" (a part of the place), and "the town was
flooded" (a passive subject).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.actors.actor_lexicon import string_ids
from eventwire.extract.actors.backoff import has_legal_form
from eventwire.extract.actors.context import (
    LEMMA_COLUMN,
    LOWER_COLUMN,
    ActorContext,
    Draft,
    Found,
    Key,
)

#: Kinds of company: "the bank" joins an unknown organisation just named, as "the company"
#: does, but not any company named before (an airline is not the bank the story spoke of).
_KINDS_OF_COMPANY = frozenset({"bank", "retailer", "automaker", "carmaker", "airline",
                               "insurer", "lender"})  # fmt: skip
#: Nouns that head a definite description of an organisation.
ORGANISATION_NOUNS = _KINDS_OF_COMPANY | frozenset(
    {"agency", "association", "authority", "board", "bureau", "campaign", "commission",
     "committee", "company", "corporation", "council", "court", "department", "firm",
     "foundation", "group", "institute", "ministry", "network", "office", "organization",
     "organisation", "panel", "party", "service", "union", "university"}
)  # fmt: skip
_COMPANY_NOUNS = frozenset({"company", "firm", "corporation"})
#: Public bodies a story may name only by their kind, with the sector of the body: local
#: governments ("the county", "the town") and government bodies ("the agency", "the board";
#: a company's board, after a company named, is BUS).
_BODY_SECTORS = {"county": "GOV", "town": "GOV", "township": "GOV", "borough": "GOV",
                 "municipality": "GOV", "agency": "GOV", "board": "GOV",
                 "commission": "GOV"}  # fmt: skip
_DESCRIBED = ORGANISATION_NOUNS | frozenset(_BODY_SECTORS)
_DESCRIBED_IDS = string_ids(_DESCRIBED)
#: Of those, the places: their owning a thing makes them a body only when the thing is what a
#: body has ("the town's interest", "the county's budget"), not a part of a place ("the town's
#: main square"): a government's things (``govern_noun`` of reference_words.tsv) and these.
_PLACES = frozenset({"county", "town", "township", "borough", "municipality"})
_BODY_THINGS = frozenset({"interest", "budget", "behalf", "contract", "vote", "approval",
                          "lawsuit", "attorney", "fee", "ordinance"})  # fmt: skip
#: Roles in which such a description acts: subject, object, passive agent ("by the county").
_BODY_ROLES = frozenset({"nsubj", "dobj", "dative"})
_COMPANY_WINDOW = 3  # sentences back to an unknown organisation "the company" may be
_ORGANISATIONS = frozenset({"org", "org?"})
_PEOPLE = frozenset({"person", "person?"})


def find_definites(ctx: ActorContext) -> None:
    """Join "the council", "the company" ... to the organisation named before them, and "the
    spokesman", "the minister" to the person named before them with that title."""
    _roles(ctx)
    named = sorted(
        (f for f in ctx.found if f.key[0] in _ORGANISATIONS and f.how == "name"),
        key=lambda f: f.start,
    )
    # a singular noun's lemma is its lower-case form ("the Council" too)
    candidates = ctx.where(LEMMA_COLUMN, _DESCRIBED_IDS) + ctx.where(LOWER_COLUMN, _DESCRIBED_IDS)
    for i in sorted(set(candidates)):
        token = ctx.doc[i]
        lemma = token.lemma_.lower()
        if lemma not in _DESCRIBED or not _bare_definite(token):
            continue
        start = next(c.i for c in token.children if c.dep_ == "det")
        key = _antecedent(ctx, named, token, start) if lemma in ORGANISATION_NOUNS else None
        key = key or _body(ctx, token)
        if key is None:
            continue
        if ctx.is_claimed(start, token.i + 1) and not _release(ctx, start, token.i + 1):
            continue
        ctx.add(start, token.i + 1, key, "description")


def _roles(ctx: ActorContext) -> None:
    """ "Kremlin spokesman Dmitry Peskov said ... The spokesman added": a bare "the" + the head
    noun of a title that a person named before carries is that person (the latest such)."""
    named: list[tuple[int, str, Key]] = []  # (where the name ends, title noun, person)
    for found in ctx.found:
        if found.key[0] not in _PEOPLE or found.how not in {"name", "surname"}:
            continue
        for facts in ctx.titles.get(found.key, ()):
            if facts.phrase and not facts.former:
                named.append((found.end, facts.phrase.split()[-1].lower(), found.key))
    if not named:
        return
    named.sort(key=lambda n: n[0])
    nouns = {noun for _, noun, _ in named}
    for i in ctx.where(LOWER_COLUMN, string_ids(nouns)):
        token = ctx.doc[i]
        if token.lower_ not in nouns or ctx.quoted[token.i] or not _bare_definite(token):
            continue
        if len(list(token.lefts)) > 1:
            continue  # "the Democratic candidate" may be someone else than the candidate named
        start = next(c.i for c in token.children if c.dep_ == "det")
        before = [key for end, noun, key in named if end <= start and noun == token.lower_]
        if not before:
            continue
        if ctx.is_claimed(start, token.i + 1) and not _release(ctx, start, token.i + 1):
            continue
        ctx.add(start, token.i + 1, before[-1], "description")


def _bare_definite(token: Token) -> bool:
    """ "the council": a singular common noun with "the" and no other word before it except
    adjectives."""
    if token.pos_ != "NOUN" or token.tag_ != "NN":
        return False
    lefts = list(token.lefts)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in lefts):
        return False
    return all(c.dep_ in {"det", "amod"} and c.pos_ in {"DET", "ADJ"} for c in lefts)


def _antecedent(ctx: ActorContext, named: list[Found], token: Token, start: int) -> Key | None:
    lemma = token.lemma_.lower()
    for found in reversed(named):
        if found.end > start:
            continue
        name = _name(ctx, found.key)
        words = {w.lower().strip(".,") for w in name.split()}
        if lemma in words:
            return found.key
        if lemma in _COMPANY_NOUNS and _company(ctx, found.key, name):
            return found.key
    if lemma in _COMPANY_NOUNS or lemma in _KINDS_OF_COMPANY:
        return _unknown_company(ctx, named, token, start)
    return None


def _body(ctx: ActorContext, token: Token) -> Key | None:
    """ "the county handles ...": the story's public body of the noun's kind, if it acts."""
    sector = _BODY_SECTORS.get(token.lemma_.lower())
    if sector is None or not _acts(ctx, token):
        return None
    if any(ctx.ent_at(c.i) is not None for c in token.lefts):
        return None  # "the European agency": a body of a place or people named, not the story's
    if token.lemma_.lower() == "board" and _after_company(ctx, token):
        sector = "BUS"  # a company's board of directors
    key: Key = ("group", sector, token.lemma_.lower(), False)
    ctx.draft(key, Draft(token.lemma_.lower(), "organization", code=sector, sector=sector))
    return key


def _after_company(ctx: ActorContext, token: Token) -> bool:
    """Whether the organisation named last before the token, in its sentence or the few
    before, is a company."""
    first = ctx.sentence_of[token.i] - _COMPANY_WINDOW
    for found in sorted(ctx.found, key=lambda f: f.start, reverse=True):
        if found.start >= token.i or found.key[0] not in _ORGANISATIONS:
            continue
        if ctx.sentence_of[found.start] < first:
            return False
        return _company(ctx, found.key, _name(ctx, found.key))
    return False


def _acts(ctx: ActorContext, token: Token) -> bool:
    """A verb's subject or object, a passive's agent, or the owner of a thing that is no
    agent noun ("the town's interest", not "the town's residents")."""
    if token.dep_ in _BODY_ROLES:
        return True
    if token.dep_ == "pobj":
        return token.head.lower_ == "by" and token.head.dep_ == "agent"
    if token.dep_ == "poss":
        owned = token.head.lemma_.lower()
        if token.lemma_.lower() in _PLACES:
            return owned in _BODY_THINGS or owned in ctx.lex.words.govern_nouns
        return ctx.lex.agent(owned) is None and token.head.pos_ == "NOUN"
    return False


def _unknown_company(ctx: ActorContext, named: list[Found], token: Token, start: int) -> Key | None:
    """ "Hewlett-Packard said ... The company added": with no company named before, "the
    company" as a subject is the latest organisation of the last sentences that the knowledge
    does not know (no code, no sector), which it makes a company."""
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return None  # as the subject only ("the company's headquarters" may be another's)
    first = ctx.sentence_of[token.i] - _COMPANY_WINDOW
    for found in reversed(named):
        if found.end > start or ctx.sentence_of[found.start] < first:
            continue
        draft = ctx.drafts.get(found.key)
        if found.key[0] == "org?" and (
            draft is None or (draft.code is None and draft.sector is None)
        ):
            name = _name(ctx, found.key)
            ctx.drafts[found.key] = Draft(name, "organization", code="BUS", sector="BUS")
            return found.key
        return None  # a known organisation came last: not the one meant
    return None


def _name(ctx: ActorContext, key: Key) -> str:
    draft = ctx.drafts.get(key)
    return draft.name if draft is not None else str(key[1])


def _company(ctx: ActorContext, key: Key, name: str) -> bool:
    draft = ctx.drafts.get(key)
    if draft is not None and draft.sector == "BUS":
        return True
    return has_legal_form(name)


def _release(ctx: ActorContext, start: int, end: int) -> bool:
    """Drop a description actor's mention of exactly these tokens (it is the organisation's)."""
    for found in ctx.found:
        if found.start == start and found.end == end and found.how == "description":
            if found.key[0] != "group":
                return False
            ctx.found.remove(found)
            ctx.claimed.difference_update(range(start, end))
            return True
    return False
