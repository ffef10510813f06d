"""Articles <-> table rows: flatten records into per-table Arrow tables, and rebuild them exactly.

``article_tables`` turns a batch of articles into one Arrow table per store table (the only way
rows reach the database: bulk inserts, never row by row). ``rebuild_article`` takes the rows of
one article from every table, in record order, and returns the identical ``Article``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pyarrow as pa

from eventwire.records import (
    Actor,
    Article,
    DateRef,
    Event,
    Mention,
    Pipeline,
    Place,
    Quantity,
    Span,
    Statement,
    TimeExpr,
)
from eventwire.store.base import Parse
from eventwire.store.schema import COLUMNS, LAYER_TABLES
from eventwire.store.timex import timex_interval

Row = dict[str, Any]


def pipeline_key(article: Article) -> str:
    """Return the versions that produced an article's layers as one comparable string."""
    return versions_key(article.meta.pipeline)


def versions_key(p: Pipeline) -> str:
    """Return ``meta.pipeline`` as the comparable string ``pipeline_key`` gives."""
    return f"eventwire={p.eventwire};model={p.model};knowledge={p.knowledge}"


ARROW_TYPES: dict[str, pa.DataType] = {
    "str": pa.string(),
    "int": pa.int32(),
    "bigint": pa.int64(),
    "float": pa.float64(),
    "bool": pa.bool_(),
    "date": pa.date32(),
    "time": pa.timestamp("us", tz="UTC"),
    "spans": pa.list_(pa.list_(pa.int32())),
    "bytes": pa.binary(),
}
"""The Arrow type of each column kind of ``schema.COLUMNS``."""


def arrow_schema(table: str) -> pa.Schema:
    """Return the Arrow schema bulk inserts into ``table`` use."""
    return pa.schema([pa.field(name, ARROW_TYPES[kind]) for name, kind in COLUMNS[table]])


def to_arrow(table: str, rows: Sequence[Row]) -> pa.Table:
    """Return ``rows`` as an Arrow table with ``table``'s columns and types."""
    names = [name for name, _ in COLUMNS[table]]
    return pa.Table.from_pydict(
        {name: [row[name] for row in rows] for name in names}, schema=arrow_schema(table)
    )


def arrow_batch(table: str, rows: Sequence[tuple[Any, ...]]) -> pa.RecordBatch:
    """Return ``rows`` (tuples in ``table``'s column order) as an Arrow record batch."""
    schema = arrow_schema(table)
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in schema]
    arrays = [pa.array(column, type=f.type) for column, f in zip(columns, schema, strict=True)]
    return pa.RecordBatch.from_arrays(arrays, schema=schema)


def article_tables(articles: Iterable[Article], stored_at: dt.datetime) -> dict[str, list[Row]]:
    """Return the rows of ``articles`` for the articles table and every layer table."""
    rows: dict[str, list[Row]] = defaultdict(list)
    for article in articles:
        rows["articles"].append(_article_row(article, stored_at))
        for table, table_rows in layer_rows(article).items():
            rows[table].extend(table_rows)
    return rows


def parse_row(article_id: str, parse: Parse) -> Row:
    """Return the row keeping an article's parse."""
    return {"article_id": article_id, "model": parse.model, "docbin": parse.docbin}


def sighting_row(article: Article, seen_at: dt.datetime) -> Row:
    """Return the row recording that ``article`` was seen now, where, and by which pipeline."""
    meta = article.meta
    return {
        "article_id": article.id, "seen_at": seen_at, "path": meta.input.path, "url": meta.url,
        "source": meta.source, "input_id": meta.input.id, "format": meta.input.format,
        "pipeline": pipeline_key(article),
    }  # fmt: skip


def _article_row(article: Article, stored_at: dt.datetime) -> Row:
    meta = article.meta
    return {
        "id": article.id, "schema": article.schema, "text": article.text,
        "meta": json.dumps(meta.to_dict(), ensure_ascii=False), "title": meta.title,
        "url": meta.url, "source": meta.source, "published": meta.published,
        "language": meta.language, "dateline": meta.dateline, "pipeline": pipeline_key(article),
        "paragraphs": [list(p) for p in article.paragraphs],
        "sentences": [list(s) for s in article.sentences], "stored_at": stored_at,
    }  # fmt: skip


