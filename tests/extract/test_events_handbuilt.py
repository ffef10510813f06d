"""The event coder's argument mechanics on hand-built parses, independent of the statistical model.

Every sentence is a dependency parse written by hand (spaCy's English labels), so these tests fail
only when the coder's mechanics change, never because the parser read a sentence differently. A
parse is a table, one token a row: ``word head dep pos tag [lemma]``, the head an absolute token
index (the root heads itself); the lemma defaults to the lowercase word (the word for a name).

* Level 1 runs the frame finder and the dyad expansion (``find_frames`` + ``dyads``) with proper
  nouns as actors (:class:`~eventwire.eval.events_mechanics.ProperNouns`: an actor is named by
  its first three letters, "Avaria" -> ``AVA``) and checks (code, how the source was found,
  source, target) for every dyad.
* Level 2 runs the whole events layer (``extract_events``) on a hand-built actors layer (every
  proper noun is a country actor) and checks the CAMEO code after recoding, the dyad and the
  modality of every event.

The countries and people are invented; the patterns are the packaged lexicon's.
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.eval.events_mechanics import ProperNouns
from eventwire.extract.events import find_frames
from eventwire.extract.events.dyads import dyads
from eventwire.extract.events.layer import extract_events
from eventwire.knowledge.event_patterns import load_patterns
from eventwire.nlp.actor_index import ActorIndex, MentionRef
from eventwire.nlp.state import ActorsResult, DocState
from eventwire.records import Actor, ActorKind, Mention, MentionHow

VOCAB = spacy.blank("en").vocab
_GLUED = frozenset({".", ",", "'s", "n't"})  # written without a space before them

Dyad = tuple[str, str, str | None, str | None]  # code, source_how, source, target
Coded = tuple[str, str | None, str | None, str]  # cameo, source name, target name, modality


def parse(table: str, ents: list[str] | None = None) -> Doc:
    """Build a parsed ``Doc`` from a table of ``word head dep pos tag [lemma]`` rows."""
    rows = [line.split() for line in table.strip().splitlines()]
    assert all(len(r) in {5, 6} for r in rows), rows
    words = [r[0] for r in rows]
    heads = [int(r[1]) for r in rows]
    for start in range(len(rows)):  # a cycle would make Token.subtree loop forever
        seen, at = set(), start
        while heads[at] != at:
            assert at not in seen and 0 <= heads[at] < len(rows), f"bad head chain at {start}"
            seen.add(at)
            at = heads[at]
    return Doc(
        VOCAB,
        words=words,
        spaces=[i + 1 < len(words) and words[i + 1] not in _GLUED for i in range(len(words))],
        heads=heads,
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        lemmas=[r[5] if len(r) == 6 else r[0] if r[3] == "PROPN" else r[0].lower() for r in rows],
        ents=ents,
    )


def frame_dyads(doc: Doc, lookup: ProperNouns | None = None) -> list[Dyad]:
    """Level 1: every dyad of every frame, as (code, source_how, source, target), sorted."""
    lookup = lookup or ProperNouns()
    found = [
        (frame.code, frame.source_how, source, target)
        for frame in find_frames(doc, load_patterns(), lookup)
        for source, target in dyads(frame, lookup)
    ]
    return sorted(found, key=repr)


def actors_layer(doc: Doc, sets: dict[str, tuple[str, ...]] | None = None) -> DocState:
    """A hand-built actors layer: each proper noun is a country actor (``A1``.. by first
    mention); a word in ``sets`` is a set actor whose members are the named countries."""
    sets = sets or {}
    ids: dict[str, str] = {}
    mentions: list[MentionRef] = []
    for token in doc:
        if token.pos_ == "PROPN" or token.text in sets:
            ids.setdefault(token.text, f"A{len(ids) + 1}")
            how: MentionHow = "plural" if token.text in sets else "name"
            mentions.append((token.i, token.i + 1, ids[token.text], how))
    for members in sets.values():
        for name in members:
            ids.setdefault(name, f"A{len(ids) + 1}")
    actors = []
    for name, actor_id in ids.items():
        said = tuple(Mention(t.idx, t.idx + len(t), t.text) for t in doc if t.text == name)
        members = tuple(ids[m] for m in sets.get(name, ()))
        kind: ActorKind = "organization" if members else "country"
        code = None if members else name[:3].upper()
        actors.append(
            Actor(id=actor_id, name=name, kind=kind, code=code, mentions=said, members=members)
        )
    by_token = {start: actor_id for start, _end, actor_id, _how in mentions}
    index = ActorIndex(
        mentions=tuple(mentions),
        by_token=by_token,
        heads=dict(by_token),
        members={a.id: a.members for a in actors if a.members},
        kinds={a.id: a.kind for a in actors},
        codes={a.id: a.code for a in actors},
    )
    return DocState(actors=ActorsResult(tuple(actors), index), times=(), places=(), statements=())


def coded_events(doc: Doc, sets: dict[str, tuple[str, ...]] | None = None) -> list[Coded]:
    """Level 2: the events layer's events as (cameo, source name, target name, modality)."""
    state = actors_layer(doc, sets)
    result = extract_events(doc, state)
    names = {a.id: a.name for a in (*state.actor_list, *result.implied_actors)}
    found = [
        (e.cameo, names.get(e.source or ""), names.get(e.target or ""), e.modality)
        for e in result.events
    ]
    return sorted(found, key=repr)


def case(name: str, table: str, expected: list[Any], xfail: str | None = None) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(table, expected, id=name, marks=marks)


# --------------------------------------------------------------------------- level 1: roles

