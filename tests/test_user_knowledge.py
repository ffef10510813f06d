"""User knowledge files (setting ``actors``, ``--actors FILE``) reach the actors layer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.cli import main
from eventwire.config import Settings
from eventwire.pipeline import process

HEADER = "person\taliases\tsurname\tgender\tcountry\torg\trole\ttitle\tleader\tterm_start\tterm_end\twikidata\tnote\tsource"
STORY = "Governor Amara Velkhoven of Nauru met fishing industry leaders on Monday, Velkhoven said."


def people_file(tmp_path: Path) -> Path:
    row = "Amara Velkhoven\t\tVelkhoven\tf\tNRU\t\tforeign_minister\tforeign minister\tno\t2024-01-01\t\t\t\ttest"
    path = tmp_path / "my_people.tsv"
    path.write_text(
        f"# table: people\n# as-of: 2025-01-01\n# source: tests\n{HEADER}\n{row}\n",
        encoding="utf-8",
    )
    return path


def _velkhoven(article: object) -> list[object]:
    return [a for a in article.actors if a.name == "Amara Velkhoven"]  # type: ignore[attr-defined]


def test_a_user_people_file_codes_a_new_person(tmp_path: Path) -> None:
    base = Settings.build({"check_records": True}, env={})
    without = process(STORY, date="2025-03-03", settings=base)
    assert not _velkhoven(without)
    mine = base.replace(actors=str(people_file(tmp_path)))
    with_file = process(STORY, date="2025-03-03", settings=mine)
    (actor,) = _velkhoven(with_file)
    assert actor.code == "NRUGOV" and actor.kind == "person"  # type: ignore[attr-defined]
    assert {m.how for m in actor.mentions} >= {"name", "surname"}  # type: ignore[attr-defined]
    assert with_file.meta.pipeline.knowledge != without.meta.pipeline.knowledge
    # and back: the packaged tables alone are in force again
    assert not _velkhoven(process(STORY, date="2025-03-03", settings=base))


def test_the_cli_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    code = main(
        ["process", str(story), "--date", "2025-03-03", "--actors", str(people_file(tmp_path))]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    names = [a["name"] for a in json.loads(out)["actors"]]
    assert "Amara Velkhoven" in names


def test_a_bad_user_file_is_one_line_naming_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text(f"# table: people\n{HEADER}\nOnly\tthree\tfields\n", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    code = main(["process", str(story), "--actors", str(bad)])
    _, err = capsys.readouterr()
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "bad.tsv" in err and "line 3" in err
