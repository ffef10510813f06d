"""Integrity checks of an article record: schema, spans and references.

Used by the test suite on every record the program emits (setting ``check_records``, turned on by
``EVENTWIRE_CHECK_RECORDS=1``), and available to users who load records from elsewhere.
"""

from __future__ import annotations

from typing import Any

from eventwire.records import Article, iter_spans
from eventwire.schema import SchemaError, validate_article


def check_article(article: Article | dict[str, Any]) -> Article:
    """Validate a record; return it as an ``Article``.

    Raises:
        SchemaError: the record breaks the schema, a span's text differs from the article text
            at its offsets, or an id reference points nowhere.
    """
    record = article.to_dict() if isinstance(article, Article) else article
    validate_article(record)
    art = article if isinstance(article, Article) else Article.from_dict(record)
    for where, span in iter_spans(art):
        if not 0 <= span.start <= span.end <= len(art.text):
            _fail(art, f"{where}: offsets [{span.start}, {span.end}) outside the text")
        if art.text[span.start : span.end] != span.text:
            _fail(art, f"{where}: span text {span.text!r} != text[{span.start}:{span.end}]")
    for name, pairs in (("paragraphs", art.paragraphs), ("sentences", art.sentences)):
        for start, end in pairs:
            if not 0 <= start <= end <= len(art.text):
                _fail(art, f"{name}: [{start}, {end}) outside the text")
    _check_references(art)
    return art


def _check_references(art: Article) -> None:
    layers: dict[str, tuple[Any, ...]] = {
        "A": art.actors, "E": art.events, "S": art.statements,
        "Q": art.quantities, "T": art.times, "P": art.places,
    }  # fmt: skip
    ids = {prefix: [r.id for r in records] for prefix, records in layers.items()}
    for prefix, values in ids.items():
        if len(values) != len(set(values)):
            _fail(art, f"duplicate {prefix} ids")
    known = {prefix: set(values) for prefix, values in ids.items()}
    refs: list[tuple[str, str | None, str]] = []
    for a in art.actors:
        refs += [(f"actors.{a.id}.members", m, "A") for m in a.members]
    for e in art.events:
        refs += [(f"events.{e.id}.source", e.source, "A"), (f"events.{e.id}.target", e.target, "A")]
        refs += [
            (f"events.{e.id}.place", e.place, "P"),
            (f"events.{e.id}.statement", e.statement, "S"),
        ]
        refs.append((f"events.{e.id}.date.time", e.date.time if e.date else None, "T"))
        if e.sentence >= max(1, len(art.sentences)):
            _fail(art, f"events.{e.id}.sentence {e.sentence} out of range")
    for s in art.statements:
        refs += [
            (f"statements.{s.id}.speaker", s.speaker, "A"),
            (f"statements.{s.id}.addressee", s.addressee, "A"),
        ]
        refs.append((f"statements.{s.id}.date.time", s.date.time if s.date else None, "T"))
    for q in art.quantities:
        refs += [
            (f"quantities.{q.id}.actor", q.actor, "A"),
            (f"quantities.{q.id}.event", q.event, "E"),
        ]
        refs.append((f"quantities.{q.id}.statement", q.statement, "S"))
    for where, ref, prefix in refs:
        if ref is not None and ref not in known[prefix]:
            _fail(art, f"{where}: unknown id {ref!r}")


def _fail(art: Article, problem: str) -> None:
    raise SchemaError(problem, source=art.id)
