"""The countries table: coverage of UN members and ISO codes, name lookups, validation errors."""

from __future__ import annotations

from pathlib import Path

import pycountry
import pytest

from eventwire.errors import KnowledgeError
from eventwire.knowledge.countries import Country, CountryIndex, index_countries, load_countries
from eventwire.knowledge.tsv import packaged, read_table

# The 193 UN member states by ISO 3166-1 alpha-3 code (written independently of the table).
_UN_CODES = """
    AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA
    BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE
    DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM
    GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT
    KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO
    MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL
    POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF
    SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR
    USA URY UZB VUT VEN VNM YEM ZMB ZWE
"""
UN_MEMBERS = frozenset(_UN_CODES.split())
OTHER_STATES = ("XKX", "PSE", "TWN", "VAT", "ESH", "HKG", "MAC")

HEADER = (
    "iso3\tcameo\tname\tformal\taliases\tdemonyms\tcapital\tmetonyms\tun_member\tregion\tsource"
)


@pytest.fixture(scope="module")
def countries() -> tuple[Country, ...]:
    return load_countries()


@pytest.fixture(scope="module")
def index(countries: tuple[Country, ...]) -> CountryIndex:
    return index_countries(countries)


def write(tmp_path: Path, *rows: str, name: str = "countries.tsv") -> Path:
    path = tmp_path / name
    path.write_text("# test table\n# source: tests\n" + HEADER + "\n" + "\n".join(rows) + "\n")
    return path


def test_un_members_present_once_with_capital_and_demonym(countries: tuple[Country, ...]) -> None:
    assert len(UN_MEMBERS) == 193
    members = [c for c in countries if c.un_member]
    assert sorted(c.iso3 for c in members) == sorted(UN_MEMBERS)
    for country in members:
        assert country.capital, country.iso3
        assert country.demonyms, country.iso3
        assert country.region, country.iso3


def test_every_iso_code_and_other_state_present(countries: tuple[Country, ...]) -> None:
    codes = {c.iso3 for c in countries}
    assert len(codes) == len(countries)
    assert {c.alpha_3 for c in pycountry.countries} <= codes
    assert set(OTHER_STATES) <= codes
    assert not any(c.un_member for c in countries if c.iso3 in OTHER_STATES)


def test_un_members_have_a_metonym_except_belgium(countries: tuple[Country, ...]) -> None:
    # Brussels stands for the EU in news, so Belgium deliberately has none.
    missing = {c.iso3 for c in countries if c.un_member and not c.metonyms}
    assert missing == {"BEL"}


def test_header_states_as_of() -> None:
    assert read_table(packaged("countries.tsv"), ()).as_of == "2025-06-30"


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("DPRK", "PRK"),
        ("North Korea", "PRK"),
        ("Democratic People's Republic of Korea", "PRK"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("USA", "USA"),
        ("the United States", "USA"),
        ("United States of America", "USA"),
        ("America", "USA"),
        ("Britain", "GBR"),
        ("Great Britain", "GBR"),
        ("UK", "GBR"),
        ("U.K.", "GBR"),
        ("Ivory Coast", "CIV"),
        ("Côte d'Ivoire", "CIV"),
        ("Cote d’Ivoire", "CIV"),
        ("Burma", "MMR"),
        ("Russian Federation", "RUS"),
        ("ROK", "KOR"),
        ("South Korea", "KOR"),
        ("Republic of Korea", "KOR"),
        ("DR Congo", "COD"),
        ("Republic of the Congo", "COG"),
        ("Czech Republic", "CZE"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("Swaziland", "SWZ"),
        ("East Timor", "TLS"),
        ("Holy See", "VAT"),
        ("the Vatican", "VAT"),
        ("Kosovo", "XKX"),
        ("Taiwan", "TWN"),
        ("Palestine", "PSE"),
        ("Hong Kong", "HKG"),
        ("Macao", "MAC"),
        ("Western Sahara", "ESH"),
        ("UAE", "ARE"),
        ("the philippines", "PHL"),
        ("  south   korea ", "KOR"),
    ],
)
def test_alias(index: CountryIndex, text: str, iso3: str) -> None:
    found = index.aliases.get(text)
    assert found is not None and found.iso3 == iso3


@pytest.mark.parametrize("text", ["us", "Korea", "the alliance", "Congolese", "Brussels", ""])
def test_not_an_alias(index: CountryIndex, text: str) -> None:
    assert index.aliases.get(text) is None


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("the Kremlin", "RUS"),
        ("Kremlin", "RUS"),
        ("Moscow", "RUS"),
        ("Pyongyang", "PRK"),
        ("Downing Street", "GBR"),
        ("Whitehall", "GBR"),
        ("the White House", "USA"),
        ("Washington", "USA"),
        ("Foggy Bottom", "USA"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("Bankova", "UKR"),
        ("Beijing", "CHN"),
        ("Zhongnanhai", "CHN"),
        ("Tehran", "IRN"),
        ("Ankara", "TUR"),
        ("the Elysee", "FRA"),
        ("Élysée Palace", "FRA"),
        ("the Quai d'Orsay", "FRA"),
        ("Seoul", "KOR"),
        ("Tokyo", "JPN"),
        ("New Delhi", "IND"),
    ],
)
def test_metonym(index: CountryIndex, text: str, iso3: str) -> None:
    found = index.metonyms.get(text)
    assert found is not None and found.iso3 == iso3


