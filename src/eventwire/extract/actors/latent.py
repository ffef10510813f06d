"""Names no pass took for an actor, which a pronoun may still stand for.

The NER misses or mislabels many surnames and rare given names ("Nyro performed ... her own
voice", "Bordo's work ... her usage" with "Bordo" tagged ORG). A run of capitalised proper
nouns that plays a person's part (subject, object, possessor, apposition, conjunct, object of
a preposition that is not a place's), that no mention covers and the knowledge does not know,
that is no date, no acronym and no place of some size, is a *latent* name: pronoun resolution
ranks it below the people found (``salience``), and only when a pronoun chooses it does it
become a person, with every latent mention of the same name.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.symbols import PROPN
from spacy.tokens import Span, Token

from eventwire.extract.actors.backoff import MIN_POPULATION
from eventwire.extract.actors.context import POS_COLUMN, ActorContext, Draft, Key
from eventwire.extract.places.gazetteer import load_gazetteer
from eventwire.extract.places.names import fold as fold_place
from eventwire.extract.times.time_words import lexicon as time_lexicon
from eventwire.knowledge.first_names import given_name_gender

_ROLES = frozenset(
    {"nsubj", "nsubjpass", "dobj", "dative", "poss", "conj", "appos", "pobj", "attr"}
)
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "into", "across", "inside", "outside"})
_PROPN = [PROPN]
_NOT_NAMES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})


@dataclass(slots=True)
class Latent:
    """The latent names of a document: token -> key, and each key's spans."""

    keys: dict[int, Key]
    spans: dict[Key, list[tuple[int, int]]]

    def realise(self, ctx: ActorContext, key: Key, keys: dict[int, Key]) -> None:
        """Make ``key`` a person: a ``name`` mention for each of its spans."""
        ctx.draft(key, Draft(name=key[1], kind="person"))
        for start, end in self.spans.pop(key, []):
            ctx.add(start, end, key, "name")
            for i in range(start, end):
                keys[i] = key
                self.keys.pop(i, None)


def latent_names(ctx: ActorContext) -> Latent:
    """The latent names of the document (see the module docstring)."""
    doc = ctx.doc
    keys: dict[int, Key] = {}
    spans: dict[Key, list[tuple[int, int]]] = {}
    for i in ctx.where(POS_COLUMN, _PROPN):
        token = doc[i]
        if not _name_head(ctx, token):
            continue
        start = token.left_edge.i
        while start < token.i and not _name_word(ctx, doc[start]):
            start += 1
        words = doc[start : token.i + 1]
        if any(not _name_word(ctx, t) for t in words) or not _name_like(ctx, words):
            continue
        text = words.text
        if ctx.lex.named(text) is not None or (_placelike(words) and sizeable_place(text)):
            continue
        key: Key = ("person?", text)
        spans.setdefault(key, []).append((start, token.i + 1))
        keys.update((i, key) for i in range(start, token.i + 1))
    return Latent(keys, spans)


def _name_head(ctx: ActorContext, token: Token) -> bool:
    """A proper noun heading a name that plays a person's part: not a plural ("the Arabs"),
    not with an article ("the Republican"), not the end of a longer name ("School of Law")."""
    if not _name_word(ctx, token) or token.dep_ not in _ROLES or token.tag_ == "NNPS":
        return False
    if token.dep_ == "pobj" and (
        token.head.lower_ in _PLACE_PREPOSITIONS or _capitalised(token.head.head)
    ):
        return False
    if token.ent_type_ in _NOT_NAMES or calendar_word(token.lower_):
        return False
    return not any(c.dep_ == "det" for c in token.children)


def _placelike(words: Span) -> bool:
    """Whether a name that is also a place's may be the place: unless it starts with a given
    name and the NER left it untagged or it is a subject ("Troy joined", "Claudia was born")."""
    if given_name_gender(words.text) is None:
        return True
    return words[0].ent_type_ != "" and words[-1].dep_ not in {"nsubj", "nsubjpass"}


def _name_like(ctx: ActorContext, words: Span) -> bool:
    """One word, or several that start with a given name or a title ("Alec Finn", "Uncle
    Petrie"; not "Free Trade Agreement")."""
    first = words[0]
    return len(words) == 1 or (
        given_name_gender(first.text) is not None or first.lower_ in ctx.lex.name_titles
    )


def _name_word(ctx: ActorContext, token: Token) -> bool:
    return (
        token.pos_ == "PROPN"
        and len(token.text) > 1
        and _capitalised(token)
        and token.text.isalpha()
        and token.i not in ctx.claimed
        and not ctx.quoted[token.i]
    )


def _capitalised(token: Token) -> bool:
    """A capitalised word that is no acronym ("Nyro", "McCrimmon"; not "FBI")."""
    return token.text[:1].isupper() and not token.text.isupper()


def calendar_word(word: str) -> bool:
    """Whether a word is a month or a weekday ("April", "Monday")."""
    words = time_lexicon().words
    return word in words["month"] or word in words["weekday"]


def sizeable_place(name: str) -> bool:
    """Whether a name is a country, a region or a town of the size that counts as a place in a
    story (``backoff.MIN_POPULATION``)."""
    return any(
        m.main and (m.entry.population >= MIN_POPULATION or m.entry.kind != "town")
        for m in load_gazetteer().lookup(fold_place(name))
    )
