"""Dependency-parse helpers of the event coder: arguments, clauses and match keys.

The labels are spaCy's English (ClearNLP) dependency labels: ``nsubj``, ``nsubjpass``, ``dobj``,
``dative``, ``prep``/``pobj``/``pcomp``, ``agent``, ``xcomp``, ``ccomp``, ``advcl``, ``acl``,
``relcl``, ``conj`` ...
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from eventwire.nlp.grammar import (
    PASSIVE_SUBJECTS,
    SUBJECTS,
    passive_marked,
    relative_antecedent,
)

CLAUSES = frozenset(
    {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "csubj", "parataxis", "pcomp"}
)
NESTED = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "pcomp"})
MODIFIERS = frozenset({"compound", "amod", "nmod"})
# Nouns that say something without being the one who says it ("a declaration demanding ...").
DOCUMENTS = frozenset(
    {"declaration", "statement", "letter", "resolution", "communique", "report", "message", "note",
     "petition", "decree", "announcement", "motion", "bill", "proposal", "plan", "order"}
)  # fmt: skip
# Verbs whose infinitive complement takes the verb's object as subject ("urged X to ...").
OBJECT_CONTROL = frozenset(
    {
        "help", "urge", "ask", "invite", "allow", "permit", "force", "order", "pressure", "persuade",
        "tell", "call", "encourage", "enable", "push", "press", "require", "let", "get", "lead",
        "authorize", "instruct", "compel", "oblige", "warn", "advise", "appeal", "implore", "beg",
    }
)  # fmt: skip
# Verbs that have an act done by others: their participle complement is a passive whose doer
# is the one who ordered it ("the judge ordered him held"). Not causative have/get: "got them
# booked on airlines", "a conspiracy to get activists arrested" are far more often no order.
ORDERS = frozenset({"order", "direct", "command"})


def is_verbal(token: Token) -> bool:
    """True for a verb (or an auxiliary used as the main verb) that heads a clause."""
    return token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ in CLAUSES)


def is_passive(verb: Token) -> bool:
    """True when the verb is passive ("was attacked", "attacked by" in a reduced relative, a
    participle adjunct: "Arrested in May, he ...")."""
    if passive_marked(verb) or participle_adjunct(verb) or ordered_act(verb) is not None:
        return True
    if headline_passive(verb) or conjoined_passive(verb):
        return True
    return verb.tag_ == "VBN" and verb.dep_ == "acl" and not misread_main(verb)


def conjoined_passive(verb: Token) -> bool:
    """A past participle coordinated with a passive and sharing its auxiliary and subject ("the
    men were arrested and *charged*", "had been located, interviewed and *released*"): a
    passive too, whose patient is the first conjunct's."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "conj"
        and is_verbal(verb.head)
        and not any(c.dep_ in _OWN_CLAUSE for c in verb.children)
        and is_passive(verb.head)
    )


#: Dependents that give a verb a clause of its own (a subject, an auxiliary, an object).
_OWN_CLAUSE = frozenset(
    {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "aux", "auxpass", "dobj", "obj"}
)


def headline_passive(verb: Token) -> bool:
    """A headline's passive without its auxiliary ("Area woman sentenced to 99 years", "Three
    killed in blast"): in the story's first sentence, written without articles as headlines
    are, a past participle as the root, with a subject, no auxiliary and no object; its
    subject is its patient."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "ROOT"
        and child(verb, "nsubj") is not None
        and child(verb, "aux", "auxpass", "dobj", "obj", "ccomp", "xcomp") is None
        and _headline(verb)
    )


def _headline(token: Token) -> bool:
    """Whether the token is in the story's first sentence, written without articles as
    headlines are."""
    sentence = token.sent
    return sentence.start == 0 and not any(t.lower_ in _ARTICLES for t in sentence)


_ARTICLES = frozenset({"the", "a", "an"})


def participle_adjunct(verb: Token) -> bool:
    """A past participle heading an adverbial clause of its own, with no subject or auxiliary
    ("*Charged* with fraud, the broker resigned", "the mayor resigned, *accused* of fraud"): a
    passive whose patient is the subject of the clause it modifies."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and is_verbal(verb.head)
        and not any(
            c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass", "csubj", "expl"}
            for c in verb.children
        )
    )