ROLES = [
    case(
        "active-subject-source-object-target",  # Avaria attacked Borvia.
        """
        Avaria    1 nsubj PROPN NNP
        attacked  1 ROOT  VERB  VBD attack
        Borvia    1 dobj  PROPN NNP
        .         1 punct PUNCT .
        """,
        [("190", "subj", "AVA", "BOR")],
    ),
    case(
        "passive-by-agent-is-source",  # Borvia was attacked by Avaria.
        """
        Borvia    2 nsubjpass PROPN NNP
        was       2 auxpass   AUX   VBD be
        attacked  2 ROOT      VERB  VBN attack
        by        2 agent     ADP   IN
        Avaria    3 pobj      PROPN NNP
        .         2 punct     PUNCT .
        """,
        [("190", "agent", "AVA", "BOR")],
    ),
    case(
        "passive-by-labelled-prep",  # Borvia was invaded by Avaria. ("by" read as a plain prep)
        """
        Borvia    2 nsubjpass PROPN NNP
        was       2 auxpass   AUX   VBD be
        invaded   2 ROOT      VERB  VBN invade
        by        2 prep      ADP   IN
        Avaria    3 pobj      PROPN NNP
        .         2 punct     PUNCT .
        """,
        [("190", "agent", "AVA", "BOR")],
    ),
    case(
        "passive-without-agent-has-no-source",  # Borvia was attacked.
        """
        Borvia    2 nsubjpass PROPN NNP
        was       2 auxpass   AUX   VBD be
        attacked  2 ROOT      VERB  VBN attack
        .         2 punct     PUNCT .
        """,
        [("190", "none", None, "BOR")],
    ),
    case(
        "participle-adjunct-is-passive",  # Attacked by Avaria, Borvia appealed for calm.
        """
        Attacked  5 advcl VERB  VBN attack
        by        0 agent ADP   IN
        Avaria    1 pobj  PROPN NNP
        ,         5 punct PUNCT ,
        Borvia    5 nsubj PROPN NNP
        appealed  5 ROOT  VERB  VBD appeal
        for       5 prep  ADP   IN
        calm      6 pobj  NOUN  NN
        .         5 punct PUNCT .
        """,
        [("0256", "subj", "BOR", None), ("190", "agent", "AVA", "BOR")],
    ),
    case(
        "participle-adjunct-without-agent",  # Attacked at dawn, Borvia appealed for calm.
        """
        Attacked  5 advcl VERB  VBN attack
        at        0 prep  ADP   IN
        dawn      1 pobj  NOUN  NN
        ,         5 punct PUNCT ,
        Borvia    5 nsubj PROPN NNP
        appealed  5 ROOT  VERB  VBD appeal
        for       5 prep  ADP   IN
        calm      6 pobj  NOUN  NN
        .         5 punct PUNCT .
        """,
        [("0256", "subj", "BOR", None), ("190", "none", None, "BOR")],
    ),
    case(
        "passive-by-phrase-that-is-no-agent",  # Borvia was attacked by night.
        """
        Borvia    2 nsubjpass PROPN NNP
        was       2 auxpass   AUX   VBD be
        attacked  2 ROOT      VERB  VBN attack
        by        2 prep      ADP   IN
        night     3 pobj      NOUN  NN
        .         2 punct     PUNCT .
        """,
        [("190", "none", None, "BOR")],
        xfail="any 'by' phrase of a passive is taken as its agent (syntax.subject); 'night' "
        "resolves to no actor, and dyads() then drops the event as 'an agent is named but is no "
        "actor', so the attack on Borvia is lost",
    ),
    case(
        "predicate-adjective-opposed-to",  # Avaria is opposed to Borvia's proposal.
        """
        Avaria    1 nsubj PROPN NNP
        is        1 ROOT  AUX   VBZ be
        opposed   1 acomp ADJ   JJ  opposed
        to        2 prep  ADP   IN
        Borvia    6 poss  PROPN NNP
        's        4 case  PART  POS
        proposal  3 pobj  NOUN  NN
        .         1 punct PUNCT .
        """,
        [("120", "subj", "AVA", "BOR")],
    ),
    case(
        "particle-read-as-prep-possessor-target",  # Avaria brushed off Borvia's accusations.
        """
        Avaria      1 nsubj PROPN NNP
        brushed     1 ROOT  VERB  VBD brush
        off         1 prep  ADP   RP
        Borvia      5 poss  PROPN NNP
        's          3 case  PART  POS
        accusations 2 pobj  NOUN  NNS accusation
        .           1 punct PUNCT .
        """,
        [("016", "subj", "AVA", "BOR")],
    ),
]

# --------------------------------------------------------------------------- coordination

