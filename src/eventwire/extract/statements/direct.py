"""Direct quotations: each quotation attached to its frame, split and continued ones merged.

A quotation is framed by the clause right after it or right before it (:mod:`.frames`); a
leading frame needs the quotation to end its sentence (``Trump said the deal was "a disaster"
for farmers`` is a reported clause with quoted words, found by :mod:`.reported`). A quotation
starting inside a sentence takes the sentence's words before it into its content
(``With thousands of systems, "there is no single point of failure," he said.`` is mixed).
Quotations framed by one cue are one statement (``"A," he said, "B."``); a quotation without a
frame that follows a framed one with nothing but its frame between them continues it (a
quotation split by its attribution, or the next paragraph of a speech), even when a few words of
the writer's end its sentence; so does one after a reported statement whose frame ends its
sentence (:func:`continue_reported`). Quotations left over are embedded in sentences: partial or
mixed quotations, scare quotes and titles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Token

from eventwire.extract.statements.draft import CharSpan, Draft
from eventwire.extract.statements.frames import FINAL, dash_after, dash_frame, frame_of
from eventwire.extract.statements.marks import Quote
from eventwire.extract.statements.page import Page
from eventwire.extract.statements.speech_cues import CueLexicon

__all__ = ["Framing", "continue_reported", "frame_quotes"]

_OPEN_ENDINGS = frozenset(",?!—–-…:")
# What may stand right before a continued quotation: its frame's end, a conjunction, an adverb.
_BEFORE_MORE = frozenset({"PUNCT", "CCONJ", "ADV", "VERB", "SPACE"})
_NAME_WORDS = 6  # words of a quoted name or title inside a frame ("Morning Desk")
_INNER_CLOSERS = frozenset("’'")
_TAIL_WORDS = 12  # words of the writer's after a continued quotation, up to its sentence end
_MARK_TOKENS = frozenset({'"', "”", "“", "''", "``", "«", "»"})


@dataclass(slots=True)
class Framing:
    """Statements of direct quotations, and the tokens of their cues."""

    drafts: list[Draft] = field(default_factory=list)
    cues: set[int] = field(default_factory=set)


def frame_quotes(page: Page, quotes: Sequence[Quote], lexicon: CueLexicon) -> Framing:
    """Attach each quotation to its frame; merge split and continued quotations."""
    result = Framing()
    by_cue: dict[int, Draft] = {}
    last: Draft | None = None
    last_end = -1
    style = True
    for n, quote in enumerate(quotes):
        if not quote.pieces:
            continue
        low = quotes[n - 1].end if n else 0
        limit = _frame_limit(page.text, quotes, n)
        draft = _trailing(page, quote, low, limit, lexicon) or _leading(page, quote, low, lexicon)
        if draft is not None:
            key = draft.cue_token if draft.cue_token is not None else -quote.start - 1
            if key in by_cue:
                by_cue[key].pieces.extend(quote.pieces)
            else:
                by_cue[key] = draft
                result.drafts.append(draft)
            last, style = by_cue[key], quote.straight
            last_end = max(quote.end, draft.frame[1] if draft.frame else quote.end)
        elif last is not None and quote.straight == style and _continues(page, last_end, quote):
            last.pieces.extend(quote.pieces)
            last_end = quote.end
        elif (
            last is not None
            and quote.straight == style
            and (tail := _continued_with_tail(page, last_end, quote, lexicon))
        ):
            last.pieces.extend([*quote.pieces[:-1], tail])
            last_end = tail[1]
        elif last is not None and _in_frame(page.text, last_end, quote):
            last_end = quote.end  # a title or a name in the frame: 'said on "Morning Desk."'
        elif quote.start >= last_end:
            last = None
    result.cues = {k for k in by_cue if k >= 0}
    return result


def continue_reported(
    page: Page, quotes: Sequence[Quote], drafts: list[Draft], direct: Sequence[Draft]
) -> None:
    """Extend a reported statement (its cue outside quotation marks) that ends its sentence
    with the quotation standing right after that sentence and attached to nothing ('"A proud
    record" is how the mayor described it, Smith said. "And we will keep it."'; 'Smith called
    the plan a disgrace. "It will ruin us."': one statement of Smith's, as for a direct
    quotation and its continuation). Reports inside the quotation are the speaker's own
    and are dropped, as for any direct quotation."""
    ends = sorted(
        (_reported_end(page, d), n)
        for n, d in enumerate(drafts)
        if d.origin == "parse"
        and d.cue is not None
        and d.cue_token is not None
        and not any(_within(d.cue, q) for q in quotes)  # a quotation's own report
    )
    inside: set[int] = set()
    for quote in quotes:
        own = [n for n, d in enumerate(drafts) if d.cue is not None and _within(d.cue, quote)]
        outside = [*direct, *(d for n, d in enumerate(drafts) if n not in own)]
        if not quote.pieces or any(_overlap(p, quote.pieces) for d in outside for p in d.pieces):
            continue
        before = [(end, n) for end, n in ends if end <= quote.start]
        if before and _continues(page, max(before)[0], quote):
            drafts[max(before)[1]].pieces.extend(quote.pieces)
            inside.update(own)
    drafts[:] = [d for n, d in enumerate(drafts) if n not in inside]


def _within(span: CharSpan, quote: Quote) -> bool:
    return quote.start <= span[0] and span[1] <= quote.end


def _reported_end(page: Page, draft: Draft) -> int:
    """The end of a reported statement's frame: the last token of its cue's clause (a quotation
    mark the parse hung on it aside)."""
    assert draft.cue is not None and draft.cue_token is not None
    tokens = [t for t in page.doc[draft.cue_token].subtree if t.text not in _MARK_TOKENS]
    return max(draft.cue[1], draft.pieces[-1][1], *(t.idx + len(t) for t in tokens))


def _overlap(piece: CharSpan, pieces: Sequence[CharSpan]) -> bool:
    return any(s < piece[1] and piece[0] < e for s, e in pieces)


def _frame_limit(text: str, quotes: Sequence[Quote], n: int) -> int:
    """Where the frame after quotation ``n`` must stop: at the next quotation, unless that one
    is a short name or title inside the frame's sentence ('Teresa "Tess" Moyo shouted')."""
    for later in quotes[n + 1 : n + 3]:
        if not (_is_short(text, later) and _sentence_goes_on(text, later)):
            return later.start
    return quotes[n + 3].start if n + 3 < len(quotes) else len(text)


