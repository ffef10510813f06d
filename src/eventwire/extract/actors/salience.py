"""Third-person singular pronouns the speaker rules leave open, by salience (a Lappin-Leass-style
ranking over the person mentions before the pronoun).

Candidates are the people mentioned before the pronoun in its sentence and the two sentences
before it, outside quotations, whose gender agrees: a person the tables know has one; else the
given name tells it when most of its bearers are of one gender (``knowledge.first_names``); else
a name takes the gender of a pronoun already tied to it, else may be either. Each candidate
scores by its grammatical role (a subject over an object over anything else), loses for every
sentence back, and the nearest wins a tie; a pronoun in a relative clause or an apposition counts
the noun the clause is on as its subject ("Long, who hoped they would back him"), and so does a
possessive in a phrase joined to a name ("Ana Ruiz and her husband"). An organisation nobody
knows named by one capitalised word is a candidate too, ranked below people: the NER often tags a
surname ("Geller", "Sherwood") so. Two patterns come first or rule out:

* cataphora: a pronoun in a phrase or clause put before its sentence's subject stands for that
  subject ("In her first speech, Ana Costa said ...") when no person of its gender comes before
  it in the sentence;
* binding: a non-reflexive object pronoun is never the subject of its own verb, nor the object
  of a preposition on that verb ("Ana told *her*", "Ana was hurt by *her*": not Ana), also
  through a clause without a subject of its own ("Ana beat Eva, eliminating *her*"); a reflexive
  one always is ("Ana blamed *herself*"); a possessive may be ("Ana met *her* lawyer").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.extract.actors.context import LOWER_COLUMN, ActorContext, Key
from eventwire.knowledge.first_names import given_name_gender
from eventwire.nlp.grammar import NOMINAL_SUBJECTS

_WINDOW = 2  # sentences back
_ROLE = {"nsubj": 3.0, "nsubjpass": 3.0, "dobj": 2.0, "attr": 2.0, "appos": 2.0, "dative": 1.5}
_SENTENCE_COST = 2.5
_OTHER_ROLE = 1.0
_UNSURE = 1.0  # an unknown one-word organisation, which may be a surname, ranks below people
_OBJECT_OF_PHRASE = 2.0  # "thanked Kim for his help": the verb's object owns the phrase
_TOPIC = 0.5  # per earlier mention of the same person (at most three): the story's topic
_OBJECTS = frozenset({"dobj", "dative", "pobj", "iobj"})
_REFLEXIVE = frozenset({"himself", "herself"})
_ACCUSATIVE = frozenset({"him", "her"})
_CONTROLLED = frozenset({"xcomp", "advcl"})
_PERSONS = frozenset({"person", "person?", "office"})
_FRONTED = frozenset({"advcl", "prep", "npadvmod"})  # a phrase or clause before the subject


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
        best = _cataphor(ctx, keys, genders, token, gender) or _best(
            ctx, keys, genders, token, gender
        )
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
    barred: set[Key] = set()
    earlier: dict[Key, int] = {}
    for i in range(pronoun.i):
        key = keys.get(i)
        if key is not None and (i == 0 or keys.get(i - 1) != key):
            earlier[key] = earlier.get(key, 0) + 1
    for i in range(pronoun.i - 1, first - 1, -1):
        key = keys.get(i)
        if key is None or ctx.quoted[i] or i in seen:
            continue
        if key[0] not in _PERSONS and not _maybe_person(ctx, key):
            continue
        token = _head(ctx.doc[i])
        seen.update(j for j in range(token.left_edge.i, token.i + 1) if keys.get(j) == key)
        if not _allowed(token, pronoun):
            barred.add(key)  # the person, not only this mention ("Ana ... Ana was hurt by her")
        if key in barred or not _agrees(ctx, key, genders, gender):
            continue
        back = sentence - ctx.sentence_of[i]
        score = _ROLE.get(token.dep_, _OTHER_ROLE) - _SENTENCE_COST * back
        if back == 0 and _relative_head(token, pronoun):
            score = _ROLE["nsubj"]  # "Murnau, who had to finish it on his own": the clause's topic
        score += _OBJECT_OF_PHRASE if phrase_object(token, pronoun) else 0.0
        score += _TOPIC * min(3, earlier.get(key, 1) - 1)
        score -= 0.0 if key[0] in _PERSONS else _UNSURE
        if best is None or score > best.score:
            best = _Candidate(key, score)
    return best


def _cataphor(
    ctx: ActorContext, keys: dict[int, Key], genders: dict[Key, str], pronoun: Token, gender: str
) -> _Candidate | None:
    """A pronoun in a phrase or clause put before its sentence's subject stands for that subject
    ("In her first speech, Ana Costa said ...", "When he took office, Mr. Lula ..."), when it is
    a person of the pronoun's gender and no such person comes before the pronoun in the sentence."""
    root = pronoun.sent.root
    node = pronoun
    while node.head.i != root.i:
        if node.head.i == node.i:
            return None
        node = node.head
    if node.dep_ not in _FRONTED or node.i > root.i:
        return None
    subject = next((c for c in root.children if c.dep_ in NOMINAL_SUBJECTS), None)
    if subject is None or subject.i < pronoun.i or ctx.quoted[subject.i]:
        return None
    key = keys.get(subject.i)  # the subject itself, not a name inside it ("a friend of Ana's")
    if key is None or key[0] not in _PERSONS or not _agrees(ctx, key, genders, gender):
        return None
    start = ctx.sentences[ctx.sentence_of[pronoun.i]].start
    for i in range(start, pronoun.i):
        other = keys.get(i)
        if other is not None and other[0] in _PERSONS and _agrees(ctx, other, genders, gender):
            return None
    return _Candidate(key, 0.0)


