"""Organisations the tables do not know that their name or sentence shows to be companies.

News names most companies without a legal form ("Wells Fargo said", "Hewlett-Packard agreed
to acquire ..."). A reader knows one is a company from what it has and does: shares, a chief
executive, a subsidiary, a stake someone takes in it ("Wells Fargo shares fell", "Hewlett-Packard
CEO Mark Hurd", "a stake in Nexus"), acquisitions ("Nexus acquired ...", "... acquires Nexus"),
and a company noun in apposition ("jewelry retailer Weisfield's", "Nexus, the retailer,"). A
name that ends in a company's legal form ("Henley Group Inc.", "Courtaulds PLC"), or opens with
one ("Cie. Financiere de Paribas"), is a company's wherever it stands ("a unit of Henley Group
Inc."), and so is the name without the form that the story goes on to use ("Conseco Inc. said
... Conseco closed at $19.50"), and a name ending in the trade or wares a company is named after
("General Motors", "Kraft Foods", "T-Mobile").
A name headed by a word of newspapers or broadcasters ("Breitbart News", "the Leeds Post") is
a news outlet's (MED), an actor only where it acts (an outlet that only reports is none).
A name headed by a noun of public bodies ("the Ohio Department of Agriculture", "Bureau of
Animal Industry", "the Kansas Health Department") is a government body's (GOV).
The words are the ``company_noun``, ``company_verb``, ``company_head`` and ``outlet_head`` rows
of reference_words.tsv; a company noun of apposition is any agent phrase of sector BUS
(agents.tsv).
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
_LEGAL_FORM = re.compile(
    r"(?:,? &)?,? \b(?:Inc|Corp|Co|Ltd|PLC|plc|LLC|GmbH|AG|AB|SpA|S\.p\.A|N\.V|B\.V|S\.A)\.?$"
)
_PORTFOLIO = frozenset({"of", "for"})
#: Nouns that head the names of public bodies: an organisation the tables lack that one heads,
#: first with its portfolio after it ("the Department of Workforce Development", "Bureau of
#: Animal Industry") or last ("the Kansas Health Department"), is a government body.
PUBLIC_BODIES = frozenset({"office", "bureau", "department", "ministry", "agency", "commission"})
#: Of those, the ones that end a public body's name ("a law office", "a travel office" do not).
PUBLIC_LAST = PUBLIC_BODIES - {"office"}
_BODY_PORTFOLIO = frozenset({"of", "for"})
_WORDS = re.compile(r"[\s-]+")
#: A company form that opens a French name ("Cie. Financiere de Paribas").
_LEADING_FORM = re.compile(r"^(?:Cie|Compagnie)\.? ")


def short_names(ctx: ActorContext) -> dict[str, str]:
    """The names the story's companies go by after their full name with its legal form:
    "Conseco Inc. said ... Conseco closed at $19.50", "Upjohn Co. ... Upjohn officials" (the
    name without the form, which the NER often takes for a person's), each to the full name.
    A short name the knowledge knows (a country, an organisation) is left to it."""
    if ctx.short_companies is None:
        ctx.short_companies = {}
        for ent in ctx.doc.ents:
            full = ctx.trimmed(ent).text
            short = _LEADING_FORM.sub("", _LEGAL_FORM.sub("", full.rstrip(" ,")))
            if short != full and short[:1].isupper() and ctx.lex.named(short) is None:
                ctx.short_companies.setdefault(short, full)
    return ctx.short_companies


def named_as_company(ctx: ActorContext, span: Span) -> bool:
    """Whether a name is a company's wherever it stands: by a legal form ("a unit of Henley
    Group Inc.", "Cie. Financiere de Paribas"), as the short name of one ("Conseco"), or by
    the trade or wares that heads it ("General Motors", "T-Mobile"), but for a ministry's
    portfolio ("the Minister for Primary Industries")."""
    text = span.text.rstrip(" ,")
    if _LEGAL_FORM.search(text) or _LEADING_FORM.match(text) or text in short_names(ctx):
        return True
    return _headed_by(ctx, span, ctx.lex.words.company_heads)


def names_outlet(ctx: ActorContext, span: Span) -> bool:
    """Whether a name is a news outlet's: headed by a word of newspapers or broadcasters
    ("Breitbart News", "Armed American Radio", "the Leeds Post")."""
    return _headed_by(ctx, span, ctx.lex.words.outlet_heads)


def _headed_by(ctx: ActorContext, span: Span, heads: frozenset[str]) -> bool:
    """Whether a name of two words or more ends in one of the head words and that word heads it
    (not "the Department of Primary Industries"), and it is not a ministry's portfolio ("the
    Minister for Primary Industries")."""
    words = _WORDS.split(span.text.rstrip(" ,"))
    root = span.root
    if len(words) < 2 or words[-1].lower() not in heads or root.i != span.end - 1:
        return False
    if root.dep_ == "pobj" and root.head.lower_ in _PORTFOLIO:
        agent = ctx.lex.agent(_lemma(root.head.head))
        return agent is None or agent.sector != "GOV"
    return True


def public_body(span: Span) -> bool:
    """Whether an organisation's name is a public body's: headed by a noun of ``PUBLIC_BODIES``
    with its portfolio after "of" or "for" ("the Ohio Department of Agriculture", "Office of
    Management and Budget") or ending in one ("the Kansas Health Department")."""
    root = span.root
    if not span.start <= root.i < span.end or root.lower_ not in PUBLIC_BODIES:
        return False
    if root.i == span.end - 1:
        return root.lower_ in PUBLIC_LAST and len(span) > 1
    return any(
        c.dep_ == "prep" and c.lower_ in _BODY_PORTFOLIO and c.i < span.end for c in root.children
    )


def acts_as_company(ctx: ActorContext, span: Span) -> bool:
    """Whether an organisation's name is used as a company's in its sentence."""
    if named_as_company(ctx, span):
        return True
    root = span.root
    nouns = ctx.lex.words.company_nouns
    if root.dep_ in _OWNERS and any(_noun(t, nouns) for t in _owned(root)):
        return True  # "Wells Fargo shares", "HP's subsidiary", "Hewlett-Packard CEO Mark Hurd"
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in _OF and _noun(head.head, nouns):
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


def _noun(token: Token, nouns: frozenset[str]) -> bool:
    """Whether a token is one of the nouns, by lemma or as written (the lemmatiser reads
    "earnings" as the plural of "earning")."""
    return _lemma(token) in nouns or token.lower_ in nouns


def _lemma(token: Token) -> str:
    return token.lemma_.lower()
