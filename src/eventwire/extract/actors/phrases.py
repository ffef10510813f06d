"""Noun phrases that describe actors: agent nouns with their country, and titles without a name.

An agent phrase is the longest lemma sequence of agents.tsv that ends at a noun heading its
phrase ("South Korean intelligence officials" -> "intelligence official", SPY). Its country comes
from a modifier: a demonym ("North Korean soldiers"), a country or capital ("U.S. troops",
"Moscow officials"), a possessive ("Russia's army"), or an organisation ("UN peacekeepers" ->
IGOMIL). Coordinated modifiers are distributive ("Hungarian and Romanian officials" -> two
actors). A government noun with a country is that country's government actor ("the Russian
government"). A bare agent phrase ("the soldiers") joins the one described actor of the same
phrase met before ("the government": the one government named before), else it is an actor of
its own when it is a verb's argument, or, of a domestic kind (not armed forces or rebels), a
preposition's object ("rates for nurses", "a deal with farmers") or a possessor ("the council's
plan") (code = sector).

A singular office noun with "the" and no name ("the Russian leader", "the U.S. president", "the
prime minister") resolves to the holder on the article date (how ``title``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventwire.extract.actors.actor_lexicon import INSTITUTIONS, Named, Title
from eventwire.extract.actors.backoff import DOMESTIC
from eventwire.extract.actors.codes import compose, government_key
from eventwire.extract.actors.context import (
    LEMMA_COLUMN,
    LOWER_COLUMN,
    ActorContext,
    Coordination,
    Draft,
    Key,
)
from eventwire.extract.actors.descriptions import is_suspect
from eventwire.extract.actors.modifiers import (
    DETERMINERS,
    Ref,
    closest_group,
    distribute,
    mention_start,
    modifiers,
    place_of,
    pronoun_owner,
    ref_possessive,
)
from eventwire.extract.actors.titles import holder, phrase_of
from eventwire.knowledge.agents import Agent
from eventwire.knowledge.countries import Country
from eventwire.knowledge.organizations import Organization
from eventwire.knowledge.people import office_on
from eventwire.records import ActorKind, MentionHow

_NOUNS = frozenset({"NOUN", "PROPN"})
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "appos", "attr", "oprd"})
#: Roles in which a bare agent phrase of a domestic kind with no possessor of its own is an
#: actor too: a preposition's object ("rates for nurses", "the reach of corporate raiders") and a
#: possessor ("the council's plan"); not "members of Smith's family", "his father's business",
#: which belong to someone named.
_OBJECTS = frozenset({"pobj", "poss"})
_WINDOW = 4
_NOT_FIRST = frozenset({"DET", "PUNCT", "ADP", "NUM", "PRON", "CCONJ", "PART", "AUX"})
_AROUND = frozenset({"of", "in", "from"})
# A location says whose the actor is ("protesters in Baghdad"), except for armed forces abroad
# and the missions, exiles and visitors of ``abroad_noun`` (reference_words.tsv).
_NOT_LOCAL = frozenset({"MIL"})


@dataclass(frozen=True, slots=True)
class Phrase:
    """An agent or title phrase: its tokens ``[start, head]`` and what the lexicon says."""

    start: int
    end: int
    head: Token
    agent: Agent | None
    title: Title | None
    lemma: str


def find_phrases(ctx: ActorContext) -> None:
    """Add mentions for agent phrases and for titles used without a name."""
    ids = ctx.lex.ids
    candidates = {
        *ctx.where(LEMMA_COLUMN, ids.phrase_ends),
        *ctx.where(LOWER_COLUMN, ids.phrase_ends),
        *ctx.where(LEMMA_COLUMN, ids.govern_nouns),
        *(i + 1 for i in ctx.where(LEMMA_COLUMN, ids.institutions)),
    }
    for i in sorted(candidates):
        if i >= len(ctx.doc):
            continue
        token = ctx.doc[i]
        if not _heads_phrase(token, ctx):
            continue
        phrase = _phrase_at(token, ctx)
        if phrase is None:
            if token.lemma_.lower() in ctx.lex.words.govern_nouns:
                _governing_modifier(ctx, token)
            else:
                _compound_agent(ctx, token)
            continue
        head = phrase.head
        plural = head.tag_ in {"NNS", "NNPS"}
        refs = modifiers(head, ctx)
        title = phrase.title
        if title is not None and title.office and not plural:
            if _definite(head, refs):
                _title_reference(ctx, phrase, refs)
            continue
        agent = phrase.agent
        if agent is None or (agent.plural_only and not plural):
            continue
        if agent.sector not in _NOT_LOCAL and head.lemma_.lower() not in ctx.lex.words.abroad_nouns:
            refs = modifiers(head, ctx, _AROUND)
        _agent_phrase(ctx, phrase, agent, refs, plural)


def _heads_phrase(token: Token, ctx: ActorContext) -> bool:
    if token.pos_ not in _NOUNS or token.dep_ in {"compound", "amod"}:
        return False
    return token.i not in ctx.claimed and ctx.name_at(token.i) is None


def _hyphenated(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``[start, end)`` are only part of a hyphenated word ("in-person")."""
    before = start > 0 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_
    after = end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
    return before or after


