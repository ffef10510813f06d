"""Average-link agglomerative clustering above a threshold, with fixed groups.

Items start in groups (a near-duplicate set, or the articles of a story stored earlier); the
two groups whose average pairwise similarity is highest merge, until no pair may merge. A pair
may merge when its average similarity reaches ``threshold`` and, for two groups of several items
each, ``ratio`` times the lower of their cohesions (the mean similarity inside each): two tight
groups that are only loosely alike (two earthquakes in one region) stay apart, while a loose
group absorbs what is as close to it as its own members are. Two groups in *conflict*
(``conflicts.py``, given what each item's lead names) never merge when they conflict by year, nor
by names unless their reports read as alike across the two groups as (``conflicts.ALIKE`` of)
inside the tighter one: then they are one happening told with different details. Two *frozen* groups (stories
stored earlier) never merge with each other: new articles join stories or make new ones, and
what was decided before stays. Merging only happens inside a connected component of the
"similarity >= threshold" graph (an average at or above the threshold needs one pair at or
above it), so a large input splits into small problems. Ties break on the lowest indices, so
the result depends only on the input.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from eventwire.stories.conflicts import ALIKE, Conflicts


def average_link(
    similarity: np.ndarray,
    groups: Sequence[Sequence[int]],
    threshold: float,
    *,
    ratio: float = 0.0,
    frozen: Sequence[bool] | None = None,
    layers: Sequence[tuple[sp.csr_matrix, sp.csr_matrix]] = (),
    copies: Collection[int] = (),
) -> list[list[int]]:
    """Merge ``groups`` of items by average link; return the clusters (sorted item indices).

    Args:
        similarity: Symmetric item-by-item similarities.
        groups: A partition of the items into starting groups (none empty).
        threshold: The least average similarity at which two groups merge.
        ratio: The least average similarity of two groups of several items, as a share of the
            lower of their cohesions.
        frozen: Per group, whether it may not merge with another frozen group.
        layers: Per kind of fact, what each item's lead names and what it mentions
            (``conflicts.marks``): two groups in conflict never merge, unless they conflict by
            names only and are alike at least ``conflicts.ALIKE`` times the higher cohesion.
        copies: Items that near-duplicate another (counted once in conflicts' profiles).
    """
    locks = list(frozen) if frozen is not None else [False] * len(groups)
    edges = sp.csr_matrix(similarity >= threshold)
    _, component = connected_components(edges, directed=False)
    by_component: dict[int, list[int]] = {}
    for index, group in enumerate(groups):
        by_component.setdefault(int(component[group[0]]), []).append(index)
    clusters: list[list[int]] = []
    for indices in by_component.values():
        parts = [list(groups[i]) for i in indices]
        locked = [locks[i] for i in indices]
        merged = _merge(parts, similarity, threshold, ratio, locked, layers, copies)
        clusters.extend(sorted(group) for group in merged)
    return sorted(clusters)


def _merge(
    groups: list[list[int]],
    similarity: np.ndarray,
    threshold: float,
    ratio: float,
    frozen: list[bool],
    layers: Sequence[tuple[sp.csr_matrix, sp.csr_matrix]],
    copies: Collection[int],
) -> list[list[int]]:
    count = len(groups)
    if count == 1:
        return groups
    conflicts = Conflicts(layers, groups, copies) if layers else None
    membership = np.zeros((count, similarity.shape[0]))
    for index, group in enumerate(groups):
        membership[index, group] = 1.0
    sums = membership @ similarity @ membership.T
    sizes = membership.sum(axis=1)
    inner = np.diag(sums) - np.array([similarity[g, g].sum() for g in groups])
    locked = np.array(frozen)
    alive = np.ones(count, dtype=bool)
    while True:
        average = sums / np.outer(sizes, sizes)
        blocked = ~np.outer(alive, alive) | np.outer(locked, locked)
        np.fill_diagonal(blocked, True)
        cohesion = np.where(sizes > 1, inner / np.maximum(sizes * (sizes - 1), 1.0), 0.0)
        if conflicts is not None:  # names conflict only where the groups read less alike
            alike = average >= ALIKE * np.maximum.outer(cohesion, cohesion)
            blocked |= conflicts.dated | (conflicts.matrix & ~alike)
        blocked |= average < ratio * np.minimum.outer(cohesion, cohesion)
        average[blocked] = -1.0
        i, j = divmod(int(np.argmax(average)), count)
        if average[i, j] < threshold:
            break
        i, j = min(i, j), max(i, j)
        if conflicts is not None:
            conflicts.merge(i, j)
        inner[i] += inner[j] + 2.0 * sums[i, j]
        sums[i, :] += sums[j, :]
        sums[:, i] += sums[:, j]
        sizes[i] += sizes[j]
        locked[i] = locked[i] or locked[j]
        alive[j] = False
        groups[i] = groups[i] + groups[j]
    return [group for index, group in enumerate(groups) if alive[index]]
