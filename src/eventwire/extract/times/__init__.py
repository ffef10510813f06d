"""The machinery of the times layer (``eventwire.extract.times``).

``lexicon`` reads the time vocabulary (``knowledge/data/time_words.tsv``); ``grammar`` builds one
regex per rule from it; ``anchors`` finds where rules can match; ``context`` reads tense and
entities off the parse; ``dates``, ``relative`` and ``periods`` resolve matches to TIMEX3 values
with ``calendar`` arithmetic.
"""

from eventwire.extract.times.layer import extract_times

__all__ = ["extract_times"]
