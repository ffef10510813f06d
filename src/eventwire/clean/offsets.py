"""A compact map from cleaned-text offsets back to input offsets.

The map is a list of runs over the cleaned text. A *linear* run copies input characters one for
one (``input = input_start + (i - clean_start)``); a *replacement* run stands for text the cleaner
wrote in place of ``input[input_start:input_end]`` (a joining space, a paragraph break, an NFC
composition), so all its characters map to ``input_start`` and a span ending inside it ends at
``input_end``. Input between two runs was deleted. Lookups bisect the run starts, so the map costs
a few integers per edit rather than one per character.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Cleaned offsets -> input offsets (and back), stored as piecewise runs.

    Attributes:
        clean_starts: Start of each run in the cleaned text, strictly increasing.
        input_starts: Input offset of each run's first character, non-decreasing.
        input_ends: Input offset just past each run's input.
        linear: Whether each run copies input characters one for one.
        clean_length: Length of the cleaned text.
        input_length: Length of the input text.
    """

    clean_starts: tuple[int, ...]
    input_starts: tuple[int, ...]
    input_ends: tuple[int, ...]
    linear: tuple[bool, ...]
    clean_length: int
    input_length: int

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a text that was not changed."""
        if length == 0:
            return cls((), (), (), (), 0, 0)
        return cls((0,), (0,), (length,), (True,), length, length)

    def to_input(self, i: int) -> int:
        """Input offset of cleaned offset ``i`` (``0 <= i <= len(cleaned)``), non-decreasing.

        Raises:
            IndexError: ``i`` is outside the cleaned text.
        """
        if i == self.clean_length and i >= 0:
            return self.input_length
        k = self._run_at(i)
        if self.linear[k]:
            return self.input_starts[k] + i - self.clean_starts[k]
        return self.input_starts[k]

    def span_to_input(self, start: int, end: int) -> tuple[int, int]:
        """Input span ``[start', end')`` of cleaned span ``[start, end)``.

        The end is taken just past the input of the span's last character, so text the cleaner
        deleted after the span (trailing spaces, a removed hyphen) stays outside it.

        Raises:
            IndexError: The span is not inside the cleaned text or ``end < start``.
        """
        if not 0 <= start <= end <= self.clean_length:
            raise IndexError(f"span [{start}, {end}) is outside the cleaned text")
        first = self.to_input(start)
        if start == end:
            return first, first
        k = self._run_at(end - 1)
        if self.linear[k]:
            last = self.input_starts[k] + end - self.clean_starts[k]
        else:
            last = self.input_ends[k]
        return first, max(first, last)

    def to_clean(self, i: int) -> int:
        """Nearest cleaned offset of input offset ``i`` (``0 <= i <= len(input)``).

        Input the cleaner deleted maps to the cleaned offset where the deletion happened, so a
        gold span given in input offsets maps onto the cleaned characters it covers.

        Raises:
            IndexError: ``i`` is outside the input text.
        """
        if not 0 <= i <= self.input_length:
            raise IndexError(f"input offset {i} is outside the input text")
        k = bisect_right(self.input_starts, i) - 1
        if k < 0:
            return 0
        if i < self.input_ends[k]:
            if self.linear[k]:
                return self.clean_starts[k] + i - self.input_starts[k]
            return self.clean_starts[k]
        return self._clean_end(k)

    def _run_at(self, i: int) -> int:
        if not 0 <= i < self.clean_length:
            raise IndexError(f"cleaned offset {i} is outside the cleaned text")
        return bisect_right(self.clean_starts, i) - 1

    def _clean_end(self, k: int) -> int:
        return self.clean_starts[k + 1] if k + 1 < len(self.clean_starts) else self.clean_length


class RunBuilder:
    """Collects runs in cleaned-text order, merging neighbours so the map stays small."""

    __slots__ = ("_clean", "_ends", "_linear", "_starts")

    def __init__(self) -> None:
        self._clean: list[int] = []
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._linear: list[bool] = []

    def add(self, clean_start: int, input_start: int, input_end: int, *, linear: bool) -> None:
        """Append a run starting at ``clean_start``; runs must come in cleaned-text order."""
        if self._clean:
            prev_end = self._ends[-1]
            continues = self._starts[-1] + clean_start - self._clean[-1] == input_start
            if linear and self._linear[-1] and prev_end == input_start and continues:
                # Contiguous copy: the previous run simply continues.
                self._ends[-1] = input_end
                return
            if input_start < prev_end:
                # Two pieces of one replaced input region: keep them as one replacement so
                # input offsets stay non-overlapping and to_clean stays unambiguous.
                self._linear[-1] = False
                self._ends[-1] = max(prev_end, input_end)
                return
        self._clean.append(clean_start)
        self._starts.append(input_start)
        self._ends.append(input_end)
        self._linear.append(linear)

    def build(self, clean_length: int, input_length: int) -> OffsetMap:
        """Freeze the runs into an :class:`OffsetMap`."""
        return OffsetMap(
            tuple(self._clean),
            tuple(self._starts),
            tuple(self._ends),
            tuple(self._linear),
            clean_length,
            input_length,
        )


def compose(first: OffsetMap, second: OffsetMap) -> OffsetMap:
    """Chain two maps: ``first`` maps text1 -> input, ``second`` maps text2 -> text1.

    Returns:
        The map text2 -> input.
    """
    if (
        len(first.clean_starts) == 1
        and first.linear[0]
        and first.input_length == first.clean_length
    ):
        return second  # first is the identity
    runs = RunBuilder()
    n = len(second.clean_starts)
    for k in range(n):
        out = second.clean_starts[k]
        lo, hi = second.input_starts[k], second.input_ends[k]
        if second.linear[k]:
            _add_linear_through(runs, first, out, lo, hi)
        else:
            start, end = first.span_to_input(lo, hi)
            runs.add(out, start, end, linear=False)
    return runs.build(second.clean_length, first.input_length)


def _add_linear_through(runs: RunBuilder, first: OffsetMap, out: int, lo: int, hi: int) -> None:
    """Add the runs for text1 ``[lo, hi)`` copied to text2 at ``out``, split along ``first``."""
    k = bisect_right(first.clean_starts, lo) - 1
    while lo < hi:
        run_end = first._clean_end(k)
        piece_end = min(hi, run_end)
        if first.linear[k]:
            start = first.input_starts[k] + lo - first.clean_starts[k]
            runs.add(out, start, start + piece_end - lo, linear=True)
        else:
            runs.add(out, first.input_starts[k], first.input_ends[k], linear=False)
        out += piece_end - lo
        lo = piece_end
        k += 1
