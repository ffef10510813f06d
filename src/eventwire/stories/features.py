"""What the clusterer knows of an article: counts of typed terms, read from content only.

An article's features are the words of its title and text and what eventwire extracted from it:
the actors (by code and by name), the places (by GeoNames id or name), the event types (CAMEO
roots), the years and days its time expressions and events name, and its numbers. Each term
carries a type prefix (``w:`` word, ``a:`` actor, ``p:`` place, ``c:`` event type, ``y:`` year,
``d:`` day, ``n:`` number) so the similarity can weigh kinds apart. What the *lead* (the first
``LEAD_SENTENCES`` sentences: where a news report says what happened) names is marked apart, once
per article, under ``L`` + the kind: ``La:`` actors, ``Ly:`` years, ``Lw:`` capitalised words;
the similarity counts them once more (reports of one happening name the same in their leads),
``conflicts.py`` compares them to keep similar happenings apart. Input ids, file names and URLs
are never read: two copies of one text have the same features wherever they came from.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from eventwire.records import Article

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*(?![\w])")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)")
_DAY = re.compile(r"^(\d{4}-\d\d-\d\d)")
_PROPER = re.compile(r"\b[A-Z][\w'’-]*[A-Z\w]\b")
_CALENDAR = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    "sun", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest",
    "posted", "updated", "published", "modified",
})  # fmt: skip
MIN_WORD = 3
"""Shorter words carry little about which happening a text reports."""
LEAD_SENTENCES = 2
"""A report's lead: its headline and first sentence, or its first two sentences."""


def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS  # plain data; no model is loaded

    return frozenset(STOP_WORDS) | {"said", "says", "told", "according", "reported", "news"}


_STOP = _stop_words()


@dataclass(frozen=True, slots=True)
class Features:
    """An article's typed term counts (``{"w:quake": 3, "a:IDN": 2, ...}``) and its day."""

    terms: dict[str, int]
    day: str | None = None
    """The article's publication day (ISO), when it has one: stories run over days."""


def article_features(article: Article) -> Features:
    """Return the typed term counts of an article's content and extracted layers."""
    counts: Counter[str] = Counter()
    text = f"{article.meta.title or ''}\n{article.text}"
    counts.update(f"w:{w}" for w in words(text))
    counts.update(f"n:{n.replace(',', '')}" for n in _NUMBER.findall(text) if not _YEAR.match(n))
    counts.update(_actor_terms(article))
    counts.update(_place_terms(article))
    counts.update(f"c:{event.cameo[:2]}" for event in article.events)
    counts.update(_date_terms(article))
    counts.update(_lead_terms(article))
    published = article.meta.published
    day = _DAY.match(published) if published else None
    return Features(dict(counts), day[1] if day else None)


def words(text: str) -> list[str]:
    """Return the lowercase content words of ``text`` (no stop words, at least 3 letters)."""
    found = (w.lower().replace("’", "'") for w in _WORD.findall(text))
    return [w for w in found if len(w) >= MIN_WORD and w not in _STOP]


def _actor_terms(article: Article) -> list[str]:
    terms = []
    for actor in article.actors:
        mentions = max(1, len(actor.mentions))
        if actor.kind in ("person", "organization") or actor.name[:1].isupper():
            terms += [f"a:{actor.name.lower()}"] * mentions
        if actor.code:
            terms += [f"a:{actor.code}"] * mentions
    return terms


def _place_terms(article: Article) -> list[str]:
    return [
        f"p:{place.geonameid}" if place.geonameid is not None else f"p:{place.name.lower()}"
        for place in article.places
    ]


def _date_terms(article: Article) -> list[str]:
    """Years and days the text names (explicit dates only: those inferred say nothing new)."""
    values = [t.value for t in article.times if t.type == "DATE"]
    values += [e.date.value for e in article.events if e.date is not None and not e.date.inferred]
    terms = []
    for value in values:
        year, day = _YEAR.match(value), _DAY.match(value)
        if year:
            terms.append(f"y:{year[1]}")
        if day:
            terms.append(f"d:{day[1]}")
    return terms


def proper_words(text: str) -> set[str]:
    """The capitalised words of ``text`` (lowercased) that may name someone or somewhere: not stop
    words, nor the names of weekdays and months, whole or abbreviated (dates are compared as
    years), nor time zones and the labels of a dateline ("Updated: Tue, Dec 13 ... GMT")."""
    found = {w.lower().replace("’", "'") for w in _PROPER.findall(text)}
    return {w for w in found if len(w) >= MIN_WORD and w not in _STOP and w not in _CALENDAR}


def _lead_end(article: Article) -> int:
    if not article.sentences:
        return len(article.text)
    return article.sentences[min(LEAD_SENTENCES, len(article.sentences)) - 1][1]


def _lead_terms(article: Article) -> set[str]:
    """What the lead names: persons and organisations by name, years, capitalised words."""
    end = _lead_end(article)
    terms = {
        f"La:{actor.name.lower()}"
        for actor in article.actors
        if actor.kind in ("person", "organization")
        and actor.name[:1].isupper()
        and any(m.start < end and m.how in ("name", "surname") for m in actor.mentions)
    }
    for time in article.times:
        year = _YEAR.match(time.value)
        if time.type == "DATE" and time.span.start < end and year:
            terms.add(f"Ly:{year[1]}")
    terms |= {f"Lw:{w}" for w in proper_words(article.text[:end])}
    return terms
