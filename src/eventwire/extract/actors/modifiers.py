"""Whose an actor phrase is: the names that modify a noun, and the country or organisation
they stand for.

:func:`modifiers` reads demonyms, country and capital names, organisations and people off a
noun's modifiers ("North Korean soldiers", "Russia's army", "UN peacekeepers", "the Trump
administration"), through modifiers of modifiers ("Turkish Kurd refugees") and coordinations
("Hungarian and Romanian officials"), and after a preposition when asked ("the president of
Armenia", "protesters in Baghdad"). :func:`place_of` turns one into a country or organisation;
:func:`pronoun_owner` answers whose "its"/"their" is; :func:`mention_start` says where a noun
phrase mention begins.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.extract.actors.actor_lexicon import ANCESTRY_NATIONS, Named
from eventwire.extract.actors.codes import country_of_person
from eventwire.extract.actors.context import ActorContext
from eventwire.knowledge.countries import Country
from eventwire.knowledge.organizations import Organization

MODIFIERS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod"})
DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "that"})
OF = frozenset({"of"})
_DEPTH = 2
_PEOPLE_PLACES = frozenset({"demonym", "country", "capital"})


@dataclass(frozen=True, slots=True)
class Ref:
    """A modifier that names whose the phrase is: tokens ``[start, end)`` and what they name."""

    start: int
    end: int
    named: Named
    group: int = 0


def modifiers(head: Token, ctx: ActorContext, preps: frozenset[str] = OF) -> list[Ref]:
    """Names modifying ``head``: demonyms, countries, capitals, organisations, people.

    Modifiers of modifiers count ("Turkish Kurd refugees"), coordinated ones all count
    ("Hungarian and Romanian officials"), and so does a name after one of ``preps`` ("the
    president of Armenia", "protesters in Baghdad").
    """
    refs: list[Ref] = []
    for group, child in enumerate(head.lefts):
        if child.dep_ in MODIFIERS:
            _collect(child, ctx, group, refs, 0)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    _collect(obj, ctx, -1, refs, 0)
    return [r for r in refs if r.named.kind != "person" or r.start < head.i]


def _collect(token: Token, ctx: ActorContext, group: int, refs: list[Ref], depth: int) -> None:
    for t in (token, *token.conjuncts):
        hit = ctx.named_at(t) or ctx.place_at(t) or ctx.person_at(t)
        if hit is not None:
            if all(r.start != hit[0].start for r in refs):
                refs.append(Ref(hit[0].start, hit[0].end, hit[1], group))
        elif depth < _DEPTH:
            for child in t.lefts:
                if child.dep_ in MODIFIERS:
                    _collect(child, ctx, group, refs, depth + 1)


def ref_possessive(head: Token, ref: Ref) -> bool:
    """Whether the modifier is a possessive ("Russia's president")."""
    doc = head.doc
    return ref.end < len(doc) and doc[ref.end].tag_ == "POS"


def mention_start(head: Token, first: int, ctx: ActorContext) -> int:
    """Where a noun phrase mention starts: through modifiers and a determiner, not numbers."""
    keep: set[int] = set()
    nested: set[int] = set()  # a name inside the phrase ("the Trump administration")
    for child in head.lefts:
        if child.dep_ in MODIFIERS and not child.like_num:
            keep.update(t.i for t in child.subtree)
            if child.dep_ == "compound":
                nested.update(t.i for t in child.subtree)
        elif child.dep_ == "det" and child.lower_ in DETERMINERS:
            keep.add(child.i)
    start = first
    j = first - 1
    while (
        j >= ctx.sentence_start(head.i)
        and j in keep
        and (j not in ctx.claimed or j in nested)
        and not ctx.doc[j].is_space
    ):
        start = j
        j -= 1
    while start < first and (ctx.doc[start].is_punct or ctx.doc[start].tag_ == "POS"):
        start += 1
    return start


def place_of(ref: Ref, ctx: ActorContext) -> Country | Organization | None:
    """The country (or organisation) a modifier stands for; a person's country by office."""
    named = ref.named
    if named.kind == "org":
        return named.org
    if named.kind == "person" and named.person is not None:
        iso3 = country_of_person(named.person, ctx.date)
        return ctx.lex.knowledge.country_by_code(iso3) if iso3 else None
    return named.country


def pronoun_owner(head: Token, ctx: ActorContext) -> Country | Organization | None:
    """Whose "its"/"their" is: the subject of an enclosing clause ("Bosnian Serbs said their
    forces ...", "Israel ... its troops"), when that names a country or organisation."""
    if not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in head.lefts):
        return None
    node = head
    while node.head.i != node.i:
        node = node.head
        for child in node.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.i < head.i and child.i != head.i:
                return place_of_token(child, ctx)
    return None


def place_of_token(token: Token, ctx: ActorContext) -> Country | Organization | None:
    hit = ctx.named_at(token) or ctx.place_at(token)
    if hit is not None and hit[1].kind == "demonym":
        return people_place(token, hit[1], ctx)
    if hit is not None:
        return place_of(Ref(hit[0].start, hit[0].end, hit[1]), ctx)
    for found in ctx.found:
        draft = ctx.drafts.get(found.key) if found.start <= token.i < found.end else None
        if draft is not None and draft.country:
            return ctx.lex.knowledge.country_by_code(draft.country)
    return None


def people_place(token: Token, named: Named, ctx: ActorContext) -> Country | None:
    """The country of people named by a demonym noun: a place that qualifies them wins
    ("Bosnian Serbs" -> Bosnia, "the Albanians of southern Serbia" -> Serbia), but for the
    nationalities English qualifies by ancestry ("Lithuanian Americans" are American)."""
    if named.country is not None and named.country.iso3 in ANCESTRY_NATIONS:
        return named.country
    root = ctx.ents[token.i].root if token.i in ctx.ents else token
    for ref in modifiers(root, ctx, frozenset({"of", "in"})):
        country = ref.named.country
        inside = ref.start <= token.i < ref.end
        if country is not None and ref.named.kind in _PEOPLE_PLACES and not inside:
            return country
    return named.country


def closest_group(refs: list[Ref]) -> list[Ref]:
    """The modifiers that say whose a phrase is: the closest coordination group ("Hungarian and
    Romanian") before the noun, a country's before an organisation's ("Iran's U.N. ambassador"),
    and those after it ("protesters in Baghdad") only when there are none before."""
    before = [r for r in refs if r.group >= 0]
    countries = [r for r in before if r.named.kind != "org"]
    pool = countries or before or refs
    if not pool:
        return []
    last = max(r.group for r in pool)
    return [r for r in pool if r.group == last]


def distribute(first: int, end: int, refs: list[Ref]) -> list[tuple[int, int]]:
    """One span per coordinated modifier; the last one carries the head noun."""
    if len(refs) == 1:
        return [(first, end)]
    middle = [(r.start, r.end) for r in refs[1:-1]]
    return [(first, refs[0].end), *middle, (refs[-1].start, end)]