def layer_rows(article: Article) -> dict[str, list[Row]]:
    """Return the rows of every layer table for one article."""
    rows: dict[str, list[Row]] = {table: [] for table in LAYER_TABLES}
    key = {"article_id": article.id}
    for seq, actor in enumerate(article.actors):
        rows["actors"].append({**key, "seq": seq, **_actor(actor)})
        for i, mention in enumerate(actor.mentions):
            rows["actor_mentions"].append(
                {**key, "actor_id": actor.id, "seq": i, **_span("", mention), "how": mention.how}
            )
        for i, member in enumerate(actor.members):
            rows["actor_members"].append(
                {**key, "actor_id": actor.id, "seq": i, "member_id": member}
            )
    for seq, event in enumerate(article.events):
        rows["events"].append({**key, "seq": seq, **_event(event)})
        for i, trigger in enumerate(event.triggers):
            rows["event_triggers"].append(
                {**key, "event_id": event.id, "seq": i, **_span("", trigger)}
            )
    for seq, statement in enumerate(article.statements):
        rows["statements"].append({**key, "seq": seq, **_statement(statement)})
        for i, piece in enumerate(statement.content):
            rows["statement_content"].append(
                {**key, "statement_id": statement.id, "seq": i, **_span("", piece)}
            )
    rows["quantities"] = [
        {**key, "seq": i, **_quantity(q)} for i, q in enumerate(article.quantities)
    ]
    rows["times"] = [{**key, "seq": i, **_time(t)} for i, t in enumerate(article.times)]
    rows["places"] = [{**key, "seq": i, **_place(p)} for i, p in enumerate(article.places)]
    return rows


def _span(prefix: str, span: Span | Mention | None) -> Row:
    """Flatten a span to ``<prefix>_start/_end/_text`` (unprefixed: ``start_char/end_char/text``)."""
    names = (f"{prefix}_start", f"{prefix}_end", f"{prefix}_text") if prefix else _PLAIN_SPAN
    if span is None:
        return dict.fromkeys(names)
    return dict(zip(names, (span.start, span.end, span.text), strict=True))


_PLAIN_SPAN = ("start_char", "end_char", "text")


def _date(date: DateRef | None) -> Row:
    interval = timex_interval(date.value) if date is not None else None
    return {
        "date_value": date.value if date else None,
        "date_time": date.time if date else None,
        "date_inferred": date.inferred if date else None,
        "date_start": interval[0] if interval else None,
        "date_end": interval[1] if interval else None,
    }


def _actor(a: Actor) -> Row:
    return {
        "id": a.id, "name": a.name, "kind": a.kind, "code": a.code, "country": a.country,
        "sector": a.sector, "wikidata": a.wikidata,
    }  # fmt: skip


def _event(e: Event) -> Row:
    return {
        "id": e.id, "cameo": e.cameo, "plover": e.plover, "plover_mode": e.plover_mode,
        "quad_class": e.quad_class, "goldstein": e.goldstein, "source": e.source,
        "target": e.target, "sentence": e.sentence, **_date(e.date), "place": e.place,
        "modality": e.modality, "statement": e.statement, "confidence": e.confidence,
    }  # fmt: skip


def _statement(s: Statement) -> Row:
    return {
        "id": s.id, "kind": s.kind, "speaker": s.speaker,
        **_span("speaker_mention", s.speaker_mention), **_span("cue", s.cue),
        "addressee": s.addressee, **_span("via", s.via), "stance": s.stance, **_date(s.date),
    }  # fmt: skip


def _quantity(q: Quantity) -> Row:
    return {
        "id": q.id, **_span("", q.span), "value": q.value, "low": q.low, "high": q.high,
        "bound": q.bound, "unit": q.unit, **_span("what", q.what), "category": q.category,
        "actor": q.actor, "event": q.event, "statement": q.statement,
    }  # fmt: skip


def _time(t: TimeExpr) -> Row:
    interval = timex_interval(t.value) if t.type in ("DATE", "TIME") else None
    return {
        "id": t.id, **_span("", t.span), "type": t.type, "value": t.value,
        "date_start": interval[0] if interval else None,
        "date_end": interval[1] if interval else None,
    }  # fmt: skip


