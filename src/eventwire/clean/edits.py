"""Edits: how a cleaning step says what it changes, so offsets compose across steps.

A step is a function ``str -> list[Edit]``; :func:`apply_edits` turns the edits into the step's
output text and its local :class:`OffsetMap`, and :func:`run_steps` chains steps while composing
their maps, so every step sees plain text and none has to track offsets itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from eventwire.clean.offsets import OffsetMap, RunBuilder, compose


class Edit(NamedTuple):
    """Replace ``text[start:end]`` by ``replacement``: ``""`` deletes, ``start == end`` inserts."""

    start: int
    end: int
    replacement: str


Step = Callable[[str], Sequence[Edit]]
"""A cleaning step: finds the edits to make in a text, in text order, without overlaps."""


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply sorted, non-overlapping edits.

    A replacement of the same length as what it replaces maps character for character; any other
    replacement maps as a whole onto the region it replaced.

    Returns:
        The edited text and the map from it back to ``text``.

    Raises:
        ValueError: The edits are out of order or overlap.
    """
    pieces: list[str] = []
    runs = RunBuilder()
    pos = out = 0
    for start, end, replacement in edits:
        if start < pos or end < start:
            raise ValueError(f"edit [{start}, {end}) overlaps or precedes the previous edit")
        if start > pos:
            runs.add(out, pos, start, linear=True)
            pieces.append(text[pos:start])
            out += start - pos
        if replacement:
            same_length = len(replacement) == end - start
            runs.add(out, start, end, linear=same_length)
            pieces.append(replacement)
            out += len(replacement)
        pos = end
    if pos < len(text):
        runs.add(out, pos, len(text), linear=True)
        pieces.append(text[pos:])
        out += len(text) - pos
    return "".join(pieces), runs.build(out, len(text))


def run_steps(raw: str, steps: Iterable[Step]) -> tuple[str, OffsetMap]:
    """Run ``steps`` in order over ``raw``.

    Returns:
        The final text and the map from it back to ``raw``.
    """
    text, offsets = raw, OffsetMap.identity(len(raw))
    for step in steps:
        edits = [e for e in step(text) if text[e.start : e.end] != e.replacement]
        if not edits:
            continue
        text, local = apply_edits(text, edits)
        offsets = compose(offsets, local)
    return text, offsets
