"""The category of a count: killed, wounded, missing, kidnapped, arrested, deployed, displaced,
participants.

Money and measures come from the numeral (a currency, a unit). A count takes the first cue found
in this order (``quantity_cues.tsv``):

1. the predicates the counted noun is an argument of, with its role: the verb it is the object or
   passive subject of ("killed 12", "12 were killed") or the active subject of ("5,000 marched"),
   the agent of a passive ("attended by 5,000"), going down infinitive complements ("are believed
   to have been killed") -- for each predicate a place ("in custody"), an adjective ("were found
   dead"), the verb itself ("shoot dead", "beaten to death"), then the event coded on it;
2. the counted noun's own modifiers: participles ("soldiers killed", "people fleeing"), relative
   clauses, adjectives ("injured people"), places ("in hospital");
3. the counted noun phrase ("combat engineers", "bodies") or the noun it depends on through "of"
   ("the deaths of 12 civilians", "a crowd of 5,000");
4. for a bare number, the subject of the verb that measures it ("the death toll rose to 45").

A cue of category ``other`` ends the search ("released 50 prisoners", "two officers said"). Cues
that count people apply only when the counted noun names people or there is none.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from eventwire.extract.quantities.counted import Counted
from eventwire.extract.quantities.numerals import Numeral
from eventwire.extract.quantities.quantity_words import CueLexicon, NumberLexicon
from eventwire.nlp.grammar import NOMINAL_SUBJECTS, passive_marked
from eventwire.records import Event, QuantityCategory

__all__ = ["PEOPLE", "categorize", "predicates"]

PEOPLE = frozenset(
    {"killed", "wounded", "missing", "kidnapped", "arrested", "deployed", "displaced",
     "participants"}
)  # fmt: skip
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "oprd", "dative", "obj"})
_VERBS = frozenset({"VERB", "AUX"})
_COMPLEMENTS = frozenset({"acomp", "oprd", "xcomp", "attr", "advmod", "ccomp"})
_SUBJECTS = NOMINAL_SUBJECTS | {"csubj", "expl"}  # "there were 12 killed" counts "there"
_LEVEL_DEPS = frozenset({"dobj", "attr", "pobj", "npadvmod"})
_SPEECH_CHILDREN = frozenset({"including", "among"})
_NOMINAL = frozenset({"NOUN", "PROPN", "NUM", "PRON"})

Found = tuple[QuantityCategory, Token | None]


def categorize(
    numeral: Numeral,
    counted: Counted,
    lex: NumberLexicon,
    cues: CueLexicon,
    events: dict[int, Event],
    person: bool,
) -> Found:
    """Return the category of a numeral and the token that decided it (None if no token did)."""
    if numeral.currency:
        return "money", None
    if numeral.unit:
        duration = lex.unit_categories.get(numeral.unit) == "duration"
        return ("duration" if duration else "other"), None
    for category, token in _cues(counted, cues, events):
        if category == "other":
            return "other", token
        if category in PEOPLE and not person and token is not counted.head:
            continue  # "held 3 meetings" is no arrest; "17 bodies" names the dead themselves
        return category, token
    return "other", None


def _cues(counted: Counted, cues: CueLexicon, events: dict[int, Event]) -> Iterator[Found]:
    for verb, role in predicates(counted.arg):
        yield from _predicate_cues(verb, role, cues, events)
    yield from _modifier_cues(counted, cues, events)
    yield from _noun_cues(counted, cues)
    if counted.head is None:
        yield from _level_cues(counted.anchor, cues)


def predicates(arg: Token) -> Iterator[tuple[Token, str]]:
    """Yield ``(verb, role)`` for the clauses the counted noun is an argument of, nearest first."""
    token = _climb(arg)
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "by" and head.head.pos_ in _VERBS:
        if passive(head.head):
            yield from _chain(head.head, "subject")
    elif token.dep_ in _OBJECT_DEPS and head.pos_ in _VERBS:
        yield from _chain(head, "object")
    elif token.dep_ == "nsubj" and head.pos_ in _VERBS:
        sibling = _subjectless_sibling(head)
        if sibling is not None:  # "soldiers deployed there are believed killed": a reduced relative
            yield from _chain(sibling, "object" if passive(sibling) else "subject")
            yield head, "object"
        else:
            yield from _chain(head, "object" if passive(head) else "subject")


def _climb(token: Token) -> Token:
    """From a conjunct, apposition or compound to the noun it belongs to; from "including" to the
    noun it adds to."""
    for _ in range(6):
        if token.dep_ in ("conj", "appos", "compound") and token.head.pos_ in _NOMINAL:
            token = token.head
        elif (
            token.dep_ == "pobj"
            and token.head.lower_ in _SPEECH_CHILDREN
            and token.head.head.pos_ in _NOMINAL
        ):
            token = token.head.head
        else:
            break
    return token


def _chain(verb: Token, role: str) -> Iterator[tuple[Token, str]]:
    """The verb, then the verbs of its infinitive complements ("believed to have been killed")."""
    yield verb, role
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB":
            yield from _chain(child, "object" if passive(child) else "subject")


def passive(verb: Token) -> bool:
    """A passive clause: a passive auxiliary, or a bare past participle ("12 killed in blast")."""
    if passive_marked(verb, by_subject=False):
        return True
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return verb.tag_ == "VBN" and not perfect


def _subjectless_sibling(verb: Token) -> Token | None:
    """A later passive verb with no subject beside ``verb``: the real predicate of a misparse."""
    if verb.tag_ not in ("VBD", "VBN"):
        return None
    for other in verb.sent:
        if other.i <= verb.i or other.pos_ != "VERB" or other.head not in (verb.head, verb):
            continue
        if other.dep_ not in ("ccomp", "conj", "ROOT") or other == verb.head:
            continue
        if any(c.dep_ in _SUBJECTS for c in other.children):
            continue
        if passive_marked(other, by_subject=False):
            return other
    return None


def _predicate_cues(
    verb: Token, role: str, cues: CueLexicon, events: dict[int, Event]
) -> Iterator[Found]:
    for child in verb.children:
        category = _place(child, cues)
        if category is not None:
            yield category, verb
    verb_cue = _verb_cue(verb, role, cues)
    if verb_cue is not None:
        yield verb_cue, verb
    if verb.tag_ in ("VBG", "VBN", "JJ") and verb.lower_ in cues.adjectives:
        yield cues.adjectives[verb.lower_], verb  # "are missing", "were wounded"
    for child in verb.children:
        if child.dep_ in _COMPLEMENTS and child.pos_ in ("ADJ", "VERB"):
            adjective = cues.adjectives.get(child.lower_)
            if adjective is not None:
                yield adjective, verb
    event = events.get(verb.i)
    if event is not None:
        for prefix, cue in cues.events:
            if event.cameo.startswith(prefix) and cue.role in ("any", role):
                yield cue.category, verb
                break


def _verb_cue(verb: Token, role: str, cues: CueLexicon) -> QuantityCategory | None:
    options = cues.verbs.get(verb.lemma_.lower(), ()) + cues.verbs.get("*", ())
    if not options:
        return None
    near = {w for c in verb.children for w in (c.lemma_.lower(), c.lower_)}
    near |= {w for c in verb.children for g in c.children for w in (g.lemma_.lower(), g.lower_)}
    for cue in options:
        if cue.role in ("any", role) and all(word in near for word in cue.extra):
            return cue.category
    return None


def _place(prep: Token, cues: CueLexicon) -> QuantityCategory | None:
    """A place that says where the counted people are: "in custody", "to hospital"."""
    if prep.dep_ != "prep":
        return None
    for obj in prep.children:
        if obj.dep_ == "pobj" and obj.lemma_.lower() in cues.places:
            return cues.places[obj.lemma_.lower()]
    return None


def _modifier_cues(counted: Counted, cues: CueLexicon, events: dict[int, Event]) -> Iterator[Found]:
    anchor = counted.anchor
    if anchor.dep_ == "nummod" and anchor.head.lower_ in cues.adjectives:
        yield cues.adjectives[anchor.head.lower_], anchor.head  # "left 12 dead"
    tokens = [anchor] if counted.head is None else [counted.head, anchor]
    subject = tokens[0]
    if subject.dep_ in NOMINAL_SUBJECTS and subject.head.pos_ == "ADJ":
        adjective = cues.adjectives.get(subject.head.lower_)
        if adjective is not None:  # a small clause: "leaving five people dead"
            yield adjective, subject.head
    for token in tokens:
        for child in token.children:
            if child.dep_ in ("acl", "relcl") and child.pos_ in _VERBS:
                yield from _predicate_cues(child, _modifier_role(child), cues, events)
            elif child.dep_ in ("amod", "acomp", "appos") and child.pos_ in ("ADJ", "VERB"):
                adjective = cues.adjectives.get(child.lower_)
                if adjective is not None:
                    yield adjective, child
                elif child.tag_ in ("VBN", "VBD"):
                    yield from _predicate_cues(child, "object", cues, events)
            else:
                category = _place(child, cues)
                if category is not None:
                    yield category, child


def _modifier_role(clause: Token) -> str:
    """The role of a noun modified by a participle or a relative clause."""
    if clause.dep_ == "acl":
        return "subject" if clause.tag_ == "VBG" else "object"
    for child in clause.children:
        if child.tag_ in ("WP", "WDT") or child.lower_ in ("who", "that", "which"):
            if child.dep_ == "nsubj":
                return "object" if passive(clause) else "subject"
            return "object"
    return "object" if passive(clause) else "subject"


def _noun_cues(counted: Counted, cues: CueLexicon) -> Iterator[Found]:
    if counted.phrase is not None and counted.head is not None:
        doc = counted.anchor.doc
        start, end = counted.phrase
        for stop in dict.fromkeys((end, counted.head.i + 1)):  # "bodies of people": the head too
            found = _tail([t.lemma_.lower() for t in doc[start:stop]], cues)
            if found is not None:
                yield found, counted.head
    parent = _of_parent(counted.arg)
    if parent is not None:
        lemma = parent.lemma_.lower()
        found = _tail([lemma], cues) or cues.of_nouns.get(lemma)
        if found is not None:
            yield found, parent


def _tail(lemmas: list[str], cues: CueLexicon) -> QuantityCategory | None:
    for n in range(min(cues.nouns.longest, len(lemmas)), 0, -1):
        value = cues.nouns.values.get(tuple(lemmas[-n:]))
        if value is not None:
            return value  # type: ignore[return-value]
    return None


def _of_parent(token: Token) -> Token | None:
    """The noun a count depends on through "of": "the deaths of 12", "a crowd of 5,000"."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        return token.head.head
    return None


def _level_cues(anchor: Token, cues: CueLexicon) -> Iterator[Found]:
    """ "The death toll rose to 45", "the number of dead stands at 30": the measured subject."""
    verb = anchor.head
    if anchor.dep_ == "pobj" and verb.lower_ in ("to", "at"):
        verb = verb.head
    elif anchor.dep_ not in _LEVEL_DEPS:
        return
    if verb.pos_ not in _VERBS:
        return
    for subject in verb.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        lemmas = [t.lemma_.lower() for t in subject.lefts if t.dep_ == "compound"]
        found = _tail([*lemmas, subject.lemma_.lower()], cues)
        inner = _child_of(subject)
        if found is None and inner is not None:
            found = _tail([inner.lemma_.lower()], cues)
        if found is not None:
            yield found, subject


def _child_of(token: Token) -> Token | None:
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None
