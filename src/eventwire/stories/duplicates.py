"""Near-duplicates: the same wire copy lightly edited, found with MinHash and LSH (datasketch).

An article's signature is the MinHash of its word 3-grams (lowercase words, stop words kept:
"said on Monday" is part of a copy's fingerprint). Two articles whose estimated Jaccard
similarity of 3-grams reaches ``DUPLICATE_JACCARD`` are near-duplicates; LSH finds the candidate
pairs without comparing every pair. Seeds are fixed, so signatures are the same in every run and
can be stored and compared later.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import numpy as np
from datasketch import MinHash, MinHashLSH

SHINGLE = 3
PERMUTATIONS = 128
DUPLICATE_JACCARD = 0.7
_SEED = 20
_SCHEME = "affine32"  # named: stored signatures must keep meaning the same
_TOKEN = re.compile(r"\w+", re.UNICODE)


def signature(text: str) -> list[int]:
    """Return the MinHash of a text's word 3-grams (``PERMUTATIONS`` unsigned 32-bit values)."""
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    grams = {" ".join(tokens[i : i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1))}
    minhash = MinHash(
        num_perm=PERMUTATIONS, seed=_SEED, scheme=_SCHEME, permutations=_permutations()
    )
    minhash.update_batch([g.encode("utf-8") for g in sorted(grams)])
    return [int(v) for v in minhash.hashvalues]


@functools.cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The permutations of the seed (drawn once: drawing them took a fifth of a signature)."""
    a, b = MinHash(num_perm=PERMUTATIONS, seed=_SEED, scheme=_SCHEME).permutations
    return a, b


def _minhash(values: Sequence[int]) -> MinHash:
    return MinHash(
        num_perm=PERMUTATIONS,
        seed=_SEED,
        scheme=_SCHEME,
        hashvalues=np.array(values, dtype=np.uint64),
        permutations=_permutations(),
    )


def near_duplicates(signatures: Sequence[Sequence[int]], first_new: int = 0) -> dict[int, int]:
    """Map each item from ``first_new`` on that near-duplicates an earlier item to that item.

    Items before ``first_new`` (stored earlier) are never remapped; an item maps to the earliest
    item it near-duplicates, so a chain of copies points at its first.
    """
    lsh = MinHashLSH(threshold=DUPLICATE_JACCARD, num_perm=PERMUTATIONS)
    hashes = [_minhash(s) for s in signatures]
    found: dict[int, int] = {}
    for index, minhash in enumerate(hashes):
        if index >= first_new:
            earlier = sorted(
                int(key)
                for key in lsh.query(minhash)
                if hashes[int(key)].jaccard(minhash) >= DUPLICATE_JACCARD
            )
            if earlier:
                found[index] = found.get(earlier[0], earlier[0])
        lsh.insert(str(index), minhash)
    return found
