"""PLOVER/POLECAT-style records: valid against their schema, faithful to the store, one per event."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from eventwire.export import export
from eventwire.export.plover_tables import (
    CONTEXTS_TABLE,
    SCORES_TABLE,
    context_rows,
    contexts_of,
    intensity_of,
    score_rows,
)
from eventwire.schema import SchemaError, load_schema, validate_plover_event
from eventwire.store import Filters, Store

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "eventwire" / "export" / "data"
ONTOLOGY = ROOT.parent / "shared" / "ontology"


def read_records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def sample_records(sample_store: Store, tmp_path_factory: pytest.TempPathFactory) -> list[Any]:
    out = tmp_path_factory.mktemp("plover") / "events.jsonl"
    (path,) = export(sample_store, "plover", out)
    return read_records(path)


@pytest.mark.parametrize(
    ("cameo", "contexts"),
    [
        ("0311", ("economic",)),
        ("0312", ("military",)),
        ("03129", ("military",)),  # not in the table: its parent's
        ("040", ()),
        ("010", ()),
    ],
)
def test_contexts_of_cameo_codes(cameo: str, contexts: tuple[str, ...]) -> None:
    assert contexts_of(cameo) == contexts


@pytest.mark.parametrize(
    ("plover", "mode", "intensity"),
    [
        ("CONSULT", None, 2.5),
        ("CONSULT", "visit", 4.0),
        ("CONSULT", "no-such-mode", 2.5),  # an unscored mode: the type's score
        ("ASSAULT", "firearms", -9.0),
        ("ACCUSE", None, -3.0),  # the manual's +3 read as a misprint
        ("PROTEST", "vandalize", -5.0),  # listed without a score
        (None, None, None),
    ],
)
def test_intensity_of_types_and_modes(
    plover: str | None, mode: str | None, intensity: float | None
) -> None:
    assert intensity_of(plover, mode) == intensity


def test_packaged_tables_are_generated_from_the_ontology() -> None:
    if not ONTOLOGY.is_dir():
        pytest.skip(f"shared data not available: {ONTOLOGY}")
    mapping = json.loads((ONTOLOGY / "cameo2plover.json").read_text(encoding="utf-8"))["mapping"]
    plover = json.loads((ONTOLOGY / "plover_ontology.json").read_text(encoding="utf-8"))
    for name, rows in ((CONTEXTS_TABLE, context_rows(mapping)), (SCORES_TABLE, score_rows(plover))):
        lines = (DATA / name).read_text(encoding="utf-8").splitlines()
        data = [tuple(line.split("\t")) for line in lines if not line.startswith("#")][1:]
        assert data == [tuple(row) for row in rows], f"{name} is stale: regenerate it"


def test_the_schema_is_a_valid_schema() -> None:
    import jsonschema

    jsonschema.Draft202012Validator.check_schema(load_schema("plover_event.schema.json"))


def test_hand_built_records_match_the_store(sample_records: list[Any], sample_store: Store) -> None:
    events = sample_store.events(Filters(limit=None))
    assert sorted(r["event_id"] for r in sample_records) == sorted(
        f"{e.article_id}-{e.event_id}" for e in events
    )
    for record in sample_records:
        validate_plover_event(record)
    meeting = next(r for r in sample_records if r["eventwire"]["cameo"] == "040")
    assert meeting["event_type"] == "CONSULT" and meeting["event_date"] == "2025-09-02"
    assert (meeting["actor_name"], meeting["actor_country"]) == ("Vladimir Putin", "RUS")
    assert meeting["primary_actor_sector"] == "Government"
    assert meeting["actor_name_raw"] == "Vladimir Putin"
    assert (meeting["wikipedia_recipient_id"], meeting["recipient_sectors"]) == (
        "Q15031",
        ["Government"],
    )
    assert (meeting["placename"], meeting["city"], meeting["geonames_id"]) == (
        "Beijing",
        "Beijing",
        1816670,
    )
    assert meeting["story_people"] == ["Vladimir Putin", "Xi Jinping"]
    assert meeting["eventwire"]["actor_code"] == "RUSGOV"
    killing = next(r for r in sample_records if r["eventwire"]["cameo"] == "190")
    assert killing["actor_name"] is None and killing["event_mode"] == "kill"
    assert killing["eventwire"]["statement"] == "S2" and killing["eventwire"]["date"] == "2025"


def _mutated(record: dict[str, Any], path: str, value: object) -> dict[str, Any]:
    bad = copy.deepcopy(record)
    *parents, last = path.split(".")
    target = bad
    for key in parents:
        target = target[key]
    if value is KeyError:
        del target[last]
    else:
        target[last] = value
    return bad


@pytest.mark.parametrize(
    ("path", "value", "where"),
    [
        ("event_type", "FIGHT", "event_type"),
        ("quad_code", 5, "quad_code"),
        ("contexts", ["weather"], "contexts/0"),
        ("actor_country", "Russia", "actor_country"),
        ("event_id", "E1", "event_id"),
        ("latitude", 123.0, "latitude"),
        ("intensity", -11, "intensity"),
        ("event_date", "September 2", "event_date"),
        ("story_people", None, "story_people"),
        ("eventwire.modality", "rumoured", "eventwire/modality"),
        ("eventwire.triggers", [{"start": 1}], "eventwire/triggers/0"),
        ("eventwire.cameo", "4", "eventwire/cameo"),
        ("actor_name", KeyError, "(root)"),
        ("actor_nickname", "Vova", "(root)"),
    ],
)
def test_the_schema_refuses_bad_records(
    sample_records: list[Any], path: str, value: object, where: str
) -> None:
    record = next(r for r in sample_records if r["eventwire"]["cameo"] == "040")
    with pytest.raises(SchemaError, match=re.escape(f"{where}: ")):
        validate_plover_event(_mutated(record, path, value))


def test_demo_store_records_are_valid_and_point_into_the_text(
    demo_store: Store, tmp_path: Path
) -> None:
    (path,) = export(demo_store, "plover", tmp_path / "events.jsonl")
    records = read_records(path)
    events = demo_store.events(Filters(limit=None))
    assert len(records) == len(events) > 20
    assert len({r["event_id"] for r in records}) == len(records)
    articles = {a.id: a for a in demo_store.iter_articles()}
    for record in records:
        validate_plover_event(record)
        own = record["eventwire"]
        text = articles[own["article_id"]].text
        assert text[own["sentence"]["start"] : own["sentence"]["end"]] == record["event_text"]
        for trigger in own["triggers"]:
            assert text[trigger["start"] : trigger["end"]] == trigger["text"]
        if record["actor_name_raw"]:
            assert record["actor_name_raw"] in text
    assert any(r["contexts"] for r in records) and any(r["placename"] for r in records)
    assert {r["event_type"] for r in records} > {"CONSULT", "AGREE"}