def ordered_act(verb: Token) -> Token | None:
    """The verb of ordering whose participle complement ``verb`` is, or None: "the judge
    ordered him *held*", "was ordered *released*" (a passive with no auxiliary: its patient is
    the small clause's subject, or the ordering verb's object, and its doer the one who ordered
    it). The model often tags the participle as a past tense when the
    small clause has a subject; a finite clause after "ordered" without "that" is no English."""
    head = verb.head
    if (
        not (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and child(verb, "nsubj") is not None))
        or verb.dep_ not in {"ccomp", "xcomp", "oprd"}
        or head.lemma_.lower() not in ORDERS
        or not is_verbal(head)
        or any(c.dep_ in {"aux", "auxpass", "nsubjpass", "mark"} for c in verb.children)
    ):
        return None
    return head


def misread_main(verb: Token) -> bool:
    """Whether a "reduced relative" is the sentence's main verb misread: its noun is the root of
    a sentence that has no verb of its own, and no "by" agent follows ("An official newspaper
    called on Arabs to ..." parsed as "a newspaper called Thursday")."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and head.dep_ == "ROOT"
        and head.pos_ in {"NOUN", "PROPN"}
        and verb.i == head.i + 1 + sum(1 for t in head.rights if t.i < verb.i)
        and not any(c.dep_ == "agent" or c.lower_ == "by" for c in verb.children)
        # a main verb keeps its complements; in a headline a participle with none is a
        # passive ("Three Kenyan soldiers killed in Somalia blast")
        and (
            any(c.dep_ in _MAIN_COMPLEMENTS or c.lower_ == "on" for c in verb.children)
            or not _headline(verb)
        )
    )


#: Complements a main verb misread as a participle keeps: "newspaper called on Arabs to ...".
_MAIN_COMPLEMENTS = frozenset({"dobj", "obj", "dative", "prt", "xcomp", "ccomp"})


def child(token: Token, *deps: str) -> Token | None:
    """Return the first child with one of the dependency labels."""
    for c in token.children:
        if c.dep_ in deps:
            return c
    return None


def children(token: Token, *deps: str) -> list[Token]:
    """Return the children with one of the dependency labels."""
    return [c for c in token.children if c.dep_ in deps]


def conjuncts(token: Token) -> list[Token]:
    """Return the token and the words coordinated with it ("China, Russia and North Korea")."""
    out = [token]
    stack = [token]
    while stack:
        current = stack.pop()
        for c in current.children:
            if c in out:
                continue
            if (c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN", "PRON"}) or _misread_list(c):
                out.append(c)
                stack.append(c)
    return sorted(out, key=lambda t: t.i)


def _misread_list(word: Token) -> bool:
    """A list the parser read as an apposition or a modifier: "Mordor, the Shire, Fornost and
    Bree" (an apposition with conjuncts), "Fornost and the awful Gondor" (a name modifying the
    last one, with its "and")."""
    has_conj = any(c.dep_ in {"conj", "cc"} for c in word.children)
    if word.dep_ == "appos":
        return has_conj
    return (
        word.dep_ in {"nmod", "compound"}
        and word.pos_ == "PROPN"
        and word.i < word.head.i
        and any(c.dep_ == "cc" for c in word.children)
    )


def prep_objects(token: Token, prep: str) -> list[Token]:
    """Return the objects of preposition ``prep`` attached to ``token`` ("by" includes agent)."""
    out = []
    for c in token.children:
        if (c.dep_ in {"prep", "dative"} and c.lower_ == prep) or (
            prep == "by" and c.dep_ == "agent"
        ):
            out.extend(children(c, "pobj", "pcomp"))
    return out


def subject(verb: Token) -> Token | None:
    """Return the verb's own agent: its active subject or its passive "by" agent (a passive
    conjunct without one shares its first conjunct's: "was detained by police and questioned")."""
    if is_passive(verb):
        agents = prep_objects(verb, "by")
        if agents:
            return relative_antecedent(agents[0])
        return subject(verb.head) if conjoined_passive(verb) else None
    found = _closest(children(verb, *SUBJECTS), verb)
    if found is not None:
        return relative_antecedent(found)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in {"NOUN", "PROPN"}:
        if verb.head.lemma_.lower() in DOCUMENTS and is_verbal(verb.head.head):
            return subject(verb.head.head)  # "issued a declaration demanding ..."
        return verb.head  # "forces fighting X"
    if verb.dep_ in {"amod", "compound"} and verb.tag_ == "VBD" and verb.head.i < verb.i:
        return verb.head  # a misparse: "Trump accused ..." read as a noun phrase
    if misread_main(verb):
        return verb.head
    return None


