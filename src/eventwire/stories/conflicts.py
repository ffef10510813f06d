"""Conflicts: two groups of reports whose leads name different specifics report different happenings.

Reports of one happening agree on its specifics: who did it, to whom, where, in which year. Two
earthquakes in one region, or one company's two acquisitions, read alike word for word, but each
group's leads (where a news report says what happened) name a specific (the company bought, the
island, the player's new team) that the other group's reports never mention. A *conflict* between
two groups is that, both ways: a value named in the leads of at least ``SALIENT`` of one group's
articles (and of at least ``MIN_LEADS``) is mentioned anywhere in at most ``ABSENT`` of the
other's, and some value of the other group likewise; the two values may be of different kinds
(``KINDS``: a company on one side, a town on the other). One side alone is no conflict, since a
later report adds news (a name, a toll) to what it repeats, except for years: reports that date
what they tell to a year none of the other group's reports names tell of another happening.
Conflicts need profiles: both groups have at least ``MIN_SMALL`` articles and one at least
``MIN_GROUP`` (average link forms the tight groups first; a single report's lead is too thin a
profile). Groups grow as they merge, so the counts are kept per group and updated on each merge.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from eventwire.stories.features import Features

KINDS = ("a", "y", "w")
"""Actors (persons and organisations by name), years, and capitalised words (names of anything)."""
ONE_SIDED = ("y",)
"""Kinds where one side suffices: a year most of a group's leads name and the other never does."""
SALIENT = 0.5
"""The least share of a group's leads naming a value for it to be one of the group's specifics."""
MIN_LEADS = 2
"""A specific is named in at least this many leads (or all of a smaller group's)."""
ABSENT = 0.2
"""The most share of the other group's articles mentioning a value for it to be missing there."""
MIN_SMALL = 2
"""The least size of both groups for a conflict."""
MIN_GROUP = 4
"""The least size of the larger group for a conflict."""


def marks(features: Sequence[Features]) -> list[tuple[sp.csr_matrix, sp.csr_matrix]]:
    """Per kind of fact: which values each article's lead names and which it mentions at all
    (two article-by-value 0/1 matrices with the same columns)."""
    layers = []
    for kind in KINDS:
        column: dict[str, int] = {}
        lead: list[tuple[int, int]] = []
        anywhere: list[tuple[int, int]] = []
        for row, f in enumerate(features):
            for term in f.terms:
                if term.startswith(f"L{kind}:"):
                    lead.append((row, column.setdefault(term[1:], len(column))))
        for row, f in enumerate(features):
            for term in f.terms:
                if term.startswith(f"{kind}:") and term in column:
                    anywhere.append((row, column[term]))
        shape = (len(features), max(1, len(column)))
        layers.append((_matrix(lead, shape), _matrix(anywhere + lead, shape)))
    return layers


def _matrix(cells: list[tuple[int, int]], shape: tuple[int, int]) -> sp.csr_matrix:
    rows = np.array([r for r, _ in cells], dtype=np.int64)
    cols = np.array([c for _, c in cells], dtype=np.int64)
    matrix = sp.csr_matrix((np.ones(len(cells)), (rows, cols)), shape=shape)
    matrix.data[:] = 1.0  # an article counts once per value
    return matrix


class Conflicts:
    """Which of some groups of articles conflict, kept up to date as groups merge."""

    def __init__(
        self, layers: Sequence[tuple[sp.csr_matrix, sp.csr_matrix]], groups: Sequence[list[int]]
    ) -> None:
        members = sorted(i for g in groups for i in g)
        local = {item: n for n, item in enumerate(members)}
        membership = sp.csr_matrix(
            (
                np.ones(len(members)),
                (
                    [n for n, g in enumerate(groups) for _ in g],
                    [local[i] for g in groups for i in g],
                ),
            ),
            shape=(len(groups), len(members)),
        )
        self.sizes = np.array([len(g) for g in groups], dtype=float)
        self.lead: list[np.ndarray] = []
        self.anywhere: list[np.ndarray] = []
        for lead, anywhere in layers:
            used = np.unique(lead[members].indices)
            self.lead.append((membership @ lead[members][:, used]).toarray())
            self.anywhere.append((membership @ anywhere[members][:, used]).toarray())
        count = len(groups)
        self.matrix = np.zeros((count, count), dtype=bool)
        for i in range(count):
            self._refresh(i)

    def _refresh(self, i: int) -> None:
        sizes = self.sizes
        ahead = np.zeros(len(sizes), dtype=bool)  # i names what the other group lacks
        behind = np.zeros(len(sizes), dtype=bool)  # the other group names what i lacks
        dated = np.zeros(len(sizes), dtype=bool)  # one names a year the other never mentions
        for kind, lead, anywhere in zip(KINDS, self.lead, self.anywhere, strict=True):
            if lead.shape[1] == 0:
                continue
            share = lead / sizes[:, None]
            salient = (share >= SALIENT) & (lead >= np.minimum(MIN_LEADS, sizes)[:, None])
            absent = anywhere / sizes[:, None] <= ABSENT
            forth = (salient[i][None, :] & absent).any(axis=1)
            back = (salient & absent[i][None, :]).any(axis=1)
            ahead |= forth
            behind |= back
            if kind in ONE_SIDED:
                dated |= forth | back
        large = np.maximum(sizes, sizes[i]) >= MIN_GROUP
        small = np.minimum(sizes, sizes[i]) >= MIN_SMALL
        row = ((ahead & behind) | dated) & large & small
        self.matrix[i, :] = row
        self.matrix[:, i] = row

    def merge(self, i: int, j: int) -> None:
        """Group ``j`` joins group ``i``."""
        for lead, anywhere in zip(self.lead, self.anywhere, strict=True):
            lead[i] += lead[j]
            anywhere[i] += anywhere[j]
        self.sizes[i] += self.sizes[j]
        self._refresh(i)