def _phrase_at(head: Token, ctx: ActorContext) -> Phrase | None:
    """The longest agent or title phrase ending at ``head``."""
    ends = ctx.lex.phrase_ends
    head_lemma = _capitalised_plural(head, ends) or head.lemma_.lower()
    if head_lemma not in ends and head.lower_ not in ends:
        return None
    doc = ctx.doc
    floor = ctx.sentence_start(head.i)
    for size in range(_WINDOW, 0, -1):
        start = head.i - size + 1
        if start < floor:
            continue
        window = doc[start : head.i + 1]
        if (
            window[0].pos_ in _NOT_FIRST
            or _hyphenated(doc, start, head.i + 1)
            or any(t.is_space or t.i in ctx.claimed or ctx.name_at(t.i) is not None for t in window)
        ):
            continue
        before_head = "".join(t.lemma_.lower() + t.whitespace_ for t in window[:-1])
        lemma = " ".join((before_head + head_lemma).split())  # "ex-president" stays one word
        agent = ctx.lex.agent(lemma)
        if agent is None and size > 1:  # a modifier the model lemmatises away: "ruling" -> "rule"
            agent = ctx.lex.agent(" ".join([*(t.lower_ for t in window[:-1]), lemma.split()[-1]]))
        title = ctx.lex.title(phrase_of(window)) or (ctx.lex.title(lemma) if size > 1 else None)
        before = doc[head.i - 1].lower_ if head.i > floor and head.tag_ == "NN" else ""
        if agent is not None and size == 1 and f"{before} {lemma}" in ctx.lex.words.not_agents:
            return None  # "a Christmas party", "the other party" (not "the other parties")
        if size == 1 and _joined_forces(head):
            return None
        if agent is not None or title is not None:
            root = next((t for t in reversed(window) if not start <= t.head.i <= head.i), head)
            return Phrase(start, head.i + 1, root, agent, title, agent.phrase if agent else lemma)
    return None


def _joined_forces(token: Token) -> bool:
    """The idiom "join forces (with)": bare "forces" as the object of "join" are no troops
    ("the two parties joined forces"; not "joined Iraqi forces")."""
    return (
        token.lower_ == "forces"
        and token.dep_ == "dobj"
        and token.head.lemma_.lower() in {"join", "combine"}
        and all(c.dep_ == "prep" for c in token.children)
    )


def _capitalised_plural(token: Token, ends: frozenset[str]) -> str | None:
    """The singular of a capitalised plural the tagger took for a name and left unlemmatised,
    when it is a known agent noun: a sentence's or headline's first word ("Rebels attacked the
    town", "Protesters Clash With Police")."""
    if token.tag_ not in {"NNPS", "NNP"} or token.lemma_ != token.text or not token.text.istitle():
        return None
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.lefts):
        return None  # the last word of a name: "Christian Youth Ministries"
    lower = token.lower_
    for cut, add in (("ies", "y"), ("es", ""), ("s", "")):
        if lower.endswith(cut) and (single := lower[: -len(cut)] + add) in ends:
            return single
    return None


