"""The agents table: sector codes of agent nouns, plural handling, validation errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import KnowledgeError
from eventwire.knowledge.actor_codes import load_vocabulary
from eventwire.knowledge.agents import Agent, AgentIndex, index_agents, load_agents, singulars
from eventwire.knowledge.tsv import packaged, read_table

HEADER = "phrase\tsector\tplural_only\tnote\tsource"


@pytest.fixture(scope="module")
def agents() -> tuple[Agent, ...]:
    return load_agents()


@pytest.fixture(scope="module")
def index(agents: tuple[Agent, ...]) -> AgentIndex:
    return index_agents(agents)


def write(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "agents.tsv"
    path.write_text("# test table\n# source: tests\n" + HEADER + "\n" + "\n".join(rows) + "\n")
    return path


def test_size_and_vocabulary(agents: tuple[Agent, ...]) -> None:
    assert len(agents) >= 150
    assert len({a.phrase for a in agents}) == len(agents)
    types = load_vocabulary().types
    assert all(a.sector in types for a in agents)
    assert all(a.phrase == a.phrase.lower().strip() for a in agents)
    assert read_table(packaged("agents.tsv"), ()).as_of == "2025-06-30"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("soldiers", "MIL"),
        ("soldier", "MIL"),
        ("troops", "MIL"),
        ("forces", "MIL"),
        ("security forces", "MIL"),
        ("marines", "MIL"),
        ("servicemen", "MIL"),
        ("peacekeepers", "MIL"),
        ("police", "COP"),
        ("police officers", "COP"),
        ("policemen", "COP"),
        ("riot police", "COP"),
        ("intelligence officials", "SPY"),
        ("spies", "SPY"),
        ("rebels", "REB"),
        ("insurgents", "REB"),
        ("militants", "REB"),
        ("guerrillas", "REB"),
        ("separatists", "SEP"),
        ("gunmen", "UAF"),
        ("militias", "UAF"),
        ("opposition", "OPP"),
        ("dissidents", "OPP"),
        ("officials", "GOV"),
        ("authorities", "GOV"),
        ("diplomats", "GOV"),
        ("lawmakers", "LEG"),
        ("MPs", "LEG"),
        ("judges", "JUD"),
        ("prosecutors", "JUD"),
        ("businesses", "BUS"),
        ("companies", "BUS"),
        ("journalists", "MED"),
        ("media", "MED"),
        ("civilians", "CVL"),
        ("children", "CVL"),
        ("women", "CVL"),
        ("protesters", "CVL"),
        ("refugees", "REF"),
        ("asylum seekers", "REF"),
        ("migrants", "REF"),
        ("former officials", "ELI"),
        ("students", "EDU"),
        ("doctors", "HLH"),
        ("farmers", "AGR"),
        ("workers", "LAB"),
        ("clerics", "REL"),
        ("smugglers", "CRM"),
        ("thieves", "CRM"),
        ("human rights groups", "HRI"),
        ("aid workers", "NGO"),
        ("NGOs", "NGO"),
    ],
)
def test_sector(index: AgentIndex, text: str, sector: str) -> None:
    agent = index.get(text)
    assert agent is not None, text
    assert agent.sector == sector


@pytest.mark.parametrize("text", ["table", "tables", "the", "", "soldierss"])
def test_unknown(index: AgentIndex, text: str) -> None:
    assert index.get(text) is None


@pytest.mark.parametrize(
    ("phrase", "plural_only"),
    [("force", True), ("authority", True), ("soldier", False), ("police", False)],
)
def test_plural_only(index: AgentIndex, phrase: str, plural_only: bool) -> None:
    agent = index.get(phrase)
    assert agent is not None and agent.plural_only is plural_only


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("soldiers", ("soldiers", "soldier")),
        ("intelligence officials", ("intelligence officials", "intelligence official")),
        ("authorities", ("authorities", "authority")),
        ("gunmen", ("gunmen", "gunman")),
        ("businesses", ("businesses", "business")),
        ("children", ("children", "child")),
        ("police", ("police",)),
        ("press", ("press",)),
    ],
)
def test_singulars(phrase: str, expected: tuple[str, ...]) -> None:
    assert singulars(phrase) == expected


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        ("Soldier\tMIL\tno\t\tt", "column 'phrase'"),
        ("soldier  boy\tMIL\tno\t\tt", "column 'phrase'"),
        ("soldier\tXYZ\tno\t\tt", "sector 'XYZ' is not a CAMEO type code"),
        ("soldier\tNAT\tno\t\tt", "sector 'NAT' is not a CAMEO type code"),
        ("soldier\tMIL\tsometimes\t\tt", "column 'plural_only'"),
        ("soldier\tMIL\tno\t\t", "'source'"),
    ],
)
def test_bad_row_names_file_and_line(tmp_path: Path, bad: str, problem: str) -> None:
    path = write(tmp_path, "rebel\tREB\tno\t\tt", bad)
    with pytest.raises(KnowledgeError) as caught:
        load_agents(path)
    assert f"{path}: line 5: " in str(caught.value)
    assert problem in str(caught.value)


def test_repeated_phrase_names_both_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "rebel\tREB\tno\t\tt", "rebel\tINS\tno\t\tt")
    with pytest.raises(KnowledgeError, match=r"line 5: phrase 'rebel' repeats line 4"):
        load_agents(path)