def _is_short(text: str, quote: Quote) -> bool:
    return quote.closed and sum(len(text[s:e].split()) for s, e in quote.pieces) <= _NAME_WORDS


def _sentence_goes_on(text: str, quote: Quote) -> bool:
    """Whether the sentence goes on after a quotation (it ends in neither the quotation nor
    right after it)."""
    inner = text[quote.pieces[-1][0] : quote.pieces[-1][1]].rstrip()
    after = text[quote.end : quote.end + 3].lstrip(" ")
    return (inner[-1:] not in FINAL and after[:1].isalnum()) or after[:1] in {",", "(", ")"}


def _in_frame(text: str, last_end: int, quote: Quote) -> bool:
    """A short quotation in the sentence of the frame before it, with no sentence end between."""
    gap = text[last_end : quote.start]
    return (
        last_end <= quote.start
        and _is_short(text, quote)
        and "\n" not in gap
        and not any(ch in gap for ch in ".!?")
    )


def _continues(page: Page, last_end: int, quote: Quote, *, alone: bool = True) -> bool:
    """A closed quotation continues the statement before it (in the same style of marks) when
    only spaces and sentence punctuation lie between them (one paragraph break at most), nothing
    but the frame's end, a conjunction or an adverb stands right before it, and it stands as a
    sentence of its own."""
    if last_end < 0 or quote.start < last_end or not quote.closed:
        return False
    text = page.text
    gap = text[last_end : quote.start]
    if gap.strip(" \t\n.") or gap.count("\n\n") > 1:
        return False
    last = page.token_before(quote.start)
    if "\n" not in gap and last is not None and page.doc[last].pos_ not in _BEFORE_MORE:
        return False  # a title right after the frame: "said on the station's "Morning Desk.""
    after = text[quote.end : quote.end + 2].lstrip(" ")
    return not alone or after == "" or after[0] == "\n" or after[0].isupper() or after[0] in '"“'


def _continued_with_tail(
    page: Page, last_end: int, quote: Quote, lexicon: CueLexicon
) -> CharSpan | None:
    """A quotation opening the sentence after its speaker's framed one whose sentence ends in a
    few words of the writer's and no frame ('"It is just a tax rise" for the richest.'): it
    continues the statement, its last piece running to the sentence end."""
    text = page.text
    after = text[quote.end : quote.end + 2].lstrip(" ")
    if not after[:1].islower() or not _continues(page, last_end, quote, alone=False):
        return None
    region = _tokens_after(page, quote.end, len(text))
    words = [t for t in region if not t.is_punct]
    if (
        not region
        or region[-1].text not in FINAL
        or len(words) > _TAIL_WORDS
        or any(t.text in _MARK_TOKENS or lexicon.verb(t.lemma_.lower()) for t in words)
    ):
        return None
    return page.trim(quote.pieces[-1][0], region[-1].idx)


