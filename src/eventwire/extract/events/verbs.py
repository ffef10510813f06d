"""Verb triggers: match a verb against its patterns and read its source and target off the parse.

Of the patterns of a verb's lemma, each is tried (particle, then slot constraint); the most
specific one that matches wins, ties to the earlier row. The subject (or the passive "by" agent)
is the source; a clause without its own subject inherits one (xcomp, advcl, conjoined verbs,
gerunds after a preposition). The target is the first of the pattern's target alternatives that
finds an actor.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.extract.events.frames import Frame, Resolver
from eventwire.extract.events.syntax import (
    child,
    children,
    clause_tokens,
    complement_subject,
    conjoined_passive,
    inherited_subject,
    is_passive,
    is_verbal,
    keys_of,
    object_gap,
    ordered_act,
    participle_adjunct,
    patient,
    prep_objects,
    subject,
)
from eventwire.knowledge.event_patterns import BLOCK, Pattern, PatternBook
from eventwire.nlp.grammar import passive_marked

_MUST = frozenset({"must", "should"})
_PARTICLE_DEPS = frozenset({"prt", "advmod", "prep"})


@dataclass(slots=True)
class _Fit:
    score: int
    code: str
    filler: Token | None
    targets: list[Token]
    target_how: str
    topic: bool


def verb_frame(verb: Token, book: PatternBook, resolve: Resolver) -> Frame | None:
    """Return the frame of a verb, or None when no pattern of its lemma matches."""
    lemma = verb.lemma_.lower()
    # rows keyed by the written form ("opposed": "is opposed to") beat the lemma's rows
    forms = book.verbs.get(verb.lower_, ()) if verb.lower_ != lemma else ()
    patterns = [(p, 1) for p in forms] + [(p, 0) for p in book.verbs.get(lemma, ())]
    if not patterns or not (is_verbal(verb) or _predicate_adjective(verb)):
        return None
    if any(_ordered_event(c, verb, book, resolve) for c in verb.children):
        return None  # "ordered him held": the act ordered is the event, not a demand to him
    if lemma in _NAMING and _names(verb):  # only what it names it may code: "called X a liar"
        patterns = [(p, bonus) for p, bonus in patterns if p.slot == "pred"]
    best: tuple[_Fit, Pattern] | None = None
    for pattern, bonus in patterns:
        fit = _try(verb, pattern, book, resolve)
        if fit is not None:
            fit.score += bonus
        if fit is not None and (best is None or fit.score > best[0].score):
            best = (fit, pattern)
    if best is None or best[0].code == BLOCK:  # a blocking row, or a topic coded "-"
        return None
    fit, pattern = best
    sources, how = _sources(verb, pattern)
    particle = _particle(verb, pattern.particle)
    end = max(verb.i, particle.i if particle is not None else verb.i) + 1
    return Frame(
        trigger=verb,
        span=(verb.i, end if end - verb.i <= 4 else verb.i + 1),
        code=fit.code,
        pattern=pattern,
        sources=tuple(sources),
        targets=tuple(fit.targets),
        source_how=how,
        target_how=fit.target_how,
        anchor=verb,
        consumed=_consumed(pattern, fit.filler),
        topic=fit.topic,
    )


#: Verbs that also name: "called Bush a liar", "a company called LifeCell" do no act of calling.
_NAMING = frozenset({"call", "brand", "label"})


def _names(verb: Token) -> bool:
    """Whether a verb of naming names: a second complement after its object (a noun, adjective
    or clause: "called him a liar", "called the move 'a disgrace'"), or a participle after a
    noun with the name as its object ("a company called LifeCell", "a club called X")."""
    obj = patient(verb)
    for c in verb.children:
        if c.dep_ in {"oprd", "xcomp", "ccomp", "attr"} and c.pos_ != "VERB":
            return True
        if c.dep_ == "ccomp" and obj is not None:
            return True  # "called Hungary's admission 'returning home'"
    if _after_object(verb) is not None:
        return True  # "called Wells Fargo's behaviour outrageous"
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and obj is None


def _ordered_event(word: Token, verb: Token, book: PatternBook, resolve: Resolver) -> bool:
    """Whether ``word`` is an act ``verb`` ordered done that is an event of its own."""
    orderer = ordered_act(word)
    return (
        orderer is not None and orderer.i == verb.i and verb_frame(word, book, resolve) is not None
    )


def _predicate_adjective(word: Token) -> bool:
    """ "Israel is opposed to ...": an adjective (or participle) after "be" works as the verb."""
    return word.dep_ == "acomp" and word.pos_ in {"ADJ", "VERB"}


def _try(verb: Token, pattern: Pattern, book: PatternBook, resolve: Resolver) -> _Fit | None:
    if pattern.particle and _particle(verb, pattern.particle) is None:
        return None
    filler = fill(verb, pattern.slot) if pattern.slot else None
    if pattern.slot and filler is None:
        return None
    code, topic = _code(pattern, filler, verb, book, resolve)
    if code is None:
        return None
    targets, how = find_target(verb, pattern.target, filler, resolve)
    score = pattern.specificity + (1 if how.startswith(("prep:", "dative")) else 0)
    return _Fit(score, code, filler, targets, how, topic)


def _code(
    pattern: Pattern, filler: Token | None, verb: Token, book: PatternBook, resolve: Resolver
) -> tuple[str | None, bool]:
    if pattern.family is not None:
        keys = _instrument_keys(verb) if pattern.slot == "instr" else keys_of(filler)  # type: ignore[arg-type]
        if pattern.match.phrases and not keys & pattern.match.phrases:
            return None, False
        fam = book.families[pattern.family]
        for phrases, code in fam.topics:
            if keys & phrases:
                return code, True
        return (None, False) if pattern.strict else (fam.default, False)
    if pattern.match.empty:
        return pattern.code, False
    assert filler is not None
    if pattern.match.phrases and keys_of(filler) & pattern.match.phrases:
        return pattern.code, True
    if pattern.match.actor and resolve(filler):
        return pattern.code, True
    return None, False


def fill(verb: Token, slot: str) -> Token | None:
    """Return the word that fills a slot of a verb pattern, or None."""
    if slot == "obj":
        theme = _passive_theme(verb)
        return theme if theme is not None else patient(verb)
    if slot.startswith("prep:"):
        objects = _prep(verb, slot[5:])
        return objects[0] if objects else None
    if slot == "to":
        return _infinitive(verb)
    if slot == "that":
        return _that_clause(verb)
    if slot == "must":
        clause = child(verb, "ccomp")
        if (
            clause is not None
            and not _unaddressed(clause)
            and (
                _obliged(clause, _backshifted(verb, clause))
                or (verb.lemma_.lower() in _MANDATIVE and _subjunctive(clause))
            )
        ):
            return clause
        return None
    if slot == "instr":
        return verb
    if slot == "pred":
        return _predicative(verb)
    return None


def _passive_theme(verb: Token) -> Token | None:
    """The object left in a passive (verbs of giving: "was offered *the post*", "was given
    *military aid*"): what is given; the passive subject is who receives it (the dative)."""
    if not is_passive(verb):
        return None
    found = child(verb, "dobj")
    return found if found is not None and child(verb, "nsubjpass") is not None else None


def _predicative(verb: Token) -> Token | None:
    """The predicative adjective of a verb: "was found guilty" (oprd), "found him guilty"; none
    when the adjective is negated ("found not guilty" is an acquittal)."""
    found = child(verb, "oprd")
    if found is None:
        found = next((c for c in children(verb, "ccomp", "acomp") if c.pos_ == "ADJ"), None)
    if found is None:
        found = _after_object(verb)
    return None if found is None or child(found, "neg") is not None else found


def _after_object(verb: Token) -> Token | None:
    """An adjective right after the verb's object, which the parser hangs on the object ("found
    the plan unacceptable", "called the behaviour outrageous"): English puts an adjective after
    its noun almost only in such a small clause."""
    obj = child(verb, "dobj")
    if obj is None:
        return None
    return next(
        (c for c in obj.children if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i == obj.i + 1),
        None,
    )


def _infinitive(verb: Token) -> Token | None:
    found = child(verb, "xcomp")
    if found is None:
        acomp = child(verb, "acomp")
        found = child(acomp, "xcomp") if acomp is not None else None
    return found if found is not None and is_verbal(found) else None


def _that_clause(verb: Token) -> Token | None:
    found = child(verb, "ccomp")
    if found is not None:
        return found
    for clause in children(verb, "advcl"):  # "agreed on Wednesday that ..." as an adverbial clause
        if any(m.lower_ == "that" for m in children(clause, "mark")):
            return clause
    return None


def _backshifted(verb: Token, clause: Token) -> bool:
    """Whether the clause is reported speech after a verb in the past, whose tenses shift back
    ("said the bill had to pass" reports "the bill has to pass"); a quote put before its verb
    keeps the speaker's own tense ("'she had to leave,' he said")."""
    return verb.tag_ == "VBD" and clause.i > verb.i


#: Subjects of an obligation that make it no demand on anyone: the speaker's own ("we must find
#: those responsible": a resolve) and no one or anyone in general ("no one should doubt ...").
_UNADDRESSED = frozenset({"i", "we", "no one", "nobody", "anyone", "anybody", "everyone",
                          "everybody", "one"})  # fmt: skip


def _unaddressed(clause: Token) -> bool:
    """Whether an obligation binds no one but the speaker or people in general ("we must find
    those responsible", "no one should doubt our resolve"): no demand (CAMEO 10 is made of
    another actor)."""
    for subj in children(clause, "nsubj", "nsubjpass"):
        words = " ".join(t.lower_ for t in subj.subtree)
        if words in _UNADDRESSED:
            return True
    return False


def _obliged(clause: Token, backshifted: bool = False) -> bool:
    auxiliaries = [c.lower_ for c in clause.children if c.dep_ == "aux"]
    if any(a in _MUST for a in auxiliaries):
        # "must have written" is a guess, "should have acted" a reproach: no demand
        return not ("have" in auxiliaries and clause.tag_ == "VBN")
    # "has to": the clause head is "have" with an xcomp; "had to" only as the backshifted "has
    # to" of reported speech (else it tells of a past necessity, not a demand)
    return (
        clause.lemma_ == "have"
        and (clause.tag_ != "VBD" or backshifted)
        and child(clause, "xcomp") is not None
    )


#: Verbs whose "that" clause may be a bare subjunctive demand ("insisted that he resign"); after
#: verbs of saying a bare verb is a mis-tagged present ("said the resolutions imply ...").
_MANDATIVE = frozenset({"insist", "demand", "urge", "ask", "request", "require", "recommend",
                        "propose", "suggest", "order", "stipulate"})  # fmt: skip


def _subjunctive(clause: Token) -> bool:
    """English's mandative subjunctive, a demand's own form: a bare verb with a subject and no
    auxiliary ("insisted that he resign", "that the boy be allowed to stay")."""
    subjects = children(clause, "nsubj", "nsubjpass")
    if not subjects:
        return False
    auxiliaries = children(clause, "aux", "auxpass")
    if clause.tag_ == "VBN" and [a.lower_ for a in auxiliaries] == ["be"]:
        return True
    # a bare verb only after a singular subject: a plural's present tense looks the same
    # ("say the talks continue") and the tagger often calls it bare
    singular = subjects[0].tag_ in {"NN", "NNP"} or subjects[0].lower_ in {"he", "she", "it"}
    return clause.tag_ == "VB" and not auxiliaries and singular


def _prep(verb: Token, prep: str, *, times: bool = True) -> list[Token]:
    """The objects of preposition ``prep`` on the verb, else on its object; without ``times``,
    a date or time is none (a target: "imposed a tariff on Indian goods on Wednesday")."""
    found = [w for w in prep_objects(verb, prep) if times or w.ent_type_ not in _TIMES]
    if not found:
        obj = patient(verb)
        if obj is not None:
            found = prep_objects(obj, prep)
    return found


def _instrument_keys(verb: Token) -> frozenset[str]:
    words: list[Token] = []
    agent = subject(verb)
    if agent is not None:
        words.append(agent)
    for prep in ("with", "using", "by"):
        words.extend(_prep(verb, prep))
    for c in children(verb, "advcl", "xcomp"):
        if c.lemma_ in {"use", "fire", "employ"} and patient(c) is not None:
            words.append(patient(c))  # type: ignore[arg-type]
    for c in children(verb, "npadvmod", "nsubj"):
        words.append(c)
    keys: set[str] = set()
    for word in words:
        keys |= keys_of(word)
    return frozenset(keys)


def _particle(verb: Token, particle: str) -> Token | None:
    if not particle:
        return None
    for c in verb.children:
        if c.lower_ == particle and c.dep_ in _PARTICLE_DEPS and c.i > verb.i:
            return c
    return None


def _sources(verb: Token, pattern: Pattern) -> tuple[list[Token], str]:
    if _predicate_adjective(verb):
        verb = verb.head
    own = subject(verb)
    if own is not None:
        return [own], "agent" if own.dep_ == "pobj" else "subj"
    theme = _passive_theme(verb)
    if theme is not None and prep_objects(theme, "by"):  # "was given aid by Germany", the
        return prep_objects(theme, "by")[:1], "agent"  # "by" phrase parsed on the object
    orderer = ordered_act(verb)
    if orderer is not None:  # "the judge ordered him held": the judge had it done
        found = subject(orderer)
        return ([found], "inherited") if found is not None else ([], "none")
    stative = child(verb, "nsubjpass")
    if stative is not None and pattern.slot.startswith("prep:") and "obj" not in pattern.target:
        return [stative], "subj"  # "Israel is opposed to ...": a state, not a passive act
    if (
        passive_marked(verb, by_subject=False)
        or (verb.tag_ == "VBN" and verb.dep_ == "acl")
        or participle_adjunct(verb)
        or conjoined_passive(verb)
    ):
        return [], "none"  # passive without an agent: the source is unknown
    inherited = inherited_subject(verb)
    if inherited is not None:
        return [inherited], "inherited"
    return [], "none"


def find_target(
    verb: Token, alternatives: tuple[str, ...], filler: Token | None, resolve: Resolver
) -> tuple[list[Token], str]:
    """Return the target words of the first alternative that finds an actor (else the first
    alternative that finds a word at all), and the alternative's name."""
    fallback: tuple[list[Token], str] | None = None
    own: frozenset[str] = frozenset()  # the speaker's actors, read only where a clause is
    if filler is not None and ("csubj" in alternatives or "none" in alternatives):
        agent = subject(verb)
        own = frozenset(resolve(agent)) if agent is not None else frozenset()
    for alt in alternatives:
        if alt == "none":
            inner = _complement_target(filler, resolve, own) if filler is not None else None
            if inner is not None:
                return [inner], "complement"
            inner = _object_target(verb, resolve)  # "halt mediation among Serbia's republics"
            if inner is not None:
                return [inner], "object"
            if fallback is not None and any(w.ent_type_ == "GPE" for w in fallback[0]):
                return fallback  # "cut gas deliveries to Kyiv": a named place, for its country
            return [], "none"
        words = _target_words(verb, alt, filler)
        if alt == "csubj":  # "warned (that) it would cut ...": the speaker is not the target
            words = [w for w in words if not _same(w, own, resolve)]
        if not words:
            continue
        if any(resolve(w) for w in words):
            return words, alt
        if fallback is None:
            fallback = (words, alt)
    inner = _object_target(verb, resolve)
    if inner is not None:
        return [inner], "object"
    return fallback if fallback is not None else ([], "none")


_TIMES = frozenset({"DATE", "TIME"})
_COMPLEMENT_PREPS = ("with", "to", "for", "against", "on", "from", "into", "between", "in")
_OBJECT_PREPS = frozenset(
    {"against", "on", "with", "to", "among", "between", "for", "from", "toward"}
)


def _same(word: Token, own: frozenset[str], resolve: Resolver) -> bool:
    """Whether a word stands for the actors ``own`` and no other."""
    found = resolve(word)
    return bool(own) and bool(found) and set(found) <= own


def _complement_target(
    clause: Token, resolve: Resolver, own: frozenset[str] = frozenset()
) -> Token | None:
    """The first actor among the object, dative and prepositional objects of a clausal
    complement ("offered to negotiate with the president of Armenia"); the complement's subject
    only when it is not the speaker ("warned it would cut gas deliveries to Baku": Baku)."""
    if not is_verbal(clause):  # a noun: "agreed to US mediation", "allow the return of inspectors"
        owners = [m for m in clause.children if m.dep_ in {"compound", "amod", "poss"}]
        for owner in [*owners, *prep_objects(clause, "by")]:  # "US mediation", "a ban by X"
            if resolve(owner):
                return owner
        return next(
            (
                w
                for p in ("of", "to", "for", "with", "against")
                for w in prep_objects(clause, p)
                if resolve(w)
            ),
            None,
        )
    words: list[Token] = []
    if clause.dep_ == "ccomp":  # "demanded that the US cancel ...": the clause's subject
        inner = subject(clause)
        if inner is not None and not _same(inner, own, resolve):
            words.append(inner)
    words.extend(children(clause, "dative"))
    for prep in _COMPLEMENT_PREPS:
        words.extend(_prep(clause, prep))
    obj = patient(clause)
    if obj is not None:
        words.append(obj)
    words.extend(_condition_subjects(clause))
    found = next((w for w in words if resolve(w)), None)
    if found is None:  # "cut gas deliveries to Baku": a named place stands for its country
        found = next(
            (w for w in words if w.ent_type_ == "GPE" and not _same(w, own, resolve)), None
        )
    return found


def _prep_phrases(noun: Token) -> list[Token]:
    """Objects of the target-like prepositions on a noun, and on the noun after its "of"
    ("welcomed the resumption of ties with Osgiliath")."""
    out: list[Token] = []
    for c in noun.children:
        if c.dep_ != "prep":
            continue
        if c.lower_ in _OBJECT_PREPS:
            out.extend(children(c, "pobj"))
        elif c.lower_ == "of":
            for inner in children(c, "pobj"):
                for p in inner.children:
                    if p.dep_ == "prep" and p.lower_ in _OBJECT_PREPS:
                        out.extend(children(p, "pobj"))
    return out


def _condition_subjects(verb: Token) -> list[Token]:
    """The subjects of "unless"/"if" clauses on a verb or its head: whom a threat is aimed at
    ("threatened to launch an offensive unless Baghdad accepted ...")."""
    out = []
    for word in (verb, verb.head):
        for c in children(word, "advcl"):
            if any(m.lower_ in {"unless", "if"} for m in children(c, "mark")):
                own = subject(c)
                if own is not None:
                    out.append(own)
    return out


def _object_target(verb: Token, resolve: Resolver) -> Token | None:
    """The first actor among the prepositional objects of the verb's object ("threatened further
    action against Russia", "halt mediation efforts among Serbia's republics")."""
    obj = patient(verb)
    if obj is not None:
        for word in _prep_phrases(obj):
            if resolve(word):
                return word
    for token in clause_tokens(verb):  # "mobilized reservists for a war against Iraq"
        if token.dep_ == "pobj" and token.head.lower_ == "against" and resolve(token):
            return token
    for word in _condition_subjects(verb):
        if resolve(word):
            return word
    return None


def _target_words(verb: Token, alt: str, filler: Token | None) -> list[Token]:
    if alt == "obj":
        obj = patient(verb)
        return [obj] if obj is not None else []
    if alt == "dative":  # "offered North Korea technology"; "provided a loan to X" (to as dative)
        if _passive_theme(verb) is not None:  # "Kenya was promised help": Kenya receives it
            return children(verb, "nsubjpass")
        return [
            obj
            for d in children(verb, "dative", "iobj")
            for obj in (children(d, "pobj") if d.pos_ == "ADP" else [d])
        ]
    if alt == "prep:by" and is_passive(verb):  # the passive's agent is its source, not its
        obj = patient(verb)  # target: only the object's own "by" phrase ("a plan by Peru")
        return prep_objects(obj, "by") if obj is not None else []
    if alt.startswith("prep:"):
        return _prep(verb, alt[5:], times=False)
    if alt == "comp":
        own = complement_subject(verb)
        return [own] if own is not None else []
    if alt == "csubj":
        own = subject(filler) if filler is not None else None
        return [own] if own is not None else []
    if alt == "poss":
        theme = _passive_theme(verb)
        if filler is not None and theme is not None and filler.i == theme.i:
            return children(verb, "nsubjpass")  # "X was denied entry": X's entry
        obj = patient(verb) if filler is None or filler.dep_ not in {"dobj", "pobj"} else filler
        if obj is None:
            return []
        return (
            children(obj, "poss")
            or prep_objects(obj, "by")
            or prep_objects(obj, "from")
            or _authors(obj)
            or [c for c in obj.children if c.dep_ in {"amod", "compound"}]
        )
    return []


def _authors(noun: Token) -> list[Token]:
    """The subject of a clause on the noun whose object the noun is: who made what is rejected
    or answered ("rejected the proposal that Quito had put forward", "denied the accusations
    Moscow made")."""
    out: list[Token] = []
    for clause in (c for c in noun.children if c.dep_ in {"relcl", "acl"}):
        relative = [c for c in clause.children if c.tag_ in _RELATIVES]
        if object_gap(clause) or any(c.dep_ == "dobj" for c in relative):
            out.extend(children(clause, "nsubj"))
        elif is_passive(clause):  # "the plan (that was) drafted by Peru"
            out.extend(w for a in children(clause, "agent") for w in children(a, "pobj"))
    return out


_RELATIVES = frozenset({"WDT", "WP"})  # "that", "which", "who(m)" opening a relative clause


def _is_purpose(word: Token) -> bool:
    return word.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children)


def _consumed(pattern: Pattern, filler: Token | None) -> frozenset[int]:
    if filler is None or pattern.slot == "instr":
        return frozenset()
    if pattern.family is not None:  # the slot and a purpose clause are the act's content
        purposes = (
            [c for c in filler.head.children if _is_purpose(c)] if filler.dep_ != "ROOT" else []
        )
        return frozenset(t.i for word in (filler, *purposes) for t in word.subtree)
    if not pattern.match.empty:
        return frozenset({filler.i})
    return frozenset()
