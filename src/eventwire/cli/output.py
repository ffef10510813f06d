"""Human-readable tables for the terminal (rich)."""

from __future__ import annotations

import csv
import dataclasses
import json
import sys
from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from eventwire.records import Article
from eventwire.store.results import (
    ActorRow,
    EventClusterRow,
    EventRow,
    QuantityRow,
    ResultRow,
    StatementRow,
    Stats,
    StoryRow,
    TotalRow,
    row_names,
)


def _console() -> Console:
    # markup=False: article text and names are printed as they are, never read as rich markup.
    return Console(soft_wrap=False, width=120, markup=False)


def print_article_table(article: Article) -> None:
    """Print an article's metadata and its layers as tables."""
    console = _console()
    meta = article.meta
    title = meta.title or (meta.input.path or article.id)
    console.print(
        Text.assemble(
            (title, "bold"),
            f"  id={article.id}  published={meta.published or '-'}  "
            f"dateline={meta.dateline or '-'}  language={meta.language}  "
            f"paragraphs={len(article.paragraphs)}  sentences={len(article.sentences)}",
        )
    )
    names = {a.id: a.name for a in article.actors}
    if article.actors:
        table = Table("id", "actor", "kind", "code", "mentions", title="actors")
        for a in article.actors:
            table.add_row(
                a.id, a.name, a.kind, a.code or "-", "; ".join(m.text for m in a.mentions[:4])
            )
        console.print(table)
    if article.events:
        table = Table(
            "id",
            "source",
            "cameo",
            "plover",
            "target",
            "date",
            "modality",
            "trigger",
            title="events",
        )
        for e in article.events:
            table.add_row(
                e.id, names.get(e.source or "", "-"), e.cameo, e.plover or "-", names.get(e.target or "", "-"),
                _shown_date(e.date.value if e.date else None, e.date.inferred if e.date else None),
                e.modality, e.triggers[0].text,
            )  # fmt: skip
        console.print(table)
    if article.statements:
        table = Table("id", "speaker", "kind", "stance", "content", title="statements")
        for s in article.statements:
            content = " … ".join(c.text for c in s.content)
            table.add_row(s.id, names.get(s.speaker or "", "-"), s.kind, s.stance, content[:90])
        console.print(table)
    if not (article.actors or article.events or article.statements):
        console.print("  (no extraction layers yet)")


# -- query results ---------------------------------------------------------------------------------

OUTPUT_FORMATS = ("table", "json", "jsonl", "csv")

# The columns a terminal table shows (every format but ``table`` has all of them).
_TABLE_COLUMNS: dict[type, tuple[str, ...]] = {
    EventRow: (
        "article_id", "event_id", "date", "date_inferred", "source_name", "cameo", "plover",
        "target_name",
        "modality", "trigger", "sentence",
    ),
    StatementRow: (
        "article_id", "statement_id", "date", "date_inferred", "speaker_name", "kind", "stance",
        "cue", "content", "sentence",
    ),
    ActorRow: (
        "article_id", "actor_id", "name", "kind", "code", "country", "mentions", "mention_texts",
    ),
    QuantityRow: (
        "article_id", "quantity_id", "date", "category", "value", "bound", "unit", "span", "what",
        "actor_name", "country", "speaker_name",
    ),
    TotalRow: (
        "category", "country", "unit", "quantities", "articles", "total", "no_event",
        "earlier_event", "not_happened",
    ),
    StoryRow: (
        "id", "first_date", "last_date", "articles", "duplicates", "events", "main_actors", "title",
    ),
    EventClusterRow: (
        "cluster", "first_date", "source_name", "cameo", "plover", "target_name", "reports",
        "articles", "confidence", "trigger",
    ),
}  # fmt: skip
_CELL_WIDTH = 60


def print_rows(rows: Sequence[ResultRow], row_type: type[ResultRow], fmt: str, title: str) -> None:
    """Print query results as a table, a JSON array, JSON lines or CSV (all to stdout)."""
    if fmt == "json":
        print(json.dumps([dataclasses.asdict(r) for r in rows], ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for row in rows:
            print(json.dumps(dataclasses.asdict(row), ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=row_names(row_type), lineterminator="\n")
        writer.writeheader()
        writer.writerows(_csv_row(dataclasses.asdict(r)) for r in rows)
    elif not rows:
        print(f"{title}: none found")
    else:
        columns = _TABLE_COLUMNS[row_type]
        table = Table(*columns, title=f"{title} ({len(rows)})")
        for row in rows:
            values = dataclasses.asdict(row)
            table.add_row(*(_cell(values[c]) for c in columns))
        _console().print(table)


def _csv_row(values: dict[str, object]) -> dict[str, object]:
    """A row for CSV: a list of ids is joined by spaces, other lists are written as JSON."""
    return {
        name: (
            " ".join(map(str, value))
            if isinstance(value, list) and all(isinstance(v, str) for v in value)
            else json.dumps(value, ensure_ascii=False)
            if isinstance(value, list)
            else value
        )
        for name, value in values.items()
    }


def _shown_date(value: str | None, inferred: bool | None) -> str:
    """An event's date for a table: marked when it is only the article's date."""
    if value is None:
        return "-"
    return f"{value} (inferred)" if inferred else value


def _cell(value: object) -> Text:
    """A table cell: plain text (never read as rich markup), cut to ``_CELL_WIDTH``."""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        value = f"{len(value)}: {' '.join(value)}"
    text = "-" if value is None else str(value)
    return Text(text if len(text) <= _CELL_WIDTH else text[: _CELL_WIDTH - 1] + "…")


def print_stats(stats: Stats, fmt: str) -> None:
    """Print the store statistics as tables or as one JSON object."""
    if fmt == "json":
        print(json.dumps(dataclasses.asdict(stats), ensure_ascii=False, indent=2))
        return
    console = _console()
    parts: list[tuple[str, tuple[str, ...], list[tuple[object, ...]]]] = [
        ("rows per table", ("table", "rows"), list(stats.tables.items())),
        ("articles by language", ("language", "articles"), list(stats.languages)),
        ("articles by year", ("year", "articles"), list(stats.years)),
        ("pipeline versions", ("pipeline", "articles"), list(stats.pipelines)),
        ("top actors", ("name", "code", "articles"), list(stats.top_actors)),
        ("CAMEO roots", ("root", "events"), list(stats.cameo_roots)),
    ]
    for title, headers, rows in parts:
        if not rows:
            console.print(f"{title}: none found yet")
            continue
        table = Table(*headers, title=title)
        for row in rows:
            table.add_row(*(_cell(v) for v in row))
        console.print(table)


def print_demo_tables(
    actors: Sequence[ActorRow], events: Sequence[EventRow], statements: Sequence[StatementRow]
) -> None:
    """Print the actors, events and statements the demo found ("none found yet" when empty)."""
    for rows, row_type, title in (
        (actors, ActorRow, "actors"),
        (events, EventRow, "events"),
        (statements, StatementRow, "statements"),
    ):
        if rows:
            print_rows(rows, row_type, "table", title)
        else:
            _console().print(f"{title}: none found yet")
