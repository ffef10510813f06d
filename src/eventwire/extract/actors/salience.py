"""Third-person singular pronouns the speaker rules leave open, by salience (a Lappin-Leass-style
ranking over the person mentions before the pronoun).

Candidates are the people mentioned before the pronoun in its sentence and the two sentences
before it, outside quotations, whose gender agrees: a person the tables know has one; else the
given name tells it when most of its bearers are of one gender (``knowledge.first_names``); else
a name takes the gender of a pronoun already tied to it, else may be either. Each candidate
scores by its grammatical role (a subject over an object over anything else), loses for every
sentence back, and the nearest wins a tie; a subject pronoun favours a subject of its sentence
or the one before (parallelism), a possessive the subject of its own clause ("When Eva came,
Ana lost *her* shoe"); a pronoun in a relative clause or an apposition counts
the noun the clause is on as its subject ("Long, who hoped they would back him"), and so does a
possessive in a phrase joined to a name ("Ana Ruiz and her husband"). Ranked below people: an
organisation nobody knows named by one capitalised word, or by two or three that start with a
given name (the NER often tags a surname or a name so: "Geller", "Alison Krauss"), and a latent
name, a name no pass took for an actor (``latent``), which becomes a person when a pronoun
chooses it. An earlier pronoun of the gender that nothing resolved is a candidate too, for
someone the text does not name (a biography's subject): when it wins, the pronoun stays open.
Two patterns come first or rule out:

* cataphora: a pronoun in a phrase or clause put before the subject of the clause it hangs on
  stands for that subject, or for the person who owns it ("In her first speech, Ana Costa said
  ...", "Since her death, Ana Costa's work ..."), when no person of its gender comes before it in
  the sentence;
* binding: a non-reflexive object pronoun is never the subject of its own verb, nor the object
  of a preposition on that verb ("Ana told *her*", "Ana was hurt by *her*": not Ana), also
  through a clause without a subject of its own ("Ana beat Eva, eliminating *her*"), a verb
  joined to another ("Ana visited Eva and thanked *her*") or a gerund of an adjunct phrase
  ("in keeping *her* away"; not of "for", which the object controls) and in a
  relative clause whose subject is the relative pronoun ("Ana, who phoned *her*"); a reflexive
  one always is ("Ana blamed *herself*"); a possessive may be ("Ana met *her* lawyer").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.extract.actors.context import LOWER_COLUMN, ActorContext, Key
from eventwire.extract.actors.latent import Latent, latent_names
from eventwire.knowledge.first_names import given_name_gender
from eventwire.nlp.grammar import NOMINAL_SUBJECTS, RELATIVE_TAGS

_WINDOW = 2  # sentences back
_ROLE = {"nsubj": 3.0, "nsubjpass": 3.0, "dobj": 2.0, "attr": 2.0, "appos": 2.0, "dative": 1.5}
_SENTENCE_COST = 2.5
_OTHER_ROLE = 1.0
_UNSURE = 1.0  # an unknown one-word organisation, which may be a surname, ranks below people
_LATENT = 1.0  # a name no pass took for an actor (``latent``) ranks below people too
_OBJECT_OF_PHRASE = 2.0  # "thanked Kim for his help": the verb's object owns the phrase
_OWN_SUBJECT = 1.0  # "Ana lost her shoe": a possessive favours its own clause's subject
_PARALLEL = 1.5  # a subject for a subject pronoun, in its sentence or the one before
_TOPIC = 0.5  # per earlier mention of the same person (at most three): the story's topic
_OBJECTS = frozenset({"dobj", "dative", "pobj", "iobj"})
_REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves"})
_ACCUSATIVE = frozenset({"him", "her"})
_CONTROLLED = frozenset({"xcomp", "advcl"})
_VERBS = frozenset({"VERB", "AUX"})
#: prepositions whose gerund the subject of the verb they hang on controls ("after meeting him")
_SUBJECT_ADJUNCTS = frozenset({"after", "before", "by", "in", "on", "upon", "while", "without"})
_PERSONS = frozenset({"person", "person?", "office"})
_UNNAMED: Key = ("person?", "")  # the person an unresolved pronoun means
_NOBODY: Key = ("", "")  # the speaker of a quotation nobody is found to speak
# nouns that head names of bodies, places and events rather than people ("Victoria Trust")
_BODY_WORDS = frozenset(
    {
        "trust", "foundation", "group", "fund", "institute", "society", "club", "records",
        "hotel", "center", "centre", "house", "museum", "festival", "award", "awards", "prize",
        "cup", "street", "road", "park", "hall", "theatre", "theater", "studios", "productions",
        "press", "media", "gallery", "academy", "college", "library", "station", "square",
        "bridge", "lake", "river", "island", "valley", "mountain", "county", "city", "town",
    }
)  # fmt: skip
_FRONTED = frozenset({"advcl", "prep", "npadvmod"})  # a phrase or clause before the subject


@dataclass(frozen=True, slots=True)
class _Candidate:
    key: Key
    score: float


@dataclass(slots=True)
class _Known:
    """What resolution knows so far: each token's key (mentions and resolved pronouns), the
    latent names (``latent``) and the genders the pronouns have told."""

    keys: dict[int, Key]
    latent: Latent
    genders: dict[Key, str]

    def key_at(self, i: int) -> Key | None:
        """The key of token ``i``: a mention's, else a latent name's."""
        return self.keys.get(i) or self.latent.keys.get(i)


def resolve_by_salience(
    ctx: ActorContext,
    keys: dict[int, Key],
    speaker_of: Callable[[int], Key | None] | None = None,
) -> None:
    """Add ``pronoun`` mentions for the third-person singular pronouns still unresolved: those
    outside quotations, or, given ``speaker_of`` (a quoted token's speaker), those inside them.

    A "he" or "her" inside a quotation is someone the speaker talks about, never the speaker:
    its candidates are the people before it, inside quotations or not, but for the speaker of
    its quotation ('"What he proposed would help people like him," said Ana Ruiz')."""
    known: _Known | None = None
    for i in ctx.where(LOWER_COLUMN, ctx.lex.ids.pronouns):
        token = ctx.doc[i]
        if i in keys or bool(ctx.quoted[i]) != (speaker_of is not None):
            continue
        # latent names are read only for a document with a pronoun left
        known = known or _Known(keys, latent_names(ctx), _known_genders(ctx, keys))
        gender = ctx.lex.words.pronouns[token.lower_]
        if speaker_of is None:
            best = _cataphor(ctx, known, token, gender) or _best(ctx, known, token, gender)
        else:
            best = _best(ctx, known, token, gender, speaker=speaker_of(i) or _NOBODY)
        if best is not None:
            if best.key in known.latent.spans:
                known.latent.realise(ctx, best.key, keys)
            ctx.add(i, i + 1, best.key, "pronoun")
            keys[i] = best.key
            known.genders.setdefault(best.key, gender)


def _known_genders(ctx: ActorContext, keys: dict[int, Key]) -> dict[Key, str]:
    """The gender of each person resolved so far: from the tables, else from its pronouns."""
    genders: dict[Key, str] = {}
    for i, key in keys.items():
        word = ctx.doc[i].lower_
        if key[0] in _PERSONS and word in ctx.lex.words.pronouns:
            genders.setdefault(key, ctx.lex.words.pronouns[word])
    return genders


def _best(
    ctx: ActorContext, known: _Known, pronoun: Token, gender: str, speaker: Key | None = None
) -> _Candidate | None:
    """The best candidate; ``speaker`` is given for a quoted pronoun (whose candidates may be
    quoted too, but for the speaker)."""
    sentence = ctx.sentence_of[pronoun.i]
    first = ctx.sentences[max(0, sentence - _WINDOW)].start
    best: _Candidate | None = None
    seen: set[int] = set()
    barred: set[Key] = set()
    earlier: dict[Key, int] = {}
    for i in range(pronoun.i):
        key = known.key_at(i)
        if key is not None and (i == 0 or known.key_at(i - 1) != key):
            earlier[key] = earlier.get(key, 0) + 1
    for i in range(pronoun.i - 1, first - 1, -1):
        key = known.key_at(i) or _open_pronoun(ctx, i, gender)
        if key is None or (ctx.quoted[i] and speaker is None) or i in seen or key == speaker:
            continue
        if key[0] not in _PERSONS and not _maybe_person(ctx, key):
            continue
        token = _head(ctx.doc[i])
        seen.update(j for j in range(token.left_edge.i, token.i + 1) if known.key_at(j) == key)
        if not binding_allows(_own_head(ctx.doc[i], known, key), pronoun):
            barred.add(key)  # the person, not only this mention ("Ana ... Ana was hurt by her")
        if key in barred or not _agrees(ctx, key, known.genders, gender):
            continue
        back = sentence - ctx.sentence_of[i]
        score = _ROLE.get(token.dep_, _OTHER_ROLE) - _SENTENCE_COST * back
        if back == 0 and relative_head(token, pronoun):
            score = _ROLE["nsubj"]  # "Murnau, who had to finish it on his own": the clause's topic
        score += _OBJECT_OF_PHRASE if phrase_object(token, pronoun) else 0.0
        score += _OWN_SUBJECT if back == 0 and own_subject(token, pronoun) else 0.0
        score += _TOPIC * min(3, earlier.get(key, 1) - 1)
        score += _PARALLEL if back <= 1 and _parallel(token, pronoun) else 0.0
        score -= 0.0 if key[0] in _PERSONS else _UNSURE
        score -= _LATENT if key in known.latent.spans else 0.0
        if best is None or score > best.score:
            best = _Candidate(key, score)
    return None if best is not None and best.key == _UNNAMED else best


def _open_pronoun(ctx: ActorContext, i: int, gender: str) -> Key | None:
    """An earlier pronoun of the gender that nothing resolved: someone the text does not name
    (the story's subject, named before it starts), whom a later pronoun may go on to mean."""
    word = ctx.doc[i].lower_
    return _UNNAMED if ctx.lex.words.pronouns.get(word) == gender else None


def _cataphor(ctx: ActorContext, known: _Known, pronoun: Token, gender: str) -> _Candidate | None:
    """A pronoun in a phrase or clause put before the subject of the clause it hangs on stands
    for that subject ("In her first speech, Ana Costa said ...", "When he took office, Mr. Lula
    ..."), when it is a person of the pronoun's gender and no such person comes before the
    pronoun in the sentence. The clause need not be the sentence's main one ("When she was
    chosen, Ana found that ...: she also knew ...")."""
    node = pronoun
    while not (node.dep_ in _FRONTED and node.i < node.head.i):
        if node.head.i == node.i:
            return None
        node = node.head
    clause = node.head
    subject = next((c for c in clause.children if c.dep_ in NOMINAL_SUBJECTS), None)
    if subject is None or subject.i < pronoun.i or ctx.quoted[subject.i]:
        return None
    # the subject itself, not a name inside it ("a friend of Ana's"), or the person who owns
    # it ("Since her death, Ana Costa's work has been shown ...")
    key = _person_at(ctx, known, subject)
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if key is None and owner is not None:
        key = _person_at(ctx, known, owner)
    if key is None or not _agrees(ctx, key, known.genders, gender):
        return None
    start = ctx.sentences[ctx.sentence_of[pronoun.i]].start
    for i in range(start, pronoun.i):
        other = known.keys.get(i)
        if (
            other is not None
            and _person_like(ctx, other)
            and _agrees(ctx, other, known.genders, gender)
        ):
            return None
    return _Candidate(key, 0.0)


def _person_at(ctx: ActorContext, known: _Known, token: Token) -> Key | None:
    key = known.key_at(token.i)
    return key if key is not None and _person_like(ctx, key) else None


def _person_like(ctx: ActorContext, key: Key) -> bool:
    return key[0] in _PERSONS or _maybe_person(ctx, key)


def _parallel(candidate: Token, pronoun: Token) -> bool:
    """Whether a subject pronoun's candidate is a subject too ("Ana met Eva. She ..." favours
    Ana). (Objects and possessors were tried: no gain that held on unseen text.)"""
    return pronoun.dep_ in NOMINAL_SUBJECTS and candidate.dep_ in NOMINAL_SUBJECTS


def relative_head(candidate: Token, pronoun: Token) -> bool:
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
    ("Geller", "Sherwood"; not "Senate"), or by two or three that start with a given name of
    one gender ("Alison Krauss"; not "Victoria Trust"): the NER often tags a name so; it may be
    the person a pronoun is about."""
    if key[0] != "org?":
        return False
    words = key[1].split()
    if len(words) > 1 and (len(words) > 3 or given_name_gender(key[1]) is None):
        return False
    return all(
        word.isalpha()
        and word.istitle()
        and ctx.lex.agent(word.lower()) is None
        and word.lower() not in _BODY_WORDS
        for word in words
    )


def _head(token: Token) -> Token:
    """The head of a name ("Minister Ana Costa": "Costa"), whose role the name plays."""
    head = token
    while head.dep_ in {"compound", "flat"} and head.head.i != head.i:
        head = head.head
    return head


def _own_head(token: Token, known: _Known, key: Key) -> Token:
    """The head of a name short of the mention of someone else it modifies ("a Clinton aide
    who advised her": binding keeps "her" from the aide, not from Clinton)."""
    head = token
    while (
        head.dep_ in {"compound", "flat"}
        and head.head.i != head.i
        and known.key_at(head.head.i) in {None, key}
    ):
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
    if known is None and key[0] == "org?":
        known = given_name_gender(key[1])  # a person's name the NER took for a body
    return known is None or known == gender


def binding_allows(candidate: Token, pronoun: Token) -> bool:
    """Binding: an object pronoun is not its own verb's subject, unless it is reflexive; nor is
    the object of a preposition on that verb ("Misty is annoyed by her", "Ana worked with her");
    the subject of a relative clause is the noun it is on ("Ana, who phoned her": not Ana)."""
    if pronoun.lower_ in _REFLEXIVE:
        return True
    verb = pronoun.head
    if pronoun.dep_ == "pobj" and verb.dep_ in {"prep", "agent"}:
        verb = verb.head
    elif pronoun.dep_ in NOMINAL_SUBJECTS and pronoun.lower_ in _ACCUSATIVE:
        verb = verb.head  # "Jacques allows him to sit": the object of "allows"
    elif pronoun.dep_ not in _OBJECTS:
        return True
    chain = _subject_chain(verb)
    if candidate.dep_ in NOMINAL_SUBJECTS and candidate.head.i in {v.i for v in chain}:
        return False
    verb = chain[-1]
    return not (verb.dep_ == "relcl" and verb.head.i == candidate.i and relative_subject(verb))


def own_subject(candidate: Token, pronoun: Token) -> bool:
    """Whether a possessive's candidate is the subject of the possessive's own clause, or of the
    verb that clause shares its subject with ("When Eva came back, Ana collapsed and lost her
    shoe": Ana's)."""
    if pronoun.dep_ != "poss" or candidate.dep_ not in NOMINAL_SUBJECTS:
        return False
    verb = pronoun.head
    for _ in range(6):  # up through nouns and prepositions to the clause's verb
        if verb.pos_ in _VERBS or verb.head.i == verb.i:
            break
        if verb.dep_ in {"appos", "acl", "relcl", "conj"}:
            return False  # "praised Ruth, author of a book on her youth", "Ruth and her son"
        verb = verb.head
    return any(candidate.head.i == v.i for v in _subject_chain(verb)[:4])


def _subject_chain(verb: Token) -> list[Token]:
    """The verb and the verbs whose subject it shares, up to one with a subject of its own: a
    clause without a subject has its governor's ("Justin hurt Tim, eliminating him"), as has a
    verb joined to another ("bought Tim and freed him") and a gerund of an adjunct phrase the
    subject controls ("did Tim a favour in keeping him away")."""
    chain = [verb]
    while not any(c.dep_ in NOMINAL_SUBJECTS for c in verb.children):
        governor = _controller(verb)
        if governor is None:
            break
        verb = governor
        chain.append(verb)
    return chain


def _controller(verb: Token) -> Token | None:
    """The verb whose subject a subjectless ``verb`` shares, or None: the one it is an open or
    adverbial clause of, the first of joined verbs, or the verb an adjunct gerund's phrase
    hangs on ("in keeping her", "after meeting him"; not "for", whose gerund the object of
    verbs of praise and blame controls: "thanked Eva for helping her")."""
    if verb.dep_ in _CONTROLLED or (verb.dep_ == "conj" and verb.head.pos_ in _VERBS):
        return verb.head
    prep = verb.head
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.lower_ in _SUBJECT_ADJUNCTS:
        return prep.head if prep.head.pos_ in _VERBS else None
    return None


def relative_subject(verb: Token) -> bool:
    """Whether a relative clause's subject is its relative pronoun ("who phoned her")."""
    return any(c.dep_ in NOMINAL_SUBJECTS and c.tag_ in RELATIVE_TAGS for c in verb.children)
