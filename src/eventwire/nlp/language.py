"""Language detection (lingua, models inside the wheel; built lazily, low-accuracy mode)."""

from __future__ import annotations

import functools
from typing import Any

SAMPLE_CHARS = 2000
"""Characters of the text the detector reads: enough for a stable answer, cheap on long texts."""


@functools.lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import LanguageDetectorBuilder

    # Low-accuracy mode uses only trigram models: a fraction of the load time, and plenty for
    # whole paragraphs of news text.
    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()


def detect_language(text: str, min_confidence: float = 0.5) -> str:
    """Return the ISO 639-1 code of the text's language ("en" when unsure or too short).

    A text is called non-English only when the detector is at least ``min_confidence`` sure of
    another language; otherwise English is assumed, since extraction is our default.
    """
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < 20:
        return "en"
    values = _detector().compute_language_confidence_values(sample)
    if not values:
        return "en"
    best = values[0]
    code = str(best.language.iso_code_639_1.name).lower()
    if code != "en" and best.value < min_confidence:
        return "en"
    return code
