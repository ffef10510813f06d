"""Shared by event tests: each story's events as (CAMEO code, source code, target code)."""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.config import Settings
from eventwire.pipeline import process_many

Coded = tuple[str, str | None, str | None]


def coded_dyads(stories: Sequence[str], day: str, settings: Settings) -> dict[str, list[Coded]]:
    """Process the stories and return, per story, its events' codes and actor codes."""
    out: dict[str, list[Coded]] = {}
    articles = process_many(list(stories), date=day, settings=settings)
    for story, article in zip(stories, articles, strict=True):
        codes = {a.id: a.code for a in article.actors}
        out[story] = [
            (e.cameo, codes.get(e.source or ""), codes.get(e.target or "")) for e in article.events
        ]
    return out