def _trailing(page: Page, quote: Quote, low: int, limit: int, lexicon: CueLexicon) -> Draft | None:
    """The frame after a quotation, up to the end of its sentence (or the next quotation)."""
    region = _tokens_after(page, quote.end, limit)
    if not region:
        return None
    dash = dash_after(page.text, quote.end)
    if dash is not None:
        return dash_frame(page, list(quote.pieces), dash, region)
    tail = _tail(page.text, quote)
    words = [t for t in region if not t.is_punct]
    opened = any(c in _OPEN_ENDINGS for c in tail) or region[0].text == ","
    inverted = bool(words) and lexicon.verb(words[0].lemma_.lower()) is not None
    if not (opened or inverted or (words and words[0].is_lower)):
        return None
    for token in words:
        draft = frame_of(page, token, region, lexicon, before=False)
        if draft is not None:
            draft.pieces = _with_lead(page, quote, low)
            return draft
    return None


def _tail(text: str, quote: Quote) -> str:
    """The last character of a quotation's text with its closing marks, looking through a
    quotation inside it that ends with it ('"... the old crews,’” Smith said': the comma)."""
    end = quote.pieces[-1][1]
    start = end - 1
    while start > quote.pieces[-1][0] and text[start] in _INNER_CLOSERS:
        start -= 1
    return text[start : quote.end]


def _leading(page: Page, quote: Quote, low: int, lexicon: CueLexicon) -> Draft | None:
    """The frame before a quotation: the part of its sentence before the opening mark, or the
    previous paragraph when that ends with a colon."""
    region = _tokens_before(page, quote.start, low)
    if not region or region[-1].text in FINAL or not _closes_sentence(page.text, quote):
        return None
    for token in reversed(region):
        if token.is_punct:
            continue
        draft = frame_of(page, token, region, lexicon, before=True)
        if draft is not None:
            draft.pieces = list(quote.pieces)
            return draft
    return None


def _closes_sentence(text: str, quote: Quote) -> bool:
    """Whether a quotation ends its sentence (a quoted clause, not words inside a sentence)."""
    inner = text[quote.pieces[-1][0] : quote.pieces[-1][1]].rstrip()
    after = text[quote.end : quote.end + 3].lstrip(" ")
    return (
        inner[-1:] in {".", "!", "?", "…", ":"}
        or not quote.closed
        or after == ""
        or after[0] in '\n.!?"“'
    )


def _with_lead(page: Page, quote: Quote, low: int) -> list[CharSpan]:
    """The quotation's pieces, the first extended back over the words of its sentence."""
    pieces = list(quote.pieces)
    lead = _sentence_lead(page, quote.start, low)
    if lead is not None:
        pieces[0] = (lead, pieces[0][1])
    return pieces


def _sentence_lead(page: Page, start: int, low: int) -> int | None:
    """Where the words before ``start`` begin in its sentence and line (None if there are none,
    or they end with "that" or a colon: then they introduce the quotation)."""
    doc = page.doc
    last = page.token_before(start)
    if last is None or "\n" in page.text[doc[last].idx : start] or doc[last].text == ":":
        return None
    first = None
    for token in reversed(doc[doc[last].sent.start : last + 1]):
        if token.idx < low or "\n" in token.text or token.text in FINAL:
            break
        first = token
    if first is None:
        return None
    words = [t for t in doc[first.i : last + 1] if not t.is_punct]
    if not words or words[-1].lower_ == "that":
        return None
    return first.idx


def _tokens_after(page: Page, start: int, limit: int) -> list[Token]:
    """Tokens from ``start`` to the end of their sentence, the paragraph or ``limit``."""
    tokens: list[Token] = []
    first = page.token_at(start)
    if first is None:
        return tokens
    for token in page.doc[first:]:
        if token.idx >= limit or "\n\n" in token.text:
            break
        if token.is_space or (token.text in _MARK_TOKENS and not tokens):
            continue
        tokens.append(token)
        if token.text in FINAL:
            break
    return tokens


def _tokens_before(page: Page, end: int, low: int) -> list[Token]:
    """Tokens of the sentence before ``end`` (from ``low``); for a quotation opening its
    paragraph, the last sentence of the previous paragraph when that ends with a colon."""
    para = page.paragraph_of(end)
    if para is not None and para[0] == end:
        n = page.paragraphs.index(para)
        if n == 0:
            return []
        previous = page.paragraphs[n - 1]
        if not page.text[previous[0] : previous[1]].endswith(":"):
            return []
        end = previous[1]
    last = page.token_before(end)
    if last is None:
        return []
    sent = page.doc[last].sent
    return [t for t in page.doc[sent.start : last + 1] if not t.is_space and t.idx >= low]