COORDINATION = [
    case(
        "coordinated-subjects-one-event-each",  # Avaria and Borvia accused Calderra.
        """
        Avaria    3 nsubj PROPN NNP
        and       0 cc    CCONJ CC
        Borvia    0 conj  PROPN NNP
        accused   3 ROOT  VERB  VBD accuse
        Calderra  3 dobj  PROPN NNP
        .         3 punct PUNCT .
        """,
        [("112", "subj", "AVA", "CAL"), ("112", "subj", "BOR", "CAL")],
    ),
    case(
        "three-coordinated-objects",  # Avaria accused Borvia, Calderra and Dunmark.
        """
        Avaria    1 nsubj PROPN NNP
        accused   1 ROOT  VERB  VBD accuse
        Borvia    1 dobj  PROPN NNP
        ,         2 punct PUNCT ,
        Calderra  2 conj  PROPN NNP
        and       4 cc    CCONJ CC
        Dunmark   4 conj  PROPN NNP
        .         1 punct PUNCT .
        """,
        [
            ("112", "subj", "AVA", "BOR"),
            ("112", "subj", "AVA", "CAL"),
            ("112", "subj", "AVA", "DUN"),
        ],
    ),
    case(
        "two-by-two-coordination",  # Avaria and Borvia condemned Calderra and Dunmark.
        """
        Avaria    3 nsubj PROPN NNP
        and       0 cc    CCONJ CC
        Borvia    0 conj  PROPN NNP
        condemned 3 ROOT  VERB  VBD condemn
        Calderra  3 dobj  PROPN NNP
        and       4 cc    CCONJ CC
        Dunmark   4 conj  PROPN NNP
        .         3 punct PUNCT .
        """,
        [
            ("111", "subj", "AVA", "CAL"),
            ("111", "subj", "AVA", "DUN"),
            ("111", "subj", "BOR", "CAL"),
            ("111", "subj", "BOR", "DUN"),
        ],
    ),
    case(
        "reciprocal-plural-source-without-target",  # Avaria and Borvia met.
        """
        Avaria    3 nsubj PROPN NNP
        and       0 cc    CCONJ CC
        Borvia    0 conj  PROPN NNP
        met       3 ROOT  VERB  VBD meet
        .         3 punct PUNCT .
        """,
        [("040", "subj", "AVA", "BOR"), ("040", "subj", "BOR", "AVA")],
    ),
    case(
        "non-reciprocal-plural-source-without-actor-target",  # ... condemned the decision.
        """
        Avaria    3 nsubj PROPN NNP
        and       0 cc    CCONJ CC
        Borvia    0 conj  PROPN NNP
        condemned 3 ROOT  VERB  VBD condemn
        the       5 det   DET   DT
        decision  3 dobj  NOUN  NN
        .         3 punct PUNCT .
        """,
        [("111", "subj", "AVA", None), ("111", "subj", "BOR", None)],
    ),
    case(
        "each-other-gives-both-directions",  # Avaria and Borvia accused each other.
        """
        Avaria    3 nsubj PROPN NNP
        and       0 cc    CCONJ CC
        Borvia    0 conj  PROPN NNP
        accused   3 ROOT  VERB  VBD accuse
        each      5 det   DET   DT
        other     3 dobj  ADJ   JJ
        .         3 punct PUNCT .
        """,
        [("112", "subj", "AVA", "BOR"), ("112", "subj", "BOR", "AVA")],
    ),
]

# --------------------------------------------------------------------------- slots and targets

SLOTS = [
    case(
        "met-with-prep-target",  # Avaria met with Borvia.
        """
        Avaria    1 nsubj PROPN NNP
        met       1 ROOT  VERB  VBD meet
        with      1 prep  ADP   IN
        Borvia    2 pobj  PROPN NNP
        .         1 punct PUNCT .
        """,
        [("040", "subj", "AVA", "BOR")],
    ),
    case(
        "object-slot-agreement-with-prep-target",  # Avaria signed a treaty with Borvia.
        """
        Avaria    1 nsubj PROPN NNP
        signed    1 ROOT  VERB  VBD sign
        a         3 det   DET   DT
        treaty    1 dobj  NOUN  NN
        with      1 prep  ADP   IN
        Borvia    4 pobj  PROPN NNP
        .         1 punct PUNCT .
        """,
        [("057", "subj", "AVA", "BOR")],
    ),
    case(
        "accused-of-family-topic",  # Avaria accused Borvia of espionage.
        """
        Avaria    1 nsubj PROPN NNP
        accused   1 ROOT  VERB  VBD accuse
        Borvia    1 dobj  PROPN NNP
        of        1 prep  ADP   IN
        espionage 3 pobj  NOUN  NN
        .         1 punct PUNCT .
        """,
        [("1125", "subj", "AVA", "BOR")],
    ),
    case(
        "called-on-to-release",  # Avaria called on Borvia to release the prisoners.
        """
        Avaria    1 nsubj PROPN NNP
        called    1 ROOT  VERB  VBD call
        on        1 prep  ADP   IN
        Borvia    2 pobj  PROPN NNP
        to        5 aux   PART  TO
        release   1 xcomp VERB  VB
        the       7 det   DET   DT
        prisoners 5 dobj  NOUN  NNS prisoner
        .         1 punct PUNCT .
        """,
        [("0253", "subj", "AVA", "BOR")],
    ),
    case(
        "dative-target",  # Avaria offered Borvia its condolences.
        """
        Avaria      1 nsubj PROPN NNP
        offered     1 ROOT  VERB  VBD offer
        Borvia      1 dative PROPN NNP
        its         4 poss  PRON  PRP$
        condolences 1 dobj  NOUN  NNS condolence
        .           1 punct PUNCT .
        """,
        [("018", "subj", "AVA", "BOR")],
    ),
    case(
        "instrument-picks-the-subcode",  # Avaria attacked Borvia with artillery.
        """
        Avaria    1 nsubj PROPN NNP
        attacked  1 ROOT  VERB  VBD attack
        Borvia    1 dobj  PROPN NNP
        with      1 prep  ADP   IN
        artillery 3 pobj  NOUN  NN
        .         1 punct PUNCT .
        """,
        [("194", "subj", "AVA", "BOR")],
    ),
    case(
        "particle-row-called-off",  # Avaria called off the strike.
        """
        Avaria    1 nsubj PROPN NNP
        called    1 ROOT  VERB  VBD call
        off       1 prt   ADP   RP
        the       4 det   DET   DT
        strike    1 dobj  NOUN  NN
        .         1 punct PUNCT .
        """,
        [("082", "subj", "AVA", None)],
    ),
    case(
        "blocking-row-fired-a-minister",  # Avaria fired its minister.
        """
        Avaria    1 nsubj PROPN NNP
        fired     1 ROOT  VERB  VBD fire
        its       3 poss  PRON  PRP$
        minister  1 dobj  NOUN  NN
        .         1 punct PUNCT .
        """,
        [],
    ),
]

