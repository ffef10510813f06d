"""Speaker labels: ``NAME: ...`` at the start of a paragraph (headlines, interview transcripts).

A label is a short phrase before a colon that opens a paragraph (after an optional quotation
mark) and names a speaker: a transcript's capitalised name (``PENCE:``), a person or an
organisation the actors layer or the entity recogniser knows (``Pat Caddell: ...``), or a
document (``Poll: ...``). Country names and topic labels (``Explainer:``, ``UPDATE:``, the
table's ``not_label`` words) are not speakers. The content is the rest of the paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from eventwire.extract.statements.draft import CharSpan, Draft
from eventwire.extract.statements.page import Page
from eventwire.extract.statements.speech_cues import CueLexicon
from eventwire.extract.statements.syntax import is_document
from eventwire.nlp.actor_index import ActorIndex

__all__ = ["find_labels"]

_LABEL = re.compile(r"[\"“'‘]?([^:\n\"“”]{2,60}?):[ \t]+\S")
_MAX_TOKENS = 6
_SPEAKER_KINDS = frozenset({"person", "organization", "group", "government"})
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP"})


def find_labels(
    page: Page, lexicon: CueLexicon, actors: ActorIndex | None, names: Sequence[str] = ()
) -> list[Draft]:
    """Return the statements introduced by a speaker label, in text order.

    Args:
        page: the parsed document.
        lexicon: the cue table.
        actors: the actors layer's token index, if any.
        names: canonical names of the article's people and organisations (a label may be one of
            their words: "Sanders:" for Bernie Sanders).
    """
    known = {w for name in names for w in name.lower().split()}
    drafts = []
    for start, end in page.paragraphs:
        m = _LABEL.match(page.text, start, end)
        label = page.doc.char_span(m.start(1), m.end(1), alignment_mode="expand") if m else None
        if m is None or label is None or len(label) > _MAX_TOKENS:
            continue
        words = " ".join(t.lower_ for t in label if not t.is_punct)
        if words in lexicon.not_labels:
            continue
        if not _names_speaker(label, lexicon, actors) and words not in known:
            continue
        content = page.trim(m.end() - 1, end)
        if content is not None:
            drafts.append(_draft(label, content, m.end(1)))
    return drafts


def _draft(label: Span, content: CharSpan, colon: int) -> Draft:
    draft = Draft(pieces=[content], origin="label", cue=(colon, colon + 1))
    draft.speaker = (label.start, label.end)
    draft.speaker_head = label.root.i
    draft.frame = (label.start_char, colon + 1)
    return draft


def _names_speaker(label: Span, lexicon: CueLexicon, actors: ActorIndex | None) -> bool:
    words = [t for t in label if not t.is_punct]
    if not words or any(t.pos_ in {"VERB", "AUX"} and not t.is_upper for t in words):
        return False
    if all(t.is_upper and t.is_alpha and len(t) > 1 for t in words):
        return True  # a transcript's speaker: "PENCE:"
    if is_document(label.root, lexicon):
        return True
    return _is_actor(label, actors) or _is_named(words)


def _is_actor(label: Span, actors: ActorIndex | None) -> bool:
    if actors is None:
        return False
    for start, end, actor, _how in actors.mentions:
        if start <= label.root.i < end and start >= label.start and end <= label.end:
            return actors.kinds.get(actor) in _SPEAKER_KINDS
    return False


def _is_named(words: list[Token]) -> bool:
    return all(t.ent_type_ in _SPEAKER_ENTS for t in words if t.pos_ == "PROPN") and any(
        t.pos_ == "PROPN" for t in words
    )