def complement_subject(verb: Token) -> Token | None:
    """Return the subject of the verb's clausal complement ("helped Russia fight")."""
    for c in verb.children:
        if c.dep_ in {"xcomp", "ccomp"}:
            found = child(c, *SUBJECTS)
            if found is not None:
                return found
    return None


def _closest(words: list[Token], verb: Token) -> Token | None:
    """Of several subjects (a misparse: "Old foes Gondor ... renewed"), the one nearest the verb."""
    if not words:
        return None
    return min(words, key=lambda w: abs(verb.i - w.i))


def patient(verb: Token) -> Token | None:
    """Return the verb's direct object (the passive subject in the passive)."""
    if is_passive(verb):
        found = child(verb, *PASSIVE_SUBJECTS)
        if found is not None:
            return relative_antecedent(found)
        orderer = ordered_act(verb)
        if orderer is not None:  # "ordered *him* held", else "*he* was ordered held"
            found = child(verb, "nsubj")
            return relative_antecedent(found) if found is not None else patient(orderer)
        if headline_passive(verb):
            found = child(verb, "nsubj")
            return relative_antecedent(found) if found is not None else None
        if participle_adjunct(verb):  # the surface subject of the clause it modifies
            found = child(verb.head, "nsubj", "nsubjpass")
            return relative_antecedent(found) if found is not None else None
        if conjoined_passive(verb):  # "were arrested and charged": the men
            return patient(verb.head)
        if verb.dep_ == "xcomp":  # "are expected to be released", "wants to be freed"
            return _raised(verb)
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:
            return verb.head  # "soldiers deployed to ..."
        return None
    found = child(verb, "dobj", "obj")
    if found is None:
        for c in verb.children:  # "brushed off the accusations" parsed as a preposition
            if c.dep_ == "prep" and c.lower_ in {"off", "out", "down", "up", "aside"}:
                found = child(c, "pobj")
                if found is not None:
                    break
    if found is None and _misparsed_modifier(verb):
        found = verb.head  # "Trump accused China" read as "accused China" (a noun phrase)
    if found is None and object_gap(verb):
        found = verb.head  # "the offer that Quito turned down": the clause's object is the noun
    return relative_antecedent(found) if found is not None else None


#: Words whose subject is the subject of their infinitive ("the men are expected to be
#: released", "is due to be sentenced", "is believed to have been killed"); not verbs of wanting,
#: refusing or going, whose passive infinitive is a wish, a refusal or a guess ("wanted to be
#: shot", "refused to be photographed", "was going to be shot").
RAISING = frozenset(
    {"expect", "schedule", "set", "due", "likely", "unlikely", "slate", "poise", "bind",
     "bound", "certain", "sure", "believe", "report", "say", "think", "understand", "know",
     "rumor", "rumour", "tip", "seem", "appear", "fear", "allege", "suspect", "expected"}
)  # fmt: skip


