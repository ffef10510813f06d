"""One event with what the exports need around it: its actors, its place, its sentence.

Every export reads the store through the ``Store`` protocol (``iter_articles``), so it works for
any backend; :func:`iter_event_views` turns each stored article into one :class:`EventView` per
event, in article id order and record order within an article.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from eventwire.records import Actor, Article, Event, Mention, Place
from eventwire.store import Store
from eventwire.store.timex import timex_interval


@dataclass(frozen=True, slots=True)
class EventView:
    """An event of an article, with its source and target actors and its place resolved."""

    article: Article
    event: Event
    source: Actor | None
    target: Actor | None
    place: Place | None

    @property
    def key(self) -> str:
        """The event's id across the store: ``<article id>-<event id>``."""
        return f"{self.article.id}-{self.event.id}"

    @property
    def sentence(self) -> tuple[int, int] | None:
        """The offsets of the sentence of the event's first trigger (None if out of range)."""
        sentences = self.article.sentences
        index = self.event.sentence
        return sentences[index] if 0 <= index < len(sentences) else None

    @property
    def sentence_text(self) -> str | None:
        """The text of the event's sentence."""
        span = self.sentence
        return self.article.text[span[0] : span[1]] if span else None

    @property
    def day(self) -> dt.date | None:
        """The one day the event is dated to, for tables that need a day.

        The event's date when it names a day; else the publication day when it lies within the
        event's date ("this week"); else the first day the event's date covers ("1994" ->
        1994-01-01); else the publication day; else None.
        """
        published = timex_interval(self.article.meta.published)
        day = published[0] if published and published[0] == published[1] else None
        span = timex_interval(self.event.date.value) if self.event.date else None
        if span is None:
            return day
        if span[0] == span[1]:
            return span[0]
        if day is not None and span[0] <= day <= span[1]:
            return day
        return span[0]

    def mention(self, actor: Actor | None) -> Mention | None:
        """Return the actor's mention that the event most likely rests on.

        That is the mention nearest the event's first trigger within the event's sentence, else
        the actor's first mention in the article.
        """
        if actor is None or not actor.mentions:
            return None
        span = self.sentence
        inside = [m for m in actor.mentions if span and span[0] <= m.start and m.end <= span[1]]
        if not inside:
            return actor.mentions[0]
        anchor = self.event.triggers[0].start if self.event.triggers else inside[0].start
        return min(inside, key=lambda m: (abs(m.start - anchor), m.start))


def event_views(article: Article) -> list[EventView]:
    """Return the events of one article, with their actors and places looked up."""
    actors = {a.id: a for a in article.actors}
    places = {p.id: p for p in article.places}

    def actor(actor_id: str | None) -> Actor | None:
        return actors.get(actor_id) if actor_id else None

    return [
        EventView(
            article,
            event,
            actor(event.source),
            actor(event.target),
            places.get(event.place) if event.place else None,
        )
        for event in article.events
    ]


def iter_event_views(store: Store) -> Iterator[tuple[Article, list[EventView]]]:
    """Yield every stored article (id order) with the views of its events (record order)."""
    for article in store.iter_articles():
        yield article, event_views(article)
