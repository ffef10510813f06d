"""What the text says a person is, beyond the title beside the name: a predicate nominative, a
coordinated appositive, the organisation that employs them, and a criminal suspect's role.

* "Ana Costa is a columnist for the Courier", "Costa became chairman": the noun after a copula
  whose subject is the person is a title of theirs, as an appositive is.
* "Ana Costa, chairman and chief executive, said": each title of a coordinated appositive.
* A role owned by an organisation the tables do not know, through a possessive or "of"/"for"/"at"
  ("Nexus Corp's vice president", "a director of Nexus Corp"): the role is that organisation's.
  An organisation with a legal form is a company, and so are unknown organisations that have
  executives (a chairman, a chief executive, a vice president): the person is BUS, not the
  GOV that a bare "president" would give.
* A person the tables do not know and the text gives no role, who is the object of a verb of
  criminal process ("police arrested Ana Costa", "Costa was charged"): CAMEO's CRM.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Span, Token

from eventwire.extract.actors.backoff import has_legal_form
from eventwire.extract.actors.context import ActorContext, Key, TitleFacts
from eventwire.extract.actors.titles import analyse

_PERSONS = frozenset({"person", "person?"})
_COPULAS = frozenset({"be", "become", "remain"})
_OWNER_PREPOSITIONS = frozenset({"of", "for", "at"})
#: Roles that, owned by an organisation the tables do not know, make it a company.
_EXECUTIVES = frozenset(
    {"president", "vice president", "chairman", "chairwoman", "chief executive", "ceo",
     "executive", "director", "managing director", "chief operating officer", "cfo"}
)  # fmt: skip
_CRM = TitleFacts(country=None, org=None, sector="CRM", former=False, phrase=None, office=False)


def find_descriptions(ctx: ActorContext) -> None:
    """Add the titles that predicate nominatives and coordinated appositives give, re-read
    titles owned by unknown organisations, and mark unknown suspects CRM."""
    seen: set[int] = set()
    for found in list(ctx.found):
        if found.key[0] not in _PERSONS or found.how not in {"name", "surname"}:
            continue
        span = ctx.doc[found.start : found.end]
        root = span.root
        if root.i in seen:
            continue
        seen.add(root.i)
        for noun in _described_by(span):
            _add_title(ctx, found.key, noun)
    for key, facts in list(ctx.titles.items()):
        if key[0] in _PERSONS:
            ctx.titles[key] = [_owned(ctx, key, fact) for fact in facts]
    _suspects(ctx)


def _described_by(span: Span) -> list[Token]:
    """Role nouns said of the name: the attribute of a copula it is the subject of, and the
    coordinated members of an appositive."""
    root = span.root
    nouns: list[Token] = []
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_.lower() in _COPULAS:
        nouns += [c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    apposed = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    for noun in apposed:
        nouns += [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    for noun in list(nouns):
        nouns += [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    return list(dict.fromkeys(nouns))


def _add_title(ctx: ActorContext, key: Key, noun: Token) -> None:
    start = noun.left_edge.i
    while start < noun.i and ctx.doc[start].tag_ in {"DT", "POS"}:
        start += 1
    if ctx.is_claimed(start, noun.i + 1) and not _take_description(ctx, noun):
        return
    facts = analyse(ctx.doc[start : noun.i + 1], ctx, head=noun)
    if facts is None or not facts.phrase:
        return
    owner = _owner_of(ctx, noun)
    if owner is not None and facts.org is None and facts.country is None:
        facts = dataclasses.replace(facts, sector=_owner_sector(owner, facts))
    ctx.titles[key].append(facts)
    ctx.add(start, noun.i + 1, key, "title")


def _take_description(ctx: ActorContext, noun: Token) -> bool:
    """Whether the noun's phrase is a description actor's mention ("a columnist"), which then
    becomes the person's title instead."""
    for found in ctx.found:
        if (
            found.how == "description"
            and found.end == noun.i + 1
            and noun.left_edge.i <= found.start
            and found.key[0] == "group"
        ):
            ctx.found.remove(found)
            ctx.claimed.difference_update(range(found.start, found.end))
            return True
    return False


def _owned(ctx: ActorContext, key: Key, fact: TitleFacts) -> TitleFacts:
    """A title owned by an unknown organisation takes the organisation's sector: the owner of
    the title noun, or of the name ("Vice President Ana Costa of Nexus Corp")."""
    if fact.org is not None or fact.country is not None or not fact.phrase:
        return fact
    for found in ctx.found:
        if found.key == key and found.how in {"title", "name", "surname"}:
            owner = _owner_of(ctx, ctx.doc[found.start : found.end].root)
            if owner is not None:
                return dataclasses.replace(fact, sector=_owner_sector(owner, fact))
    return fact


def _owner_of(ctx: ActorContext, noun: Token) -> Span | None:
    """An ORG entity the tables do not know that owns a role noun: "Nexus Corp's director",
    "director of Nexus Corp", "columnist for the Courier"."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in _OWNER_PREPOSITIONS
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for owner in owners:
        ent = ctx.ent_at(owner.i)
        if ent is None or ent.label_ != "ORG":
            continue
        if ctx.named_at(owner) is not None:
            return None  # the tables know it: the title analysis already used it
        return ctx.trimmed(ent)
    return None


def _owner_sector(owner: Span, fact: TitleFacts) -> str | None:
    """The sector of a role held in an unknown organisation."""
    if has_legal_form(owner.text) or (fact.phrase or "") in _EXECUTIVES:
        return "BUS"
    return fact.sector if fact.sector != "GOV" else None


def _suspects(ctx: ActorContext) -> None:
    for found in ctx.found:
        key = found.key
        if key[0] != "person?" or ctx.titles.get(key):
            continue
        if is_suspect(ctx, ctx.doc[found.start : found.end].root):
            ctx.titles[key].append(_CRM)


def is_suspect(ctx: ActorContext, word: Token) -> bool:
    """Whether a noun names a suspect or convict: the object or passive subject of a verb of
    criminal process ("police arrested Ana Costa", "three people were charged")."""
    verb = word.head
    return (
        word.dep_ in {"dobj", "nsubjpass"}
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in ctx.lex.words.suspect_verbs
    )
