"""Reading an attribution off the dependency parse: source, mention, addressee, document.

Every function takes the cue's token; none builds records. The parse conventions are spaCy's
English ones (``nsubj``, ``ccomp``, ``xcomp``, ``prep`` + ``pobj``, ``prt``, ``dative``, ``oprd``).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.statements.draft import CharSpan
from eventwire.extract.statements.speech_cues import Cue, CueLexicon
from eventwire.nlp.grammar import SUBJECTS, passive_marked, relative_antecedent

__all__ = [
    "addressee_of",
    "agent_of",
    "document_of",
    "is_document",
    "mention_range",
    "particles",
    "referent",
    "source_of",
]

_SUBJECTS = SUBJECTS
_INHERIT = frozenset({"advcl", "xcomp", "conj", "pcomp"})
_RELATIVE = frozenset({"who", "that", "which", "whom"})
_NOT_SOURCES = frozenset({"there", "this", "what", "who", "which", "that", "whatever"})
_SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge", "threaten", "swear"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_NAME_LEFT = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod", "case", "quantmod"})


def particles(token: Token) -> tuple[str, ...]:
    """The particles and prepositions of a verb, lower case ("off" in "brushed off")."""
    return tuple(c.lower_ for c in token.children if c.dep_ in {"prt", "prep"})


def source_of(cue: Token) -> Token | None:
    """The source of a verb cue: its subject, a passive's ``by`` agent, or the subject it
    inherits ("X, saying ...", "X vowed to ...", "officials who said ..."); None without one."""
    current = cue
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in _SUBJECTS]
        # two subjects are a parse slip: the one nearest the verb is its own
        subject = min(subjects, key=lambda c: abs(c.i - current.i)) if subjects else None
        if subject is not None:
            if subject.lower_ in _RELATIVE and current.dep_ == "relcl":
                return subject if _can_speak(current.head) else None
            return subject if _can_speak(subject) else None
        agent = agent_of(current)
        if agent is not None or _passive(current):
            return agent
        if current.dep_ in {"relcl", "acl", "advcl"} and current.head.pos_ in _NOMINAL:
            return current.head if _can_speak(current.head) else None
        if current.dep_ not in _INHERIT or current.head.i == current.i:
            return None
        controller = _object_controller(current)
        if controller is not None:
            return controller if _can_speak(controller) else None
        current = _above_preposition(current.head)
    return None


def _object_controller(verb: Token) -> Token | None:
    """The object that is the subject of a to-infinitive ("forced the banker to admit ...":
    the banker admits), except after a verb whose own subject stays the doer ("promised
    voters to explain ..."), or the noun the object ends with right before a participle
    ("uses footage of the governor asking ...": the governor asks)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() in _SUBJECT_CONTROL:
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None:
        return None
    if verb.tag_ == "VBG" and verb.i > 0 and verb.i - 1 in {t.i for t in obj.subtree}:
        before = verb.doc[verb.i - 1]  # "uses footage of the governor asking ...": the governor
        return before if before.pos_ in _NOMINAL else None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return obj


def _above_preposition(token: Token) -> Token:
    """The verb a preposition heading a gerund hangs from ("responded by saying ...", "aside
    from saying ...": the subject of "responded", "refuses" says it)."""
    for _ in range(3):
        if token.dep_ not in {"prep", "advmod"} or token.head.i == token.i:
            break
        token = token.head
    return token


def referent(source: Token) -> Token:
    """The token a source refers to: a relative pronoun's antecedent ("officials who said"),
    else the source itself."""
    return relative_antecedent(source)


def _passive(verb: Token) -> bool:
    """A passive verb, or a past participle heading a clause of its own ("Asked whether ...,")."""
    if passive_marked(verb):
        return True
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in {"advcl", "acl"}
        and not any(c.dep_ == "aux" for c in verb.children)
    )


def _can_speak(token: Token) -> bool:
    """A noun, a name or a pronoun, or a quantifier of a group ("many of whom", "some of
    them", "two of the judges")."""
    if token.lower_ in _NOT_SOURCES:
        return False
    return token.pos_ in _NOMINAL or (
        token.pos_ in {"ADJ", "NUM", "DET"}
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    )


def agent_of(verb: Token) -> Token | None:
    """The ``by`` object of a passive verb ("condemned by the EU"), else None."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def mention_range(source: Token) -> tuple[int, int]:
    """Token range of a source phrase: the head, what stands before it inside its phrase, and a
    coordination ("Putin and Xi"); relative clauses and appositions after it stay out."""
    start = source.i
    for left in source.lefts:
        if left.dep_ in _NAME_LEFT or (left.dep_ == "punct" and left.i + 1 == start):
            start = min(start, left.left_edge.i)
    end = source.i + 1
    conjuncts = [c for c in source.conjuncts if c.i > source.i]
    if conjuncts:
        end = max(c.i for c in conjuncts) + 1
    while start < end and (source.doc[start].is_punct or source.doc[start].pos_ == "VERB"):
        start += 1
    return start, end


def addressee_of(verb: Token, cue: Cue, content: list[CharSpan]) -> Token | None:
    """Who a verb cue is addressed to: its object for "told X", or "to X" after a say verb."""
    for child in verb.children:
        if child.dep_ == "dative" and child.pos_ in _NOMINAL:
            return child
        if (
            child.dep_ in {"dative", "prep"}
            and child.lower_ == "to"
            and "to" not in cue.slots
            and cue.particle != "to"  # "referring to Putin as ...": a topic, not an addressee
        ):
            target = next((c for c in child.children if c.dep_ == "pobj"), None)
            if target is not None and target.pos_ in _NOMINAL and cue.stance == "say":
                return target
        if (
            child.dep_ == "dobj"
            and cue.object_is_addressee
            and child.pos_ in _NOMINAL
            and not any(s <= child.idx < e for s, e in content)
        ):
            return child
    return None


def document_of(verb: Token, lexicon: CueLexicon) -> Token | None:
    """A document the cue reports through: "said in a statement", "according to a readout"."""
    for child in verb.children:
        if child.dep_ != "prep":
            continue
        if child.lower_ == "according":
            child = next((c for c in child.children if c.lower_ == "to"), child)
        elif child.lower_ not in {"in", "on", "via", "through"}:
            continue
        target = next((c for c in child.children if c.dep_ == "pobj"), None)
        if target is not None and is_document(target, lexicon):
            return target
    return None


def is_document(token: Token, lexicon: CueLexicon) -> bool:
    """Whether a noun names a document (its lemma, or its compound with the word before)."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    lemma = token.lemma_.lower()
    before = token.nbor(-1) if token.i > 0 else None
    if (
        before is not None
        and before.dep_ == "compound"
        and lexicon.is_document(f"{before.lower_} {lemma}")
    ):
        return True
    return lexicon.is_document(lemma) or lexicon.is_document(token.lower_)
