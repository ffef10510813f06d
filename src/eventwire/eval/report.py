"""What a scorer returns, and the precision/recall/F1 arithmetic every scorer shares."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


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


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Return precision, recall and F1 from counts (0.0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}