def _definite(head: Token, refs: list[Ref]) -> bool:
    if any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts):
        return True
    return any(r.start < head.i and ref_possessive(head, r) for r in refs)


def _title_reference(ctx: ActorContext, phrase: Phrase, refs: list[Ref]) -> None:
    head = phrase.head
    title = phrase.title
    assert title is not None
    start, end = mention_start(head, phrase.start, ctx), phrase.end
    former = any(c.lower_ in ctx.lex.words.former for c in head.lefts)
    places = [p for r in refs if (p := place_of(r, ctx)) is not None]
    if not places:
        key = None if former else _salient_holder(ctx, head, title)
        if key is not None:
            ctx.add(start, end, key, "title")
        return
    where = places[0]
    person = None if former else holder(ctx, where, title)
    if person is not None:
        ctx.add(start, end, ("person", person.name), "title")
        return
    sector = "ELI" if former else title.sector
    code, country, sector_code = compose(where, sector)
    key = ("office", code, title.phrase, former)
    name = f"{'former ' if former else ''}{title.phrase} of {where.name}"
    ctx.draft(key, Draft(name, "person", code, country, sector_code))
    ctx.add(start, end, key, "title")


def _salient_holder(ctx: ActorContext, head: Token, title: Title) -> Key | None:
    """ "the president": the last person named with that title, else the dateline country's."""
    for found in sorted(ctx.found, key=lambda f: f.start, reverse=True):
        if found.start >= head.i or found.key[0] not in {"person", "person?"}:
            continue
        if any(f.phrase == title.phrase for f in ctx.titles.get(found.key, [])):
            return found.key
        person = ctx.lex.person(found.key[1]) if found.key[0] == "person" else None
        office = office_on(person, ctx.date) if person is not None else None
        if office is not None and office.title in (title.forms or (title.phrase,)):
            return found.key
    if ctx.dateline is not None:
        person = holder(ctx, ctx.dateline, title)
        if person is not None:
            return ("person", person.name)
    return None


def _agent_phrase(
    ctx: ActorContext, phrase: Phrase, agent: Agent, refs: list[Ref], plural: bool
) -> None:
    head = phrase.head
    chosen = [(r, p) for r in closest_group(refs) if (p := place_of(r, ctx)) is not None]
    if not chosen and (owner := pronoun_owner(head, ctx)) is not None:
        chosen = [(Ref(head.i, head.i, Named("country")), owner)]
    if not chosen:
        _bare_agent(ctx, phrase, agent, plural)
        return
    first = mention_start(head, phrase.start, ctx)
    former = any(c.lower_ in ctx.lex.words.former for c in head.lefts)
    if former:
        agent = dataclasses.replace(agent, sector="ELI")
    spans = distribute(first, phrase.end, [r for r, _ in chosen])
    keys = []
    for (start, end), (_, place) in zip(spans, chosen, strict=True):
        key = _agent_key(ctx, place, agent, plural, ctx.doc[start:end].text, phrase.lemma)
        ctx.add(start, end, key, "description")
        keys.append(key)
    ctx.claimed.update(range(first, phrase.end))
    if len(set(keys)) > 1:
        ctx.coordinations.append(Coordination(head.i, ctx.sentence_of[head.i], tuple(keys)))


def _compound_agent(ctx: ActorContext, head: Token) -> None:
    """An institution noun modifying another noun, with a country ("Israeli army bulldozers",
    "Israeli police custody")."""
    doc = ctx.doc
    noun = doc[head.i - 1] if head.i > 0 else None
    if noun is None or noun.dep_ != "compound" or noun.head.i != head.i or noun.i in ctx.claimed:
        return
    agent = ctx.lex.agent(noun.lemma_.lower())
    if agent is None or agent.sector not in INSTITUTIONS or ctx.ent_at(noun.i) is not None:
        return
    refs = [r for r in modifiers(head, ctx, frozenset()) if r.end <= noun.i]
    chosen = [(r, p) for r in refs if (p := place_of(r, ctx)) is not None]
    if not chosen or ctx.is_claimed(chosen[-1][0].start, noun.i + 1):
        return
    ref, place = chosen[-1]
    text = doc[ref.start : noun.i + 1].text
    key = _agent_key(ctx, place, agent, False, text, agent.phrase)
    ctx.add(ref.start, noun.i + 1, key, "description")