def _raised(verb: Token) -> Token | None:
    """The patient of a passive infinitive without a subject of its own: the object of a verb
    of asking or ordering ("ordered him to be released"), else the surface subject of the
    clause a raising word completes ("the men are expected to be released", "are due to be
    freed")."""
    head = verb.head
    if head.lemma_.lower() in OBJECT_CONTROL and not passive_marked(head):
        found = child(head, "dobj", "obj")
        if found is not None:
            return relative_antecedent(found)
    if head.lemma_.lower() not in RAISING:  # "wanted to be shot", "refused to be photographed"
        return None
    if head.dep_ == "acomp" and is_verbal(head.head):  # "are due to be freed"
        head = head.head
    if not is_verbal(head):
        return None
    found = child(head, "nsubj", "nsubjpass")
    return relative_antecedent(found) if found is not None else None


def object_gap(verb: Token) -> bool:
    """A clause on a noun with its own subject and no object ("the offer [that] Quito turned
    down", "that" often parsed as a mark): the noun is the object it lacks."""
    return (
        verb.dep_ in {"relcl", "acl"}
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in {"ccomp", "xcomp", "dobj", "attr", "oprd"} for c in verb.children)
    )


def _misparsed_modifier(verb: Token) -> bool:
    """A finite verb with its own subject parsed as a modifier of the noun after it."""
    return (
        verb.dep_ in {"amod", "compound"}
        and verb.tag_ in {"VBD", "VBN"}
        and verb.head.i > verb.i
        and any(c.dep_ == "nsubj" for c in verb.children)
    )


#: Verbs whose object is an instrument: "the gun was used to kill him" (the gun kills no one).
_INSTRUMENT_VERBS = frozenset({"use", "employ", "utilize", "utilise"})


def inherited_subject(verb: Token, depth: int = 0) -> Token | None:
    """Return the subject a clause without one takes from the clause it depends on."""
    if depth > 4 or verb.head.i == verb.i:
        return None
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_ in OBJECT_CONTROL:
        controller = patient(head) or child(head, "dative")
        if controller is not None:
            return controller
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        owner = head.head
        if owner.pos_ in {"NOUN", "PROPN"}:
            poss = child(owner, "poss")
            return poss if poss is not None else None
        if owner.dep_ == "acomp" and is_verbal(owner.head):
            return subject(owner.head)  # "X and Y are guilty of violating ..."
        if is_verbal(owner):
            return patient(owner) or subject(owner) or inherited_subject(owner, depth + 1)
    if (
        verb.dep_ in {"xcomp", "advcl"}
        and verb.tag_ != "VBN"  # "were reported killed": the subject is the one killed
        and is_verbal(head)
        and is_passive(head)
    ):
        if head.lemma_.lower() in _INSTRUMENT_VERBS:
            return subject(head)  # its "by" agent, if any: the user, not the tool
        # the controller is the grammatical subject, not the passive's agent: "receiving a
        # jail sentence, he was not fined"; "visiting Kyiv, Scholz was met by Zelensky"
        surface = child(head, *PASSIVE_SUBJECTS)
        if surface is not None:
            return relative_antecedent(surface)
    if verb.dep_ in {"xcomp", "advcl", "conj", "ccomp"} and is_verbal(head):
        return subject(head) or inherited_subject(head, depth + 1)
    if verb.dep_ == "xcomp" and head.dep_ == "acomp" and is_verbal(head.head):
        return subject(head.head)  # "France is ready to contribute"
    if verb.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN"} and verb.tag_ == "VBG":
        return head
    if verb.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        governor = head.head  # "do everything to help Russia": the subject of "do"
        if is_verbal(governor):
            return subject(governor) or inherited_subject(governor, depth + 1)
    return None


def clause_head(token: Token) -> Token:
    """Return the head of the clause a token belongs to (the token itself for a clause head)."""
    current = token
    while not (is_verbal(current) and current.dep_ in CLAUSES) and current.head.i != current.i:
        current = current.head
    return current


