"""Hand-built articles with quantities, for the store's quantity queries and ``eventwire quantities``.

Two articles (``context`` is a third, used alone): a claim of soldiers killed and wounded near Kharkiv with people displaced and money
pledged (published 2025-03-10), and arrests and deaths of protesters in Lagos (2025-06-01).
"""

from __future__ import annotations

from eventwire.checks import check_article
from eventwire.pipeline import article_id
from eventwire.records import Actor, Article, DateRef, Event, Place, Quantity, Statement
from sample_articles import Text, meta


def kharkiv() -> Article:
    """Russian officials claim 12 Ukrainian soldiers killed and 30 wounded (event 2025-03-08)."""
    t = Text(
        "Russian officials said 12 Ukrainian soldiers were killed and 30 wounded near Kharkiv. "
        "Around 2,000 people fled. Kyiv pledged $5 million in aid."
    )
    actors = (
        Actor("A1", "Russian officials", "group", "RUSGOV", "RUS", "GOV", None,
              (t.mention("Russian officials", "description"),)),
        Actor("A2", "Ukrainian soldiers", "group", "UKRMIL", "UKR", "MIL", None,
              (t.mention("Ukrainian soldiers", "description"),)),
        Actor("A3", "Ukrainian government", "government", "UKRGOV", "UKR", "GOV", None,
              (t.mention("Kyiv", "metonym"),)),
    )  # fmt: skip
    claim = t.span("12 Ukrainian soldiers were killed and 30 wounded near Kharkiv")
    events = (
        Event("E1", "190", "ASSAULT", None, 4, -10.0, None, "A2", (t.span("killed"),), 0,
              DateRef("2025-03-08"), "P1", "claimed", "S1", 0.6),
    )  # fmt: skip
    statements = (
        Statement("S1", "indirect", (claim,), "A1", t.span("Russian officials"), t.span("said"),
                  None, None, "claim", None),
    )  # fmt: skip
    quantities = (
        Quantity("Q1", t.span("12"), 12.0, 12.0, 12.0, "exact", "people",
                 t.span("Ukrainian soldiers"), "killed", "A2", "E1", "S1"),
        Quantity("Q2", t.span("30"), 30.0, 30.0, 30.0, "exact", "people", None, "wounded", "A2",
                 "E1", "S1"),
        Quantity("Q3", t.span("Around 2,000"), 2000.0, None, None, "approx", "people",
                 t.span("people"), "displaced"),
        Quantity("Q4", t.span("$5 million"), 5e6, 5e6, 5e6, "exact", "USD", t.span("aid"),
                 "money"),
    )  # fmt: skip
    return Article(
        id=article_id(t.text), meta=meta("2025-03-10", title="Kharkiv claims"), text=t.text,
        paragraphs=((0, len(t.text)),), sentences=t.sentences(), actors=actors, events=events,
        statements=statements, quantities=quantities,
        places=(Place("P1", t.span("Kharkiv"), "Kharkiv", "UKR", None, 49.98, 36.25, 706483,
                      "PPLA", "location"),),
    )  # fmt: skip


def lagos() -> Article:
    """Police arrest 45 protesters in Lagos (event 2025-05-31); at least 3 killed (undated)."""
    t = Text("Police arrested 45 protesters in Lagos. At least 3 protesters were killed.")
    actors = (
        Actor("A1", "Nigerian police", "group", "NGACOP", "NGA", "COP", None,
              (t.mention("Police", "description"),)),
        Actor("A2", "Nigerian protesters", "group", "NGACVL", "NGA", "CVL", None,
              (t.mention("protesters", "plural"), t.mention("protesters", "plural", 2))),
    )  # fmt: skip
    events = (
        Event("E1", "173", "ARREST", None, 4, -5.0, "A1", "A2", (t.span("arrested"),), 0,
              DateRef("2025-05-31"), "P1", "asserted", None, 0.8),
    )  # fmt: skip
    quantities = (
        Quantity("Q1", t.span("45"), 45.0, 45.0, 45.0, "exact", "people", t.span("protesters"),
                 "arrested", "A2", "E1"),
        Quantity("Q2", t.span("At least 3"), 3.0, 3.0, None, "at_least", "people",
                 t.span("protesters", 2), "killed", "A2"),
    )  # fmt: skip
    return Article(
        id=article_id(t.text), meta=meta("2025-06-01", title="Lagos protests"), text=t.text,
        paragraphs=((0, len(t.text)),), sentences=t.sentences(), actors=actors, events=events,
        quantities=quantities,
        places=(Place("P1", t.span("Lagos"), "Lagos", "NGA", None, 6.45, 3.39, 2332459, "PPLA2",
                      "location"),),
    )  # fmt: skip


def context() -> Article:
    """Numbers an article quotes beside its own news (published 2025-09-03): a kidnapping that
    day (summed), a past war's toll, a pandemic's deaths since 2020, a planned deployment and an
    economy's size (left out of totals)."""
    t = Text(
        "Gunmen kidnapped 12 aid workers on Monday. The 1979-89 war killed about one million "
        "people. The virus has killed 6 million people since 2020. The army plans to deploy "
        "500 troops. The $3 trillion economy is slowing."
    )
    events = (
        Event("E1", "181", "ASSAULT", "abduct", 4, -9.0, None, None, (t.span("kidnapped"),), 0,
              DateRef("2025-09-01"), None, "asserted", None, 0.9),
        Event("E2", "190", "ASSAULT", None, 4, -10.0, None, None, (t.span("killed"),), 1,
              DateRef("1979"), None, "asserted", None, 0.5),
        Event("E3", "190", "ASSAULT", None, 4, -10.0, None, None, (t.span("killed", 2),), 2,
              DateRef("2020"), None, "asserted", None, 0.5),
        Event("E4", "154", "COERCE", None, 4, -7.2, None, None, (t.span("deploy"),), 3,
              DateRef("2025-09-03", inferred=True), None, "intended", None, 0.7),
    )  # fmt: skip
    quantities = (
        Quantity("Q1", t.span("12"), 12.0, 12.0, 12.0, "exact", "people",
                 t.span("aid workers"), "kidnapped", None, "E1"),
        Quantity("Q2", t.span("about one million"), 1e6, None, None, "approx", "people",
                 t.span("people"), "killed", None, "E2"),
        Quantity("Q3", t.span("6 million"), 6e6, 6e6, 6e6, "exact", "people",
                 t.span("people", 2), "killed", None, "E3"),
        Quantity("Q4", t.span("500"), 500.0, 500.0, 500.0, "exact", "people", t.span("troops"),
                 "deployed", None, "E4"),
        Quantity("Q5", t.span("$3 trillion"), 3e12, 3e12, 3e12, "exact", "USD",
                 t.span("economy"), "money"),
    )  # fmt: skip
    article = Article(
        id=article_id(t.text), meta=meta("2025-09-03", title="Context"), text=t.text,
        paragraphs=((0, len(t.text)),), sentences=t.sentences(), events=events,
        quantities=quantities,
    )  # fmt: skip
    return check_article(article)


def quantity_articles() -> list[Article]:
    """The two articles, each checked like every record the program emits."""
    articles = [kharkiv(), lagos()]
    for article in articles:
        check_article(article)
    return articles
