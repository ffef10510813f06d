"""Conflicts: two groups of reports whose leads name different specifics report different happenings.

Reports of one happening agree on its specifics: who did it, to whom, where, in which year. Two
earthquakes in one region, or one company's two acquisitions, read alike word for word, but each
group's leads (where a news report says what happened) name a specific (the company bought, the
island, the player's new team) that the other group's reports never mention. A *conflict* between
two groups is that, both ways: a value named in the leads of at least ``SALIENT`` of one group's
articles (and of at least ``MIN_LEADS``) is mentioned anywhere in at most ``ABSENT`` of the
other's, and some value of the other group likewise; the two values may be of different kinds
(``KINDS``: a company on one side, a town on the other). A person or organisation is mentioned
where its name is, or the last word of its name ("Okafor" for "Adaeze Okafor": a report that
names him once in full and then by surname, or only by surname, mentions him). One side alone is no conflict, since a
later report adds news (a name, a toll) to what it repeats, except for years: reports that date
what they tell to a year none of the other group's reports names tell of another happening.
Conflicts need profiles: both groups have at least ``MIN_SMALL`` articles and one at least
``MIN_GROUP``, near-duplicates counted once (the same wire copy twice is one report's lead) (average link forms the tight groups first; a single report's lead is too thin a
profile). Groups grow as they merge, so the counts are kept per group and updated on each merge.
A conflict of names keeps apart only groups that read less alike across than inside (``ALIKE``):
reports of one happening told with different details read as alike as each other; a year
conflict always holds.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy as np
import scipy.sparse as sp

from eventwire.stories.features import Features, words

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
ALIKE = 0.5
"""Groups in conflict by names only still merge when their average similarity reaches this share
of the higher of their cohesions (the mean similarity inside each group). Reports of one happening
told with different details (early ones name the company where it happened, later ones the
suspect) read nearly as alike across the two groups as inside each; two similar happenings read
less alike across: each has its own toll, places, quotes and follow-ups. Tune and dev2 give the
same stories for any value from 0.4 to 0.6 (see docs/stories.md)."""


def marks(features: Sequence[Features]) -> list[tuple[sp.csr_matrix, sp.csr_matrix]]:
    """Per kind of fact: which values each article's lead names and which it mentions at all
    (two article-by-value 0/1 matrices with the same columns)."""
    columns: dict[str, dict[str, int]] = {kind: {} for kind in KINDS}
    lead: dict[str, list[tuple[int, int]]] = {kind: [] for kind in KINDS}
    anywhere: dict[str, list[tuple[int, int]]] = {kind: [] for kind in KINDS}
    for row, f in enumerate(features):
        for term in f.terms:
            if term[0] == "L" and term[1] in columns:  # "Lw:value"
                column = columns[term[1]]
                lead[term[1]].append((row, column.setdefault(term[3:], len(column))))
    by_surname = _by_last_word(columns["a"])
    for row, f in enumerate(features):
        for term in f.terms:
            if term[1:2] == ":" and term[0] in columns:  # "w:value"
                number = columns[term[0]].get(term[2:])
                if number is not None:
                    anywhere[term[0]].append((row, number))
            if term[:2] == "w:":  # an actor is mentioned where its last name is
                anywhere["a"] += [(row, n) for n in by_surname.get(term[2:], ())]
    layers = []
    for kind in KINDS:
        shape = (len(features), max(1, len(columns[kind])))
        layers.append((_matrix(lead[kind], shape), _matrix(anywhere[kind] + lead[kind], shape)))
    return layers


def _by_last_word(names: dict[str, int]) -> dict[str, list[int]]:
    """The actors' columns by the last word of their names ("okafor" for "adaeze okafor")."""
    found: dict[str, list[int]] = {}
    for name, number in names.items():
        last = words(name)[-1:]
        if last:
            found.setdefault(last[0], []).append(number)
    return found


def _matrix(cells: list[tuple[int, int]], shape: tuple[int, int]) -> sp.csr_matrix:
    rows = np.array([r for r, _ in cells], dtype=np.int64)
    cols = np.array([c for _, c in cells], dtype=np.int64)
    matrix = sp.csr_matrix((np.ones(len(cells)), (rows, cols)), shape=shape)
    matrix.data[:] = 1.0  # an article counts once per value
    return matrix


