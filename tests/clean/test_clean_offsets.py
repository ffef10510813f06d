"""OffsetMap, apply_edits and composition on hand-built cases."""

from __future__ import annotations

import pytest

from eventwire.clean import Edit, OffsetMap, apply_edits, clean_text, run_steps


def test_identity() -> None:
    offsets = OffsetMap.identity(5)
    assert [offsets.to_input(i) for i in range(6)] == [0, 1, 2, 3, 4, 5]
    assert offsets.span_to_input(1, 3) == (1, 3)
    assert [offsets.to_clean(i) for i in range(6)] == [0, 1, 2, 3, 4, 5]


def test_empty() -> None:
    cleaned = clean_text("")
    assert cleaned.text == ""
    assert cleaned.paragraphs == ()
    assert cleaned.dateline is None
    assert cleaned.offsets.to_input(0) == 0
    assert cleaned.offsets.span_to_input(0, 0) == (0, 0)


EDIT_CASES = [
    # (id, text, edits, expected text, to_input for every cleaned offset incl. the end)
    ("delete", "ab--cd", [Edit(2, 4, "")], "abcd", [0, 1, 4, 5, 6]),
    ("same-length", "a\rb", [Edit(1, 2, "\n")], "a\nb", [0, 1, 2, 3]),
    ("shorter", "a\r\nb", [Edit(1, 3, "\n")], "a\nb", [0, 1, 3, 4]),
    ("longer", "a\u2029b", [Edit(1, 2, "\n\n")], "a\n\nb", [0, 1, 1, 2, 3]),
    ("insert", "ab", [Edit(1, 1, "-")], "a-b", [0, 1, 1, 2]),
    ("edges", "  ab  ", [Edit(0, 2, ""), Edit(4, 6, "")], "ab", [2, 3, 6]),
]


@pytest.mark.parametrize(("text", "edits", "expected", "inputs"), [c[1:] for c in EDIT_CASES],
                         ids=[c[0] for c in EDIT_CASES])  # fmt: skip
def test_apply_edits(text: str, edits: list[Edit], expected: str, inputs: list[int]) -> None:
    out, offsets = apply_edits(text, edits)
    assert out == expected
    assert [offsets.to_input(i) for i in range(len(out) + 1)] == inputs


def test_overlapping_edits_are_rejected() -> None:
    with pytest.raises(ValueError, match="overlaps"):
        apply_edits("abcdef", [Edit(1, 4, ""), Edit(2, 5, "")])


def test_replacement_span_covers_what_it_replaced() -> None:
    _, offsets = apply_edits("a\r\nb", [Edit(1, 3, "\n")])
    assert offsets.span_to_input(1, 2) == (1, 3)
    assert offsets.to_clean(2) == 1  # inside the replaced "\r\n"


def test_deleted_input_maps_to_where_it_was_deleted() -> None:
    _, offsets = apply_edits("ab--cd", [Edit(2, 4, "")])
    assert [offsets.to_clean(i) for i in range(7)] == [0, 1, 2, 2, 2, 3, 4]


def test_composition_across_steps() -> None:
    def drop_dashes(text: str) -> list[Edit]:
        return [Edit(i, i + 1, "") for i, ch in enumerate(text) if ch == "-"]

    def crlf(text: str) -> list[Edit]:
        return [Edit(i, i + 2, "\n") for i in range(len(text) - 1) if text[i : i + 2] == "\r\n"]

    raw = "a-b\r\nc-d"
    text, offsets = run_steps(raw, [crlf, drop_dashes])
    assert text == "ab\ncd"
    assert [offsets.to_input(i) for i in range(len(text) + 1)] == [0, 2, 3, 5, 7, 8]
    assert offsets.span_to_input(0, 2) == (0, 3)
    assert offsets.span_to_input(2, 3) == (3, 5)


def test_joining_space_maps_to_the_newline() -> None:
    raw = "The ferry   \n   sailed."
    cleaned = clean_text(raw)
    assert cleaned.text == "The ferry sailed."
    space = cleaned.text.index(" sailed")
    assert raw[cleaned.offsets.to_input(space)] == "\n"


def test_removed_hyphen_is_outside_the_span() -> None:
    raw = "Ukrain-\nian units"
    cleaned = clean_text(raw, is_word=lambda w: w.lower() == "ukrainian")
    assert cleaned.text == "Ukrainian units"
    assert raw[slice(*cleaned.offsets.span_to_input(0, 6))] == "Ukrain"
    assert raw[slice(*cleaned.offsets.span_to_input(0, 9))] == "Ukrain-\nian"


@pytest.mark.parametrize("bad", [-1, 4])
def test_out_of_range(bad: int) -> None:
    offsets = clean_text("abc").offsets
    with pytest.raises(IndexError):
        offsets.to_input(bad)
    with pytest.raises(IndexError):
        offsets.to_clean(bad)
    with pytest.raises(IndexError):
        offsets.span_to_input(0, bad)


def test_map_stays_compact() -> None:
    raw = "A line of wire copy that wraps\nonto the next line.\n\n" * 2000
    cleaned = clean_text(raw)
    # A few runs per edit at most, never one entry per character.
    assert len(cleaned.offsets.clean_starts) < len(raw) // 20
