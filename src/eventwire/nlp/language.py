"""Language detection (lingua, models inside the wheel; built lazily, low-accuracy mode)."""

from __future__ import annotations

import functools
import re
from typing import Any

SAMPLE_CHARS = 2000
"""Characters of the text the detector reads: enough for a stable answer, cheap on long texts."""


@functools.lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import LanguageDetectorBuilder

    # Low-accuracy mode uses only trigram models: a fraction of the load time, and plenty for
    # whole paragraphs of news text.
    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()


ENGLISH_FUNCTION_SHARE = 0.25
"""Share of words that are English function words above which a text is English outright.

English prose runs at 40-50%; other languages written in Latin script stay well under 15%. The
check spares the statistical detector on almost every news text, and keeps it from calling short
English texts Tagalog or Dutch (its trigram models are weak on a sentence or two).
"""

MIN_WORDS = 8
"""Below this many words no detector is reliable: the text is taken as English."""
_MIN_PLAIN = 4

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


@functools.lru_cache(maxsize=1)
def _english_function_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def detect_language(text: str, min_confidence: float = 0.5) -> str:
    """Return the ISO 639-1 code of the text's language ("en" when unsure or too short).

    A text is called non-English only when the detector is at least ``min_confidence`` sure of
    another language; otherwise English is assumed, since extraction is our default.
    """
    sample = text[:SAMPLE_CHARS]
    found = _WORD.findall(sample)
    if len(found) < MIN_WORDS:
        return "en"
    # Capitalised words are mostly names, which say nothing of the language ("Kenya's president
    # met Uganda's president in Nairobi on Monday" is half names): the share is taken over the
    # other words when there are a few.
    plain = [w.lower() for w in found if not w[:1].isupper()]
    words = plain if len(plain) >= _MIN_PLAIN else [w.lower() for w in found]
    function_words = _english_function_words()
    if sum(w in function_words for w in words) / len(words) >= ENGLISH_FUNCTION_SHARE:
        return "en"
    values = _detector().compute_language_confidence_values(sample)
    if not values:
        return "en"
    best = values[0]
    code = str(best.language.iso_code_639_1.name).lower()
    if code != "en" and best.value < min_confidence:
        return "en"
    return code
