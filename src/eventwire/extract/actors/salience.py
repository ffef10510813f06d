"""Third-person singular pronouns the speaker rules leave open, by salience (a Lappin-Leass-style
ranking over the person mentions before the pronoun).

Candidates are the people mentioned before the pronoun in its sentence and the two sentences
before it, outside quotations, whose gender agrees (a person the tables know has one; a name
they do not know takes the gender of a pronoun already tied to it, else may be either). Each
candidate scores by its grammatical role (a subject over an object over anything else), loses
for every sentence back, and the nearest wins a tie. Syntax rules some out: a non-reflexive object
pronoun is never the subject of its own verb ("Ana told *her*": not Ana), a reflexive one always
is ("Ana blamed *herself*"); a possessive may be ("Ana met *her* lawyer").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.extract.actors.context import LOWER_COLUMN, ActorContext, Key
from eventwire.nlp.grammar import NOMINAL_SUBJECTS

_WINDOW = 2  # sentences back
_ROLE = {"nsubj": 3.0, "nsubjpass": 3.0, "dobj": 2.0, "attr": 2.0, "appos": 2.0, "dative": 1.5}
_SENTENCE_COST = 2.5
_OBJECT_OF_PHRASE = 2.0  # "thanked Kim for his help": the verb's object owns the phrase
_TOPIC = 0.5  # per earlier mention of the same person (at most three): the story's topic
_OBJECTS = frozenset({"dobj", "dative", "pobj", "iobj"})
_REFLEXIVE = frozenset({"himself", "herself"})
_PERSONS = frozenset({"person", "person?", "office"})


@dataclass(frozen=True, slots=True)
class _Candidate:
    key: Key
    score: float


def resolve_by_salience(ctx: ActorContext, keys: dict[int, Key]) -> None:
    """Add ``pronoun`` mentions for the third-person singular pronouns still unresolved."""
    genders = _known_genders(ctx, keys)
    for i in ctx.where(LOWER_COLUMN, ctx.lex.ids.pronouns):
        token = ctx.doc[i]
        if i in keys or ctx.quoted[i]:
            continue
        gender = ctx.lex.words.pronouns[token.lower_]
        best = _best(ctx, keys, genders, token, gender)
        if best is not None:
            ctx.add(i, i + 1, best.key, "pronoun")
            keys[i] = best.key
            genders.setdefault(best.key, gender)


def _known_genders(ctx: ActorContext, keys: dict[int, Key]) -> dict[Key, str]:
    """The gender of each person resolved so far: from the tables, else from its pronouns."""
    genders: dict[Key, str] = {}
    for i, key in keys.items():
        word = ctx.doc[i].lower_
        if key[0] in _PERSONS and word in ctx.lex.words.pronouns:
            genders.setdefault(key, ctx.lex.words.pronouns[word])
    return genders


def _best(
    ctx: ActorContext, keys: dict[int, Key], genders: dict[Key, str], pronoun: Token, gender: str
) -> _Candidate | None:
    sentence = ctx.sentence_of[pronoun.i]
    first = ctx.sentences[max(0, sentence - _WINDOW)].start
    best: _Candidate | None = None
    seen: set[int] = set()
    earlier: dict[Key, int] = {}
    for i in range(pronoun.i):
        key = keys.get(i)
        if key is not None and (i == 0 or keys.get(i - 1) != key):
            earlier[key] = earlier.get(key, 0) + 1
    for i in range(pronoun.i - 1, first - 1, -1):
        key = keys.get(i)
        if key is None or key[0] not in _PERSONS or ctx.quoted[i] or i in seen:
            continue
        token = _head(ctx.doc[i])
        seen.update(j for j in range(token.left_edge.i, token.i + 1) if keys.get(j) == key)
        if not _agrees(ctx, key, genders, gender) or not _allowed(token, pronoun):
            continue
        back = sentence - ctx.sentence_of[i]
        score = _ROLE.get(token.dep_, 1.0) - _SENTENCE_COST * back
        score += _OBJECT_OF_PHRASE if phrase_object(token, pronoun) else 0.0
        score += _TOPIC * min(3, earlier.get(key, 1) - 1)
        if best is None or score > best.score:
            best = _Candidate(key, score)
    return best


def _head(token: Token) -> Token:
    """The head of a name ("Minister Ana Costa": "Costa"), whose role the name plays."""
    head = token
    while head.dep_ in {"compound", "flat"} and head.head.i != head.i:
        head = head.head
    return head


def phrase_object(candidate: Token, pronoun: Token) -> bool:
    """Whether a possessive sits in a phrase on the verb whose direct object is the candidate
    ("praised the envoy for her courage", "thanked Kim for his country's help")."""
    if pronoun.dep_ != "poss" or candidate.dep_ != "dobj":
        return False
    node = pronoun.head
    for _ in range(4):  # up through nouns and prepositions to the verb
        if (
            node.dep_ == "pobj"
            and node.head.dep_ == "prep"
            and node.head.head.i == candidate.head.i
        ):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _agrees(ctx: ActorContext, key: Key, genders: dict[Key, str], gender: str) -> bool:
    if key[0] == "person":
        person = ctx.lex.person(key[1])
        if person is not None and person.gender in {"m", "f"}:
            return person.gender == gender
    known = genders.get(key)
    return known is None or known == gender


def _allowed(candidate: Token, pronoun: Token) -> bool:
    """Binding: an object pronoun is not its own verb's subject, unless it is reflexive."""
    if pronoun.lower_ in _REFLEXIVE:
        return True
    same_verb = candidate.dep_ in NOMINAL_SUBJECTS and candidate.head.i == pronoun.head.i
    return not (pronoun.dep_ in _OBJECTS and same_verb)
