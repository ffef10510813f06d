"""Organisations the tables do not know that the sentence shows to be companies.

News names most companies without a legal form ("Wells Fargo said", "Hewlett-Packard agreed
to acquire ..."). A reader knows one is a company from what it has and does: shares, a chief
executive, a subsidiary, a stake someone takes in it ("Wells Fargo shares fell", "Hewlett-Packard
CEO Mark Hurd", "a stake in Nexus"), acquisitions ("Nexus acquired ...", "... acquires Nexus"),
and a company noun in apposition ("jewelry retailer Weisfield's", "Nexus, the retailer,"). A
name that ends in a company's legal form ("Henley Group Inc.", "Courtaulds PLC") is a company's
wherever it stands ("a unit of Henley Group Inc.").
The words are the ``company_noun`` and ``company_verb`` rows of reference_words.tsv; a company
noun of apposition is any agent phrase of sector BUS (agents.tsv).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from eventwire.extract.actors.context import ActorContext

_OWNERS = frozenset({"poss", "compound"})
_OF = frozenset({"of", "in"})
_VERB_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})
_APPOSITIONS = frozenset({"appos", "compound"})
#: Legal forms only a company has (not "Group" or "Holdings", which some bodies use too).
_LEGAL_FORM = re.compile(r"\b(?:Inc|Corp|Co|Ltd|PLC|plc|LLC|GmbH|AG|N\.V|S\.A)\.?$")


def acts_as_company(ctx: ActorContext, span: Span) -> bool:
    """Whether an organisation's name is used as a company's in its sentence."""
    if _LEGAL_FORM.search(span.text.rstrip(" ,")):
        return True  # "a unit of Henley Group Inc."
    root = span.root
    nouns = ctx.lex.words.company_nouns
    if root.dep_ in _OWNERS and any(_lemma(t) in nouns for t in _owned(root)):
        return True  # "Wells Fargo shares", "HP's subsidiary", "Hewlett-Packard CEO Mark Hurd"
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in _OF and _lemma(head.head) in nouns:
        return True  # "shares of Nexus", "a stake in Nexus"
    verb = _clause_verb(root)
    verbs = ctx.lex.words.company_verbs
    if verb is not None and any(
        _lemma(v) in verbs for v in (verb, *(c for c in verb.children if c.dep_ == "xcomp"))
    ):
        return True  # "Nexus acquired ...", "Nexus agreed to acquire ...", "... acquires Nexus"
    inside = range(span.start, span.end)
    described = [c for c in root.children if c.dep_ in _APPOSITIONS and c.i not in inside]
    if root.dep_ == "appos":
        described.append(head)
    return any(_business(ctx, t) for t in described)


def _owned(token: Token) -> list[Token]:
    """The nouns a possessor or compound modifier belongs to, up a chain of compounds
    ("Wells Fargo board member": board, member)."""
    out = []
    while token.dep_ in _OWNERS and token.head.i != token.i:
        token = token.head
        out.append(token)
    return out


def _clause_verb(token: Token) -> Token | None:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.head if token.dep_ in _VERB_ROLES and token.head.pos_ == "VERB" else None


def _business(ctx: ActorContext, token: Token) -> bool:
    if token.pos_ != "NOUN":
        return False
    agent = ctx.lex.agent(_lemma(token))
    return agent is not None and agent.sector == "BUS"


def _lemma(token: Token) -> str:
    return token.lemma_.lower()
