"""What the parse says around a match: its tokens, the tense of its clause, the entities it sits in.

A bare weekday or month is resolved against the article date in the direction of its clause: news
reports the past, so the latest one on or before the date, unless the governing verb is future or
modal ("will meet on Friday", "plans to visit in October", "is scheduled for Friday").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from eventwire.extract.times.time_words import Lexicon
from eventwire.nlp.grammar import passive_marked

# Entities a time word can be part of without being a time ("the Sunday Times", "Theresa May").
NON_TEMPORAL = frozenset({"PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT", "GPE", "LOC", "NORP"})
PAST_TAGS = frozenset({"VBD"})
MAX_CLIMB = 6


@dataclass(slots=True)
class DocView:
    """Token lookups over one parsed ``Doc`` by character offset."""

    doc: Doc
    lexicon: Lexicon
    starts: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, doc: Doc, lexicon: Lexicon) -> DocView:
        """Index ``doc``'s tokens by character offset."""
        starts = doc.to_array(IDX).tolist() if len(doc) else []
        return cls(doc, lexicon, starts)

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices ``[i, j)`` of the tokens overlapping characters ``[start, end)``."""
        i = max(0, bisect.bisect_right(self.starts, start) - 1)
        j = max(i + 1, bisect.bisect_left(self.starts, end))
        return i, j

    def token(self, offset: int) -> Token:
        """The token containing character ``offset``."""
        return self.doc[self.token_range(offset, offset + 1)[0]]

    def inside_name(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside a longer non-temporal named entity."""
        i, j = self.token_range(start, end)
        first = self.doc[i]
        if first.ent_iob_ == "I" and first.ent_type_ in NON_TEMPORAL:
            return True  # the entity began before the span
        if j < len(self.doc):
            after = self.doc[j]
            return after.ent_iob_ == "I" and after.ent_type_ in NON_TEMPORAL
        return False

    def entity_label(self, start: int, end: int) -> str | None:
        """Label of the entity at the start of ``[start, end)``, if any."""
        return self.token(start).ent_type_ or None

    def sentence_bounds(self, start: int) -> tuple[int, int]:
        """Character bounds of the sentence containing ``start``."""
        sent = self.token(start).sent
        return sent.start_char, sent.end_char

    def tense(self, start: int, end: int) -> str | None:
        """``"future"`` (future or modal), ``"past"``, ``"present"`` or None for the clause of a span."""
        i, j = self.token_range(start, end)
        verb: Token | None = self.doc[i:j].root
        for _ in range(MAX_CLIMB):
            if verb is None or verb.pos_ in ("VERB", "AUX"):
                break
            verb = None if verb.head.i == verb.i else verb.head
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        return self.verb_tense(verb)

    def verb_tense(self, verb: Token) -> str:
        """Tense of the clause headed by ``verb``, looking at its auxiliaries and governor."""
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        words = {c.lower_ for c in auxiliaries}
        if any(self.lexicon.has("future_aux", w) for w in words):
            return "future"
        if "to" in words and self._governed_ahead(verb):
            return "future"
        if self.lexicon.has("schedule_verb", verb.lemma_):
            return "future"  # "scheduled a news conference Thursday", "postponed until Tuesday"
        if self.lexicon.has("future_verb", verb.lemma_) and self._passive(verb, auxiliaries):
            return "future"  # "is expected on Friday", "was planned for early March"
        if verb.tag_ in PAST_TAGS or any(c.tag_ in PAST_TAGS for c in auxiliaries):
            return "past"
        if verb.tag_ == "VBN" and (words & {"has", "have", "'ve", "'s"} or not auxiliaries):
            return "past"  # "has said", "the year ended Jan. 31"
        return "present"

    @staticmethod
    def _passive(verb: Token, auxiliaries: list[Token]) -> bool:
        """A passive, or a reduced one naming its time with "for" ("set for release Friday")."""
        if passive_marked(verb, by_subject=False):
            return True
        return (
            verb.tag_ == "VBN" and not auxiliaries and any(c.lower_ == "for" for c in verb.children)
        )

    def _governed_ahead(self, verb: Token) -> bool:
        """An infinitive under a verb of intention or "be" ("plans to meet", "is to meet")."""
        head = verb.head
        if head.i == verb.i:
            return False
        if any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in head.children):
            return False  # "had been due to expire Friday": a plan in the past
        if self.lexicon.has("future_verb", head.lemma_) or head.lemma_ == "be":
            return True
        return head.lemma_ == "go" and head.tag_ == "VBG"
