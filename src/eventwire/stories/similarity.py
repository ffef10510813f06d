"""How alike two articles are: the cosine of their weighted TF-IDF vectors over typed terms.

Term frequencies are sublinear (``1 + log tf``), inverse document frequencies smoothed
(``log((1 + n) / (1 + df)) + 1``) and counted over every article the store has clustered, and
each kind of term has its weight (``WEIGHTS``): a shared actor, place or year says more about
"the same happening" than a shared word, and what the leads name counts once more: a news report
says what happened in its first sentences, so reports of one happening name the same people,
companies, places and year there, while reports of a similar happening share the story's
vocabulary further down. Vectors are L2-normalised, so the similarity of two articles is in
[0, 1].
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from eventwire.stories.features import Features

WEIGHTS: dict[str, float] = {
    "w": 1.0,  # words
    "a": 1.0,  # actors (names and codes)
    "p": 1.0,  # places
    "c": 0.3,  # event types (CAMEO roots)
    "y": 2.0,  # years named
    "d": 2.0,  # days named
    "n": 3.0,  # numbers
    "L": 1.0,  # what the lead names (La:, Ly:, Lw:), once per article, on top of the above
}
"""The weight of each kind of term (its prefix) in the vectors."""


@dataclass(slots=True)
class TermStats:
    """Document frequencies: in how many clustered articles each term occurs, and of how many."""

    documents: int = 0
    df: dict[str, int] = field(default_factory=dict)

    def add(self, features: Sequence[Features]) -> None:
        """Count the terms of newly clustered articles."""
        self.documents += len(features)
        for f in features:
            for term in f.terms:
                self.df[term] = self.df.get(term, 0) + 1

    def idf(self, term: str) -> float:
        """Smoothed inverse document frequency (a term never seen gets the highest)."""
        return math.log((1 + self.documents) / (1 + self.df.get(term, 0))) + 1.0


def vectors(
    features: Sequence[Features], stats: TermStats, weights: Mapping[str, float] = WEIGHTS
) -> sp.csr_matrix:
    """Return one L2-normalised row per article (columns: the terms, in first-seen order)."""
    column: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    values: list[float] = []
    for row, f in enumerate(features):
        for term, count in f.terms.items():
            weight = weights.get(term[0], 0.0)
            if weight <= 0.0 or count <= 0:
                continue
            rows.append(row)
            cols.append(column.setdefault(term, len(column)))
            values.append(weight * (1.0 + math.log(count)) * stats.idf(term))
    matrix = sp.csr_matrix(
        (np.array(values), (np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64))),
        shape=(len(features), max(1, len(column))),
    )
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0.0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ matrix)


def similarities(matrix: sp.csr_matrix) -> np.ndarray:
    """Return the dense matrix of pairwise cosines of normalised rows."""
    product: np.ndarray = np.clip((matrix @ matrix.T).toarray(), 0.0, 1.0)
    return product
