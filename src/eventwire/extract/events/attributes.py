"""Event attributes read from the trigger's clause: modality, statement, date and place.

Modality (DESIGN.md section 3): the event's own clause first -- a negation ("did not attack"), a
denial ("denied attacking"), a condition ("if ... would"), an intention ("will visit", "plans to
deploy", "is to", "a planned visit"); else the statement whose content holds the trigger makes it
``claimed`` (stance claim/accuse/estimate/predict) or ``reported`` (any other stance); else
``asserted``. The statement is linked either way.

Date: the time expression in the trigger's own clause (or inside the event noun's phrase); else
the date of the event or time a relative clause hangs on ("a visit last summer, during which they
signed ..."); else "N years since ..." counted back from the article date; else the article date,
marked inferred; None without an article date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from eventwire.extract.events.frames import Frame
from eventwire.extract.events.syntax import child, children, clause_head, clause_tokens, is_verbal
from eventwire.knowledge.event_codes import load_codebook
from eventwire.knowledge.event_patterns import PatternBook
from eventwire.nlp.grammar import tokens_in
from eventwire.nlp.state import DocState
from eventwire.records import DateRef, Modality, Place, Statement, TimeExpr

_CLAIMED = frozenset({"claim", "accuse", "estimate", "predict"})
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around"})
_CONDITIONS = frozenset({"if", "unless"})
#: Triggers of a journey, whose "to" phrase is where the event happens.
_JOURNEYS = frozenset(
    {"travel", "fly", "go", "come", "head", "journey", "visit", "trip", "tour", "arrive", "return"}
)
_RANK = {"negated": 0, "denied": 1, "hypothetical": 2, "intended": 3}
_YEARS = re.compile(r"P(\d+)Y")


@dataclass
class EventContext:
    """What the attribute readers need from the document: times, places, statements by token."""

    doc: Doc
    book: PatternBook
    published: dt.date | None
    times: dict[int, TimeExpr] = field(default_factory=dict)
    places: dict[int, Place] = field(default_factory=dict)
    statements: tuple[Statement, ...] = ()
    actor_tokens: frozenset[int] = frozenset()  # tokens inside an actor's mention

    @classmethod
    def build(
        cls, doc: Doc, state: DocState, book: PatternBook, places: dict[int, Place]
    ) -> EventContext:
        """Index the times of the document by token; ``places`` are its locations by token
        (built once, by the actor lookup)."""
        ctx = cls(doc, book, state.published, places=places)
        for t in state.times or ():
            for token in tokens_in(doc, t.span.start, t.span.end):
                ctx.times.setdefault(token.i, t)
        ctx.statements = tuple(state.statements or ())
        ctx.actor_tokens = frozenset(state.actor_index.by_token)
        return ctx

    def place(self, place_id: str) -> Place | None:
        """Return the place record with an id."""
        return next((p for p in self.places.values() if p.id == place_id), None)


@dataclass(frozen=True, slots=True)
class Mood:
    """An event's modality, the statement that reports it, and whether it is conditional."""

    modality: Modality
    statement: str | None
    conditional: bool
    refused: bool = False


def mood_of(frame: Frame, ctx: EventContext) -> Mood:
    """Return the modality of a frame's event and its statement link."""
    own, conditional, refused = _own_modality(frame, ctx.book)
    statement = _statement(frame.trigger, ctx.statements)
    if refused and ctx.book.codes.in_class(
        frame.code, "cooperative"
    ):  # "will not accept": a rejection, not a non-event
        own = None
    if own is not None:
        return Mood(own, statement.id if statement else None, conditional)
    if statement is None:
        return Mood("asserted", None, conditional, refused)
    if statement.stance == "deny":
        return Mood("denied", statement.id, conditional, refused)
    kind: Modality = "claimed" if statement.stance in _CLAIMED else "reported"
    return Mood(kind, statement.id, conditional, refused)


