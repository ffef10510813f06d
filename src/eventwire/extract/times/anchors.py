"""Where to look: the stretches of text around words that every time expression contains.

Running every rule over every character costs more than the parse allows; instead each rule runs
only in windows around its anchors (month names for the month rules, unit words for durations,
digits for years and clock times ...). Anchors are found on the parsed tokens with one vectorised
lookup per kind, digits with one regex pass.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import numpy as np
import numpy.typing as npt
from spacy.attrs import IDX, LOWER
from spacy.strings import StringStore
from spacy.tokens import Doc

from eventwire.extract.times.grammar import Rule
from eventwire.extract.times.time_words import lexicon

# How far a match may reach from its anchor (chars): "approximately the past several trading days".
REACH_LEFT = 60
REACH_RIGHT = 45
_DIGIT = re.compile(r"\d+")
_SPACE = re.compile(r"\s")
# Lexicon kinds that can anchor a rule (named in upper case in the grammar).
_KINDS = {
    "MONTH": "month",
    "WEEKDAY": "weekday",
    "SEASON": "season",
    "POD": "part_of_day",
    "UNIT": "unit",
    "REFERENCE": "reference",
    "SET": "set_adverb",
    "HOLIDAY": "holiday",
}


def anchor_words(name: str) -> frozenset[str]:
    """Single-token spellings of anchor ``name``: the last word of each lexicon entry, or ``name``."""
    kind = _KINDS.get(name)
    if kind is None:
        return frozenset({name})
    words: set[str] = set()
    for entry in lexicon().words[kind]:
        last = entry.split()[-1]
        words.update({last, last.rstrip("."), last.rstrip(".") + "s"})
    return frozenset(words)


@functools.lru_cache(maxsize=8)
def anchor_table(
    names: frozenset[str],
) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64], dict[str, int]]:
    """Sorted spaCy ``LOWER`` hashes of all anchor spellings, a bit mask of the anchors each one
    belongs to, and each anchor's bit (string hashes do not depend on the vocabulary)."""
    strings = StringStore()
    bits = {name: 1 << n for n, name in enumerate(sorted(names))}
    masks: dict[int, int] = {}
    for name, bit in bits.items():
        for word in anchor_words(name):
            key = strings.add(word)
            masks[key] = masks.get(key, 0) | bit
    keys = np.array(sorted(masks), dtype=np.uint64)
    return keys, np.array([masks[int(k)] for k in keys], dtype=np.uint64), bits


def windows(
    doc: Doc, folded: str, rules: Iterable[Rule]
) -> dict[tuple[str, ...], list[tuple[int, int]]]:
    """For each rule's anchors, the merged ``[start, end)`` windows of ``folded`` around them."""
    groups = {rule.anchors for rule in rules}
    positions = _anchor_positions(doc, folded, {a for anchors in groups for a in anchors})
    result: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for anchors in groups:
        if len(anchors) == 1:
            starts = positions.get(anchors[0], [])
        else:
            starts = sorted({p for anchor in anchors for p in positions.get(anchor, ())})
        result[anchors] = _merge(starts, folded)
    return result


def _anchor_positions(doc: Doc, folded: str, names: set[str]) -> dict[str, list[int]]:
    positions: dict[str, list[int]] = {}
    if "DIGIT" in names:
        positions["DIGIT"] = [m.start() for m in _DIGIT.finditer(folded)]
    if not len(doc):
        return positions
    keys, masks, bits = anchor_table(frozenset(names - {"DIGIT"}))
    table = doc.to_array([LOWER, IDX])
    at = np.minimum(np.searchsorted(keys, table[:, 0]), len(keys) - 1)
    token_masks = np.where(keys[at] == table[:, 0], masks[at], 0)
    for name, bit in bits.items():
        positions[name] = table[(token_masks & bit) != 0, 1].tolist()
    return positions


def _merge(starts: list[int], text: str) -> list[tuple[int, int]]:
    """Windows around anchor offsets, merged; each ends at a space so no word is cut."""
    merged: list[tuple[int, int]] = []
    for position in starts:
        low = max(0, position - REACH_LEFT)
        high = _to_space(text, min(len(text), position + REACH_RIGHT))
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged


def _to_space(text: str, position: int) -> int:
    m = _SPACE.search(text, position)
    return m.start() if m else len(text)
