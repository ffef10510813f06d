"""``eventwire show|stats|events|statements|actors|export``: output checked against the store API."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from cli_runner import Run
from eventwire.pipeline import article_id
from eventwire.records import Actor, Article
from eventwire.store import Filters, open_store
from eventwire.store.schema import TABLES
from sample_articles import Text, meta


def api_rows(db: str, command: str, filters: Filters) -> list[dict[str, object]]:
    with open_store(db, read_only=True) as store:
        rows = getattr(store, command)(filters)
    return [dataclasses.asdict(r) for r in rows]


def test_show_prints_the_stored_record(cli: Run, filled_db: tuple[str, list[Article]]) -> None:
    db, articles = filled_db
    for article in articles:
        result = cli("show", article.id, "--db", db)
        assert result.code == 0, result.err
        assert Article.from_dict(json.loads(result.out)) == article


def test_show_as_a_table(cli: Run, filled_db: tuple[str, list[Article]]) -> None:
    db, articles = filled_db
    result = cli("show", articles[0].id, "--db", db, "--format", "table")
    assert result.code == 0 and "Summit in Beijing" in result.out and "Vladimir Putin" in result.out


def test_show_an_unknown_id_is_an_error(cli: Run, filled_db: tuple[str, list[Article]]) -> None:
    result = cli("show", "ffffffffffffffff", "--db", filled_db[0])
    assert result.code == 1 and "no article with id 'ffffffffffffffff'" in result.err


def test_a_missing_store_is_an_error_and_is_not_created(cli: Run, tmp_path: Path) -> None:
    result = cli("events", "--db", str(tmp_path / "none.duckdb"))
    assert result.code == 1 and "no store here yet" in result.err
    assert not (tmp_path / "none.duckdb").exists()


@pytest.mark.parametrize(
    ("argv", "command", "filters"),
    [
        (["events", "--cameo", "19"], "events", Filters(cameo="19")),
        (["events", "--actor", "RUS", "--modality", "asserted"], "events", Filters(actor="RUS", modality="asserted")),
        (["events", "--since", "2025-01-01", "--until", "2025-12-31"], "events",
         Filters(since=dt.date(2025, 1, 1), until=dt.date(2025, 12, 31))),
        (["events", "--since", "2025-01-01", "--include-inferred"], "events",
         Filters(since=dt.date(2025, 1, 1), include_inferred=True)),
        (["events", "--country", "chn", "--plover", "consult", "--text", "beijing"], "events",
         Filters(country="chn", plover="consult", text="beijing")),
        (["events", "--limit", "1"], "events", Filters(limit=1)),
        (["statements", "--kind", "mixed"], "statements", Filters(kind="mixed")),
        (["statements", "--actor", "nato", "--stance", "criticize"], "statements", Filters(actor="nato", stance="criticize")),
        (["actors", "--kind", "person", "--country", "RUS"], "actors", Filters(kind="person", country="RUS")),
        (["actors", "--limit", "0"], "actors", Filters(limit=None)),
    ],
)  # fmt: skip
def test_query_commands_print_what_the_api_returns(
    cli: Run, filled_db: tuple[str, list[Article]], argv: list[str], command: str, filters: Filters
) -> None:
    db = filled_db[0]
    expected = api_rows(db, command, filters)
    assert expected, "every case selects something"
    result = cli(*argv, "--db", db, "--format", "json")
    assert result.code == 0, result.err
    assert json.loads(result.out) == expected
    lines = cli(*argv, "--db", db, "--format", "jsonl").out.splitlines()
    assert [json.loads(line) for line in lines] == expected
    rows = list(csv.DictReader(io.StringIO(cli(*argv, "--db", db, "--format", "csv").out)))
    assert [r[next(iter(r))] for r in rows] == [e["article_id"] for e in expected]
    assert list(rows[0]) == list(expected[0])
    table = cli(*argv, "--db", db).out
    assert f"({len(expected)})" in table
    if command in {"events", "statements"}:  # whether a date is only the article's, everywhere
        assert "date_inferred" in rows[0] and "date_inferred" in expected[0]
        assert ("True" in table or "False" in table) or all(e["date"] is None for e in expected)


def test_an_empty_result_says_so(cli: Run, filled_db: tuple[str, list[Article]]) -> None:
    result = cli("events", "--actor", "nobody", "--db", filled_db[0])
    assert result.code == 0 and "events: none found" in result.out
    assert (
        cli("events", "--actor", "nobody", "--db", filled_db[0], "--format", "json").out.strip()
        == "[]"
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["events", "--since", "2025-13-01"],
        ["events", "--limit", "-1"],
        ["events", "--limit", "99999999999999999999"],
        ["quantities", "--limit", "99999999999999999999"],
        ["actors", "--limit", "ten"],
    ],
)
def test_bad_filter_values_are_usage_errors(cli: Run, db: str, argv: list[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli(*argv, "--db", db)
    assert caught.value.code == 2


def test_stats(cli: Run, filled_db: tuple[str, list[Article]]) -> None:
    db = filled_db[0]
    result = cli("stats", "--db", db, "--format", "json")
    assert result.code == 0, result.err
    stats = json.loads(result.out)
    assert stats["tables"]["articles"] == 3 and stats["tables"]["events"] == 4
    assert stats["languages"] == [["en", 2], ["de", 1]]
    table = cli("stats", "--db", db).out
    assert "rows per table" in table and "CAMEO roots" in table


def test_export_jsonl_to_a_file_and_to_stdout(
    cli: Run, filled_db: tuple[str, list[Article]], tmp_path: Path
) -> None:
    db, articles = filled_db
    expected = sorted(articles, key=lambda a: a.id)
    result = cli("export", "--format", "jsonl", "--db", db, str(tmp_path / "all.jsonl"))
    assert result.code == 0, result.err
    lines = (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()
    assert [Article.from_dict(json.loads(line)) for line in lines] == expected
    out = cli("export", "--db", db, "-").out.splitlines()
    assert [Article.from_dict(json.loads(line)) for line in out] == expected


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export_tables(
    cli: Run, filled_db: tuple[str, list[Article]], tmp_path: Path, fmt: str
) -> None:
    result = cli("export", "--format", fmt, "--db", filled_db[0], str(tmp_path / "out"))
    assert result.code == 0, result.err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        f"{t}.{fmt}" for t in TABLES
    )


def test_export_refuses_an_odd_path(
    cli: Run, filled_db: tuple[str, list[Article]], tmp_path: Path
) -> None:
    result = cli("export", "--format", "csv", "--db", filled_db[0], str(tmp_path / "a" / "b" / "c"))
    assert result.code == 1 and "parent directory does not exist" in result.err
    assert not (tmp_path / "a").exists()
    result = cli("export", "--format", "csv", "--db", filled_db[0], "out\x00dir")
    assert result.code == 1 and "NUL" in result.err


def test_tables_print_brackets_literally(cli: Run, db: str) -> None:
    t = Text("The group [/] said [red]nothing[/red] today.")
    actor = Actor("A1", "group [/]", "group", mentions=(t.mention("group [/]"),))
    article = Article(
        id=article_id(t.text), meta=meta("2025-01-01"), text=t.text,
        paragraphs=((0, len(t.text)),), sentences=t.sentences(), actors=(actor,),
    )  # fmt: skip
    with open_store(db) as store:
        store.add_batch([article])
    result = cli("actors", "--db", db)
    assert result.code == 0, result.err
    assert "group [/]" in result.out


@pytest.mark.parametrize(
    ("argv", "hint"),
    [
        (["events", "--country", "Russia"], "use RUS"),
        (["actors", "--country", "Rusia"], "did you mean RUS"),
        (["quantities", "--country", "France"], "use FRA"),
        (["events", "--cameo", "99"], "no CAMEO code starts with '99'"),
        (["events", "--cameo", "abc"], "not a CAMEO code: 'abc'"),
        (["events", "--plover", "FOO"], "one of AGREE, CONSULT"),
        (["statements", "--stance", "foo"], "one of say, assert"),
        (["statements", "--stance", "denie"], "did you mean deny?"),
    ],
)
def test_a_filter_value_no_row_can_hold_is_a_usage_error_with_the_choices(
    cli: Run, filled_db: tuple[str, list[Article]], capsys: pytest.CaptureFixture[str],
    argv: list[str], hint: str,
) -> None:  # fmt: skip
    with pytest.raises(SystemExit) as caught:
        cli(*argv, "--db", filled_db[0])
    assert caught.value.code == 2
    assert hint in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_a_limit_that_leaves_rows_out_says_so_in_every_format(
    cli: Run, filled_db: tuple[str, list[Article]], fmt: str
) -> None:
    db = filled_db[0]
    total = len(api_rows(db, "events", Filters()))
    assert total > 1
    cut = cli("events", "--limit", "1", "--format", fmt, "--db", db)
    assert cut.code == 0, cut.err
    assert f"showing 1 of {total} events" in cut.err
    for limit in ("0", str(total)):
        whole = cli("events", "--limit", limit, "--format", fmt, "--db", db)
        assert "showing" not in whole.err


def test_show_takes_a_unique_id_prefix(cli: Run, filled_db: tuple[str, list[Article]]) -> None:
    db, articles = filled_db
    result = cli("show", articles[1].id[:7], "--db", db)
    assert result.code == 0, result.err
    assert Article.from_dict(json.loads(result.out)) == articles[1]


def test_show_names_the_matches_of_an_ambiguous_prefix(
    cli: Run, filled_db: tuple[str, list[Article]]
) -> None:
    db, articles = filled_db
    common = {a.id[:1] for a in articles}
    ids = [a.id for a in articles]
    prefix = next((p for p in common if sum(i.startswith(p) for i in ids) > 1), None)
    if prefix is None:
        pytest.skip("no shared first character among the sample ids")
    result = cli("show", prefix, "--db", db)
    assert result.code == 1 and "matches 2 articles" in result.err