# --------------------------------------------------------------------------- inherited subjects

INHERITED = [
    case(
        "xcomp-takes-the-governing-subject",  # Avaria tried to invade Borvia.
        """
        Avaria    1 nsubj PROPN NNP
        tried     1 ROOT  VERB  VBD try
        to        3 aux   PART  TO
        invade    1 xcomp VERB  VB
        Borvia    3 dobj  PROPN NNP
        .         1 punct PUNCT .
        """,
        [("190", "inherited", "AVA", "BOR")],
    ),
    case(
        "object-control-persuaded",  # Avaria persuaded Borvia to visit Calderra.
        """
        Avaria    1 nsubj PROPN NNP
        persuaded 1 ROOT  VERB  VBD persuade
        Borvia    1 dobj  PROPN NNP
        to        4 aux   PART  TO
        visit     1 xcomp VERB  VB
        Calderra  4 dobj  PROPN NNP
        .         1 punct PUNCT .
        """,
        [("042", "inherited", "BOR", "CAL")],
    ),
    case(
        "object-control-of-a-passive",  # Borvia was forced to attack Calderra.
        """
        Borvia    2 nsubjpass PROPN NNP
        was       2 auxpass   AUX   VBD be
        forced    2 ROOT      VERB  VBN force
        to        4 aux       PART  TO
        attack    2 xcomp     VERB  VB
        Calderra  4 dobj      PROPN NNP
        .         2 punct     PUNCT .
        """,
        [("190", "inherited", "BOR", "CAL")],
    ),
    case(
        "helped-object-controls-its-complement",  # Avaria helped Borvia fight Calderra.
        """
        Avaria    1 nsubj PROPN NNP
        helped    1 ROOT  VERB  VBD help
        Borvia    1 dobj  PROPN NNP
        fight     1 xcomp VERB  VB
        Calderra  3 dobj  PROPN NNP
        .         1 punct PUNCT .
        """,
        [("070", "subj", "AVA", "BOR"), ("190", "inherited", "BOR", "CAL")],
    ),
    case(
        "agreed-to-meet-codes-the-intent-only",  # Avaria agreed to meet Borvia.
        """
        Avaria    1 nsubj PROPN NNP
        agreed    1 ROOT  VERB  VBD agree
        to        3 aux   PART  TO
        meet      1 xcomp VERB  VB
        Borvia    3 dobj  PROPN NNP
        .         1 punct PUNCT .
        """,
        [("036", "subj", "AVA", "BOR")],
    ),
    case(
        "urged-content-is-no-second-event",  # Avaria urged Borvia to attack Calderra.
        """
        Avaria    1 nsubj PROPN NNP
        urged     1 ROOT  VERB  VBD urge
        Borvia    1 dobj  PROPN NNP
        to        4 aux   PART  TO
        attack    1 xcomp VERB  VB
        Calderra  4 dobj  PROPN NNP
        .         1 punct PUNCT .
        """,
        [("020", "subj", "AVA", "BOR")],
    ),
    case(
        "conjoined-verb-shares-the-subject",  # Avaria met Borvia and attacked Calderra.
        """
        Avaria    1 nsubj PROPN NNP
        met       1 ROOT  VERB  VBD meet
        Borvia    1 dobj  PROPN NNP
        and       1 cc    CCONJ CC
        attacked  1 conj  VERB  VBD attack
        Calderra  4 dobj  PROPN NNP
        .         1 punct PUNCT .
        """,
        [("040", "subj", "AVA", "BOR"), ("190", "inherited", "AVA", "CAL")],
    ),
    case(
        "conjoined-clause-keeps-its-own-subject",  # Avaria met Borvia and Calderra attacked Dunmark
        """
        Avaria    1 nsubj PROPN NNP
        met       1 ROOT  VERB  VBD meet
        Borvia    1 dobj  PROPN NNP
        and       1 cc    CCONJ CC
        Calderra  5 nsubj PROPN NNP
        attacked  1 conj  VERB  VBD attack
        Dunmark   5 dobj  PROPN NNP
        .         1 punct PUNCT .
        """,
        [("040", "subj", "AVA", "BOR"), ("190", "subj", "CAL", "DUN")],
    ),
    case(
        "conjoined-verb-after-a-passive",  # Borvia was attacked by Avaria and condemned Calderra.
        """
        Borvia    2 nsubjpass PROPN NNP
        was       2 auxpass   AUX   VBD be
        attacked  2 ROOT      VERB  VBN attack
        by        2 agent     ADP   IN
        Avaria    3 pobj      PROPN NNP
        and       2 cc        CCONJ CC
        condemned 2 conj      VERB  VBD condemn
        Calderra  6 dobj      PROPN NNP
        .         2 punct     PUNCT .
        """,
        [("111", "inherited", "BOR", "CAL"), ("190", "agent", "AVA", "BOR")],
        xfail="a conjoined verb inherits syntax.subject() of the first conjunct, which for a "
        "passive is its 'by' agent: 'condemned' gets Avaria (the attacker), not Borvia, the "
        "shared surface subject",
    ),
    case(
        "conjoined-verb-after-an-agentless-passive",  # Borvia was invaded and appealed to Calderra.
        """
        Borvia    2 nsubjpass PROPN NNP
        was       2 auxpass   AUX   VBD be
        invaded   2 ROOT      VERB  VBN invade
        and       2 cc        CCONJ CC
        appealed  2 conj      VERB  VBD appeal
        to        4 prep      ADP   IN
        Calderra  5 pobj      PROPN NNP
        .         2 punct     PUNCT .
        """,
        [("020", "inherited", "BOR", "CAL"), ("190", "none", None, "BOR")],
        xfail="a conjoined verb inherits syntax.subject() of the first conjunct, which for an "
        "agentless passive is None (its nsubjpass is never inherited): 'appealed' has no source",
    ),
    case(
        "gerund-after-temporal-preposition",  # Avaria attacked Calderra after meeting Borvia.
        """
        Avaria    1 nsubj PROPN NNP
        attacked  1 ROOT  VERB  VBD attack
        Calderra  1 dobj  PROPN NNP
        after     1 prep  ADP   IN
        meeting   3 pcomp VERB  VBG meet
        Borvia    4 dobj  PROPN NNP
        .         1 punct PUNCT .
        """,
        [("040", "inherited", "AVA", "BOR"), ("190", "subj", "AVA", "CAL")],
        xfail="syntax.inherited_subject gives a gerund after any preposition the governing "
        "verb's object first (right for 'thanked X for helping'), so after 'after' the meeting "
        "is Calderra's, not Avaria's",
    ),
    case(
        "shared-object-of-conjoined-verbs",  # Avaria condemned and attacked Borvia.
        """
        Avaria    1 nsubj PROPN NNP
        condemned 1 ROOT  VERB  VBD condemn
        and       1 cc    CCONJ CC
        attacked  1 conj  VERB  VBD attack
        Borvia    3 dobj  PROPN NNP
        .         1 punct PUNCT .
        """,
        [("111", "subj", "AVA", "BOR"), ("190", "inherited", "AVA", "BOR")],
        xfail="only subjects are shared across conjoined verbs: the object of the last conjunct "
        "is not the first's, so 'condemned' has no target",
    ),
]

