"""From drafts to ``Statement`` records: kinds, speakers, documents, dates, ids.

* kind: by the share of the content inside quotation marks: none is ``indirect``, some is
  ``mixed`` (quoted words inside a reported clause), nearly all is ``direct`` -- or ``partial``
  when the parse found it and it is a fragment, not a clause (``referring to Putin as
  "comrade"``); a direct or partial content found by the parse is cut to the quoted text;
* speaker: the actor of the mention covering the speaker's head token (overlapping the speaker
  phrase most, then the shortest), through ``state.index["actors"]``; no actor leaves
  ``speaker`` None and keeps ``speaker_mention``. A relative pronoun keeps its own mention and
  takes its antecedent's actor. A document as the subject (``a Kremlin readout said``) becomes
  the statement's ``via``, and the actor inside it, if any, its speaker;
* date: the first DATE or TIME expression of the times layer inside the attribution clause and
  outside the content. The same speaker's statement in the next sentence without a date of its
  own takes it (``inferred``), and a plain "say" right after a claim or an estimate continues its
  stance ("Officials claimed ... They said ...");
* a reported draft whose content is mostly a quotation already attributed is dropped;
* ids ``S1``.. in text order of the first content piece.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from eventwire.extract.statements.draft import CharSpan, Draft
from eventwire.extract.statements.page import Page
from eventwire.extract.statements.speech_cues import CueLexicon
from eventwire.extract.statements.syntax import is_document
from eventwire.nlp.actor_index import ActorIndex
from eventwire.records import DateRef, Span, Statement, StatementKind, TimeExpr

__all__ = ["assemble"]

_CONTINUED_STANCES = frozenset({"claim", "estimate"})
_PRONOUNS = frozenset({"he", "she", "they", "it"})
_DIRECT_SHARE = 0.9
_SHORTEST = 2  # characters of content: a lone letter is a tokenisation slip, not a statement
_Speaker = tuple[str | None, CharSpan | None, CharSpan | None]


def assemble(
    page: Page,
    quoted: Sequence[CharSpan],
    drafts: Sequence[Draft],
    lexicon: CueLexicon,
    actors: ActorIndex | None,
    times: Sequence[TimeExpr],
) -> tuple[Statement, ...]:
    """Return the statement records of ``drafts`` in text order (ids S1, S2, ...).

    Args:
        page: the parsed document.
        quoted: the text of every quotation (pieces without marks).
        drafts: the statements found.
        lexicon: the cue table.
        actors: the actors layer's token index, if any.
        times: the times layer's expressions.
    """
    kept = _distinct(page.text, [d for d in drafts if _normalise(d)])
    kept.sort(key=lambda d: d.start)
    records = [
        _record(page, n, draft, quoted, lexicon, actors, times)
        for n, draft in enumerate(kept, start=1)
    ]
    return tuple(_continue(page, kept, records))


def _record(
    page: Page,
    n: int,
    draft: Draft,
    quoted: Sequence[CharSpan],
    lexicon: CueLexicon,
    actors: ActorIndex | None,
    times: Sequence[TimeExpr],
) -> Statement:
    speaker, mention, via = _speaker(page, actors, draft, lexicon)
    kind = _kind(page, draft, quoted)
    if draft.origin == "parse" and kind in {"direct", "partial"}:
        draft.pieces = [o for p in draft.pieces for o in _overlaps(p, quoted)]
    addressee = None
    if draft.addressee is not None and actors is not None:
        addressee = actors.actor_of(page.doc[draft.addressee])
    return Statement(
        id=f"S{n}",
        kind=kind,
        content=tuple(_span(page.text, p) for p in draft.pieces),
        speaker=speaker,
        speaker_mention=_span(page.text, mention) if mention else None,
        cue=_span(page.text, draft.cue) if draft.cue else None,
        addressee=addressee,
        via=_span(page.text, via) if via else None,
        stance=draft.stance,
        date=_date(draft, times),
    )


def _span(text: str, span: CharSpan) -> Span:
    return Span(span[0], span[1], text[span[0] : span[1]])


def _normalise(draft: Draft) -> bool:
    """Sort and merge the pieces; a draft without content or source is dropped."""
    merged: list[CharSpan] = []
    for start, end in sorted(set(draft.pieces)):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    draft.pieces = merged
    return draft.speaker is not None and sum(e - s for s, e in merged) >= _SHORTEST


def _distinct(text: str, drafts: list[Draft]) -> list[Draft]:
    """Drop a reported draft whose content is mostly a quotation already attributed."""
    direct = [p for d in drafts if d.origin != "parse" for p in d.pieces]
    kept = []
    for draft in drafts:
        if draft.origin == "parse" and direct:
            total = sum(_letters(text, p) for p in draft.pieces)
            shared = sum(_letters(text, o) for p in draft.pieces for o in _overlaps(p, direct))
            if total and shared / total >= 0.5:
                continue
        kept.append(draft)
    return kept


def _overlaps(piece: CharSpan, others: Sequence[CharSpan]) -> list[CharSpan]:
    return [
        (max(piece[0], s), min(piece[1], e)) for s, e in others if s < piece[1] and piece[0] < e
    ]


def _letters(text: str, span: CharSpan) -> int:
    return sum(ch.isalnum() for ch in text[span[0] : span[1]])


def _kind(page: Page, draft: Draft, quoted: Sequence[CharSpan]) -> StatementKind:
    total = sum(_letters(page.text, p) for p in draft.pieces)
    inside = sum(_letters(page.text, o) for p in draft.pieces for o in _overlaps(p, quoted))
    if not total or inside == 0:
        return "indirect"
    if inside / total < _DIRECT_SHARE:
        return "mixed"
    if draft.origin != "parse" or _is_clause(page, draft.pieces):
        return "direct"
    return "partial"


def _is_clause(page: Page, pieces: Sequence[CharSpan]) -> bool:
    """Whether the pieces hold a verb with its own subject (a quoted clause, not a fragment)."""
    for start, end in pieces:
        span = page.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and any(
            t.dep_ in {"nsubj", "nsubjpass"} and start <= t.head.idx < end for t in span
        ):
            return True
    return False


def _speaker(page: Page, actors: ActorIndex | None, draft: Draft, lexicon: CueLexicon) -> _Speaker:
    """The speaker's actor id, mention span and the statement's via."""
    assert draft.speaker is not None and draft.speaker_head is not None
    doc = page.doc
    start, end = draft.speaker
    head = draft.speaker_head
    phrase = page.span(doc[start:end])
    if is_document(doc[head], lexicon):  # "a Kremlin readout said": the document is the via
        document = doc[head]
        via = draft.via or _first(page.piece(document.subtree))
        inner = _mention(actors, document.left_edge.i, document.right_edge.i + 1, exclude=head)
        if inner is None:
            return None, phrase, via
        return inner[2], page.span(doc[inner[0] : inner[1]]), via
    found = _mention(actors, start, end, head=head)
    if found is None:
        return None, phrase, draft.via
    m_start, m_end, actor = found
    inside = start <= head < end
    if not inside or (m_start >= start and m_end <= end and (m_start, m_end) != (start, end)):
        return actor, phrase, draft.via  # a relative pronoun or a wider phrase keeps its span
    return actor, page.span(doc[m_start:m_end]), draft.via


def _first(pieces: list[CharSpan]) -> CharSpan | None:
    return pieces[0] if pieces else None


def _mention(
    actors: ActorIndex | None, start: int, end: int, head: int | None = None, exclude: int = -1
) -> tuple[int, int, str] | None:
    """The actor mention covering ``head`` (overlapping ``[start, end)`` most, then shortest),
    or with ``head`` None the first mention inside the range that does not cover ``exclude``."""
    if actors is None:
        return None
    best: tuple[int, int, int, str] | None = None
    for m_start, m_end, actor, _how in actors.mentions:
        if head is not None:
            if not m_start <= head < m_end:
                continue
        elif not (start <= m_start and m_end <= end) or m_start <= exclude < m_end:
            continue
        if head is not None:
            score = (min(end, m_end) - max(start, m_start)) * 1000 - (m_end - m_start)
        else:  # in a document, the first actor named ("a speech Clinton gave at a university")
            score = -m_start * 1000 + (m_end - m_start)
        if best is None or score > best[0]:
            best = (score, m_start, m_end, actor)
    return (best[1], best[2], best[3]) if best else None


def _date(draft: Draft, times: Sequence[TimeExpr]) -> DateRef | None:
    """The first DATE/TIME expression in the attribution clause, outside the content."""
    if draft.frame is None:
        return None
    low, high = draft.frame
    for time in times:
        span = time.span
        if time.type not in {"DATE", "TIME"} or not (low <= span.start and span.end <= high):
            continue
        if any(s < span.end and span.start < e for s, e in draft.pieces):
            continue
        return DateRef(value=time.value, time=time.id, inferred=False)
    return None


def _continue(page: Page, drafts: Sequence[Draft], records: list[Statement]) -> list[Statement]:
    """Carry a date (and a claim's stance) to the same speaker's statement in the next sentence."""
    starts = [s.start_char for s in page.doc.sents]
    out = list(records)
    for n in range(1, len(out)):
        before, record = out[n - 1], out[n]
        if not _same_speaker(before, record):
            continue
        gap = _sentence(starts, _anchor(drafts[n])) - _sentence(starts, _anchor(drafts[n - 1]))
        if gap not in {0, 1}:
            continue
        if record.date is None and before.date is not None:
            record = replace(record, date=replace(before.date, inferred=True))
        if record.stance == "say" and before.stance in _CONTINUED_STANCES and gap == 1:
            record = replace(record, stance=before.stance)
        out[n] = record
    return out


def _same_speaker(before: Statement, record: Statement) -> bool:
    """The same resolved actor, or an unresolved pronoun right after the statement it follows."""
    if record.speaker is not None:
        return record.speaker == before.speaker
    mention = record.speaker_mention
    return mention is not None and mention.text.lower() in _PRONOUNS


def _anchor(draft: Draft) -> int:
    return draft.cue[0] if draft.cue else draft.start


def _sentence(starts: Sequence[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1
