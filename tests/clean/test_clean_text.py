"""clean_text on small hand-written cases: characters, lines, paragraphs, pages."""

from __future__ import annotations

import pytest

from eventwire.clean import clean_text

CHARACTER_CASES = [
    # (id, raw, cleaned)
    ("empty", "", ""),
    ("only-space", " \n\t\n \f \n", ""),
    ("nfc", "The Cafe\u0301 Zo\u0308e reopened.", "The Café Zöe reopened."),
    (
        "crlf",
        "Rain fell\r\nall night.\r\n\r\nRoads closed.",
        "Rain fell all night.\n\nRoads closed.",
    ),
    ("lone-cr", "Rain fell\rall night.", "Rain fell all night."),
    ("unicode-breaks", "Rain\u2028fell.\u2029Roads\vclosed.", "Rain fell.\n\nRoads closed."),
    ("soft-hyphen", "The Minis\u00adtry said no.", "The Ministry said no."),
    ("soft-hyphen-eol", "The Minis\u00ad\ntry said no.", "The Ministry said no."),
    ("zero-width", "The bor\u200bder re\ufeffopened.", "The border reopened."),
    ("nbsp", "It is 40\u00a0km\u2009away.", "It is 40 km away."),
    ("tabs-and-runs", "Three\t\tboats   sank.", "Three boats sank."),
    ("trailing-spaces", "Rain fell   \nall night.   \n", "Rain fell all night."),
    (
        "curly-quotes-kept",
        "\u201cWe wait,\u201d she said. 'Fine.'",
        "\u201cWe wait,\u201d she said. 'Fine.'",
    ),
    ("controls", "Ferry\x07 late\x00.", "Ferry late."),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in CHARACTER_CASES],
                         ids=[c[0] for c in CHARACTER_CASES])  # fmt: skip
def test_characters(raw: str, expected: str) -> None:
    assert clean_text(raw).text == expected


LINE_CASES = [
    (
        "hard-wrapped-join",
        "The harbour master said the ferry would\nsail at dawn if the wind\ndropped overnight.",
        ["The harbour master said the ferry would sail at dawn if the wind dropped overnight."],
    ),
    (
        "blank-line-paragraphs",
        "Fog closed the port.\n\nTraders waited\non the quay.\n",
        ["Fog closed the port.", "Traders waited on the quay."],
    ),
    (
        "leading-space-paragraph",
        "The mayor thanked the crews for\ntheir work.\n Council members, however,\nwere less kind.",
        [
            "The mayor thanked the crews for their work.",
            "Council members, however, were less kind.",
        ],
    ),
    (
        "leading-space-mid-sentence-joins",
        "The mayor thanked the crews for\n their work.",
        ["The mayor thanked the crews for their work."],
    ),
    (
        "indented-margin-is-not-a-signal",
        " The levee held.\n Water rose again.\n Crews worked late.\n",
        ["The levee held. Water rose again. Crews worked late."],
    ),
    (
        "headline-own-paragraph",
        "Flood Waters Recede in Marlow\n\nThe river fell two metres\novernight.",
        ["Flood Waters Recede in Marlow", "The river fell two metres overnight."],
    ),
    (
        "many-blank-lines-between-paragraphs-without-pages",
        "One.\n\n\nTwo.",
        ["One.", "Two."],
    ),
]


@pytest.mark.parametrize(("raw", "paragraphs"), [c[1:] for c in LINE_CASES],
                         ids=[c[0] for c in LINE_CASES])  # fmt: skip
def test_lines_and_paragraphs(raw: str, paragraphs: list[str]) -> None:
    cleaned = clean_text(raw)
    assert cleaned.text == "\n\n".join(paragraphs)
    assert [cleaned.text[s:e] for s, e in cleaned.paragraphs] == paragraphs


