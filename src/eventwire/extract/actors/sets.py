"""Coordinations and plural references: "Putin and Kim ... their talks", "the two countries".

A coordination is two or more actors joined by ``conj`` ("China, Russia and North Korea"). A
plural reference ("the two countries", "both leaders", "the two sides") becomes a set actor
whose members are the actors of the latest coordination within the last two sentences that has
the right number of members of the right type (a person stands for their country in "the two
countries"); failing that, the distinct actors of that type in the sentence so far and the one
before, when there are exactly as many as the reference says. "their", "they", "them" refer to
the latest coordination or set earlier in the same sentence, or to a plural subject of the
sentence before (when the pronoun is a subject of a speech verb or of its sentence).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.actors.codes import country_key, country_of_person, government_key
from eventwire.extract.actors.context import LOWER_COLUMN, ActorContext, Coordination, Draft, Key
from eventwire.knowledge.countries import Country

_ACTORS = frozenset(
    {"person", "person?", "country", "government", "org", "org?", "group", "office"}
)
_WINDOW = 2


def coordinations(ctx: ActorContext) -> list[Coordination]:
    """The coordinations of the document, in text order (from mention heads and ``conj``)."""
    groups: dict[int, list[tuple[int, Key]]] = {}
    for found in ctx.found:
        if found.key[0] not in _ACTORS or found.how in {"title", "pronoun"}:
            continue
        head = ctx.doc[found.start : found.end].root
        first = head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        groups.setdefault(first.i, []).append((head.i, found.key))
    out = []
    for members in groups.values():
        keys_in_order = tuple(dict.fromkeys(k for _, k in sorted(members)))
        if len(keys_in_order) >= 2:
            end = max(i for i, _ in members)
            out.append(Coordination(end, ctx.sentence_of[end], keys_in_order))
    out.extend(ctx.coordinations)
    return sorted(out, key=lambda c: c.end)


def find_sets(ctx: ActorContext) -> None:
    """Add set actors for "the two countries", "both leaders" and plural pronouns."""
    coords = coordinations(ctx)
    for i in ctx.where(LOWER_COLUMN, ctx.lex.ids.set_nouns):
        token = ctx.doc[i]
        if i in ctx.claimed or ctx.quoted[i] or token.tag_ != "NNS":
            continue
        _set_phrase(ctx, token, ctx.lex.words.set_nouns[token.lower_], coords)
    for i in ctx.where(LOWER_COLUMN, ctx.lex.ids.plural_pronouns):
        if not ctx.quoted[i]:
            _plural_pronoun(ctx, ctx.doc[i], coords)


def _count(token: Token, ctx: ActorContext) -> tuple[int, int] | None:
    """(members, first token) of "the two countries" / "both leaders"; None without a number."""
    counts = ctx.lex.words.set_counts
    number, start = None, token.i
    for child in token.lefts:
        if child.lower_ in counts and child.dep_ in {"nummod", "det", "predet", "amod"}:
            number = counts[child.lower_]
            start = min(start, child.i)
        elif child.dep_ == "det" and child.lower_ == "the":
            start = min(start, child.i)
    return (number, start) if number is not None else None


def _set_phrase(ctx: ActorContext, token: Token, kind: str, coords: list[Coordination]) -> None:
    counted = _count(token, ctx)
    if counted is None:
        return
    number, start = counted
    sentence = ctx.sentence_of[token.i]
    for coord in reversed(coords):
        if coord.end >= token.i or coord.sentence < sentence - _WINDOW:
            continue
        members = _as(ctx, coord.members, kind)
        if len(members) == number:
            ctx.add(start, token.i + 1, set_key(ctx, members), "plural")
            return
    members = _as(ctx, _recent(ctx, token.i, sentence), kind)
    if len(members) == number:
        ctx.add(start, token.i + 1, set_key(ctx, members), "plural")


def _recent(ctx: ActorContext, before: int, sentence: int) -> tuple[Key, ...]:
    """Actors mentioned in the previous sentence and in this one before ``before``."""
    floor = ctx.sentences[max(0, sentence - 1)].start
    found = sorted((f for f in ctx.found if floor <= f.start < before), key=lambda f: f.start)
    return tuple(dict.fromkeys(f.key for f in found if f.key[0] in _ACTORS))


def _as(ctx: ActorContext, keys: tuple[Key, ...], kind: str) -> tuple[Key, ...]:
    """The members as actors of the wanted type (distinct, in order); () if one does not fit."""
    out: list[Key] = []
    for key in keys:
        if kind == "person":
            if key[0] not in {"person", "person?", "office"}:
                return ()
            out.append(key)
        elif kind == "any":
            out.append(key)
        else:
            country = _country(ctx, key)
            if country is None:
                continue
            out.append(
                country_key(ctx, country) if kind == "country" else government_key(ctx, country)
            )
    return tuple(dict.fromkeys(out))


def _country(ctx: ActorContext, key: Key) -> Country | None:
    knowledge = ctx.lex.knowledge
    if key[0] in {"country", "government"}:
        return knowledge.country_by_code(key[1])
    if key[0] == "person":
        person = ctx.lex.person(key[1])
        iso3 = country_of_person(person, ctx.date) if person is not None else None
        return knowledge.country_by_code(iso3) if iso3 else None
    draft = ctx.drafts.get(key)
    if draft is not None and draft.country:
        return knowledge.country_by_code(draft.country)
    return None


def set_key(ctx: ActorContext, members: tuple[Key, ...]) -> Key:
    """The key of the set actor of these members (drafted on first use)."""
    key: Key = ("set", frozenset(members))
    names = [_name(ctx, m) for m in members]
    name = " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else names[0]
    ctx.draft(key, Draft(name=name, kind="group"))
    ctx.members.setdefault(key, members)
    return key


def _name(ctx: ActorContext, key: Key) -> str:
    draft = ctx.drafts.get(key)
    return draft.name if draft is not None else str(key[1])


def _plural_pronoun(ctx: ActorContext, token: Token, coords: list[Coordination]) -> None:
    sentence = ctx.sentence_of[token.i]
    floor = ctx.sentences[sentence].start
    candidates: list[tuple[int, Key, bool]] = []
    for coord in coords:
        if floor <= coord.end < token.i:
            candidates.append((coord.end, set_key(ctx, coord.members), True))
    for found in ctx.found:
        if floor <= found.start < token.i and found.key[0] == "set":
            candidates.append((found.start, found.key, True))
        elif floor <= found.start < token.i and _plural_subject(ctx, found.start, found.end):
            candidates.append((found.start, found.key, False))
    if not candidates and token.dep_ == "nsubj" and sentence > 0:
        candidates = _previous_subject(ctx, token, sentence, coords)
    if candidates:
        _, key, is_set = max(candidates, key=lambda c: c[0])
        ctx.add(token.i, token.i + 1, key, "plural" if is_set else "pronoun")


def _plural_subject(ctx: ActorContext, start: int, end: int) -> bool:
    """Whether a mention is a plural described actor that is a subject."""
    head = ctx.doc[start:end].root
    return head.tag_ in {"NNS", "NNPS"} and head.dep_ in {"nsubj", "nsubjpass"}


def _previous_subject(
    ctx: ActorContext, token: Token, sentence: int, coords: list[Coordination]
) -> list[tuple[int, Key, bool]]:
    """The plural subject of the sentence before, for a subject pronoun of a speech verb or of
    its sentence ("... officials claimed ... They said ...")."""
    words = ctx.lex.words
    if not (token.head.lemma_.lower() in words.speech_verbs or token.head.dep_ == "ROOT"):
        return []
    previous = ctx.sentences[sentence - 1]
    root = previous.root
    for child in root.children:
        if child.dep_ not in {"nsubj", "nsubjpass"} or ctx.quoted[child.i]:
            continue
        for coord in coords:
            if previous.start <= coord.end < previous.end and child.i <= coord.end:
                return [(coord.end, set_key(ctx, coord.members), True)]
        for found in ctx.found:
            if found.start <= child.i < found.end and _plural_subject(ctx, found.start, found.end):
                return [(found.start, found.key, False)]
    return []
