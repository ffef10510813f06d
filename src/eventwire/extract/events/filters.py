"""Which frames a document has: triggers found verb-first, then the frames that are only the
content, helper or aim of another dropped, and purpose clauses given their act's target."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from eventwire.extract.events.frames import ActorLookup, Frame
from eventwire.extract.events.nouns import noun_frame
from eventwire.extract.events.syntax import children, is_verbal, keys_of, patient, prep_objects
from eventwire.extract.events.verbs import verb_frame
from eventwire.knowledge.event_codes import load_codebook
from eventwire.knowledge.event_patterns import PatternBook

_HELP = frozenset({"help", "assist"})


def find_frames(doc: Doc, book: PatternBook, lookup: ActorLookup) -> list[Frame]:
    """Return the frames of a document in text order (verbs first claim the words they code)."""
    consumed: set[int] = set()
    frames: list[Frame] = []
    # rows keyed by a written form are tried when the model's lemma fails ('raped' -> 'rap')
    verbs = sorted(
        (t for t in doc if t.lemma_.lower() in book.verbs or t.lower_ in book.verbs), key=depth
    )
    for verb in verbs:
        if verb.i in consumed:
            continue
        frame = verb_frame(verb, book, lookup.resolve)
        if frame is not None:
            frames.append(frame)
            consumed |= frame.consumed | _content(frame)
    triggers = {f.trigger.i for f in frames}
    for token in doc:
        if token.i in consumed or token.i in triggers:
            continue
        frame = noun_frame(token, book, lookup.resolve)
        if frame is not None:
            frames.append(frame)
    return sorted(frames, key=lambda f: f.span[0])


def _content(frame: Frame) -> set[int]:
    """The clausal complement or object of an appeal, intent, demand, rejection or threat is
    what is appealed for, intended, demanded, rejected or threatened, not a happening of its
    own ("agreed that their countries should cooperate", "urged Iraq to withdraw", "opposed
    French mediation"): it codes no separate event (its topic may have chosen the subcode)."""
    if frame.nominal or not load_codebook().in_class(frame.code, "verbal"):
        return set()
    clauses = [c for c in frame.trigger.children if c.dep_ in {"xcomp", "ccomp"} and is_verbal(c)]
    # what is demanded, offered, rejected or threatened: "opposed to French mediation",
    # "demanded a truce", "rejected an invitation to attend a meeting"
    things = [patient(frame.trigger), *prep_objects(frame.trigger, "to")]
    clauses += [w for w in things if w is not None and w.pos_ == "NOUN"]
    clauses += [
        c
        for c in frame.trigger.children
        if c.dep_ == "advcl" and any(m.lower_ == "that" for m in c.children if m.dep_ == "mark")
    ]
    return {t.i for clause in clauses for t in clause.subtree}


#: Prepositions that name what killed or hurt someone: "died of", "killed in a crash", "by the virus".
_CAUSES = ("by", "in", "with", "from")


def drop_mishaps(frames: list[Frame], book: PatternBook) -> list[Frame]:
    """Killing or hurting by an illness or a mishap is no use of force (CAMEO 18-20 are acts of
    actors): "the H5N1 strain has killed 93 people", "her infection killed her", "was killed in
    the collision", "were injured in the earthquake". A verb whose subject, or whose
    "by"/"in"/"with"/"from" object, names a disease or an accident codes nothing."""
    codes = load_codebook()
    causes = book.classes.get("ailment", frozenset()) | book.classes.get("mishap", frozenset())
    kept = []
    for f in frames:
        if f.nominal or not codes.in_class(f.code, "unattributed"):
            kept.append(f)
            continue
        words = [*f.sources, *(o for p in _CAUSES for o in prep_objects(f.trigger, p))]
        words += [c for c in f.trigger.children if c.dep_ == "nsubj"]
        if not any(keys_of(w) & causes for w in words):
            kept.append(f)
    return kept


def drop_helpers(frames: list[Frame]) -> list[Frame]:
    """ "to help support the rights of X" codes the support: a verb of helping with no one
    helped and a coded act as its complement only introduces that act; with an act that is no
    event and no one helped ("helped make the sport popular", "help balance the budget") it is
    no provision of aid at all."""
    coded = {f.trigger.i for f in frames}
    kept = []
    for f in frames:
        helper = (
            f.trigger.lemma_.lower() in _HELP
            and not f.nominal
            and patient(f.trigger) is None
            and not children(f.trigger, "dative")
        )
        acts = [c for c in f.trigger.children if c.dep_ in {"xcomp", "ccomp"} and is_verbal(c)]
        if helper and any(c.i in coded for c in acts):
            continue
        if helper and acts and not f.targets:
            continue
        kept.append(f)
    return kept


def drop_aims(frames: list[Frame]) -> list[Frame]:
    """Drop the demand or protest a protest or a coercive act is made for ("blocked roads to
    press their demands", "would blockade Paris to demand an end to the reform"): CAMEO codes
    the act, whose aim is what it demonstrates for, not a second event."""
    codes = load_codebook()
    hosts = {f.trigger.i for f in frames if codes.in_class(f.code, "forceful")}
    kept = []
    for frame in frames:
        verb = frame.anchor if frame.nominal else frame.trigger
        aim = (
            codes.in_class(frame.code, "aim")
            and verb.dep_ == "advcl"
            and verb.head.i in hosts
            and verb.head.i != frame.trigger.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        )
        if not aim:
            kept.append(frame)
    return kept


def with_purposes(frames: list[Frame], lookup: ActorLookup) -> list[Frame]:
    """A purpose clause without an actor as target takes the target of the act it is the
    purpose of: "telephoned X to discuss", "sent personnel to Bosnia to investigate"."""
    by_trigger = {f.trigger.i: f for f in frames}
    return [_purpose(frame, by_trigger, lookup) for frame in frames]


def _purpose(frame: Frame, by_trigger: dict[int, Frame], lookup: ActorLookup) -> Frame:
    verb = frame.trigger
    if frame.nominal or verb.dep_ != "advcl":
        return frame
    if any(lookup.resolve(w, places=True) for w in frame.targets):
        return frame
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return frame
    host = by_trigger.get(verb.head.i)
    if host is None or not host.targets:
        return frame
    return replace(frame, targets=host.targets, target_how="purpose")


def depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth
