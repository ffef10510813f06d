"""Long documents in bounded chunks: paragraph groups parsed alone, records merged back.

The parser and some layers (event merging, coreference) cost more than linearly in a document's
length, so a document longer than :data:`CHUNK_CHARS` is cut into groups of whole paragraphs of
at most that many characters (a longer paragraph is cut at a space, else anywhere), each parsed
and extracted as a document of its own; :func:`merge_records` then shifts every offset by the
chunk's start and renumbers the ids (``A``, ``E``, ``S``, ``Q``, ``T``, ``P``) after the earlier
chunks', so the article record reads as one. Time and memory grow linearly with length; what
crosses a chunk boundary (a pronoun whose person was named in an earlier chunk, one event told in
two chunks) is not joined. Articles of usual length (all under 20,000 characters in the dev sets)
are one chunk: their records do not change.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

__all__ = ["CHUNK_CHARS", "chunk_bounds", "merge_records"]

CHUNK_CHARS = 20_000
"""Most characters parsed as one document."""

_ID = re.compile(r"^([AESQTP])([0-9]+)$")
#: Record fields that hold ids of other records (or a list of them), besides ``id``.
_ID_FIELDS = frozenset(
    {"id", "members", "source", "target", "place", "statement", "speaker", "addressee", "actor",
     "event", "time"}
)  # fmt: skip
_LAYERS = ("actors", "events", "statements", "quantities", "times", "places")


def chunk_bounds(
    text: str, paragraphs: Sequence[tuple[int, int]], size: int = CHUNK_CHARS
) -> list[tuple[int, int]]:
    """Return ``[start, end)`` of the chunks of ``text``, which cover it whole and in order.

    Chunks end where a paragraph starts (or, inside a paragraph longer than ``size``, after a
    space, else anywhere) and hold at most ``size`` characters.
    """
    cuts = [0]
    candidate = 0  # the last paragraph start seen: where a chunk may end
    for start in [s for s, _e in paragraphs[1:]] + [len(text)]:
        if start - cuts[-1] > size:
            if candidate > cuts[-1]:
                cuts.append(candidate)
            cuts.extend(_inside(text, cuts[-1], start, size))
        candidate = start
    return list(zip(cuts, [*cuts[1:], len(text)], strict=True))


def _inside(text: str, start: int, end: int, size: int) -> Iterator[int]:
    """Cut points inside ``text[start:end]`` so that no piece is over ``size``: after the last
    space within reach, else at ``size`` characters."""
    while end - start > size:
        space = text.rfind(" ", start + 1, start + size)
        start = space + 1 if space > start else start + size
        yield start


def merge_records(parts: Sequence[tuple[int, dict[str, Any]]]) -> dict[str, Any]:
    """Merge the layers and sentences of chunk records (each with its start in the text).

    Returns:
        ``sentences`` and one list per layer, offsets in the whole text and ids renumbered.
    """
    merged: dict[str, Any] = {"sentences": [], **{layer: [] for layer in _LAYERS}}
    seen: dict[str, int] = {}
    for start, record in parts:
        shift = {prefix: seen.get(prefix, 0) for prefix in "AESQTP"}
        sentences = len(merged["sentences"])
        merged["sentences"] += [[a + start, b + start] for a, b in record["sentences"]]
        for layer in _LAYERS:
            for item in record[layer]:
                moved = _moved(item, start, shift)
                if layer == "events":
                    moved["sentence"] += sentences
                merged[layer].append(moved)
                if found := _ID.match(moved["id"]):
                    prefix, number = found.groups()
                    seen[prefix] = max(seen.get(prefix, 0), int(number))
    return merged


def _moved(value: Any, start: int, shift: dict[str, int], key: str = "") -> Any:
    """``value`` with spans moved by ``start`` and ids renumbered by ``shift``."""
    if isinstance(value, dict):
        out = {k: _moved(v, start, shift, k) for k, v in value.items()}
        if {"start", "end", "text"} <= value.keys():
            out["start"], out["end"] = value["start"] + start, value["end"] + start
        return out
    if isinstance(value, list):
        return [_moved(v, start, shift, key) for v in value]
    if isinstance(value, str) and key in _ID_FIELDS and (found := _ID.match(value)):
        prefix, number = found.groups()
        return f"{prefix}{int(number) + shift[prefix]}"
    return value
