"""Datelines: reported, never removed; no false positives on ordinary openings."""

from __future__ import annotations

import pytest

from eventwire.clean import clean_text

DATELINES = [
    # (raw, place)
    ("BEIJING (AP) \u2014 The talks ended early.", "BEIJING"),
    ("WASHINGTON, D.C. (AP) \u2014 Lawmakers met.", "WASHINGTON"),
    ("KYIV, Ukraine \u2014 Sirens sounded overnight.", "KYIV"),
    ("SAN JUAN, Puerto Rico (Reuters) \u2013 Power returned.", "SAN JUAN"),
    ("ST. LOUIS (AFP) -- Floodwaters rose.", "ST. LOUIS"),
    ("KYIV (Reuters) - Russian forces shelled the city.", "KYIV"),
    ("NAIROBI, Kenya - Talks resumed on Monday.", "NAIROBI"),
    ("NEW DELHI: The monsoon arrived late.", "NEW DELHI"),
    ("MARLOW (VOA)\u2014Crews worked late.", "MARLOW"),
    ("S\u00c3O PAULO (AP) \u2014 Markets fell.", "S\u00c3O PAULO"),
    ("Flood Waters Recede\n\nMARLOW, England (AP) \u2014 The river fell.", "MARLOW"),
    ("Flood Waters Recede\n\nBy Jane Roe\n\nMARLOW (AP) \u2014 The river fell.", "MARLOW"),
    # a headline run into the dateline's paragraph, as feeds that join title and text write it
    ("Council backs new library. MARLOW \u2014 The town council voted on Monday.", "MARLOW"),
    ("Man held after chase . ST. PAUL -- Police arrested a man on Monday.", "ST. PAUL"),
]

NOT_DATELINES = [
    "NATO said the drills would go ahead.",
    "U.S. officials - speaking on condition of anonymity - said no.",
    "KYIV-based analysts said the shelling went on.",
    "UPDATE 2 - Oil prices rose on Monday.",
    "NATO - the alliance said on Monday - will meet.",
    "U.S. \u2014 officials declined to comment.",
    "The mayor of MARLOW \u2014 a small town \u2014 resigned.",
    "BREAKING: Floodwaters rise in the valley.",
    "NATO \u2014 the alliance said on Monday \u2014 will meet.",
    "PUTTING FIRST THINGS FIRST: a guide.",
    "Beijing (AP) \u2014 lowercase places are not datelines.",
    "The river rose.\n\nMARLOW (AP) \u2014 A second story.",
    "Officials at the U.S. ARMY \u2014 a spokesman said \u2014 declined to comment.",
    "The river rose. NATO \u2014 the alliance said on Monday \u2014 will meet.",
    "Kyiv, Ukraine \u2014 not all caps.",
    "KYIV, ukraine \u2014 the region must be a name.",
    "",
]


@pytest.mark.parametrize(("raw", "place"), DATELINES)
def test_dateline_found_and_kept(raw: str, place: str) -> None:
    cleaned = clean_text(raw)
    assert cleaned.dateline == place
    assert place in cleaned.text


@pytest.mark.parametrize("raw", NOT_DATELINES)
def test_no_dateline(raw: str) -> None:
    assert clean_text(raw).dateline is None