def _relative_head(candidate: Token, pronoun: Token) -> bool:
    """Whether the pronoun sits in a relative clause or an apposition on the candidate ("Long,
    who hoped they would support him", "Hemans, author of books written in her youth"), or in a
    phrase joined to it ("Kristin and her husband")."""
    joined = pronoun.head.dep_ == "conj" and pronoun.head.head.i == candidate.i
    if pronoun.dep_ == "poss" and joined:
        return True
    node = pronoun
    while node.head.i != node.i:
        if node.dep_ in {"relcl", "appos"}:
            return node.head.i == candidate.i
        node = node.head
    return False


def _maybe_person(ctx: ActorContext, key: Key) -> bool:
    """An organisation nobody knows, named by one capitalised word that is no agent noun
    ("Geller", "Sherwood"; not "Senate"): the NER often tags a surname so; it may be the person
    a pronoun is about."""
    word = key[1]
    return (
        key[0] == "org?"
        and word.isalpha()
        and word.istitle()
        and ctx.lex.agent(word.lower()) is None
    )


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


def name_gender(ctx: ActorContext, key: Key, *, titles: bool = True) -> str | None:
    """A person's gender by the name alone: the tables', else (with ``titles``) that of the
    courtesy title of a mention ("Mrs. Adeyemi", "Sir Keir"), else that of most bearers of its
    given name (``m``/``f``); None when none tells. Without ``titles`` it can be asked while
    names are still being found."""
    if key[0] not in _PERSONS:
        return None
    if key[0] == "person":
        person = ctx.lex.person(key[1])
        if person is not None and person.gender in {"m", "f"}:
            return person.gender
    return (courtesy_gender(ctx, key) if titles else None) or given_name_gender(key[1])


def title_gender(ctx: ActorContext, token: Token) -> str | None:
    """The gender a capitalised courtesy title tells ("Mrs.": f), else None."""
    if not token.text[:1].isupper():
        return None
    return ctx.lex.words.honorific_genders.get(token.lower_)


def courtesy_gender(ctx: ActorContext, key: Key) -> str | None:
    """The gender a courtesy title tells, in or just before a mention of ``key`` (the first
    such title in the text wins). Read once all names are found."""
    if ctx.courtesy is None:
        ctx.courtesy = {}
        for f in sorted(ctx.found, key=lambda f: f.start):
            if f.key[0] in _PERSONS and f.how in {"name", "surname"}:
                for i in (f.start - 1, f.start):
                    gender = title_gender(ctx, ctx.doc[i]) if i >= 0 else None
                    if gender is not None:
                        ctx.courtesy.setdefault(f.key, gender)
    return ctx.courtesy.get(key)


def _agrees(ctx: ActorContext, key: Key, genders: dict[Key, str], gender: str) -> bool:
    known = name_gender(ctx, key) or genders.get(key)
    return known is None or known == gender


def _allowed(candidate: Token, pronoun: Token) -> bool:
    """Binding: an object pronoun is not its own verb's subject, unless it is reflexive; nor is
    the object of a preposition on that verb ("Misty is annoyed by her", "Ana worked with her")."""
    if pronoun.lower_ in _REFLEXIVE or candidate.dep_ not in NOMINAL_SUBJECTS:
        return True
    verb = pronoun.head
    if pronoun.dep_ == "pobj" and verb.dep_ in {"prep", "agent"}:
        verb = verb.head
    elif pronoun.dep_ in NOMINAL_SUBJECTS and pronoun.lower_ in _ACCUSATIVE:
        verb = verb.head  # "Jacques allows him to sit": the object of "allows"
    elif pronoun.dep_ not in _OBJECTS:
        return True
    clauses = {verb.i}
    # a clause without a subject of its own has its governor's ("Justin hurt Tim, eliminating him")
    while verb.dep_ in _CONTROLLED and verb.head.i != verb.i:
        if any(c.dep_ in NOMINAL_SUBJECTS for c in verb.children):
            break
        verb = verb.head
        clauses.add(verb.i)
    return candidate.head.i not in clauses