# --------------------------------------------------------------------------- relative clauses

RELATIVES = [
    case(
        "relative-subject-is-the-antecedent",  # Dunmark, which attacked Borvia, condemned Calderra.
        """
        Dunmark   6 nsubj PROPN NNP
        ,         0 punct PUNCT ,
        which     3 nsubj PRON  WDT
        attacked  0 relcl VERB  VBD attack
        Borvia    3 dobj  PROPN NNP
        ,         0 punct PUNCT ,
        condemned 6 ROOT  VERB  VBD condemn
        Calderra  6 dobj  PROPN NNP
        .         6 punct PUNCT .
        """,
        [("111", "subj", "DUN", "CAL"), ("190", "subj", "DUN", "BOR")],
    ),
    case(
        "relative-object-is-the-antecedent",  # Borvia, which Avaria attacked, protested.
        """
        Borvia    6 nsubj PROPN NNP
        ,         0 punct PUNCT ,
        which     4 dobj  PRON  WDT
        Avaria    4 nsubj PROPN NNP
        attacked  0 relcl VERB  VBD attack
        ,         0 punct PUNCT ,
        protested 6 ROOT  VERB  VBD protest
        .         6 punct PUNCT .
        """,
        [("140", "subj", "BOR", None), ("190", "subj", "AVA", "BOR")],
    ),
    case(
        "who-relative-of-a-person",  # Avaria accused Kessler, who visited Borvia.
        """
        Avaria    1 nsubj PROPN NNP
        accused   1 ROOT  VERB  VBD accuse
        Kessler   1 dobj  PROPN NNP
        ,         2 punct PUNCT ,
        who       5 nsubj PRON  WP
        visited   2 relcl VERB  VBD visit
        Borvia    5 dobj  PROPN NNP
        .         1 punct PUNCT .
        """,
        [("042", "subj", "KES", "BOR"), ("112", "subj", "AVA", "KES")],
    ),
    case(
        "reduced-passive-relative",  # Dunmark, attacked by Avaria, appealed to Calderra.
        """
        Dunmark   6 nsubj PROPN NNP
        ,         0 punct PUNCT ,
        attacked  0 acl   VERB  VBN attack
        by        2 agent ADP   IN
        Avaria    3 pobj  PROPN NNP
        ,         0 punct PUNCT ,
        appealed  6 ROOT  VERB  VBD appeal
        to        6 prep  ADP   IN
        Calderra  7 pobj  PROPN NNP
        .         6 punct PUNCT .
        """,
        [("020", "subj", "DUN", "CAL"), ("190", "agent", "AVA", "DUN")],
    ),
    case(
        "reduced-active-relative-gerund",  # Avaria rebels attacking Borvia withdrew.
        """
        Avaria    1 compound PROPN NNP
        rebels    4 nsubj    NOUN  NNS rebel
        attacking 1 acl      VERB  VBG attack
        Borvia    2 dobj     PROPN NNP
        withdrew  4 ROOT     VERB  VBD withdraw
        .         4 punct    PUNCT .
        """,
        [("0874", "subj", "AVA", None), ("190", "subj", "AVA", "BOR")],
    ),
]

# --------------------------------------------------------------------------- event nouns