def _own_modality(frame: Frame, book: PatternBook) -> tuple[Modality | None, bool, bool]:
    word = frame.anchor
    found: list[str] = []
    if _negated(word, book) or (frame.nominal and _negated(frame.trigger, book)):
        found.append("negated")
    if frame.nominal:
        for c in frame.trigger.children:
            cue = book.cue("mod", c.lemma_) or book.cue("mod", c.lower_)
            if c.dep_ in {"amod", "compound", "advmod"} and cue in _RANK:
                found.append(cue)
        holder = frame.trigger.head.head if frame.trigger.head.lower_ == "of" else None
        if frame.trigger.dep_ == "pobj" and holder is not None and holder.pos_ == "NOUN":
            cue = book.cue("head", holder.lemma_)  # "the possibility of his arrest"
            if cue in _RANK:
                found.append(cue)
    conditional = _conditional(word)
    for aux in children(word, "aux"):
        cue = book.cue("aux", aux.lower_)
        if cue is not None:
            found.append("hypothetical" if conditional and aux.lower_ == "would" else cue)
    found.extend(_governing(word, book))
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in word.children):
        found.append("hypothetical")
    ranked = sorted((m for m in found if m in _RANK), key=_RANK.__getitem__)
    modality: Modality | None = ranked[0] if ranked else None  # type: ignore[assignment]
    # "will not accept", "failed to reach agreement", "refused to ...": a refusal
    refused = "negated" in found and ("intended" in found or _failed(word, book))
    return modality, conditional and modality in {"intended", "hypothetical"}, refused


def _failed(word: Token, book: PatternBook) -> bool:
    """Whether the event is the complement of a verb of failing or refusing ("failed to reach")."""
    head = word.head
    return word.dep_ == "xcomp" and book.cue("verb", head.lemma_) == "negated"


def _negated(word: Token, book: PatternBook) -> bool:
    head = word.head  # "jailed without being convicted", "held without trial"
    if word.dep_ in {"pcomp", "pobj"} and head.dep_ == "prep" and book.cue("neg", head.lower_):
        return True
    for c in word.children:
        if c.dep_ == "neg" and book.cue("neg", c.lower_) == "negated":
            return True
        if c.dep_ == "det" and c.lower_ == "no":
            return True
        # "gave no details", "made no concessions": an act whose object is none was not done;
        # "no residents were injured", "nobody claimed responsibility": nor one done by or to no one
        if c.dep_ in _NONE_SLOTS and _none(c):
            return True
    return False


#: The slots whose filler being "no one" means the act did not happen.
_NONE_SLOTS = frozenset({"dobj", "nsubj", "nsubjpass"})
_NOBODY = frozenset({"nobody", "none", "no-one", "nothing"})


def _none(word: Token) -> bool:
    """Whether a noun phrase names no one: "no residents", "no one", "nobody", "none"."""
    return word.lower_ in _NOBODY or any(
        d.dep_ == "det" and d.lower_ == "no" for d in word.children
    )


def _conditional(word: Token) -> bool:
    for c in word.children:
        if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children
        ):
            return True
    return False


def _governing(word: Token, book: PatternBook) -> list[str]:
    """Modality from the verbs (and adjectives) whose complement the event's clause is."""
    out: list[str] = []
    current = word
    for _ in range(4):
        if _purpose(current):  # "will visit X to mediate": the purpose shares the intention
            out.extend(
                m
                for m in (book.cue("aux", a.lower_) for a in children(current.head, "aux"))
                if m == "intended"
            )
            break
        if current.dep_ not in {"xcomp", "ccomp", "pcomp"} or current.head.i == current.i:
            break
        head = current.head
        if head.dep_ == "prep":
            head = head.head
        if head.pos_ == "ADJ" or (head.dep_ == "acomp"):
            cue = book.cue("adj", head.lower_)
            if cue is not None:
                out.append(cue)
            head = head.head if head.dep_ == "acomp" else head
        cue = book.cue("verb", head.lemma_) if is_verbal(head) else None
        if cue == "denied" or (cue is not None and current.dep_ == "xcomp"):
            out.append(cue)
        for aux in children(head, "aux") if current.dep_ == "xcomp" else ():
            aux_cue = book.cue("aux", aux.lower_)
            if aux_cue == "intended":
                out.append(aux_cue)
        current = head
    return out


def _purpose(word: Token) -> bool:
    return word.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children)


def _statement(trigger: Token, statements: tuple[Statement, ...]) -> Statement | None:
    at = trigger.idx
    for statement in statements:
        if any(piece.start <= at < piece.end for piece in statement.content):
            return statement
    return None


