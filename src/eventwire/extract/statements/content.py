"""The content of a cue verb: the first of its table slots the parse fills.

Slots (``knowledge/data/cues.tsv``): ``clause`` (a complement clause, without "that"; clauses the
parse split on one side of the cue are one content; ``The deal, he said, is dead`` gives two
pieces around the cue), ``to`` (a to-infinitive), ``object`` (a noun phrase, not a pronoun; a
passive's subject when a ``by`` agent names the source), ``small`` (the object with its
predicative complement: ``called the ruling a disgrace``), ``prep`` (the object of the cue's own
preposition: ``called for talks``), and a preposition (``of``, ``for``, ``as`` ...: its object;
for ``as`` after an object, the object too: ``described the accord as historic``).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from eventwire.extract.statements.draft import CharSpan
from eventwire.extract.statements.page import Page
from eventwire.extract.statements.speech_cues import Cue
from eventwire.extract.statements.syntax import agent_of
from eventwire.nlp.grammar import NOMINAL_SUBJECTS

__all__ = ["around", "content_of"]

_NOT_CONTENT = frozenset({"it", "this", "that", "what", "which", "there"})
_PREP_OBJECTS = frozenset({"pobj", "pcomp"})
_PREP_DEPS = frozenset({"prep", "dative", "prt", "agent"})
#: Prepositions whose phrase after a cue's object says more about it ("cited X as an example",
#: "praised X for Y"); time and place ("on Tuesday", "in a statement") are the frame's.
_ABOUT = frozenset({"as", "for", "of", "about", "from", "to", "with", "against", "over", "into"})
_ASIDE_MARKS = frozenset({",", "—", "–", "--"})
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?=\s|$)")
_NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})
_OWN_CONTENT = frozenset({"dobj", "ccomp", "xcomp", "advcl", "attr", "acomp", "oprd"})
_QUOTE_MARKS = ('"', "“", "”")
# another party's side or the writer's concession ("..., while Israel said ...", "..., although
# he again refused to ...")
_CONTRAST = frozenset({"whereas", "while", "although"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_WH = frozenset({"which", "who", "whom", "whose"})


def content_of(page: Page, verb: Token, cue: Cue) -> tuple[str | None, list[CharSpan]]:
    """The content slot and pieces of a verb cue (``(None, [])`` when no slot is filled)."""
    for slot in cue.slots:
        if slot == "clause":
            pieces = _clause(page, verb)
        elif slot == "to":  # a to-infinitive, else the preposition ("likened X to Y")
            pieces = _infinitive(page, verb) or _nominal(page, verb, slot, cue)
        else:
            pieces = _nominal(page, verb, slot, cue)
        if pieces:
            if slot == "clause":
                pieces = _over_colon(page, pieces)
            return slot, _without_aside(page, pieces)
    return None, []


def _over_colon(page: Page, pieces: list[CharSpan]) -> list[CharSpan]:
    """A reported clause that ends with a colon goes on with what the colon introduces, to the
    end of that sentence in the same paragraph ("said the region needs one thing
    above all: \"Rain.\""; "warned that two problems remain: the debt ...")."""
    start, end = pieces[-1]
    text = page.text
    colon = end
    while colon < len(text) and text[colon] in " \t":
        colon += 1
    if colon >= len(text) or text[colon] != ":":
        return pieces
    paragraph = page.paragraph_of(colon)
    if paragraph is None or not text[colon + 1 : paragraph[1]].strip():
        return pieces
    found = _SENTENCE_END.search(text, colon + 1, paragraph[1])
    extended = page.trim(start, found.end() if found else paragraph[1])
    return [*pieces[:-1], extended] if extended else pieces


def _without_aside(page: Page, pieces: list[CharSpan]) -> list[CharSpan]:
    """The pieces without a trailing aside set off by a comma or a dash: a non-restrictive
    relative clause, an apposition, a participle clause or a clause contrasting another side or
    conceding ("..., while Israel said ...", "..., although he refused ...") that runs to the content's end is the writer's comment, not what was said ("praised the
    harvest, which surprised the growers"; "said she backed the mayor, a former teacher"; "said
    ..., arguing that ...": the participle is a statement of its own)."""
    start, end = pieces[-1]
    span = page.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return pieces
    last = max((t.i for t in span if not t.is_punct), default=span.end - 1)
    for token in span[1:]:
        if not _sets_off(page.doc[token.i - 1]):
            continue
        if sum(page.text.count(m, start, token.idx) for m in _QUOTE_MARKS) % 2:
            continue  # inside a quotation: the speaker's own words
        heads = [token, *token.ancestors]
        if any(_is_aside(d, token.i, last) for d in heads if d.left_edge.i == token.i):
            cut = page.trim(start, page.doc[token.i - 1].idx)
            return [*pieces[:-1], cut] if cut else pieces
    return pieces


def _sets_off(mark: Token) -> bool:
    """A comma or a dash (a hyphen between spaces is a typed dash: "priority - delaying")."""
    if mark.text == "-":
        return mark.i > 0 and bool(mark.doc[mark.i - 1].whitespace_) and bool(mark.whitespace_)
    return mark.text in _ASIDE_MARKS


def _is_aside(dependent: Token, first: int, last: int) -> bool:
    if dependent.right_edge.i < last or dependent.head.i >= first:
        return False
    if dependent.dep_ == "relcl":
        return dependent.doc[first].lower_ in _WH
    if dependent.dep_ in {"advcl", "acl"}:  # a participle, or a clause of contrast
        return dependent.tag_ == "VBG" or dependent.doc[first].lower_ in _CONTRAST
    return dependent.dep_ == "appos"


def around(page: Page, start: int, end: int, hole_start: int, hole_end: int) -> list[CharSpan]:
    """The pieces of tokens ``[start, end)`` on either side of tokens ``[hole_start, hole_end)``
    (pieces without a letter or digit are dropped)."""
    pieces = []
    for low, high in ((start, hole_start), (hole_end, end)):
        for piece in _range(page, low, high):
            if any(ch.isalnum() for ch in page.text[piece[0] : piece[1]]):
                pieces.append(piece)
    return pieces


def _clause(page: Page, verb: Token) -> list[CharSpan]:
    comps = [c for c in verb.children if c.dep_ == "ccomp"] or _bare_clauses(verb)
    comps = comps or _that_clauses(verb)
    if comps:
        # clauses on both sides: the one after the cue is its complement ("While he conceded
        # A was a reason, Ham noted B left him ...": B)
        comp = next((c for c in comps if _complement_after(c, verb)), comps[0])
        if comp.i < verb.i < comp.right_edge.i:  # the parse spread the clause over the cue
            return _range(page, comp.left_edge.i, verb.left_edge.i)
        side = [c for c in comps if (c.i > verb.i) == (comp.i > verb.i)]
        start = min(c.left_edge.i for c in side)
        if page.doc[start].lower_ == "that" and page.doc[start].dep_ in {"mark", "advmod"}:
            start += 1
        return _range(page, start, max(_own_end(c, verb) for c in side))
    head = verb.head
    # "Hawaii, as one adviser pointed out, rarely gets two hurricanes": the clause it frames
    # (an "as" clause whose cue has nothing to say of its own: no object or clause)
    as_clause = (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(c.dep_ in _OWN_CONTENT for c in verb.children)
    )
    if as_clause and head.pos_ in _NOMINAL_POS and head.dep_ in NOMINAL_SUBJECTS:
        head = head.head  # the parse hung the "as" clause on the subject of the clause it frames
    if (verb.dep_ == "parataxis" or as_clause) and head.pos_ in {"VERB", "AUX"}:
        return around(
            page, head.left_edge.i, head.right_edge.i + 1, verb.left_edge.i, verb.right_edge.i + 1
        )
    return []


def _complement_after(clause: Token, verb: Token) -> bool:
    """A clause after the cue that does not open with an adverbial clause of its own ("told
    Stumpf, after he admitted ..., he had not been held ...": a parse slip)."""
    first = clause.left_edge
    return first.i > verb.i and not (first.dep_ == "mark" and first.head.i != clause.i)


def _bare_clauses(verb: Token) -> list[Token]:
    """A finite clause after the cue that the parse took for an adverbial one: it has its own
    subject and no subordinating word ("said after the vote she would not resign ...")."""
    return [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and c.i > verb.i
        and any(d.dep_ in NOMINAL_SUBJECTS for d in c.children)
        and not any(d.dep_ == "mark" or d.tag_ == "WRB" for d in c.children)
        and c.tag_ not in {"VBG", "VBN"}
    ]


def _that_clauses(verb: Token) -> list[Token]:
    """A that-clause the parse hung on a noun of the cue's own phrase as a relative clause,
    where "that" is no part of the clause (no subject or object of it): the cue's complement
    ("told a gathering of farmers that the rains had failed ...", "reported at the time that the
    port had closed ...")."""
    found = []
    for child in verb.rights:
        if child.dep_ not in {"dobj", "dative", "prep"}:
            continue
        for clause in child.subtree:
            if clause.dep_ != "relcl" or clause.i < child.i:
                continue
            marks = [c for c in clause.children if c.lower_ == "that" and c.i < clause.i]
            own_subject = any(c.dep_ in NOMINAL_SUBJECTS for c in clause.children)
            if marks and own_subject and marks[0].dep_ in {"mark", "advmod"}:
                found.append(clause)
                break
    return found[:1]


def _infinitive(page: Page, verb: Token) -> list[CharSpan]:
    """``vowed to retaliate``, ``told them to leave``: a to-infinitive of the verb with no second
    object before it (``told the council their calls ... to end`` is a parse slip)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for comp in verb.children:
        if (
            comp.dep_ in {"xcomp", "advcl"}  # "threatened on Monday to attack": advcl by a slip
            and comp.i > verb.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children)
            and sum(o.i < comp.i for o in objects) <= 1
        ):
            return _range(page, comp.left_edge.i, _own_end(comp, verb))
    return []


def _own_end(clause: Token, cue: Token) -> int:
    """Where a content clause ends: its last token, or before a verb without a subject in the
    cue's own tense coordinated with the clause's non-finite head, which the parse hung on the
    clause but which goes with the cue ("said he would order a review and warned against
    cuts": "warned" is the speaker's act, not what "would" governs; "said the rules could
    remove voters and are unlawful" stays whole)."""
    if clause.tag_ == "VB" or any(c.tag_ == "MD" for c in clause.children):
        for conj in clause.children:
            if (
                conj.dep_ == "conj"
                and conj.tag_ in _FINITE
                and conj.tag_ == cue.tag_
                and not any(c.dep_ in NOMINAL_SUBJECTS for c in conj.children)
            ):
                cc = [c.i for c in clause.children if c.dep_ == "cc" and clause.i < c.i < conj.i]
                if cc:
                    return min(cc[-1], conj.left_edge.i)
    return clause.right_edge.i + 1


def _nominal(page: Page, verb: Token, slot: str, cue: Cue) -> list[CharSpan]:
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None and agent_of(verb) is not None:  # "the attack was condemned by the EU"
        obj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if slot == "object":
        if obj is None or obj.pos_ == "PRON" or obj.lower_ in _NOT_CONTENT:
            return []
        return _range(page, obj.left_edge.i, _rest_of_phrase(verb, obj.right_edge.i) + 1)
    if slot == "small":
        return _small(page, verb, obj)
    prep = _preposition(verb, obj, (cue.particle or "") if slot == "prep" else slot)
    target = _prep_object(prep) if prep is not None else None
    if target is None:
        return []
    end = _rest_of_phrase(verb, target.right_edge.i)
    if slot in {"as", "to"} and obj is not None and obj.i < target.i:
        return _range(page, obj.left_edge.i, end + 1)
    return _range(page, target.left_edge.i, end + 1)


def _rest_of_phrase(verb: Token, end: int) -> int:
    """The last token of what a cue says about its object: the verb's own modifiers that follow
    the object with no comma between ("cited the remarks as examples of his contempt", "endorsed
    Clinton in the race"), never a coordinated verb or a clause of its own."""
    rights = [c for c in verb.rights if c.i > end]
    for n, child in enumerate(rights):
        if child.left_edge.i != end + 1:
            break
        if _says_more(child):
            end = child.right_edge.i
        elif child.dep_ == "cc" and n + 1 < len(rights) and _goes_with_object(verb, rights[n + 1]):
            end = rights[n + 1].right_edge.i  # "mentioned refinancing loans and forcing ..."
            break
        else:
            break
    return end


def _goes_with_object(verb: Token, conj: Token) -> bool:
    """A verb coordinated with the cue that is no second predicate of its subject: not in the
    cue's form and without a subject, auxiliary or negation of its own ("but did not
    recommend ..." is one), it continues the object ("mentioned refinancing
    loans and forcing universities to pay": the gerund goes with "refinancing")."""
    return (
        conj.dep_ == "conj"
        and conj.pos_ == "VERB"
        and conj.tag_ != verb.tag_
        and conj.tag_ not in _FINITE
        and not any(c.dep_ in NOMINAL_SUBJECTS or c.dep_ in {"aux", "neg"} for c in conj.children)
    )


def _says_more(modifier: Token) -> bool:
    if modifier.dep_ == "prep":
        return modifier.lower_ in _ABOUT
    if modifier.dep_ == "xcomp":  # "called for schools to reopen ..."
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in modifier.children)
    return modifier.dep_ in {"oprd", "acomp"}


def _small(page: Page, verb: Token, obj: Token | None) -> list[CharSpan]:
    """``called the ruling a disgrace``: the object and its complement (an appositive by a slip)."""
    comp = next((c for c in verb.children if c.dep_ in {"oprd", "ccomp", "xcomp"}), None)
    if obj is None:  # the parse hung the object on its complement: 'called Putin "comrade"'
        return page.piece(comp.subtree) if comp is not None and comp.dep_ == "oprd" else []
    if comp is None:
        comp = next((c for c in obj.children if c.dep_ == "appos"), None)
    if comp is None or comp.i < obj.i:
        return []
    return _range(page, obj.left_edge.i, comp.right_edge.i + 1)


def _preposition(verb: Token, obj: Token | None, word: str) -> Token | None:
    """The preposition ``word`` attached to the verb (or, by a parse slip, to its object)."""
    for owner in (verb, obj):
        if owner is None:
            continue
        for child in owner.children:
            if child.dep_ in _PREP_DEPS and child.lower_ == word:
                return child
    return None


def _prep_object(prep: Token) -> Token | None:
    target = next((c for c in prep.children if c.dep_ in _PREP_OBJECTS), None)
    if target is None:  # a slip: 'as "historic"' with the adjective under the preposition
        target = next((c for c in prep.rights if not c.is_punct), None)
    return target


def _range(page: Page, start: int, end: int) -> list[CharSpan]:
    if start >= end:
        return []
    return page.piece(page.doc[start:end])
