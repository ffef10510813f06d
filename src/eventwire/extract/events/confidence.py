"""Event confidence: a logistic model over coding features (weights in ``event_confidence.tsv``).

The weights are fitted on the PLOVER dev set (``bench/events.py --calibrate``) so that of the
events with confidence near c, about c match a gold event (reliability by bin in bench/RESULTS.md).
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from eventwire.errors import KnowledgeError
from eventwire.extract.events.frames import Frame
from eventwire.knowledge.tsv import packaged, read_table

TABLE = "event_confidence.tsv"
FEATURES = (
    "bias", "specificity", "topic", "source", "target", "both", "inherited", "nominal",
    "asserted", "mentions", "distance", "default", "guessed",
)  # fmt: skip


@lru_cache(maxsize=2)
def load_weights(path: Path | None = None) -> dict[str, float]:
    """Return the feature weights (the packaged table by default)."""
    table = read_table(path or packaged(TABLE), ("feature", "weight"))
    weights: dict[str, float] = {}
    for row in table.rows:
        if row["feature"] not in FEATURES:
            raise row.error(f"unknown feature {row['feature']!r}")
        try:
            weights[row["feature"]] = float(row["weight"])
        except ValueError:
            raise row.error(f"weight {row['weight']!r} is not a number") from None
    missing = [f for f in FEATURES if f not in weights]
    if missing:
        raise KnowledgeError(f"missing feature(s) {', '.join(missing)}", source=str(path or TABLE))
    return weights


def features(
    frame: Frame,
    source: str | None,
    target: str | None,
    modality: str,
    mentions: int,
    guessed: bool = False,
) -> dict[str, float]:
    """Return the features of one coded event (``guessed``: the target is its source's own
    country by default, not a word of the text)."""
    distance = 1.0
    if frame.sources:
        distance = min(1.0, abs(frame.sources[0].i - frame.trigger.i) / 10)
    code = frame.code
    return {
        "bias": 1.0,
        "specificity": frame.pattern.specificity / 5,
        "topic": float(frame.topic),
        "source": float(source is not None),
        "target": float(target is not None),
        "both": float(source is not None and target is not None),
        "inherited": float(frame.source_how == "inherited"),
        "nominal": float(frame.nominal),
        "asserted": float(modality == "asserted"),
        "mentions": float(mentions > 1),
        "distance": distance,
        "default": float(len(code) == 3 and code.endswith("0")),
        "guessed": float(guessed),
    }


def score(values: dict[str, float], weights: dict[str, float] | None = None) -> float:
    """Return the confidence (0..1, two decimals) of a feature vector."""
    w = weights if weights is not None else load_weights()
    z = sum(w[name] * value for name, value in values.items())
    return round(1.0 / (1.0 + math.exp(-z)), 2)