def date_of(frame: Frame, ctx: EventContext, anchor_dates: dict[int, DateRef]) -> DateRef | None:
    """Return the date of a frame's event (see the module doc for the order)."""
    own = _own_time(frame, ctx)
    if own is not None:
        return DateRef(own.value, own.id, inferred=False)
    head = clause_head(frame.anchor)
    if head.dep_ in {"relcl", "acl"}:
        for host in _hosts(head):
            if host.i in ctx.times and _calendar(ctx.times[host.i]):
                t = ctx.times[host.i]
                return DateRef(t.value, t.id, inferred=False)
            if host.i in anchor_dates:
                inherited = anchor_dates[host.i]
                return DateRef(inherited.value, inherited.time, inferred=True)
    since = _since(head, ctx)
    if since is not None:
        return since
    if ctx.published is None:
        return None
    return DateRef(ctx.published.isoformat(), None, inferred=True)


def _hosts(clause: Token) -> list[Token]:
    """What a relative clause hangs on: the word just before its relative phrase ("a visit last
    summer, during which ...": "summer"), then the word the parser attached it to."""
    hosts = []
    first = clause.left_edge
    if first.i > 0:
        before = clause.doc[first.i - 1]
        while before.is_punct and before.i > 0:
            before = clause.doc[before.i - 1]
        if before.pos_ in {"NOUN", "PROPN"}:
            hosts.append(before)
    hosts.append(clause.head)
    return hosts


def _own_time(frame: Frame, ctx: EventContext) -> TimeExpr | None:
    groups: list[list[Token]] = []
    if frame.nominal:
        groups.append(
            list(
                clause_tokens(
                    frame.trigger.head if frame.trigger.dep_ == "compound" else frame.trigger
                )
            )
        )
    groups.append(list(clause_tokens(clause_head(frame.anchor))))
    for tokens in groups:
        found = [ctx.times[t.i] for t in tokens if t.i in ctx.times and _calendar(ctx.times[t.i])]
        if found:
            return min(found, key=lambda t: abs(t.span.start - frame.trigger.idx))
    return None


def _calendar(t: TimeExpr) -> bool:
    return t.type in {"DATE", "TIME"} and t.value[:1].isdigit()


def _since(head: Token, ctx: EventContext) -> DateRef | None:
    """ "80 years since Japan surrendered": the article year minus the duration."""
    mark = child(head, "mark")
    if mark is None or mark.lower_ != "since" or ctx.published is None:
        return None
    host = head.head
    for token in (host, *host.children):
        t = ctx.times.get(token.i)
        if t is not None and t.type == "DURATION":
            years = _YEARS.fullmatch(t.value)
            if years:
                return DateRef(str(ctx.published.year - int(years.group(1))), t.id, inferred=True)
    return None


def _place_prep(token: Token) -> Token | None:
    """The location preposition a place word hangs on ("in" of "in Beijing"), or None."""
    prep = token.head
    while prep.dep_ in {"compound", "pobj"} and prep.pos_ != "ADP" and prep.head.i != prep.i:
        prep = prep.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.pos_ == "NOUN":
        prep = prep.head.head  # "near the town of Samarra"
    return prep if prep.pos_ == "ADP" and prep.lower_ in _PLACE_PREPS else None


def _hangs_on(prep: Token, words: set[int]) -> bool:
    """Whether a location phrase hangs on one of ``words``, directly or through another
    location phrase ("rioted at a jail in northern Israel")."""
    for _ in range(3):
        if prep.head.i in words:
            return True
        outer = _place_prep(prep.head) if prep.head.dep_ == "pobj" else None
        if outer is None:
            return False
        prep = outer
    return False


