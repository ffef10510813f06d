"""Senses of everyday political verbs and nouns that the codebook names and the lexicon missed.

Every sentence is written for this table: a complaint named with its light verb in a reduced
relative ("complaints made by lawyers", 114).
"""

from __future__ import annotations

from eventwire.config import Settings
from eventwire.pipeline import process_many

DAY = "2025-05-06"


def test_reduced_relative_light_verb_names_the_source(settings: Settings) -> None:
    """ "complaints made by Kenyan lawyers": the participle's "by" agent is the complainant."""
    (article,) = process_many(
        ["Two complaints made by Kenyan lawyers against the police are under review."],
        date=DAY,
        settings=settings,
    )
    actors = {a.id: a for a in article.actors}
    (event,) = [e for e in article.events if e.cameo == "114"]
    assert event.source is not None
    assert "lawyers" in actors[event.source].name.lower()