NOUNS = [
    case(
        "possessor-of-an-event-noun",  # Avaria's attack on Borvia failed.
        """
        Avaria    2 poss  PROPN NNP
        's        0 case  PART  POS
        attack    5 nsubj NOUN  NN
        on        2 prep  ADP   IN
        Borvia    3 pobj  PROPN NNP
        failed    5 ROOT  VERB  VBD fail
        .         5 punct PUNCT .
        """,
        [("190", "poss", "AVA", "BOR")],
    ),
    case(
        "by-agent-of-an-event-noun",  # An attack by Avaria on Borvia failed.
        """
        An        1 det   DET   DT
        attack    6 nsubj NOUN  NN
        by        1 prep  ADP   IN
        Avaria    2 pobj  PROPN NNP
        on        1 prep  ADP   IN
        Borvia    4 pobj  PROPN NNP
        failed    6 ROOT  VERB  VBD fail
        .         6 punct PUNCT .
        """,
        [("190", "by", "AVA", "BOR")],
    ),
    case(
        "light-verb-subject",  # Avaria held talks with Borvia.
        """
        Avaria    1 nsubj PROPN NNP
        held      1 ROOT  VERB  VBD hold
        talks     1 dobj  NOUN  NNS talk
        with      2 prep  ADP   IN
        Borvia    3 pobj  PROPN NNP
        .         1 punct PUNCT .
        """,
        [("040", "light", "AVA", "BOR")],
    ),
    case(
        "between-phrase-is-reciprocal",  # Talks between Avaria and Borvia resumed.
        """
        Talks     5 nsubj NOUN  NNS talk
        between   0 prep  ADP   IN
        Avaria    1 pobj  PROPN NNP
        and       2 cc    CCONJ CC
        Borvia    2 conj  PROPN NNP
        resumed   5 ROOT  VERB  VBD resume
        .         5 punct PUNCT .
        """,
        [("040", "between", "AVA", "BOR"), ("040", "between", "BOR", "AVA")],
    ),
    case(
        "event-noun-without-source-is-dropped",  # A visit to Borvia failed.
        """
        A         1 det   DET   DT
        visit     4 nsubj NOUN  NN
        to        1 prep  ADP   IN
        Borvia    2 pobj  PROPN NNP
        failed    4 ROOT  VERB  VBD fail
        .         4 punct PUNCT .
        """,
        [],
    ),
    case(
        "violent-noun-without-source-has-an-unknown-agent",  # An attack on Borvia failed.
        """
        An        1 det   DET   DT
        attack    4 nsubj NOUN  NN
        on        1 prep  ADP   IN
        Borvia    2 pobj  PROPN NNP
        failed    4 ROOT  VERB  VBD fail
        .         4 punct PUNCT .
        """,
        [("190", "none", None, "BOR")],
    ),
    case(
        "compound-naming-a-thing-is-no-event",  # Avaria bought attack helicopters from Borvia.
        """
        Avaria      1 nsubj    PROPN NNP
        bought      1 ROOT     VERB  VBD buy
        attack      3 compound NOUN  NN
        helicopters 1 dobj     NOUN  NNS helicopter
        from        1 prep     ADP   IN
        Borvia      4 pobj     PROPN NNP
        .           1 punct    PUNCT .
        """,
        [],
    ),
]


# A passive participle with no subject of its own: coordinated with a passive it shares its
# patient (and its "by" agent); as an infinitive its patient is the subject it is raised from.
SHARED_PASSIVES = [
    case(
        "passive-conjunct-shares-patient-and-agent",  # Velnar was arrested by Avaria and charged with espionage.
        """
        Velnar    2 nsubjpass PROPN NNP
        was       2 auxpass   AUX   VBD be
        arrested  2 ROOT      VERB  VBN arrest
        by        2 agent     ADP   IN
        Avaria    3 pobj      PROPN NNP
        and       2 cc        CCONJ CC
        charged   2 conj      VERB  VBN charge
        with      6 prep      ADP   IN
        espionage 7 pobj      NOUN  NN
        .         2 punct     PUNCT .
        """,
        [("1125", "agent", "AVA", "VEL"), ("173", "agent", "AVA", "VEL")],
    ),
    case(
        "conjunct-with-own-subject-is-its-own-clause",  # Velnar was arrested and Avaria has expelled Borvia's envoy.
        """
        Velnar    2 nsubjpass PROPN NNP
        was       2 auxpass   AUX   VBD be
        arrested  2 ROOT      VERB  VBN arrest
        and       2 cc        CCONJ CC
        Avaria    6 nsubj     PROPN NNP
        has       6 aux       AUX   VBZ have
        expelled  2 conj      VERB  VBN expel
        Borvia's  8 poss      PROPN NNP Borvia
        envoy     6 dobj      NOUN  NN
        .         2 punct     PUNCT .
        """,
        [("161", "subj", "AVA", "BOR"), ("173", "none", None, "VEL")],
    ),
    case(
        "raised-passive-infinitive",  # Velnar is expected to be released by Avaria.
        """
        Velnar    2 nsubjpass PROPN NNP
        is        2 auxpass   AUX   VBZ be
        expected  2 ROOT      VERB  VBN expect
        to        5 aux       PART  TO
        be        5 auxpass   AUX   VB
        released  2 xcomp     VERB  VBN release
        by        5 agent     ADP   IN
        Avaria    6 pobj      PROPN NNP
        .         2 punct     PUNCT .
        """,
        [("084", "agent", "AVA", "VEL")],
    ),
    case(
        "passive-infinitive-after-adjective",  # Velnar is due to be arrested.
        """
        Velnar    1 nsubj     PROPN NNP
        is        1 ROOT      AUX   VBZ be
        due       1 acomp     ADJ   JJ
        to        5 aux       PART  TO
        be        5 auxpass   AUX   VB
        arrested  2 xcomp     VERB  VBN arrest
        .         1 punct     PUNCT .
        """,
        [("173", "none", None, "VEL")],
    ),
]


@pytest.mark.parametrize(
    ("table", "expected"),
    ROLES + COORDINATION + SLOTS + INHERITED + RELATIVES + NOUNS + SHARED_PASSIVES,
)
def test_frame_dyads(table: str, expected: list[Dyad]) -> None:
    assert frame_dyads(parse(table)) == sorted(expected, key=repr)


