"""The statements layer: one record per attribution relation (a source, a cue, a content).

Direct quotations are found by their marks and attributed by the frame beside them; speaker
labels ("NAME: ...") open headlines and transcripts; reported speech and claims ("X said (that)
...", "according to X", "X accused Y of ...") come from the parse and the cue table
(``knowledge/data/cues.tsv``). Quoted words inside a reported clause make it ``mixed``; a bare
quoted fragment is ``partial``; quotation marks with no speech frame around them (scare quotes,
titles, names) make no statement. Speakers resolve through the actors layer
(``state.index["actors"]``), dates through the times layer (``state.layers["times"]``); both run
before this one. The parts live in :mod:`eventwire.extract.statements`.

Conventions: content pieces exclude the outer quotation marks, the complementizer "that" and a
sentence-final period outside quotation marks; a quotation split by its attribution, or continued
in the next paragraph, is one statement with one piece per part. Every statement has a
``speaker_mention`` (words without a source are not a statement); ``speaker`` is None when no
actor covers it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.extract.statements.assemble import assemble
from eventwire.extract.statements.direct import continue_reported, frame_quotes
from eventwire.extract.statements.labels import find_labels
from eventwire.extract.statements.marks import Quote, find_quotes
from eventwire.extract.statements.page import Page
from eventwire.extract.statements.reported import find_reported
from eventwire.extract.statements.speech_cues import cue_lexicon
from eventwire.knowledge.base import Knowledge
from eventwire.nlp.state import DocState
from eventwire.records import Statement

__all__ = ["extract_statements"]

_NAMED = frozenset({"person", "organization"})


def extract_statements(
    doc: Doc, state: DocState, knowledge: Knowledge | None = None
) -> tuple[Statement, ...]:
    """Return the statements of a parsed document in text order (ids S1, S2, ...).

    Args:
        doc: the parsed document (parse, lemmas, entities).
        state: its state, with the actors and times layers already run.
        knowledge: not used (the cue table is packaged); kept for the layer signature.
    """
    lexicon = cue_lexicon()
    page = Page.of(doc)
    actors = state.actor_index
    names = [a.name for a in state.actor_list if a.kind in _NAMED]
    times = list(state.times or ())
    quotes = find_quotes(page.text, list(page.paragraphs))
    labels = find_labels(page, lexicon, actors, names)
    labelled = [(d.frame[0] if d.frame else d.start, d.pieces[-1][1]) for d in labels]
    framing = frame_quotes(page, [q for q in quotes if not _overlaps(q, labelled)], lexicon)
    direct = [*framing.drafts, *labels]
    quoted = [piece for q in quotes for piece in q.pieces]
    reported = find_reported(page, lexicon, direct, framing.cues, quoted)
    continue_reported(page, quotes, reported, direct)
    return assemble(page, quoted, [*direct, *reported], lexicon, actors, times)


def _overlaps(quote: Quote, spans: list[tuple[int, int]]) -> bool:
    return any(s < quote.end and quote.start < e for s, e in spans)
