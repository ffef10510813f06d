"""Titles: the words before or beside a name ("North Korean leader Kim Jong Un") and what they say.

A title is read from the tokens right before a name (left to the sentence start, through title
words, honorifics, country and organisation names and possessives) or from an appositive ("Kim
Jong Un, North Korea's leader,"). :func:`analyse` turns title tokens into :class:`TitleFacts`:
the country or organisation, the sector of the office or role noun, and whether the holder is a
former one. :func:`holder` answers who held a title on the article date.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from eventwire.extract.actors.actor_lexicon import INSTITUTIONS, ActorLexicon, Named, Title
from eventwire.extract.actors.codes import country_of_person
from eventwire.extract.actors.companies import PUBLIC_LAST
from eventwire.extract.actors.context import ActorContext, TitleFacts
from eventwire.knowledge.countries import Country
from eventwire.knowledge.organizations import Organization
from eventwire.knowledge.people import Person, holders, normalize_title

_NOUNS = frozenset({"NOUN", "PROPN"})
_PHRASE_WORDS = 5


def phrase_of(tokens: Iterable[Token]) -> str:
    """The lower-case text of contiguous tokens, hyphens kept attached ("secretary-general")."""
    text = "".join(t.lower_ + t.whitespace_ for t in tokens).strip()
    return " ".join(text.split())


def title_before(span: Span, ctx: ActorContext) -> tuple[int, TitleFacts] | None:
    """Return where the title before a name starts and its facts, or None.

    "U.S. President Donald Trump" -> (index of "U.S.", facts: USA, GOV, president).
    """
    doc = ctx.doc
    floor = ctx.sentence_start(span.start)
    if 0 < floor == span.start and _abbreviation_dot(doc[floor - 1], 0, ctx):
        floor = ctx.sentence_start(floor - 1)  # "Det." ended a sentence for the parser
    i, start = span.start - 1, span.start
    while i >= floor:
        token = doc[i]
        hit = ctx.named_at(token) or ctx.place_at(token)  # "U.S. Air Force Gen. X"
        if hit is not None and hit[1].kind != "person":
            start = i = min(hit[0].start, ctx.ents[i].start)
        elif not _title_word(token, ctx) and not _abbreviation_dot(token, floor, ctx):
            break
        else:
            start = i
        i -= 1
    if start == span.start:
        return None
    facts = analyse(doc[start : span.start], ctx)
    return (start, facts) if facts is not None else None


def _title_word(token: Token, ctx: ActorContext) -> bool:
    low = token.lower_
    words = ctx.lex.words
    if token.tag_ == "POS" or low in {"-", "of", "ex", "elect"}:
        return True
    return (
        low in ctx.lex.title_words
        or low in words.honorifics
        or low in words.title_skip
        or low in words.former
    )


def _abbreviation_dot(token: Token, floor: int, ctx: ActorContext) -> bool:
    """The full stop of an abbreviated rank the tokenizer split off ("Sgt" ".")."""
    if token.text != "." or token.i <= floor:
        return False
    before = ctx.doc[token.i - 1]
    return before.lower_ + "." in ctx.lex.words.honorifics or before.lower_ + "." in ctx.lex.titles


def title_apposed(span: Span, ctx: ActorContext) -> tuple[int, int, TitleFacts] | None:
    """Return an appositive title of a name ("Kim Jong Un, North Korea's leader,")."""
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    if root.dep_ == "appos" and root.head.i < span.start:
        nouns.append(root.head)
        if root.head.dep_ == "pobj" and root.head.head.lower_ == "of":
            nouns.append(root.head.head.head)  # "the head of Nexus Corp, Ana Costa,"
    for noun in nouns:
        if noun.pos_ not in _NOUNS:
            continue
        facts = analyse(ctx.doc[noun.left_edge.i : noun.i + 1], ctx, head=noun)
        start = noun.left_edge.i
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and ctx.named_at(owner) is None and ctx.ent_at(owner.i) is None:
            start = owner.right_edge.i + 1  # "the company's chairman": the owner is no title
        while start < noun.i and (start in ctx.claimed or ctx.doc[start].tag_ == "POS"):
            start += 1
        if facts is not None and facts.phrase and not ctx.is_claimed(start, noun.i + 1):
            return start, noun.i + 1, facts
    return None


def analyse(tokens: Span, ctx: ActorContext, head: Token | None = None) -> TitleFacts | None:
    """Read title tokens: country/organisation names, "former", and the office or role noun.

    Args:
        tokens: the title's tokens.
        ctx: the extraction context.
        head: when given, the office noun must end at this token.

    Returns:
        The facts, or None when the tokens name neither a country, an organisation nor a title.
    """
    country: Country | None = None
    org: Organization | None = None
    former = False
    plain: list[Token] = []
    for token in tokens:
        hit = ctx.named_at(token) or _country_lead(token, ctx)
        if hit is not None and hit[1].org is not None and _portfolio(hit[0], hit[1].org, ctx):
            hit = None  # "Labour Minister": a ministry's portfolio, not the party
        if hit is not None and hit[1].kind == "person":
            country = country or _owner_country(hit[0], hit[1], ctx)
        elif hit is not None:
            country = country or hit[1].country
            org = org or hit[1].org
        elif token.lower_ in ctx.lex.words.former or token.lower_ in {"ex", "elect"}:
            former = True  # a "president-elect" no more holds the office than a former one
        elif token.text == "-" or (not token.is_punct and token.tag_ != "POS"):
            plain.append(token)
        elif token.tag_ == "POS" and plain and plain[-1].i == token.i - 1:
            plain.append(token)  # inside a title: "Sheriff's Deputy" is no sheriff
    found = _last_title(plain, head, ctx.lex)
    title = found[0] if found else None
    if title is None and country is None and org is None:
        return None
    sector = title.sector if title else None
    if found is not None and not found[0].office and sector in {None, "GOV"}:
        sector = _body_sector(plain[: found[1]], ctx) or sector
    return TitleFacts(
        country=country,
        org=org,
        sector=sector,
        former=former,
        phrase=title.phrase if title else None,
        office=title.office if title else False,
    )


def _country_lead(token: Token, ctx: ActorContext) -> tuple[Span, Named] | None:
    """The country named by the first words of an entity the knowledge does not know, when the
    token is one of them ("U.S." of "U.S. Air Force"; the rest of the name is read on)."""
    hit = ctx.place_at(token)
    return hit if hit is not None and hit[0].start <= token.i < hit[0].end else None


def _portfolio(span: Span, org: Organization, ctx: ActorContext) -> bool:
    """Whether a one-word organisation name that is a common word ("=Labour" in the table)
    names a ministry's portfolio ("Labour Minister")."""
    doc = ctx.doc
    if len(span) != 1 or span.text not in org.exact or span.text.isupper():
        return False
    return span.end < len(doc) and doc[span.end].lower_ in ctx.lex.words.portfolios


