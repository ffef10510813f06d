"""Noun triggers: "their first in-person talks", "its troop deployment to Russia", "held talks".

A noun that heads a compound ("mediation effort", "assassination attempt") lends its
prepositional phrases to the event noun. The source is, in order: the possessor, a "by" agent,
the subject of a light verb whose object (or prepositional object) the noun is, an actor modifier
("the Russian invasion"), or the actors of a "between" phrase (then the event is reciprocal).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.events.frames import Frame, Resolver
from eventwire.extract.events.syntax import (
    child,
    children,
    clause_head,
    inherited_subject,
    is_passive,
    is_verbal,
    keys_of,
    misread_main,
    prep_objects,
    subject,
    word_keys,
)
from eventwire.knowledge.event_patterns import BLOCK, Pattern, PatternBook

_NOUNS = frozenset({"NOUN", "PROPN"})
# Heads that an event noun modifies and still names the event ("mediation effort").
ACTIVITIES = frozenset(
    {"effort", "mission", "attempt", "operation", "campaign", "process", "bid", "program",
     "programme", "initiative", "drive", "plan", "offensive", "spree", "wave"}
)  # fmt: skip
_NAMES = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "LAW", "PRODUCT",
                    "DATE", "TIME"})  # fmt: skip
"""Entity labels of words that name something else than an event: an organisation ("the
Shanghai Cooperation Organization"), a date ("last March")."""
_FIGHTS = frozenset({"battle", "fight", "fighting", "struggle", "war"})
"""Nouns of fighting: with a to-infinitive of what is fought for they name a struggle ("their
battle to block the boy's return", "lost a fight to keep him"), no armed force, unless what is
fought for is taken or held by arms ("the battle to retake the city")."""
_ARMED_AIMS = frozenset(
    {"capture", "recapture", "retake", "take", "seize", "liberate", "free", "storm", "occupy",
     "conquer", "defend", "hold", "repel", "dislodge", "drive", "push", "oust", "topple",
     "overthrow", "defeat", "crush", "destroy", "encircle", "expel", "clear", "control"}
)  # fmt: skip


def noun_frame(noun: Token, book: PatternBook, resolve: Resolver) -> Frame | None:
    """Return the frame of an event noun, or None when no pattern matches."""
    patterns = book.nouns.get(noun.lemma_.lower()) or book.nouns.get(noun.lower_)
    if not patterns or noun.pos_ not in _NOUNS or noun.ent_type_ in _NAMES:
        return None
    carrier = noun.head if noun.dep_ == "compound" and noun.head.pos_ in _NOUNS else noun
    if carrier.i != noun.i and _lemma(carrier) not in ACTIVITIES:
        return None  # "war games", "invasion forces", "aid convoys": the head names a thing
    if _lemma(noun) in _FIGHTS and _struggle(carrier):
        return None
    best: tuple[int, Pattern, str, bool] | None = None
    for pattern in patterns:
        found = _try(noun, carrier, pattern, book)
        if found is not None and (best is None or pattern.specificity > best[0]):
            best = (pattern.specificity, pattern, found[0], found[1])
    if best is None or best[2] == BLOCK:
        return None
    _, pattern, code, topic = best
    light = light_verb(carrier, book.light, reduced=True)
    undergone = light_verb(carrier, book.undergo) if light is None else None
    undergoer = _undergoer(noun, carrier, book)
    sources, how = _sources(noun, carrier, light, resolve, possessed=undergoer is None)
    targets, target_how = _targets(noun, carrier, pattern, resolve)
    if undergoer is not None:  # "Odinga's arrest (by police)": Odinga is arrested
        targets, target_how = [undergoer], "poss"
    # "faced charges", "received aid from Japan": the subject is the target
    if undergone is not None:
        if how == "poss":  # "faced his trial": the possessor is who undergoes it
            sources, how = [], "none"
        sources, how = _givers(noun, carrier, undergone) or (sources, how)
        patient = subject(undergone) or inherited_subject(undergone)
        if patient is not None:
            targets, target_how = [patient], "patient"
        light = undergone
    if how == "between":
        targets, target_how = [], "none"
    start = min([noun.i] + [c.i for c in carrier.lefts if c.dep_ == "compound" and c.i < noun.i])
    if light is not None and 0 < carrier.i - light.i <= 5:
        start = light.i
    return Frame(
        trigger=noun,
        span=(start, max(noun.i, carrier.i) + 1),
        code=code,
        pattern=pattern,
        sources=tuple(sources),
        targets=tuple(targets),
        source_how=how,
        target_how=target_how,
        anchor=light if light is not None else clause_head(carrier),
        topic=topic,
    )


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _struggle(carrier: Token) -> bool:
    """Whether a noun of fighting has a to-infinitive of an aim not won by arms ("their battle
    to block the boy's return"): a struggle, not CAMEO's use of force."""
    clauses = list(carrier.children)
    # "lost their battle to block ...": the parser hangs the clause on the verb (the clause of
    # "waged war to ..." is the war's aim)
    if carrier.dep_ == "dobj" and _lemma(carrier) != "war":
        clauses += [c for c in carrier.head.children if c.dep_ == "advcl"]
    for clause in clauses:
        infinitive = (
            clause.dep_ in {"acl", "relcl", "advcl"}
            and is_verbal(clause)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        )
        if infinitive and _lemma(clause) not in _ARMED_AIMS:
            return True
    return False


def _try(
    noun: Token, carrier: Token, pattern: Pattern, book: PatternBook
) -> tuple[str, bool] | None:
    if not pattern.slot:
        return (pattern.code, False) if pattern.code is not None else None
    if pattern.slot == "undergo":  # only as what a subject undergoes: "faces charges"
        if pattern.code is None or light_verb(carrier, book.undergo) is None:
            return None
        return pattern.code, False
    keys = _slot_keys(noun, carrier, pattern.slot, book)
    if keys is None:
        return None
    if pattern.family is not None:
        fam = book.families[pattern.family]
        for phrases, code in fam.topics:
            if keys & phrases:
                return code, True
        return None if pattern.strict or fam.default is None else (fam.default, False)
    if pattern.match.empty or keys & pattern.match.phrases:
        assert pattern.code is not None
        return pattern.code, not pattern.match.empty
    return None


def _slot_keys(noun: Token, carrier: Token, slot: str, book: PatternBook) -> frozenset[str] | None:
    if slot == "light":  # "lodged a protest", "went on strike": the light verb's lemma and form
        verb = light_verb(carrier, book.light, reduced=True)
        return frozenset(word_keys(verb)) if verb is not None else None
    if slot == "mod":
        mods = [c for c in (*noun.children, *carrier.children) if c.dep_ in {"compound", "amod"}]
        if carrier.i != noun.i:
            mods.append(carrier)
        if not mods:
            return None
        keys: set[str] = set()
        for m in mods:
            keys |= word_keys(m) | keys_of(m)
        return frozenset(keys)
    if slot.startswith("prep:"):
        objs = prep_objects(noun, slot[5:]) or prep_objects(carrier, slot[5:])
        if not objs and carrier.dep_ == "dobj":  # "filed charges on Monday against the mayor"
            objs = prep_objects(carrier.head, slot[5:])
        return keys_of(objs[0]) if objs else None
    if slot == "to":
        clause = next((c for c in carrier.children if c.dep_ in {"acl", "relcl"}), None)
        return keys_of(clause) if clause is not None and is_verbal(clause) else None
    return None


def light_verb(
    carrier: Token, verbs: dict[str, tuple[str, ...]], reduced: bool = False
) -> Token | None:
    """Return the light verb of a table (``PatternBook.light`` or ``undergo``) whose object
    the noun is ("held talks", "faced charges"), or None. With ``reduced``, also a past
    participle on the noun, a passive reduced relative ("two complaints made by residents",
    "the raids carried out by the army"): its "by" agent is the event's source."""
    head = carrier.head
    if carrier.dep_ in {"dobj", "nsubjpass"} and is_verbal(head) and _takes(head, verbs):
        return head
    if reduced:
        for clause in carrier.children:
            if clause.dep_ == "acl" and clause.tag_ == "VBN" and _takes(clause, verbs):
                return None if misread_main(clause) else clause
    if (
        carrier.dep_ == "pobj"
        and head.dep_ == "prep"
        and is_verbal(head.head)
        and f"prep:{head.lower_}" in verbs.get(head.head.lemma_.lower(), ())
    ):
        return head.head
    if carrier.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "dobj":
        return light_verb(head.head, verbs)  # "launched 10 days of war games"
    return None


def _takes(verb: Token, verbs: dict[str, tuple[str, ...]]) -> bool:
    """Whether the table's verb takes the event noun as its object (or with its particle)."""
    vias = verbs.get(verb.lemma_.lower(), ())
    return "obj" in vias or any(_has_particle(verb, v) for v in vias if ":" not in v)


def _givers(noun: Token, carrier: Token, verb: Token) -> tuple[list[Token], str] | None:
    """The source of an event the subject undergoes: a "from" or "by" phrase on the noun or
    the verb ("received aid from Japan", "came under attack by rebels")."""
    for prep in ("from", "by"):
        words = prep_objects(noun, prep) or prep_objects(carrier, prep) or prep_objects(verb, prep)
        if words:
            return words[:1], prep
    return None


def _has_particle(verb: Token, word: str) -> bool:
    return any(c.lower_ == word and c.dep_ in {"prt", "prep", "advmod"} for c in verb.children)


def _undergoer(noun: Token, carrier: Token, book: PatternBook) -> Token | None:
    """The possessor of a noun of an act done to someone ("Odinga's arrest", "his trial"): who
    undergoes it, where the possessor of "Russia's attack" is its doer (and so is that of "the
    army's release of the prisoners", with an "of" object)."""
    if not keys_of(noun) & book.classes.get("patient_nominal", frozenset()):
        return None
    if prep_objects(noun, "of") or prep_objects(carrier, "of"):
        return None  # "the army's release of the prisoners": the possessor is the doer
    return child(noun, "poss") or child(carrier, "poss")


def _sources(
    noun: Token, carrier: Token, light: Token | None, resolve: Resolver, possessed: bool = True
) -> tuple[list[Token], str]:
    poss = (child(noun, "poss") or child(carrier, "poss")) if possessed else None
    if poss is not None:
        return [poss], "poss"
    agents = prep_objects(noun, "by") or prep_objects(carrier, "by")
    if agents:
        return agents[:1], "by"
    if light is not None:
        own = subject(light) or inherited_subject(light)
        if own is not None:
            return [own], "light"
        if not is_passive(light):  # "arrests were made": agentless, the doers implied
            return [], "elided"  # "an agreement on carrying out a protest": someone's, unnamed
    mods = [
        c
        for c in (*noun.children, *carrier.children)
        if c.dep_ in {"compound", "amod", "nmod"} and c.i != noun.i and resolve(c)
    ]
    if mods:
        return mods[:1], "mod"
    between = prep_objects(noun, "between") or prep_objects(carrier, "between")
    if between:
        return between, "between"
    return [], "none"


def _targets(
    noun: Token, carrier: Token, pattern: Pattern, resolve: Resolver
) -> tuple[list[Token], str]:
    fallback: tuple[list[Token], str] | None = None
    for alt in pattern.target:
        if alt == "none":
            return [], "none"
        words: list[Token] = []
        if alt.startswith("prep:"):
            words = prep_objects(noun, alt[5:]) or prep_objects(carrier, alt[5:])
            if not words and carrier.dep_ == "dobj":  # "confirmed its deployment to Russia"
                words = prep_objects(carrier.head, alt[5:])
            if not words:  # "the withdrawal of forces from Panama"
                words = [
                    w for obj in prep_objects(carrier, "of") for w in prep_objects(obj, alt[5:])
                ]
        elif alt == "obj":
            words = children(noun, "compound")
        if words and any(resolve(w) for w in words):
            return words, alt
        if words and fallback is None:
            fallback = (words, alt)
    return fallback if fallback is not None else ([], "none")
