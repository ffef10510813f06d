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
The officials, spokesmen and other staff of a company the story names ("Upjohn officials", "an
IBM spokeswoman", "company officials") are the company's (BUS), not a government's.
A name headed by a noun of public bodies ("the Ohio Department of Agriculture", "Bureau of
Animal Industry", "the Kansas Health Department") is a government body's (GOV).
The words are the ``company_noun``, ``company_verb``, ``company_head`` and ``outlet_head`` rows
of reference_words.tsv; a company noun of apposition is any agent phrase of sector BUS
(agents.tsv).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from eventwire.extract.actors.context import ActorContext, Draft, Found

_OWNERS = frozenset({"poss", "compound"})
#: How a name modifies a noun: the tagger may take an unknown name for an adjective.
_NAME_MODIFIERS = _OWNERS | {"amod"}
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
        c.dep_ == "prep" and c.lower_ in _PORTFOLIO and c.i < span.end for c in root.children
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


def company_staff(ctx: ActorContext) -> None:
    """Re-code the bare government agents ("officials", "a spokesman": code GOV, no country)
    that a company owns as a modifier: an organisation the tables lack that the story shows to
    be a company ("Upjohn Co. ... Upjohn officials", "an IBM spokeswoman" after "IBM shares"),
    or a company noun ("company officials"). They take the company's code, else BUS."""
    for n, found in enumerate(ctx.found):
        key = found.key
        if key[0] != "group" or key[1] != "GOV" or found.how != "description":
            continue
        code = _owning_company(ctx, found)
        if code is None:
            continue
        new = ("group", code, *key[2:])
        old = ctx.drafts[key]
        ctx.draft(new, Draft(old.name, old.kind, code, _country_of(ctx, code), "BUS"))
        ctx.found[n] = Found(found.start, found.end, new, found.how)


def _owning_company(ctx: ActorContext, found: Found) -> str | None:
    """The code of the company that owns a group mention through a modifier before its head,
    if any (``company_staff``): a company noun ("company officials"), or a name the tables lack
    that is, or begins, the name of a company of the story ("Crane officials" after "Crane
    Co.", "a Sun spokesman" after "Sun Microsystems Inc.")."""
    doc = ctx.doc
    head = doc[found.start : found.end].root
    shorts = short_names(ctx)
    names = [
        t
        for t in doc[found.start : head.i]
        if t.dep_ in _NAME_MODIFIERS and (_in_org(ctx, t) or _name_word(t, shorts))
    ]
    for token in doc[found.start : head.i]:
        agent = ctx.lex.agent(_lemma(token)) if token.pos_ == "NOUN" else None
        if token.dep_ in _OWNERS and agent is not None and agent.sector == "BUS":
            return "BUS"
    if not names or names[-1].i - names[0].i != len(names) - 1:
        return None
    text = doc[names[0].i : names[-1].i + 1].text
    if ctx.lex.named(text) is not None or ctx.named_at(names[0]) is not None:
        return None  # the tables know it: the phrases pass coded the group from it
    text = shorts.get(text, text)
    for key, draft in ctx.drafts.items():
        if (
            key[0] == "org?"
            and draft.sector == "BUS"
            and (key[1] == text or key[1].startswith(text + " "))
        ):
            return draft.code if draft.code and draft.code.endswith("BUS") else "BUS"
    ent = ctx.ent_at(names[0].i)
    if ent is not None and named_as_company(ctx, ctx.trimmed(ent)):
        return "BUS"
    return None


def _in_org(ctx: ActorContext, token: Token) -> bool:
    ent = ctx.ent_at(token.i)
    return ent is not None and ent.label_ == "ORG"


def _name_word(token: Token, shorts: dict[str, str]) -> bool:
    """A word of a name: a proper noun, or a capitalised noun inside a sentence or a company's
    short name at its start ("Crane officials" after "Crane Co.", not "Health officials")."""
    if token.pos_ == "PROPN":
        return True
    if token.pos_ != "NOUN" or not token.text[:1].isupper():
        return False
    return not token.is_sent_start or token.text in shorts


def _country_of(ctx: ActorContext, code: str) -> str | None:
    """The country of a company code ("USABUS" -> USA), if it has one."""
    if len(code) <= 3:
        return None
    country = ctx.lex.knowledge.country_by_code(code[:3])
    return country.iso3 if country is not None else None