def clause_tokens(head: Token) -> Iterator[Token]:
    """Yield the tokens of a clause: its head's subtree minus nested clauses."""
    stack = [head]
    while stack:
        current = stack.pop()
        yield current
        for c in current.children:
            if c.dep_ in NESTED and is_verbal(c):
                continue
            if c.dep_ == "conj" and is_verbal(c) and is_verbal(current):
                continue
            stack.append(c)


def word_keys(token: Token) -> set[str]:
    """The lemma and lowercase form of a word."""
    return {token.lemma_.lower(), token.lower_}


def noun_keys(token: Token, depth: int = 0) -> set[str]:
    """Match keys of a noun phrase: its head, "modifier head" pairs, "head of noun", the nouns
    after "of"/"for"/"on", coordinated heads and clausal complements."""
    keys: set[str] = set()
    for head in conjuncts(token) if token.pos_ != "VERB" else [token]:
        base = word_keys(head)
        keys |= base
        chain = [
            t.lemma_.lower() for t in head.doc[head.left_edge.i : head.i] if t.dep_ == "compound"
        ]
        if len(chain) > 1:  # "air defense systems": "air defense", "air defense system"
            keys |= {" ".join(chain), " ".join([*chain, head.lemma_.lower()])}
        for c in head.children:
            if c.dep_ in MODIFIERS:
                keys |= {f"{m} {b}" for m in word_keys(c) for b in base}
                if c.dep_ == "compound":  # "mediation efforts" is about mediation
                    keys |= word_keys(c)
                keys |= {f"{m} {b}" for m in word_keys(c) for b in word_keys(c.head)}
            elif c.dep_ == "prep" and depth < 2:
                for obj in children(c, "pobj", "pcomp"):
                    inner = (
                        verb_keys(obj, depth + 1) if is_verbal(obj) else noun_keys(obj, depth + 1)
                    )
                    keys |= {f"{b} {c.lower_} {o}" for b in base for o in word_keys(obj)}
                    if c.lower_ in {"of", "for", "on", "to", "into"}:
                        keys |= inner
            elif c.dep_ in {"acl", "relcl", "ccomp"} and depth < 2:
                keys |= verb_keys(c, depth + 1)
    return keys


def verb_keys(verb: Token, depth: int = 0) -> set[str]:
    """Match keys of a verb phrase: the verb, "verb particle", "verb object", the object's keys
    and those of a nested complement ("cancel plans to sell weapons")."""
    base = word_keys(verb)
    keys = set(base)
    particle = child(verb, "prt")
    if particle is not None:
        keys |= {f"{b} {particle.lower_}" for b in base}
    obj = patient(verb) if verb.pos_ == "VERB" else None
    if obj is not None and depth < 3:
        inner = noun_keys(obj, depth + 1)
        keys |= inner
        keys |= {f"{b} {o}" for b in base for o in word_keys(obj)}
        for c in obj.children:
            if c.dep_ in MODIFIERS:
                keys |= {f"{b} {m} {o}" for b in base for m in word_keys(c) for o in word_keys(obj)}
    for c in verb.children:
        if c.dep_ in {"xcomp", "ccomp"} and depth < 3:
            keys |= verb_keys(c, depth + 1)
        elif c.dep_ == "prep" and depth < 3:
            for obj2 in children(c, "pobj"):
                keys |= {f"{b} {c.lower_} {o}" for b in base for o in word_keys(obj2)}
        elif c.dep_ == "advmod":
            keys |= {f"{c.lower_} {b}" for b in base}
    return keys


def keys_of(token: Token) -> frozenset[str]:
    """Match keys of a slot filler (a verb phrase or a noun phrase)."""
    return frozenset(verb_keys(token) if is_verbal(token) else noun_keys(token))


def sentence_index(doc: Doc) -> list[int]:
    """Return the token start of each record sentence (sentences with a non-space token)."""
    starts = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if words:
            starts.append(words[0].i)
    return starts
