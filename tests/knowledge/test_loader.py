"""The combined loader: packaged tables, user override files, lookups, version, speed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventwire.errors import KnowledgeError
from eventwire.knowledge import people
from eventwire.knowledge.base import Knowledge, knowledge_version, load_knowledge, table_of
from eventwire.knowledge.tsv import packaged, read_table

COUNTRIES = (
    "iso3\tcameo\tname\tformal\taliases\tdemonyms\tcapital\tmetonyms\tun_member\tregion\tsource"
)
ORGANIZATIONS = (
    "name\taliases\tcode\tgroup\tkind\tcountry\twikidata\tcode_since\tformer_code\tnote\tsource"
)
AGENTS = "phrase\tsector\tplural_only\tnote\tsource"
PEOPLE = (
    "person\taliases\tsurname\tgender\tcountry\torg\trole\ttitle\tleader\tterm_start\tterm_end"
    "\twikidata\tnote\tsource"
)
OWN_TABLES = ("countries.tsv", "organizations.tsv", "agents.tsv", "actor_codes.tsv")


def user_file(tmp_path: Path, table: str, header: str, *rows: str, name: str = "") -> Path:
    path = tmp_path / (name or f"my_{table}.tsv")
    lines = [f"# table: {table}", "# as-of: 2025-07-01", "# source: tests", header, *rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return load_knowledge()


def test_packaged_tables_load(knowledge: Knowledge) -> None:
    assert len(knowledge.countries) >= 250
    assert len(knowledge.organizations) >= 150
    assert len(knowledge.agents) >= 150
    assert knowledge.people and all(isinstance(p, people.Person) for p in knowledge.people)
    assert re.fullmatch(r"[0-9a-f]{12}", knowledge.version)


def test_loaded_once_per_set_of_files(knowledge: Knowledge) -> None:
    assert load_knowledge() is knowledge
    assert load_knowledge([]) is knowledge


@pytest.mark.parametrize("name", OWN_TABLES)
def test_table_headers_document_every_column(name: str) -> None:
    table = read_table(packaged(name), ())
    assert table.as_of == "2025-06-30"
    assert any(c.startswith("source:") for c in table.comments)
    documented = [c.split("=")[0].removeprefix("column:").strip() for c in table.comments]
    assert all(column in documented for column in table.header)


@pytest.mark.parametrize(
    ("method", "text", "expected"),
    [
        ("country_by_alias", "DPRK", "PRK"),
        ("country_by_alias", "U.S.", "USA"),
        ("country_by_demonym", "South Korean", "KOR"),
        ("country_by_metonym", "the Kremlin", "RUS"),
        ("country_by_code", "TMP", "TLS"),
    ],
)
def test_country_lookups(knowledge: Knowledge, method: str, text: str, expected: str) -> None:
    found = getattr(knowledge, method)(text)
    assert found is not None and found.iso3 == expected


def test_org_and_agent_lookups(knowledge: Knowledge) -> None:
    org = knowledge.org_by_alias("SCO")
    assert org is not None and org.code == "IGO"
    agent = knowledge.agent_by_phrase("intelligence officials")
    assert agent is not None and agent.sector == "SPY"
    assert knowledge.country_by_alias("nowhere") is None
    assert knowledge.org_by_alias("nothing") is None
    assert knowledge.agent_by_phrase("nobody") is None


def test_people_name_known_countries_and_organisations(knowledge: Knowledge) -> None:
    for person in knowledge.people:
        for office in person.offices:
            assert knowledge.country_by_code(office.country) is not None, person.name
            assert office.org is None or knowledge.org_by_alias(office.org), person.name


def test_override_replaces_and_adds_rows(tmp_path: Path, knowledge: Knowledge) -> None:
    files = [
        user_file(
            tmp_path,
            "countries",
            COUNTRIES,
            "USA\tUSA\tUnited States\tUnited States of America\tU.S.|Merica\tAmerican\t"
            "Washington\tWashington\tyes\tNorthern America\tme",
            "ARN\tARN\tArnor\tKingdom of Arnor\t\tArnorian\tAnnuminas\tAnnuminas\tno\t\tme",
        ),
        user_file(
            tmp_path,
            "organizations",
            ORGANIZATIONS,
            "Hamas\tHAMAS\tPSEGOV\tHMS\tarmed_group\tPSE\t\t\t\t\tme",
            "Rangers of the North\tDunedain\tARNMIL\t\tarmed_group\tARN\t\t\t\t\tme",
        ),
        user_file(tmp_path, "agents", AGENTS, "soldier\tCVL\tno\t\tme", "ranger\tMIL\tno\t\tme"),
        user_file(
            tmp_path,
            "people",
            PEOPLE,
            "Aragorn\tStrider\tAragorn\tm\tARN\t\thead_of_state\tking\tyes\t3019\t\t\t\tme",
        ),
    ]
    loaded = load_knowledge(files)
    assert load_knowledge(tuple(files)) is loaded
    assert len(loaded.countries) == len(knowledge.countries) + 1
    usa = loaded.country_by_alias("Merica")
    assert usa is not None and usa.iso3 == "USA"
    assert loaded.country_by_alias("America") is None  # the whole row is replaced
    assert loaded.country_by_metonym("Annuminas") == loaded.country_by_code("ARN")
    assert len(loaded.organizations) == len(knowledge.organizations) + 1
    hamas = loaded.org_by_alias("HAMAS")
    assert hamas is not None and hamas.code == "PSEGOV"
    assert loaded.org_by_alias("Dunedain") is not None
    soldier = loaded.agent_by_phrase("soldiers")
    assert soldier is not None and soldier.sector == "CVL"
    assert loaded.agent_by_phrase("rangers") is not None
    assert [p.name for p in loaded.people if p.name == "Aragorn"] == ["Aragorn"]
    assert len(loaded.people) == len(knowledge.people) + 1
    assert loaded.version != knowledge.version == knowledge_version()
    # the packaged knowledge is untouched
    usa = knowledge.country_by_alias("America")
    assert usa is not None and usa.iso3 == "USA"


def test_override_alias_clash_names_both_files(tmp_path: Path) -> None:
    path = user_file(
        tmp_path,
        "countries",
        COUNTRIES,
        "ARN\tARN\tArnor\tArnor\tDPRK\t\t\t\tno\t\tme",
    )
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge([path])
    message = str(caught.value)
    assert f"{path}: line 5: alias 'DPRK' of ARN is already the alias of PRK" in message
    assert str(packaged("countries.tsv")) in message


def test_bad_row_in_override_names_file_and_line(tmp_path: Path) -> None:
    path = user_file(tmp_path, "agents", AGENTS, "ranger\tMIL\tno\t\tme", "orc\tORC\tno\t\tme")
    with pytest.raises(KnowledgeError, match=rf"{re.escape(str(path))}: line 6: sector 'ORC'"):
        load_knowledge([path])


def test_organization_override_may_use_added_country(tmp_path: Path) -> None:
    row = "Rangers\t\tARNMIL\t\tarmed_group\tARN\t\t\t\t\tme"
    orgs = user_file(tmp_path, "organizations", ORGANIZATIONS, row)
    with pytest.raises(KnowledgeError, match="neither a country"):
        load_knowledge([orgs])
    country = user_file(
        tmp_path, "countries", COUNTRIES, "ARN\tARN\tArnor\tArnor\t\t\t\t\tno\t\tme"
    )
    assert load_knowledge([orgs, country]).org_by_alias("Rangers") is not None


@pytest.mark.parametrize(
    ("first", "problem"),
    [
        ("# countries", "must start with '# table: NAME'"),
        ("# table: dragons", "must start with '# table: NAME'"),
        ("iso3\tcameo", "must start with '# table: NAME'"),
    ],
)
def test_user_file_must_name_its_table(tmp_path: Path, first: str, problem: str) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(first + "\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge([path])
    assert f"{path}: line 1: " in str(caught.value) and problem in str(caught.value)


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="cannot read table"):
        table_of(tmp_path / "absent.tsv")


def test_version_is_stable_and_short() -> None:
    assert knowledge_version() == knowledge_version()
    assert re.fullmatch(r"[0-9a-f]{12}", knowledge_version())
