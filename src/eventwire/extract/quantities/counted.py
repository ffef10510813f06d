"""What a numeral counts: the counted noun and the span of its phrase (the record's ``what``).

The number's *anchor* is its token that hangs from outside the numeral. The counted noun is the
noun the anchor modifies ("around 2,000 North Korean soldiers"), or the object of "of" after it
("hundreds of protesters", "2,000 of the soldiers"), or, for an amount of money or a measure, the
object of "of"/"in" after it ("$3 billion in military aid", "2,000 tonnes of wheat"). The phrase
keeps the noun's modifiers between the number and the noun, a bare "of" complement ("heads of
state", "members of Hamas") and coordinated nouns without a number of their own ("soldiers and
engineers"); it leaves out determiners, the number and relative clauses.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventwire.extract.quantities.numerals import Numeral

__all__ = ["Counted", "find_counted"]

_NOUNS = frozenset({"NOUN", "PROPN"})
_MODIFIER_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "nmod", "npadvmod", "dep"})
_LEFT_SKIP = frozenset({"det", "poss", "predet", "nummod", "quantmod", "punct", "case", "cc"})
_MEASURE_PREPS = frozenset({"of", "in", "worth"})


@dataclass(frozen=True, slots=True)
class Counted:
    """The counted noun of a numeral and the token ranges around it.

    Attributes:
        anchor: the numeral's token that hangs from outside it.
        head: the counted noun, or None (a bare count: "police arrested 12").
        what: token range ``[start, end)`` of the counted phrase, or None.
        phrase: token range of the phrase up to the head and its "of" complement (no conjuncts),
            used to match noun cues ("combat engineer", "head of state").
    """

    anchor: Token
    head: Token | None = None
    what: tuple[int, int] | None = None
    phrase: tuple[int, int] | None = None
    via_of: bool = False

    @property
    def arg(self) -> Token:
        """The token whose place in the parse says what happened to the count: the counted noun,
        or the number when the noun hangs from it ("hundreds of families fled")."""
        return self.head if self.head is not None and not self.via_of else self.anchor


def find_counted(numeral: Numeral, doc: Doc) -> Counted:
    """Return the counted noun and phrase of ``numeral`` (``head`` None when there is none)."""
    anchor = _anchor(numeral, doc)
    via_of = False
    if numeral.currency or numeral.unit:
        head = _measured(anchor, doc, numeral)
    else:
        head = _of_object(numeral, doc, anchor)
        via_of = head is not None
        head = head or _modified(anchor, numeral)
    if head is None or head.pos_ == "PRON" or head.sent != anchor.sent:
        return Counted(anchor, via_of=via_of)
    start = _left_edge(head, numeral)
    end = _of_complement_end(head)
    right = _conjuncts_end(head, end)
    return Counted(anchor, head, (start, right), (start, end), via_of)


def _anchor(numeral: Numeral, doc: Doc) -> Token:
    """The last core token whose head lies outside the numeral (else the last core token)."""
    inside = range(numeral.start, numeral.end)
    found = doc[numeral.core_end - 1]
    for token in doc[numeral.core_start : numeral.core_end]:
        if token.head.i not in inside or token.head == token:
            found = token
    return found


def _modified(anchor: Token, numeral: Numeral) -> Token | None:
    """The noun the number modifies, to its right ("6,000 soldiers")."""
    head = anchor.head
    if anchor.dep_ in _MODIFIER_DEPS and head.pos_ in _NOUNS and head.i >= numeral.end:
        return head
    return None


def _of_object(numeral: Numeral, doc: Doc, anchor: Token) -> Token | None:
    """The object of "of" after the number: "hundreds of protesters", "2,000 of the soldiers"."""
    for token in (doc[numeral.core_end - 1], anchor):
        for _ in range(3):  # "tens of thousands of people": go on past "thousands"
            found = _child_pobj(token, ("of",))
            if found is None or found.i >= numeral.end:
                if found is not None:
                    return found
                break
            token = found
    return None


def _measured(anchor: Token, doc: Doc, numeral: Numeral) -> Token | None:
    """What an amount or measure is of: "$3 billion in aid", "2,000 tonnes of wheat"."""
    last = doc[numeral.end - 1]
    for token in (last, anchor, last.head):
        found = _child_pobj(token, tuple(_MEASURE_PREPS))
        if found is None or found.pos_ not in _NOUNS or found.like_num or found.i < numeral.end:
            continue
        if token is not last.head or found.head.i == numeral.end:  # "500 million yuan in loans"
            return found
    return None


def _child_pobj(token: Token, preps: tuple[str, ...]) -> Token | None:
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in preps and prep.i > token.i:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def _left_edge(head: Token, numeral: Numeral) -> int:
    """The first token of the phrase: modifiers of ``head`` right after the number."""
    start = head.i
    subtree_left = head.left_edge.i
    for i in range(head.i - 1, max(numeral.end, subtree_left) - 1, -1):
        token = head.doc[i]
        hyphen = token.text == "-" and not token.whitespace_ and not head.doc[i - 1].whitespace_
        if not hyphen and (token.dep_ in _LEFT_SKIP or token.is_space or not _under(token, head)):
            break
        start = i
    return start


def _under(token: Token, head: Token) -> bool:
    return token.head == head or token.head.head == head or token.head.head.head == head


def _of_complement_end(head: Token) -> int:
    """End of the phrase with a bare "of" complement: "heads of state", "members of Hamas"."""
    obj = _child_pobj(head, ("of",))
    if obj is None or obj.pos_ not in _NOUNS or obj.i != head.i + 2:
        return head.i + 1
    if any(c.dep_ in ("det", "poss", "nummod") for c in obj.children):
        return head.i + 1
    return obj.i + 1


def _conjuncts_end(head: Token, end: int) -> int:
    """Extend over nouns coordinated with the head that have no number of their own."""
    for conj in head.conjuncts:
        if conj.i < head.i or conj.pos_ not in _NOUNS:
            continue
        if any(c.dep_ == "nummod" or c.like_num for c in conj.children):
            break
        if any(t.is_punct and t.text not in (",", "and") for t in head.doc[end : conj.i]):
            break
        end = max(end, conj.i + 1)
    return end