PAGE_CASES = [
    (
        "form-feed-mid-sentence",
        "Officials said the bridge would stay\fclosed until the inspection ends.",
        ["Officials said the bridge would stay closed until the inspection ends."],
    ),
    (
        "blank-run-mid-quote",
        '"We are asking everyone to stay away from the\n\n\n\nriverbanks," the chief said.',
        ['"We are asking everyone to stay away from the riverbanks," the chief said.'],
    ),
    (
        "form-feed-after-sentence",
        "The bridge stays closed.\n\fInspectors arrive on Monday.",
        ["The bridge stays closed.", "Inspectors arrive on Monday."],
    ),
    (
        "blank-run-after-closing-quote",
        'The chief said, "Stay away."\n\n\n\nRain is forecast.',
        ['The chief said, "Stay away."', "Rain is forecast."],
    ),
    (
        "hyphen-across-page",
        "A row of goose-\fstepping guards passed.",
        ["A row of goose-stepping guards passed."],
    ),
    (
        "headline-at-page-end",
        "Officials said on Monday that the old bridge would stay closed\n"
        "until engineers finish their inspection.\n\n"
        "Market Day Moved\f"
        "Traders will meet on Friday instead, the council said in a\n"
        "statement posted outside the town hall.",
        [
            "Officials said on Monday that the old bridge would stay closed until engineers"
            " finish their inspection.",
            "Market Day Moved",
            "Traders will meet on Friday instead, the council said in a statement posted outside"
            " the town hall.",
        ],
    ),
    (
        # A paragraph's full-width first line at a page end is prose, not a headline.
        "full-width-line-at-page-end-joins",
        "Officials said on Monday that the old bridge would stay closed\n"
        "until engineers finish their inspection.\n\n"
        "Traders will meet on Friday instead, the council said in\f"
        "a statement posted outside the\n"
        "town hall.",
        [
            "Officials said on Monday that the old bridge would stay closed until engineers"
            " finish their inspection.",
            "Traders will meet on Friday instead, the council said in a statement posted outside"
            " the town hall.",
        ],
    ),
]


@pytest.mark.parametrize(("raw", "paragraphs"), [c[1:] for c in PAGE_CASES],
                         ids=[c[0] for c in PAGE_CASES])  # fmt: skip
def test_pages(raw: str, paragraphs: list[str]) -> None:
    assert clean_text(raw).text == "\n\n".join(paragraphs)


THREE_PAGES = (
    "THE MARLOW COURIER   Tuesday edition\n"
    "Page 1\n"
    "Flood waters began to recede on Monday after three days of rain, but officials\n"
    "warned that the levee north of the town remained weak.\n"
    "- 1 -\n"
    "\f"
    "THE MARLOW COURIER   Tuesday edition\n"
    "Page 2\n"
    "Engineers said repairs would take at least a\n"
    "- 2 -\n"
    "\f"
    "THE MARLOW COURIER   Tuesday edition\n"
    "Page 3\n"
    "month. Schools will reopen on Thursday.\n"
    "3 of 3\n"
)


def test_running_headers_and_page_numbers_removed() -> None:
    cleaned = clean_text(THREE_PAGES)
    assert cleaned.text == (
        "Flood waters began to recede on Monday after three days of rain, but officials warned"
        " that the levee north of the town remained weak.\n\n"
        "Engineers said repairs would take at least a month. Schools will reopen on Thursday."
    )
    assert "COURIER" not in cleaned.text


def test_running_footer_with_changing_numbers_removed() -> None:
    bodies = ["Dredging of the channel resumed", "on Tuesday after a week of", "storms."]
    pages = [f"{body}\nMarlow Courier - p. {n}" for n, body in enumerate(bodies, start=1)]
    cleaned = clean_text("\f".join(pages))
    assert cleaned.text == "Dredging of the channel resumed on Tuesday after a week of storms."


def test_line_repeated_on_too_few_pages_is_kept() -> None:
    pages = ["Harbour notes\nThe ferry sailed.", "Harbour notes\nThe tug returned.", "Weather.",
             "Tides.", "Wind.", "Fog."]  # fmt: skip
    assert clean_text("\f".join(pages)).text.count("Harbour notes") == 2


def test_paragraph_spans_cover_text() -> None:
    cleaned = clean_text("One.\n\nTwo words.\n\n\nThree.")
    assert cleaned.paragraphs == ((0, 4), (6, 16), (18, 24))