def test_brussels_is_no_metonym(index: CountryIndex) -> None:
    assert index.metonyms.get("Brussels") is None


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("North Korean", "PRK"),
        ("North Koreans", "PRK"),
        ("South Korean", "KOR"),
        ("Ukrainian", "UKR"),
        ("Ukrainians", "UKR"),
        ("Chinese", "CHN"),
        ("American", "USA"),
        ("Americans", "USA"),
        ("British", "GBR"),
        ("Britons", "GBR"),
        ("Russian", "RUS"),
        ("Israeli", "ISR"),
        ("Palestinians", "PSE"),
        ("Filipino", "PHL"),
        ("Congolese", "COD"),
        ("Dominican", "DOM"),
        ("Nigerien", "NER"),
        ("Nigerian", "NGA"),
    ],
)
def test_demonym(index: CountryIndex, text: str, iso3: str) -> None:
    found = index.demonyms.get(text)
    assert found is not None and found.iso3 == iso3


def test_shared_demonym_stays_on_the_row(countries: tuple[Country, ...]) -> None:
    dominica = next(c for c in countries if c.iso3 == "DMA")
    assert "Dominican" in dominica.demonyms and "Dominican" in dominica.shared


@pytest.mark.parametrize(
    ("code", "iso3"),
    [("TMP", "TLS"), ("TLS", "TLS"), ("KSV", "XKX"), ("GBR", "GBR"), ("usa", "USA")],
)
def test_code(index: CountryIndex, code: str, iso3: str) -> None:
    found = index.by_code(code)
    assert found is not None and found.iso3 == iso3


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("usa\tUSA\tX\tX\t\t\t\t\tyes\t\tt", "column 'iso3'"),
        ("USAA\tUSA\tX\tX\t\t\t\t\tyes\t\tt", "column 'iso3'"),
        ("USA\tUSA\tX\tX\t\t\t\t\tmaybe\t\tt", "column 'un_member'"),
        ("USA\tUSA\t\tX\t\t\t\t\tyes\t\tt", "'name'"),
        ("USA\tUSA\tX\tX\t\t\t\t\tyes\t\t", "'source'"),
        ("USA\tUSA\tX\tX\t\t\tyes\t\tt", "fields"),
    ],
)
def test_bad_row_names_file_and_line(tmp_path: Path, row: str, problem: str) -> None:
    path = write(tmp_path, row)
    with pytest.raises(KnowledgeError) as caught:
        load_countries(path)
    assert str(path) in str(caught.value)
    assert "line 4" in str(caught.value)
    assert problem in str(caught.value)


def test_repeated_iso3_names_both_lines(tmp_path: Path) -> None:
    row = "AAA\tAAA\tAland\tAland\t\t\t\t\tno\t\tt"
    path = write(tmp_path, row, row.replace("Aland", "Bland"))
    with pytest.raises(KnowledgeError, match=r"line 5: iso3 'AAA' repeats line 4"):
        load_countries(path)


@pytest.mark.parametrize(
    ("first", "second", "what"),
    [
        ("\tDPRK\t\t\t", "\tDPRK\t\t\t", "alias"),
        ("\tFoo\t\t\t", "\tfoo\t\t\t", "alias"),
        ("\t\tAlan\t\t", "\t\tAlan\t\t", "demonym"),
        ("\t\t\tX\tTown", "\t\t\tY\ttown", "metonym"),
    ],
)
def test_name_clash_names_both_lines(tmp_path: Path, first: str, second: str, what: str) -> None:
    path = write(
        tmp_path,
        f"AAA\tAAA\tAland\tAland{first}\tno\t\tt",
        f"BBB\tBBB\tBland\tBland{second}\tno\t\tt",
    )
    with pytest.raises(KnowledgeError) as caught:
        load_countries(path)
    message = str(caught.value)
    assert f"{path}: line 5: {what}" in message
    assert f"already the {what} of AAA (line 4 of {path})" in message


def test_a_name_only_shared_resolves_to_nothing(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "AAA\tAAA\tAland\tAland\t\t~Landish\t\t\tno\t\tt",
        "BBB\tBBB\tBland\tBland\t\t~Landish\t\t\tno\t\tt",
    )
    index = index_countries(load_countries(path))
    assert index.demonyms.get("Landish") is None
    assert index.demonyms.is_shared("landish")


def test_all_caps_and_shared_names_do_not_clash(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "AAA\tAAA\tAland\tAland\tUS\t~Landish\t\t\tno\t\tt",
        "BBB\tBBB\tBland\tBland\tus folk\tLandish\t\t\tno\t\tt",
    )
    index = index_countries(load_countries(path))
    assert (found := index.aliases.get("US")) is not None and found.iso3 == "AAA"
    assert (found := index.demonyms.get("Landish")) is not None and found.iso3 == "BBB"