def event_place(frame: Frame, ctx: EventContext, arguments: set[int]) -> str | None:
    """Where an event happened: a location phrase of its clause (:func:`place_of`), of a journey's
    destination, or of the clause a participle adjunct hangs on (:func:`_governing_place`); else
    one inside its arguments, read in this order:

    * a location phrase on an argument: "clashed with police in central Nairobi";
    * an argument that is itself a town or region: "shelled Kharkiv";
    * a town or region naming an argument: "Mombasa police arrested three activists" (a
      capital too, naming a thing a material act is done to: "stormed a Kabul hotel", not
      "the Baghdad government stopped providing escorts");
    * the sentence's location phrase (:func:`_sentence_place`).

    A capital as an argument is left out ("accused Kyiv": the government, not a place).

    Countries are never read from arguments ("U.S. troops" act anywhere), nor are metonyms and
    demonyms ("Moscow accused ...")."""
    found = (
        place_of(frame, ctx, arguments)
        or _destination(frame, ctx)
        or _governing_place(frame, ctx, arguments)
    )
    if found is not None:
        return found
    inside = [ctx.doc[i] for i in sorted(arguments) if i in ctx.places]
    material = material_code(frame.code)  # "condemned the bombings in Kenya" happened elsewhere
    for token in inside:  # "the bombings of the embassies in Kenya": a country too
        located = ctx.places[token.i]
        if _place_prep(token) is not None and (
            is_local(located) or (material and located.role == "location")
        ):
            return located.id
    for word in (*frame.targets, *frame.sources):
        for token in word.subtree:
            place = ctx.places.get(token.i)
            if place is None or not is_local(place):
                continue
            if place.feature == "PPLC" and (
                not material or token.i == word.i or word.i in ctx.actor_tokens
            ):
                continue  # a capital as an argument mostly stands for its government
            if token.i == word.i or (token.dep_ == "compound" and token.head.i == word.i):
                return place.id
    return _sentence_place(frame, ctx)


def _governing_place(frame: Frame, ctx: EventContext, arguments: set[int]) -> str | None:
    """The location phrase of the clause a participle adjunct hangs on: "a bomb exploded at a
    bank in Woodburn, killing two" -- the killing happened where the bomb exploded."""
    head = clause_head(frame.anchor)
    if frame.nominal or head.dep_ != "advcl" or head.tag_ != "VBG" or head.head.i == head.i:
        return None
    governor = clause_head(head.head)
    for token in clause_tokens(governor):
        place = ctx.places.get(token.i)
        if place is not None and token.i not in arguments and _place_prep(token) is not None:
            return place.id
    return None


def material_code(code: str) -> bool:
    """A material act (quad classes 2 and 4: aid, cooperation, coercion, force), which happens
    where what it acts on is; a said act does not."""
    found = load_codebook().codes.get(code)
    return found is not None and found.quad_class in {2, 4}


def _destination(frame: Frame, ctx: EventContext) -> str | None:
    """Where a journey goes, for a trigger of travel or visiting: the event happens there
    ("will travel to Washington", "her trip to Burma", "flew to Beijing for talks")."""
    word = frame.trigger
    if word.lemma_.lower() not in _JOURNEYS:
        return None
    for prep in word.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for token in prep.subtree:
                place = ctx.places.get(token.i)
                if place is not None and place.role == "location":
                    return place.id
    return None


def _sentence_place(frame: Frame, ctx: EventContext) -> str | None:
    """The location phrase of the trigger's sentence nearest the trigger ("In Gaza, militants
    said they fired rockets"), when the sentence has places of one country only."""
    sentence = frame.trigger.sent
    located = [
        t
        for t in sentence
        if t.i in ctx.places
        and ctx.places[t.i].role == "location"
        and _place_prep(t) is not None
        and t.i != frame.trigger.i
    ]
    if len({ctx.places[t.i].country for t in located}) != 1:
        return None
    nearest = min(located, key=lambda t: abs(t.i - frame.trigger.i))
    return ctx.places[nearest.i].id


def is_local(place: Place) -> bool:
    """A town or region used as a location (not a country, a metonym or a demonym)."""
    return place.role == "location" and not (place.feature or "").startswith("PCL")


def place_of(
    frame: Frame, ctx: EventContext, arguments: set[int], hosts: set[int] | None = None
) -> str | None:
    """Return the id of the location place in the trigger's clause ("in Beijing"), or None; with
    ``hosts``, only a place whose preposition hangs on one of those words ("demonstrated in
    Serbia" hangs on the trigger; "the suppression of unrest in Montenegro" does not)."""
    tokens = list(clause_tokens(clause_head(frame.anchor)))
    if frame.nominal:
        tokens = list(clause_tokens(frame.trigger)) + tokens
    if hosts is not None:  # a host may be a nested clause ("threatened to impose a curfew in X")
        tokens += [t for i in sorted(hosts) for t in ctx.doc[i].subtree]
    for token in tokens:
        place = ctx.places.get(token.i)
        if place is None or token.i in arguments:
            continue
        prep = _place_prep(token)
        if prep is not None:
            if hosts is not None and not _hangs_on(prep, hosts):
                continue
            return place.id
    return None
