"""The organisations table: coverage, the code convention, alias lookups, validation errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventwire.errors import KnowledgeError
from eventwire.knowledge.actor_codes import INTERNATIONAL, code_problem, load_vocabulary
from eventwire.knowledge.countries import load_countries
from eventwire.knowledge.names import NameIndex
from eventwire.knowledge.organizations import (
    KINDS,
    Organization,
    index_organizations,
    load_organizations,
)
from eventwire.knowledge.tsv import packaged, read_table

# Organisations the table must know (one name or alias a line).
_REQUIRED = """
UNICEF
WFP
IMF
WTO
ICJ
OHCHR
OCHA
UNESCO
FAO
ILO
UNRWA
UNDP
MONUSCO
UNIFIL
ASEAN
BRICS
OPEC
OSCE
GCC
ECOWAS
SADC
IGAD
EAC
OAS
CARICOM
G7
G20
CIS
CSTO
World Bank
European Commission
European Parliament
Council of the EU
Arab League
Mercosur
Commonwealth of Nations
Interpol
ICRC
IFRC
Human Rights Watch
MSF
Oxfam
Save the Children
Reporters Without Borders
Committee to Protect Journalists
Transparency International
Greenpeace
AFP
BBC
CNN
TASS
VOA
RFE/RL
Yonhap
Al Jazeera
RIA Novosti
The New York Times
Democratic Party
Conservative Party
United Russia
Indian National Congress
LDP
CDU
SPD
AfD
ANC
AKP
CHP
National Rally
Renaissance
Workers' Party of Korea
PKK
YPG
SDF
HTS
PIJ
M23
JNIM
ELN
TTP
ISWAP
AQAP
AQIM
Boko Haram
FARC dissidents
Kataib Hezbollah
Lashkar-e-Taiba
Jaish-e-Mohammed
Arakan Army
Rosneft
"""
HEADER = (
    "name\taliases\tcode\tgroup\tkind\tcountry\twikidata\tcode_since\tformer_code\tnote\tsource"
)


@pytest.fixture(scope="module")
def organizations() -> tuple[Organization, ...]:
    return load_organizations()


@pytest.fixture(scope="module")
def index(organizations: tuple[Organization, ...]) -> NameIndex[Organization]:
    return index_organizations(organizations)


def write(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "organizations.tsv"
    path.write_text("# test table\n# source: tests\n" + HEADER + "\n" + "\n".join(rows) + "\n")
    return path


def find(index: NameIndex[Organization], text: str) -> Organization:
    found = index.get(text)
    assert found is not None, text
    return found


def test_size_kinds_and_header(organizations: tuple[Organization, ...]) -> None:
    assert len(organizations) >= 150
    assert len({o.name for o in organizations}) == len(organizations)
    assert {o.kind for o in organizations} == KINDS
    assert read_table(packaged("organizations.tsv"), ()).as_of == "2025-06-30"


def test_codes_follow_the_convention(organizations: tuple[Organization, ...]) -> None:
    vocabulary = load_vocabulary()
    blocks = {c.iso3 for c in load_countries()}
    for org in organizations:
        assert code_problem(org.code, vocabulary, blocks) is None, org.name
        first = org.code[:3]
        if org.country:
            assert first == org.country, org.name
        else:
            assert first in INTERNATIONAL, org.name
        if org.kind == "igo":
            assert first == "IGO", org.name
        if org.kind == "media":
            assert org.code.endswith("MED"), org.name
        if org.kind == "party":
            assert org.code.endswith("PTY"), org.name


@pytest.mark.parametrize(
    ("text", "name", "code", "group"),
    [
        ("SCO", "Shanghai Cooperation Organisation", "IGO", None),
        ("Shanghai Cooperation Organization", "Shanghai Cooperation Organisation", "IGO", None),
        ("NATO", "North Atlantic Treaty Organization", "IGOMIL", "NAT"),
        ("Nato", "North Atlantic Treaty Organization", "IGOMIL", "NAT"),
        ("UN", "United Nations", "IGO", "UNO"),
        ("U.N.", "United Nations", "IGO", "UNO"),
        ("the United Nations", "United Nations", "IGO", "UNO"),
        ("UN Security Council", "United Nations Security Council", "IGOGOV", "UNO"),
        ("UNHCR", "UN High Commissioner for Refugees", "IGOREF", "HCR"),
        ("WHO", "World Health Organization", "IGOHLH", "WHO"),
        ("IAEA", "International Atomic Energy Agency", "IGO", "IAE"),
        ("ICC", "International Criminal Court", "IGOJUD", "ICC"),
        ("EU", "European Union", "IGO", "EEC"),
        ("African Union", "African Union", "IGO", "OAU"),
        ("Hamas", "Hamas", "PSEREB", "HMS"),
        ("Hezbollah", "Hezbollah", "LBNREB", "HEZ"),
        ("Hizbollah", "Hezbollah", "LBNREB", "HEZ"),
        ("Taliban", "Taliban", "AFGGOV", "TAL"),
        ("the Taliban", "Taliban", "AFGGOV", "TAL"),
        ("Wagner", "Wagner Group", "RUSUAF", None),
        ("Wagner Group", "Wagner Group", "RUSUAF", None),
        ("al-Shabaab", "al-Shabaab", "SOMREB", "ALQ"),
        ("al-Shabab", "al-Shabaab", "SOMREB", "ALQ"),
        ("Al Shabaab", "al-Shabaab", "SOMREB", "ALQ"),
        ("Islamic State", "Islamic State", "IMG", None),
        ("ISIS", "Islamic State", "IMG", None),
        ("ISIL", "Islamic State", "IMG", None),
        ("IS", "Islamic State", "IMG", None),
        ("Daesh", "Islamic State", "IMG", None),
        ("Islamic State group", "Islamic State", "IMG", None),
        ("al-Qaeda", "al-Qaeda", "IMG", "ALQ"),
        ("Al Qaida", "al-Qaeda", "IMG", "ALQ"),
        ("Houthis", "Houthis", "YEMREB", None),
        ("Ansar Allah", "Houthis", "YEMREB", None),
        ("RSF", "Rapid Support Forces", "SDNREB", None),
        ("Amnesty", "Amnesty International", "NGOHRI", "AMN"),
        ("Doctors Without Borders", "Doctors Without Borders", "NGOHLH", "MSF"),
        ("Médecins Sans Frontières", "Doctors Without Borders", "NGOHLH", "MSF"),
        ("AP", "Associated Press", "USAMED", None),
        ("Reuters", "Reuters", "GBRMED", None),
        ("KCNA", "Korean Central News Agency", "PRKGOVMED", None),
        ("Xinhua", "Xinhua", "CHNGOVMED", None),
        ("CCP", "Communist Party of China", "CHNGOVPTY", None),
        ("Labour", "Labour Party", "GBRPTY", None),
        ("GOP", "Republican Party", "USAPTY", None),
        ("BJP", "Bharatiya Janata Party", "INDPTY", None),
        ("Gazprom", "Gazprom", "RUSGOVBUS", None),
        ("Huawei", "Huawei", "CHNBUS", None),
    ],
)
def test_alias(
    index: NameIndex[Organization], text: str, name: str, code: str, group: str | None
) -> None:
    org = find(index, text)
    assert (org.name, org.code, org.group) == (name, code, group)


@pytest.mark.parametrize(
    "text",
    ["the alliance", "the bloc", "who", "is", "labour", "amnesty", "guardian", "us", "Congress"],
)
def test_common_words_resolve_to_nothing(index: NameIndex[Organization], text: str) -> None:
    assert index.get(text) is None


@pytest.mark.parametrize("text", _REQUIRED.strip().splitlines())
def test_required_organisations_present(index: NameIndex[Organization], text: str) -> None:
    find(index, text)


@pytest.mark.parametrize(
    ("text", "on", "code"),
    [
        ("Taliban", dt.date(2020, 1, 1), "AFGREB"),
        ("Taliban", dt.date(2021, 8, 15), "AFGGOV"),
        ("Taliban", None, "AFGGOV"),
        ("HTS", dt.date(2020, 1, 1), "SYRREB"),
        ("RSF", dt.date(2022, 6, 1), "SDNMIL"),
        ("RSF", dt.date(2024, 6, 1), "SDNREB"),
        ("Hamas", dt.date(2000, 1, 1), "PSEREB"),
    ],
)
def test_code_on_date(index: NameIndex[Organization], text: str, on: dt.date, code: str) -> None:
    assert find(index, text).code_on(on) == code


def row(name: str = "Org", aliases: str = "", code: str = "IGO", **fields: str) -> str:
    values = {"group": "", "kind": "igo", "country": "", "wikidata": "", "code_since": ""}
    values |= {"former_code": "", "note": "", "source": "t", **fields}
    return "\t".join([name, aliases, code, *values.values()])


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        (row(code="IGOXYZ"), "unknown type code(s) XYZ"),
        (row(code="IG"), "not 1-4 blocks"),
        (row(code="ZZZGOV"), "neither a country nor an international type"),
        (row(group="ZZZ"), "unknown CAMEO known-group code 'ZZZ'"),
        (row(kind="club"), "column 'kind'"),
        (row(code="USAMED", kind="media", country="FRA"), "does not start with the code of FRA"),
        (row(code="USAMED", kind="media", country="ZZZ"), "unknown country 'ZZZ'"),
        (row(code_since="2020-01-01"), "code_since and former_code go together"),
        (row(code_since="2020-01-01", former_code="IGOQQQ"), "unknown type code(s) QQQ"),
        (row(wikidata="42"), "column 'wikidata'"),
    ],
)
def test_bad_row_names_file_and_line(tmp_path: Path, bad: str, problem: str) -> None:
    path = write(tmp_path, row(name="Good"), bad)
    with pytest.raises(KnowledgeError) as caught:
        load_organizations(path)
    assert f"{path}: line 5: " in str(caught.value)
    assert problem in str(caught.value)


def test_alias_clash_names_both_lines(tmp_path: Path) -> None:
    path = write(tmp_path, row(name="Alpha", aliases="ABC"), row(name="Beta", aliases="x|ABC"))
    with pytest.raises(KnowledgeError) as caught:
        load_organizations(path)
    assert (
        f"{path}: line 5: name 'ABC' of Beta is already the name of Alpha (line 4 of {path})"
        in (str(caught.value))
    )


def test_exact_marked_alias_needs_its_case(tmp_path: Path) -> None:
    path = write(tmp_path, row(name="Alpha Party", aliases="=Alpha"), row(name="alpha"))
    index = index_organizations(load_organizations(path))
    assert find(index, "Alpha").name == "Alpha Party"
    assert find(index, "ALPHA").name == "alpha"