def _place(p: Place) -> Row:
    return {
        "id": p.id, **_span("", p.span), "name": p.name, "country": p.country,
        "admin1": p.admin1, "lat": p.lat, "lon": p.lon, "geonameid": p.geonameid,
        "feature": p.feature, "role": p.role,
    }  # fmt: skip


# -- rebuilding ------------------------------------------------------------------------------------


def rebuild_article(article_row: Row, tables: Mapping[str, Sequence[Row]]) -> Article:
    """Rebuild one article from its articles row and its layer rows (each list in record order)."""
    mentions = _children(tables.get("actor_mentions", ()), "actor_id")
    members = _children(tables.get("actor_members", ()), "actor_id")
    triggers = _children(tables.get("event_triggers", ()), "event_id")
    content = _children(tables.get("statement_content", ()), "statement_id")
    record = {
        "schema": article_row["schema"],
        "id": article_row["id"],
        "meta": json.loads(article_row["meta"]),
        "text": article_row["text"],
        "paragraphs": article_row["paragraphs"],
        "sentences": article_row["sentences"],
        "actors": [
            _unactor(r, mentions[r["id"]], members[r["id"]]) for r in tables.get("actors", ())
        ],
        "events": [_unevent(r, triggers[r["id"]]) for r in tables.get("events", ())],
        "statements": [_unstatement(r, content[r["id"]]) for r in tables.get("statements", ())],
        "quantities": [
            {**_pick(r, _QUANTITY), "span": _whole_span(r), "what": _unspan("what", r)}
            for r in tables.get("quantities", ())
        ],
        "times": [{**_pick(r, _TIME), "span": _whole_span(r)} for r in tables.get("times", ())],
        "places": [{**_pick(r, _PLACE), "span": _whole_span(r)} for r in tables.get("places", ())],
    }
    return Article.from_dict(record)


_ACTOR = ("id", "name", "kind", "code", "country", "sector", "wikidata")
_EVENT = (
    "id", "cameo", "plover", "plover_mode", "quad_class", "goldstein", "source", "target",
    "sentence", "place", "modality", "statement", "confidence",
)  # fmt: skip
_STATEMENT = ("id", "kind", "speaker", "addressee", "stance")
_QUANTITY = (
    "id", "value", "low", "high", "bound", "unit", "category", "actor", "event", "statement",
)  # fmt: skip
_TIME = ("id", "type", "value")
_PLACE = ("id", "name", "country", "admin1", "lat", "lon", "geonameid", "feature", "role")


def _pick(row: Row, names: Sequence[str]) -> Row:
    return {name: row[name] for name in names}


def _children(rows: Iterable[Row], parent: str) -> defaultdict[str, list[Row]]:
    grouped: defaultdict[str, list[Row]] = defaultdict(list)
    for row in rows:
        grouped[row[parent]].append(row)
    return grouped


def _whole_span(row: Row) -> Row:
    """The span of a row's ``start_char``/``end_char``/``text`` columns."""
    return {"start": row["start_char"], "end": row["end_char"], "text": row["text"]}


def _unspan(prefix: str, row: Row) -> Row | None:
    """The optional span in a row's ``<prefix>_start``/``_end``/``_text`` columns."""
    if row[f"{prefix}_start"] is None:
        return None
    return {
        "start": row[f"{prefix}_start"],
        "end": row[f"{prefix}_end"],
        "text": row[f"{prefix}_text"],
    }


def _undate(row: Row) -> Row | None:
    if row["date_value"] is None:
        return None
    return {"value": row["date_value"], "time": row["date_time"], "inferred": row["date_inferred"]}


def _unactor(row: Row, mentions: Sequence[Row], members: Sequence[Row]) -> Row:
    return {
        **_pick(row, _ACTOR),
        "mentions": [{**_whole_span(m), "how": m["how"]} for m in mentions],
        "members": [m["member_id"] for m in members],
    }


def _unevent(row: Row, triggers: Sequence[Row]) -> Row:
    return {
        **_pick(row, _EVENT),
        "date": _undate(row),
        "triggers": [_whole_span(t) for t in triggers],
    }


def _unstatement(row: Row, content: Sequence[Row]) -> Row:
    return {
        **_pick(row, _STATEMENT),
        "content": [_whole_span(piece) for piece in content],
        "speaker_mention": _unspan("speaker_mention", row),
        "cue": _unspan("cue", row),
        "via": _unspan("via", row),
        "date": _undate(row),
    }
