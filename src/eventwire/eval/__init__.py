"""Scoring against gold files (formats and definitions in ../shared/eval/FORMATS.md).

Each layer has a module ``eventwire.eval.<layer>`` with
``evaluate(gold: Path, settings: Settings, limit: int | None = None) -> Report``.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.config import Settings
from eventwire.errors import EvalError

LAYERS = ("events", "statements", "times", "places")


@dataclass(frozen=True, slots=True)
class Report:
    """A scoring result: named figures (P/R/F1 ...) plus free-form details for the printout."""

    layer: str
    gold: str
    figures: dict[str, float]
    counts: dict[str, int] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the report as JSON types."""
        return {
            "layer": self.layer,
            "gold": self.gold,
            "figures": self.figures,
            "counts": self.counts,
            "details": self.details,
        }


def evaluate(layer: str, gold: Path, settings: Settings, limit: int | None = None) -> Report:
    """Score ``layer`` against the gold file ``gold``."""
    if layer not in LAYERS:
        raise EvalError(f"unknown layer {layer!r} (one of {', '.join(LAYERS)})")
    if not gold.is_file():
        raise EvalError("gold file not found", source=str(gold))
    try:
        module = importlib.import_module(f"eventwire.eval.{layer}")
    except ModuleNotFoundError:
        raise EvalError(f"scoring of {layer} is not available in this build") from None
    report: Report = module.evaluate(gold, settings, limit=limit)
    return report


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Return precision, recall and F1 from counts (0.0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}
