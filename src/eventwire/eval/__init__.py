"""Scoring against gold files (formats and definitions in ../shared/eval/FORMATS.md).

Each layer has a module ``eventwire.eval.<layer>`` with
``evaluate(gold: Path, settings: Settings, limit: int | None = None) -> Report``.
"""

from __future__ import annotations

from pathlib import Path

from eventwire.config import Settings
from eventwire.errors import EvalError
from eventwire.eval.report import Report, prf

LAYERS = ("events", "statements", "times", "places", "coref", "stories")


def evaluate(layer: str, gold: Path, settings: Settings, limit: int | None = None) -> Report:
    """Score ``layer`` against the gold file ``gold``."""
    if layer not in LAYERS:
        raise EvalError(f"unknown layer {layer!r} (one of {', '.join(LAYERS)})")
    if not gold.is_file():
        raise EvalError("gold file not found", source=str(gold))
    from eventwire.eval import coref, events, places, statements, stories, times

    scorers = {
        "coref": coref.evaluate,
        "events": events.evaluate,
        "statements": statements.evaluate,
        "times": times.evaluate,
        "places": places.evaluate,
        "stories": stories.evaluate,
    }
    return scorers[layer](gold, settings, limit=limit)


__all__ = ["LAYERS", "Report", "evaluate", "prf"]