def _owner_country(span: Span, named: Named, ctx: ActorContext) -> Country | None:
    """The country of a person who owns a title ("Trump's special envoy", "a Nixon aide")."""
    doc = ctx.doc
    if named.person is None or span.end >= len(doc):
        return None
    after = doc[span.end]
    if after.tag_ != "POS" and not (after.pos_ == "NOUN" and after.lower_ in ctx.lex.title_words):
        return None  # "Trump's special envoy", "a Clinton aide"
    iso3 = country_of_person(named.person, ctx.date)
    return ctx.lex.knowledge.country_by_code(iso3) if iso3 else None


def _last_title(
    plain: list[Token], head: Token | None, lex: ActorLexicon
) -> tuple[Title, int] | None:
    """The longest title phrase among contiguous plain tokens, ending as late as possible, with
    the index in ``plain`` where it starts."""
    for end in range(len(plain) - 1, -1, -1):
        if head is not None and plain[end].i != head.i:
            continue
        for start in range(max(0, end - _PHRASE_WORDS + 1), end + 1):
            run = plain[start : end + 1]
            if run[-1].i - run[0].i != len(run) - 1:
                continue
            title = lex.title(phrase_of(run))
            if title is not None:
                return title, start
    return None


def _body_sector(before: list[Token], ctx: ActorContext) -> str | None:
    """The sector of a body named right before a spokesman's, official's or chairman's title
    ("police spokesman", "army spokesman", "county council chairman"): the title is that
    body's; a public body's is GOV ("Health Department director", "agency spokesman")."""
    while before and before[-1].tag_ == "POS":
        before = before[:-1]  # "the army's spokesman"
    if before and before[-1].lower_ in PUBLIC_LAST:
        return "GOV"
    for size in (2, 1):
        run = before[-size:]
        if len(run) < size or run[-1].i - run[0].i != size - 1:
            continue
        lemma = " ".join(t.lemma_.lower() for t in run)
        agent = ctx.lex.agent(lemma)
        if agent is not None and (agent.sector in INSTITUTIONS or lemma in ctx.lex.words.bodies):
            return agent.sector
    return None


def holder(ctx: ActorContext, where: Country | Organization, title: Title) -> Person | None:
    """Return who held ``title`` of a country or organisation on the article date."""
    if isinstance(where, Country):
        key: str | None = where.iso3
    else:
        key = ctx.lex.org_office_key(where)
    if key is None or ctx.date is None:
        return None
    for form in title.forms or (title.phrase,):
        found = holders(ctx.lex.knowledge.people, key, title=form, on=ctx.date)
        if found:
            return found[0]
    history = ctx.lex.history
    if history is not None and isinstance(where, Country):
        for form in title.forms or (title.phrase,):
            found = history.holders(where.iso3, normalize_title(form), ctx.date)
            if found:
                return found[0]
    return None