def _governing_modifier(ctx: ActorContext, head: Token) -> None:
    """A demonym or country that owns a political noun acts as the government ("an Indian
    proposal", "French mediation", "Russia's position")."""
    for ref in modifiers(head, ctx, frozenset()):
        if ref.start > head.i or ctx.is_claimed(ref.start, ref.end):
            continue
        if ctx.scare_quoted(ref.start, ref.end):
            continue
        if ref.named.kind in {"demonym", "country", "capital"} and ref.named.country is not None:
            how: MentionHow = "demonym" if ref.named.kind == "demonym" else "metonym"
            ctx.add(ref.start, ref.end, government_key(ctx, ref.named.country), how)


def _agent_key(
    ctx: ActorContext,
    place: Country | Organization,
    agent: Agent,
    plural: bool,
    text: str,
    lemma: str,
) -> Key:
    if isinstance(place, Country) and lemma in ctx.lex.words.government_nouns:
        return government_key(ctx, place)
    code, country, sector = compose(place, agent.sector)
    key: Key = ("group", code, lemma, plural)
    kind = group_kind(ctx, lemma, plural)
    ctx.draft(
        key, Draft(name=_bare_name(text), kind=kind, code=code, country=country, sector=sector)
    )
    return key


def group_kind(ctx: ActorContext, lemma: str, plural: bool) -> ActorKind:
    """A described actor is a group (plural), an organisation (a body) or a person."""
    if plural:
        return "group"
    return "organization" if lemma in ctx.lex.words.bodies else "person"


def _bare_agent(ctx: ActorContext, phrase: Phrase, agent: Agent, plural: bool) -> None:
    head = phrase.head
    start, end = mention_start(head, phrase.start, ctx), phrase.end
    earlier = {
        f.key
        for f in ctx.found
        if f.start < head.i
        and f.key[0] == "group"
        and f.key[2] == phrase.lemma
        and f.key[3] == plural
        and ctx.drafts[f.key].country is not None
    }
    if len(earlier) == 1:
        ctx.add(start, end, earlier.pop(), "description")
        return
    if not plural and phrase.lemma in ctx.lex.words.government_nouns:
        governments = {f.key for f in ctx.found if f.start < head.i and f.key[0] == "government"}
        if len(governments) == 1 and any(c.lower_ == "the" for c in head.lefts):
            ctx.add(start, end, governments.pop(), "description")  # "the government": the one
            return  # government the story named before
    if not _is_argument(head, agent.sector in DOMESTIC) or any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in head.lefts
    ):
        return
    if phrase.lemma in ctx.lex.words.equipment:
        return
    # civilians whom a verb of criminal process acts on are suspects (CAMEO's CRM)
    code = "CRM" if agent.sector == "CVL" and is_suspect(ctx, head) else agent.sector
    key: Key = ("group", code, phrase.lemma, plural)
    sector = code if code != "NGO" else None  # NGO is a first block, not a sector
    kind = group_kind(ctx, phrase.lemma, plural)
    name = _bare_name(ctx.doc[start:end].text)
    ctx.draft(key, Draft(name=name, kind=kind, code=code, sector=sector))
    ctx.add(start, end, key, "description")


def _is_argument(token: Token, domestic: bool) -> bool:
    """Whether a bare agent phrase's head plays an actor's part; a preposition's object or a
    possessor only of a domestic kind (armed forces and rebels "in a ceasefire with rebels" are
    left to the phrases that give their country)."""
    owned = not domestic or any(c.dep_ == "poss" for c in token.children)
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in _ARGUMENTS or (token.dep_ == "pobj" and token.head.dep_ == "agent"):
        return True  # a verb's argument, or its passive agent ("arrested by police")
    if token.dep_ == "ROOT" and any(t.pos_ == "VERB" for t in token.subtree):
        return True  # the subject of a sentence parsed as a noun ("Four robbers -- two dressed
        # as women -- made off with jewels", "Rape suspect to stand trial")
    return token.dep_ in _OBJECTS and not owned


def _bare_name(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return " ".join(words) or text
