"""Stored parses and ``recode``: layers re-run without parsing, and what changed (both backends)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from eventwire.batch import ingest
from eventwire.cli import main
from eventwire.config import Settings
from eventwire.errors import SettingsError
from eventwire.nlp.loading import load_pipeline
from eventwire.records import Article
from eventwire.scale.changes import Changes
from eventwire.scale.parses import decode
from eventwire.scale.recode import layers_to_run, recode
from eventwire.store import Store, open_store
from scale_corpus import POLICE_AS_MILITARY


def stored_records(store: Store) -> dict[str, dict[str, object]]:
    return {a.id: a.to_dict() for a in store.iter_articles()}


@pytest.fixture
def agents_table(tmp_path: Path) -> Path:
    table = tmp_path / "agents.tsv"
    table.write_text(POLICE_AS_MILITARY, encoding="utf-8")
    return table


def test_ingest_keeps_each_articles_parse(location: str, corpus: Path, plain: Settings) -> None:
    with open_store(location) as store:
        report = ingest([str(corpus)], store, settings=plain)
        parses = store.parses(report.article_ids)
        article = store.article(report.article_ids[0])
    assert sorted(parses) == sorted(report.article_ids)
    assert article is not None
    parse = parses[article.id]
    assert parse.model == article.meta.pipeline.model
    doc = decode(load_pipeline(plain.model), parse, None, None, article.id)
    assert doc.text == article.text
    assert [t.dep_ for t in doc][:3] and all(t.dep_ for t in doc if not t.is_space)


def test_recode_with_the_same_knowledge_changes_nothing(
    location: str, corpus: Path, plain: Settings
) -> None:
    with open_store(location) as store:
        ingest([str(corpus)], store, settings=plain)
        before = stored_records(store)
        report = recode(store, settings=plain)
        after = stored_records(store)
    assert (report.articles, report.unchanged, report.recoded) == (6, 6, 0)
    assert after == before
    assert report.changes.by_code() == []


def test_recode_after_a_knowledge_update_equals_a_fresh_ingest(
    location: str, corpus: Path, plain: Settings, agents_table: Path
) -> None:
    updated = plain.replace(actors=str(agents_table))
    with open_store(":memory:") as fresh:
        ingest([str(corpus)], fresh, settings=updated)
        expected = stored_records(fresh)
    with open_store(location) as store:
        ingest([str(corpus)], store, settings=plain)
        before = stored_records(store)
        report = recode(store, settings=updated)
        assert stored_records(store) == expected != before
        assert store.stats().tables["sightings"] == 6  # recoding is not a sighting
        again = ingest([str(corpus)], store, settings=updated)
    assert (report.recoded, report.unchanged) == (6, 0)
    assert (again.present, again.replaced) == (6, 0)  # recoded articles count as current


def test_recode_skips_articles_without_a_parse(location: str, plain: Settings) -> None:
    from sample_articles import sample_articles

    with open_store(location) as store:
        store.add_batch(sample_articles())  # no parses
        report = recode(store, settings=plain)
    assert report.recoded == 0
    assert sum(report.skipped.values()) == report.articles > 0


@pytest.mark.parametrize(
    ("asked", "run"),
    [
        (None, ("actors", "times", "places", "statements", "events", "quantities")),
        (["quantities"], ("actors", "times", "places", "statements", "events", "quantities")),
        (["times"], ("actors", "times", "places", "statements", "events", "quantities")),
        (["actors"], ("actors", "times", "places", "statements", "events", "quantities")),
    ],
)
def test_layers_run_with_what_they_read_and_what_reads_them(
    asked: list[str] | None, run: tuple[str, ...]
) -> None:
    assert layers_to_run(asked) == run


def test_an_unknown_layer_is_named() -> None:
    with pytest.raises(SettingsError, match=r"unknown layer 'verbs'.*actors, times"):
        layers_to_run(["verbs"])


def test_changes_count_events_added_removed_and_recoded(
    example_articles: list[Article],
) -> None:
    old = next(a for a in example_articles if len(a.events) >= 3)
    first, second, *rest = old.events
    new_events = (dataclasses.replace(first, cameo="190"), *rest)  # one recoded, one removed
    changes = Changes()
    changes.compare(old, dataclasses.replace(old, events=new_events), ("events",))
    assert changes.recoded == {(first.cameo, "190"): 1}
    assert changes.removed == {second.cameo: 1}
    assert not changes.added
    assert (changes.before["events"], changes.after["events"]) == (
        len(old.events),
        len(old.events) - 1,
    )
    rows = {row[0]: row[1:] for row in changes.by_code()}
    assert rows["190"][3] == 1


def test_the_recode_command_reports_per_code(
    tmp_path: Path,
    corpus: Path,
    plain: Settings,
    agents_table: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = str(tmp_path / "store.duckdb")
    with open_store(db) as store:
        ingest([str(corpus)], store, settings=plain)
    capsys.readouterr()
    assert main(["recode", "--db", db, "--actors", str(agents_table), "--layers", "actors"]) == 0
    out = capsys.readouterr().out
    assert "6 articles in" in out and "rewritten:                6" in out
    assert ("actors" in out and "CAMEO" in out) or "no event changed its code" in out
    with pytest.raises(SystemExit) as exit_:
        main(["recode", "--db", db, "--layers", "verbs"])
    assert exit_.value.code == 2
    assert "unknown layer 'verbs'" in capsys.readouterr().err


PEOPLE = (
    "# table: people\n# as-of: 2026-12-07\n# source: eventwire tests (an invented office holder)\n"
    "person\taliases\tsurname\tgender\tcountry\torg\trole\ttitle\tleader\tterm_start\tterm_end\t"
    "wikidata\tnote\tsource\n"
    "Tavita Oskarsdottir\t\tOskarsdottir\tf\tWSM\t\tforeign_minister\tforeign minister\tno\t"
    "2023-01-01\t\t\t\ttests\n"
)
NEW_NAME = (
    "Samoa's foreign minister Tavita Oskarsdottir met Fijian officials in Suva on Tuesday. "
    "Oskarsdottir said the two governments would sign a fisheries agreement next month."
)


def test_recode_finds_a_person_added_to_the_knowledge(
    location: str, plain: Settings, tmp_path: Path
) -> None:
    from cli_runner import write_jsonl

    inputs = write_jsonl(tmp_path / "new.jsonl", [NEW_NAME])
    table = tmp_path / "people.tsv"
    table.write_text(PEOPLE, encoding="utf-8")
    updated = plain.replace(actors=str(table))
    with open_store(":memory:") as fresh:
        ingest([str(inputs)], fresh, settings=updated)
        expected = stored_records(fresh)
    with open_store(location) as store:
        ingest([str(inputs)], store, settings=plain)
        recode(store, settings=updated)
        recoded = stored_records(store)
    (record,) = recoded.values()
    names = {a["name"]: a["code"] for a in record["actors"]}  # type: ignore[union-attr]
    assert names.get("Tavita Oskarsdottir", "").startswith("WSM")
    assert recoded == expected