class Conflicts:
    """Which of some groups of articles conflict, kept up to date as groups merge."""

    def __init__(
        self,
        layers: Sequence[tuple[sp.csr_matrix, sp.csr_matrix]],
        groups: Sequence[list[int]],
        copies: Collection[int] = (),
    ) -> None:
        """``copies``: items that near-duplicate another; a wire copy is not another report, so
        it counts neither in a group's size nor among the leads naming a value.

        ``matrix``: which pairs of groups conflict (by names both ways, or by a year);
        ``dated``: which of those conflict by a year (never overridden, see ``ALIKE``)."""
        members = sorted(i for g in groups for i in g)
        local = {item: n for n, item in enumerate(members)}
        membership = sp.csr_matrix(
            (
                [0.0 if i in copies else 1.0 for g in groups for i in g],
                (
                    [n for n, g in enumerate(groups) for _ in g],
                    [local[i] for g in groups for i in g],
                ),
            ),
            shape=(len(groups), len(members)),
        )
        self.sizes = np.asarray(membership.sum(axis=1), dtype=float).ravel()
        self.lead: list[np.ndarray] = []
        self.anywhere: list[np.ndarray] = []
        self.salient: list[np.ndarray] = []  # per group and value: one of the group's specifics
        self.absent: list[np.ndarray] = []  # per group and value: (almost) never mentioned
        names: list[np.ndarray] = []  # per kind: group x group, "names what the other lacks"
        for lead, anywhere in layers:
            used = np.unique(lead[members].indices)
            self.lead.append((membership @ lead[members][:, used]).toarray())
            self.anywhere.append((membership @ anywhere[members][:, used]).toarray())
            salient, absent = self._profile(len(self.lead) - 1, slice(None))
            self.salient.append(salient)
            self.absent.append(absent)
            named = np.flatnonzero(salient.any(axis=0))
            names.append(
                salient[:, named].astype(np.float32) @ absent[:, named].T.astype(np.float32) > 0
            )
        ahead = np.logical_or.reduce(names)
        dated = np.logical_or.reduce(
            [n | n.T for kind, n in zip(KINDS, names, strict=True) if kind in ONE_SIDED]
        )
        sized = self._sized(self.sizes[:, None])
        self.matrix = ((ahead & ahead.T) | dated) & sized
        self.dated = dated & sized

    def _profile(self, kind: int, rows: slice | int) -> tuple[np.ndarray, np.ndarray]:
        """The specifics (none for groups too small to conflict) and the absent values of some
        groups."""
        sizes = np.atleast_1d(self.sizes[rows])[:, None]
        lead = np.atleast_2d(self.lead[kind][rows])
        anywhere = np.atleast_2d(self.anywhere[kind][rows])
        salient = (lead / sizes >= SALIENT) & (lead >= np.minimum(MIN_LEADS, sizes))
        salient &= sizes >= MIN_SMALL
        absent = anywhere / sizes <= ABSENT
        return salient, absent

    def _sized(self, sizes: np.ndarray) -> np.ndarray:
        """Which pairs (``sizes`` against every group) are big enough to conflict."""
        large = np.maximum(sizes, self.sizes[None, :]) >= MIN_GROUP
        small = np.minimum(sizes, self.sizes[None, :]) >= MIN_SMALL
        both: np.ndarray = large & small
        return both

    def merge(self, i: int, j: int) -> None:
        """Group ``j`` joins group ``i``: update its counts, profile and conflicts."""
        self.sizes[i] += self.sizes[j]
        ahead = np.zeros(len(self.sizes), dtype=bool)  # i names what the other group lacks
        behind = np.zeros(len(self.sizes), dtype=bool)  # the other group names what i lacks
        dated = np.zeros(len(self.sizes), dtype=bool)  # a year one side names, the other never
        for kind in range(len(self.lead)):
            self.lead[kind][i] += self.lead[kind][j]
            self.anywhere[kind][i] += self.anywhere[kind][j]
            salient, absent = self._profile(kind, i)
            self.salient[kind][i] = salient[0]
            self.absent[kind][i] = absent[0]
            # Only i's few specifics and the values i mentions need looking at.
            forth = self.absent[kind][:, np.flatnonzero(salient[0])].any(axis=1)
            mentioned = np.flatnonzero(~absent[0])
            named = self.salient[kind].sum(axis=1)
            back = named - self.salient[kind][:, mentioned].sum(axis=1) > 0
            ahead |= forth
            behind |= back
            if KINDS[kind] in ONE_SIDED:
                dated |= forth | back
        sized = self._sized(self.sizes[i : i + 1])[0]
        row = ((ahead & behind) | dated) & sized
        self.matrix[i, :] = row
        self.matrix[:, i] = row
        self.dated[i, :] = dated & sized
        self.dated[:, i] = dated & sized