def test_named_agent_that_is_no_actor_gives_no_event() -> None:
    """The crowd attacked Borvia: a source is named but is no actor, so no dyad at all."""
    doc = parse(
        """
        The       1 det   DET   DT
        crowd     2 nsubj NOUN  NN
        attacked  2 ROOT  VERB  VBD attack
        Borvia    2 dobj  PROPN NNP
        .         2 punct PUNCT .
        """
    )
    (frame,) = find_frames(doc, load_patterns(), ProperNouns())
    assert [w.text for w in frame.sources] == ["crowd"]
    assert dyads(frame, ProperNouns()) == []


class _GenericBorvia(ProperNouns):
    """Proper nouns as actors, with Borvia a bare kind of people."""

    def generic(self, actor_id: str) -> bool:
        return actor_id == "BOR"


def test_generic_target_needs_a_source() -> None:
    """A sourceless event on a bare kind of people is dropped; with a source it stays."""
    passive = parse(
        """
        Borvia    2 nsubjpass PROPN NNP
        was       2 auxpass   AUX   VBD be
        attacked  2 ROOT      VERB  VBN attack
        .         2 punct     PUNCT .
        """
    )
    active = parse(
        """
        Avaria    1 nsubj PROPN NNP
        attacked  1 ROOT  VERB  VBD attack
        Borvia    1 dobj  PROPN NNP
        .         1 punct PUNCT .
        """
    )
    assert frame_dyads(passive) == [("190", "none", None, "BOR")]
    assert frame_dyads(passive, _GenericBorvia()) == []
    assert frame_dyads(active, _GenericBorvia()) == [("190", "subj", "AVA", "BOR")]


def test_named_entity_is_no_event_noun() -> None:
    """Avaria joined the Harbor Summit: "Summit" is an event noun unless it is part of a name."""
    table = """
        Avaria    1 nsubj    PROPN NNP
        joined    1 ROOT     VERB  VBD join
        the       4 det      DET   DT
        Harbor    4 compound PROPN NNP
        Summit    1 dobj     PROPN NNP summit
        .         1 punct    PUNCT .
    """
    assert frame_dyads(parse(table)) == [("040", "light", "AVA", None)]
    named = parse(table, ents=["B-GPE", "O", "O", "B-ORG", "I-ORG", "O"])
    assert frame_dyads(named) == []


# --------------------------------------------------------------------------- level 2: modality

MODALITY = [
    case(
        "asserted",  # Avaria attacked Borvia.
        """
        Avaria    1 nsubj PROPN NNP
        attacked  1 ROOT  VERB  VBD attack
        Borvia    1 dobj  PROPN NNP
        .         1 punct PUNCT .
        """,
        [("190", "Avaria", "Borvia", "asserted")],
    ),
    case(
        "negated",  # Avaria did not attack Borvia.
        """
        Avaria    3 nsubj PROPN NNP
        did       3 aux   AUX   VBD do
        not       3 neg   PART  RB
        attack    3 ROOT  VERB  VB
        Borvia    3 dobj  PROPN NNP
        .         3 punct PUNCT .
        """,
        [("190", "Avaria", "Borvia", "negated")],
    ),
    case(
        "will-is-intended-and-recoded-to-intent",  # Avaria will visit Borvia.
        """
        Avaria    2 nsubj PROPN NNP
        will      2 aux   AUX   MD
        visit     2 ROOT  VERB  VB
        Borvia    2 dobj  PROPN NNP
        .         2 punct PUNCT .
        """,
        [("036", "Avaria", "Borvia", "intended")],
    ),
    case(
        "plans-to-is-intended",  # Avaria plans to visit Borvia.
        """
        Avaria    1 nsubj PROPN NNP
        plans     1 ROOT  VERB  VBZ plan
        to        3 aux   PART  TO
        visit     1 xcomp VERB  VB
        Borvia    3 dobj  PROPN NNP
        .         1 punct PUNCT .
        """,
        [("036", "Avaria", "Borvia", "intended")],
    ),
    case(
        "could-is-hypothetical",  # Avaria could attack Borvia.
        """
        Avaria    2 nsubj PROPN NNP
        could     2 aux   AUX   MD
        attack    2 ROOT  VERB  VB
        Borvia    2 dobj  PROPN NNP
        .         2 punct PUNCT .
        """,
        [("190", "Avaria", "Borvia", "hypothetical")],
    ),
    case(
        "conditional-force-is-a-threat",  # Avaria would attack Borvia if Borvia advanced.
        """
        Avaria    2 nsubj PROPN NNP
        would     2 aux   AUX   MD
        attack    2 ROOT  VERB  VB
        Borvia    2 dobj  PROPN NNP
        if        6 mark  SCONJ IN
        Borvia    6 nsubj PROPN NNP
        advanced  2 advcl VERB  VBD advance
        .         2 punct PUNCT .
        """,
        [("1384", "Avaria", "Borvia", "hypothetical")],
    ),
    case(
        "will-not-meet-is-a-rejection",  # Avaria will not meet Borvia.
        """
        Avaria    3 nsubj PROPN NNP
        will      3 aux   AUX   MD
        not       3 neg   PART  RB
        meet      3 ROOT  VERB  VB
        Borvia    3 dobj  PROPN NNP
        .         3 punct PUNCT .
        """,
        [("125", "Avaria", "Borvia", "asserted")],
    ),
    case(
        "denied-complement-is-denied",  # Avaria denied attacking Borvia.
        """
        Avaria    1 nsubj PROPN NNP
        denied    1 ROOT  VERB  VBD deny
        attacking 1 xcomp VERB  VBG attack
        Borvia    2 dobj  PROPN NNP
        .         1 punct PUNCT .
        """,
        [("016", "Avaria", None, "asserted"), ("190", "Avaria", "Borvia", "denied")],
    ),
    case(
        "planned-event-noun-is-intended",  # Avaria's planned visit to Borvia was postponed.
        """
        Avaria    3 poss      PROPN NNP
        's        0 case      PART  POS
        planned   3 amod      VERB  VBN plan
        visit     7 nsubjpass NOUN  NN
        to        3 prep      ADP   IN
        Borvia    4 pobj      PROPN NNP
        was       7 auxpass   AUX   VBD be
        postponed 7 ROOT      VERB  VBN postpone
        .         7 punct     PUNCT .
        """,
        [("036", "Avaria", "Borvia", "intended")],
    ),
]

