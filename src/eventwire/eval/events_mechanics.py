"""PETRARCH/TABARI unit tests scored on coding mechanics (../shared/eval/events/petrarch_unittest.jsonl).

The unit tests use fictional countries (Arnor, Gondor, Osgiliath ...) whose actor codes and event
codes are only valid with PETRARCH's own validation dictionaries, which eventwire does not use.
What they can test here is mechanics: does the coder assign source and target roles to the right
words, through passives, compounds ("Mordor, Rohan, Fornost and Bree welcomed ..."), agents
("Arnor cleric", "Gondor's government"), appositions and commas? So:

* Gold actors are located in the text by their country block: a gold code's first three letters
  must be the first three letters of exactly one capitalised word of the sentence ("ARN" ->
  "Arnor", "OSG" -> "Osgiliath"). Gold events whose source or target cannot be located (codes
  such as "---GOV" or a hobbit's "HOB") are left out; a record with none left (and events) is
  not scored, nor is a record with expected errors or of several sentences.
* Predicted roles come from the coder's frames. The fictional names are in no dictionary, so the
  record's located gold names stand in for the actors dictionary (names only: which word is an
  actor, never which role it plays); a record without gold events takes its proper nouns. An
  argument word is an actor when it is such a name, else when a name modifies or possesses it,
  or follows its "of"/"in"/"from"/"by"; such a group ("Russian students") is an actor apart from
  the name itself and from other groups of that name ("Russian police"), as in the actors layer.
* A record **passes** when the set of (source, target) dyads the coder finds equals the gold set
  of located dyads (every dyad named by the first three letters of its words, null where the gold
  actor is null), whatever the event codes; a ``noevents`` record passes with no dyad.

The mechanics share is the pass rate over the categories that test mechanics (COMPOUND, AGENT(S),
MODIFY -- passives and commas --, PARSING, DEMO); every category's rate is reported too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc, Token

from eventwire.config import Settings
from eventwire.eval.report import Report

MECHANICS = frozenset({"COMPOUND", "COMPOUNDx", "AGENT", "AGENTS", "MODIFY", "PARSING", "DEMO"})
Dyad = tuple[str | None, str | None]


class ProperNouns:
    """A stand-in for the actors lookup: names (``blocks``: first three letters, upper case), or
    every proper noun when ``blocks`` is None, are actors named by their first three letters;
    with ``groups``, a group a name modifies is an actor of its own, ``BLOCK/lemma``."""

    def __init__(self, blocks: frozenset[str] | None = None, *, groups: bool = False) -> None:
        self.blocks = blocks
        self.groups = groups

    def generic(self, actor_id: str) -> bool:
        """No proper noun is a bare kind of people."""
        return False

    def implied_agent(self, trigger: Token, code: str) -> str | None:
        """No agent is implied in the unit tests."""
        return None

    def seat_of_government(self, token: Token) -> str | None:
        """Capitals are proper nouns here, resolved already."""
        return None

    def owner_country(self, word: Token) -> str | None:
        """Demonyms are proper nouns here, resolved already."""
        return None

    def resolve(self, token: Token, places: bool = False) -> list[str]:
        """Return the proper-noun "actors" of an argument word and its conjuncts."""
        from eventwire.extract.events.syntax import conjuncts

        out = []
        for word in conjuncts(token):
            name = _proper(word, self.blocks)
            if name is not None:
                # a group a name modifies is an actor of its own ("Russian police" arrest
                # "Russian students": two actors of one country), named by the block in the end
                own = word.text[:3].upper() == name and word.text[:1].isupper()
                group = self.groups and not own
                out.append(f"{name}/{word.lemma_.lower()}" if group else name)
        return list(dict.fromkeys(out))


def _proper(token: Token, blocks: frozenset[str] | None, depth: int = 0) -> str | None:
    block = token.text[:3].upper()
    if token.text[:1].isupper() and (
        block in blocks if blocks is not None else token.pos_ == "PROPN"
    ):
        return block
    if depth > 2:
        return None
    for c in token.children:
        if c.dep_ in {"compound", "amod", "poss", "nmod"}:
            found = _proper(c, blocks, depth + 1)
            if found is not None:
                return found
    for c in token.children:
        if c.dep_ in {"prep", "agent"} and c.lower_ in {"of", "in", "from", "by"}:
            for obj in c.children:
                if obj.dep_ == "pobj":
                    found = _proper(obj, blocks, depth + 1)
                    if found is not None:
                        return found
    return None


def located(record: dict[str, Any]) -> set[Dyad] | None:
    """The gold dyads whose actors can be found in the text (None: the record is not scored)."""
    words = {w.strip(".,;:'\"()")[:3].upper() for w in record["text"].split() if w[:1].isupper()}
    if record.get("noevents") or not record["events"]:
        return set()
    dyads: set[Dyad] = set()
    for event in record["events"]:
        ends = []
        for code in (event.get("source_actor_code"), event.get("target_actor_code")):
            block = (code or "")[:3]
            ends.append(block if block in words else (None if not code else "?"))
        if "?" not in ends:
            dyads.add((ends[0], ends[1]))
    return dyads or None


def predicted_dyads(doc: Doc, blocks: frozenset[str] | None = None) -> set[Dyad]:
    """The dyads the coder's frames give for a parsed sentence, names (or proper nouns) as
    actors."""
    from eventwire.extract.events.dyads import dyads
    from eventwire.extract.events.filters import find_frames
    from eventwire.knowledge.event_patterns import load_patterns

    lookup = ProperNouns(blocks, groups=True)
    found: set[Dyad] = set()
    for frame in find_frames(doc, load_patterns(), lookup):
        found |= {(_block(s), _block(t)) for s, t in dyads(frame, lookup)}
    return found


def _block(actor: str | None) -> str | None:
    return actor.partition("/")[0] if actor is not None else None


def evaluate_mechanics(records: Sequence[dict[str, Any]], settings: Settings, gold: str) -> Report:
    """Score the unit tests: the share of records whose dyads the coder gets right."""
    from eventwire.clean import clean_text
    from eventwire.nlp.loading import load_pipeline

    nlp = load_pipeline(settings.model)
    scored: Counter[str] = Counter()
    passed: Counter[str] = Counter()
    failures: list[str] = []
    for record in records:
        if record.get("expected_errors") or record.get("multi_sentence"):
            continue
        gold_dyads = located(record)
        if gold_dyads is None:
            continue
        text = clean_text(record["text"]).text
        doc = nlp(text)
        names = frozenset(b for dyad in gold_dyads for b in dyad if b is not None)
        ok = predicted_dyads(doc, names or None) == gold_dyads
        category = str(record.get("category", ""))
        scored[category] += 1
        passed[category] += ok
        if not ok and len(failures) < 25:
            failures.append(str(record.get("id")))
    mech_scored = sum(n for c, n in scored.items() if c in MECHANICS)
    mech_passed = sum(n for c, n in passed.items() if c in MECHANICS)
    figures = {
        "mechanics_share": mech_passed / mech_scored if mech_scored else 0.0,
        "all_share": sum(passed.values()) / sum(scored.values()) if scored else 0.0,
    }
    figures.update({f"share_{c}": passed[c] / n for c, n in sorted(scored.items())})
    counts = {"mechanics_scored": mech_scored, "mechanics_passed": mech_passed}
    counts.update({f"scored_{c}": n for c, n in sorted(scored.items())})
    return Report("events", gold, figures, counts, {"failed_ids": failures})