# --------------------------------------------------------------------------- level 2: arguments

ARGUMENTS = [
    case(
        "possessive-pronoun-is-the-clause-subject",  # Avaria confirmed its attack on Borvia.
        """
        Avaria    1 nsubj PROPN NNP
        confirmed 1 ROOT  VERB  VBD confirm
        its       3 poss  PRON  PRP$
        attack    1 dobj  NOUN  NN
        on        3 prep  ADP   IN
        Borvia    4 pobj  PROPN NNP
        .         1 punct PUNCT .
        """,
        [("190", "Avaria", "Borvia", "asserted")],
    ),
    case(
        "reported-pronoun-is-the-speaker",  # Avaria said it attacked Borvia.
        """
        Avaria    1 nsubj PROPN NNP
        said      1 ROOT  VERB  VBD say
        it        3 nsubj PRON  PRP
        attacked  1 ccomp VERB  VBD attack
        Borvia    3 dobj  PROPN NNP
        .         1 punct PUNCT .
        """,
        [("190", "Avaria", "Borvia", "asserted")],
    ),
    case(
        "agentless-arrest-implies-the-police",  # Borvia was arrested.
        """
        Borvia    2 nsubjpass PROPN NNP
        was       2 auxpass   AUX   VBD be
        arrested  2 ROOT      VERB  VBN arrest
        .         2 punct     PUNCT .
        """,
        [("173", "police", "Borvia", "asserted")],
    ),
    case(
        "purpose-clause-takes-the-host-target",  # Avaria visited Borvia to sign a treaty.
        """
        Avaria    1 nsubj PROPN NNP
        visited   1 ROOT  VERB  VBD visit
        Borvia    1 dobj  PROPN NNP
        to        4 aux   PART  TO
        sign      1 advcl VERB  VB
        a         6 det   DET   DT
        treaty    4 dobj  NOUN  NN
        .         1 punct PUNCT .
        """,
        [("042", "Avaria", "Borvia", "asserted"), ("057", "Avaria", "Borvia", "asserted")],
    ),
    case(
        "helped-complement-subject",  # Avaria helped Borvia fight Calderra ("Borvia fight": ccomp)
        """
        Avaria    1 nsubj PROPN NNP
        helped    1 ROOT  VERB  VBD help
        Borvia    3 nsubj PROPN NNP
        fight     1 ccomp VERB  VB
        Calderra  3 dobj  PROPN NNP
        .         1 punct PUNCT .
        """,
        [("070", "Avaria", "Borvia", "asserted"), ("190", "Borvia", "Calderra", "asserted")],
        xfail="filters.drop_helpers drops a 'help' frame whose trigger has no direct object or "
        "dative when its complement is coded, ignoring the target the frame found through "
        "'comp' (the complement's subject): Avaria's help to Borvia is lost",
    ),
]


@pytest.mark.parametrize(("table", "expected"), MODALITY + ARGUMENTS)
def test_events(table: str, expected: list[Coded]) -> None:
    assert coded_events(parse(table)) == sorted(expected, key=repr)


def test_set_actor_expands_to_its_members() -> None:
    """The allies attacked Calderra: a set actor is one event per member."""
    doc = parse(
        """
        The       1 det   DET   DT
        allies    2 nsubj NOUN  NNS ally
        attacked  2 ROOT  VERB  VBD attack
        Calderra  2 dobj  PROPN NNP
        .         2 punct PUNCT .
        """
    )
    assert coded_events(doc, sets={"allies": ("Avaria", "Borvia")}) == [
        ("190", "Avaria", "Calderra", "asserted"),
        ("190", "Borvia", "Calderra", "asserted"),
    ]


def test_repeated_report_merges_into_one_event() -> None:
    """Two sentences, one happening (same root, dyad and reality): one event, both triggers,
    the more specific code; a negated report of it stays apart."""
    doc = parse(
        """
        Avaria    1 nsubj PROPN NNP
        attacked  1 ROOT  VERB  VBD attack
        Borvia    1 dobj  PROPN NNP
        .         1 punct PUNCT .
        Avaria    5 nsubj PROPN NNP
        shelled   5 ROOT  VERB  VBD shell
        Borvia    5 dobj  PROPN NNP
        .         5 punct PUNCT .
        Avaria    11 nsubj PROPN NNP
        did       11 aux   AUX   VBD do
        not       11 neg   PART  RB
        invade    11 ROOT  VERB  VB
        Borvia    11 dobj  PROPN NNP
        .         11 punct PUNCT .
        """
    )
    result = extract_events(doc, actors_layer(doc))
    assert [(e.cameo, e.modality, e.sentence) for e in result.events] == [
        ("194", "asserted", 0),
        ("190", "negated", 2),
    ]
    assert [t.text for t in result.events[0].triggers] == ["attacked", "shelled"]
    assert [e.id for e in result.events] == ["E1", "E2"]
