"""The people-in-office table and its date-aware queries."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

from eventwire.errors import KnowledgeError
from eventwire.knowledge.people import (
    HEAD_OF_GOVERNMENT_ROLES,
    HEAD_OF_STATE_ROLES,
    Person,
    holders,
    is_former,
    load_people,
    lookup,
    office_on,
    parse_date,
    was_in_office,
)
from eventwire.knowledge.tsv import packaged, read_table

AS_OF = dt.date(2025, 11, 30)
AFTER = dt.date(2025, 9, 3)


def _codes(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Used only while the countries table (another part of knowledge/) is not there yet.
UN_MEMBERS_FALLBACK = _codes(
    """AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH
    BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP
    CZE PRK DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC
    GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT
    KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO
    MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL
    POL PRT QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
    ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE
    GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE"""
)

# Countries whose leaders the table covers since before 2005: exactly one leader on each
# sampled date.
HISTORICAL = _codes(
    """AFG AGO ARE ARG AUS AUT AZE BEL BGD BHR BLR BRA BRN CAN CHE CHL CHN CMR COD COG
    COL CUB DEU DNK DZA EGY ERI ESP ETH FIN FRA GBR GRC HUN IDN IND IRL IRN IRQ ISR ITA JOR JPN
    KAZ KEN KHM KOR LKA LTU LUX MAR MEX MMR MYS NGA NLD NOR NZL OMN PAK PHL POL PRK PSE QAT ROU
    RUS RWA SAU SDN SGP SWE SWZ SYR TCD TGO THA TJK TKM TUR TWN UGA UKR USA UZB VAT VEN VNM YEM
    ZAF ZWE"""
)
SAMPLE_DATES = (dt.date(2005, 1, 1), dt.date(2015, 1, 1), AS_OF)


def _un_members() -> frozenset[str]:
    path = packaged("countries.tsv")
    if not path.exists():
        return UN_MEMBERS_FALLBACK
    table = read_table(path, ())
    code = next((c for c in ("iso3", "alpha3", "iso_alpha3", "code") if c in table.header), None)
    if code is None or "un_member" not in table.header:
        return UN_MEMBERS_FALLBACK
    truthy = {"yes", "true", "1", "y"}
    return frozenset(r[code] for r in table.rows if r.get("un_member").lower() in truthy)


@pytest.fixture(scope="module")
def people() -> tuple[Person, ...]:
    return load_people()


def _one(people: tuple[Person, ...], name: str) -> Person:
    found = [p for p in people if p.name == name]
    assert len(found) == 1, name
    return found[0]


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


# --- the table -------------------------------------------------------------------------------


def test_table_states_its_as_of_date() -> None:
    table = read_table(packaged("people.tsv"), ())
    assert table.as_of == AS_OF.isoformat()
    assert any(c.startswith("source:") for c in table.comments)


def test_table_has_at_least_400_people(people: tuple[Person, ...]) -> None:
    assert len({p.name for p in people}) >= 400


def test_country_codes_are_iso_alpha3(people: tuple[Person, ...]) -> None:
    codes = {o.country for p in people for o in p.offices}
    unknown = {c for c in codes if c != "XKX" and pycountry.countries.get(alpha_3=c) is None}
    assert not unknown


def test_fallback_lists_193_un_members() -> None:
    assert len(UN_MEMBERS_FALLBACK) == 193


@pytest.mark.parametrize("country", sorted(_un_members()))
def test_un_member_has_heads_of_state_and_government(
    people: tuple[Person, ...], country: str
) -> None:
    state = [p for r in HEAD_OF_STATE_ROLES for p in holders(people, country, role=r, on=AS_OF)]
    government = [
        p for r in HEAD_OF_GOVERNMENT_ROLES for p in holders(people, country, role=r, on=AS_OF)
    ]
    if state and government:
        return
    notes = [o.note for p in people for o in p.offices if o.country == country and o.covers(AS_OF)]
    assert any(notes), f"{country}: head of state {state}, of government {government}, no note"


def test_no_country_has_two_leaders_on_a_sampled_date(people: tuple[Person, ...]) -> None:
    countries = {o.country for p in people for o in p.offices if o.org is None}
    for day in SAMPLE_DATES:
        for country in countries:
            found = holders(people, country, leader=True, on=day)
            assert len(found) <= 1, (country, day, [p.name for p in found])


@pytest.mark.parametrize("day", SAMPLE_DATES)
def test_covered_countries_have_exactly_one_leader(
    people: tuple[Person, ...], day: dt.date
) -> None:
    countries = HISTORICAL | (_un_members() if day == AS_OF else frozenset())
    missing = [c for c in sorted(countries) if len(holders(people, c, leader=True, on=day)) != 1]
    assert not missing


def test_leader_terms_of_different_people_never_overlap(people: tuple[Person, ...]) -> None:
    terms: dict[str, list[tuple[str, dt.date, dt.date]]] = defaultdict(list)
    for person in people:
        for o in person.offices:
            if o.leader:
                terms[o.country].append((person.name, o.first_day, o.last_day or dt.date.max))
    clashes = [
        (country, a[0], b[0])
        for country, spans in terms.items()
        for i, a in enumerate(spans)
        for b in spans[i + 1 :]
        # a shared handover day is allowed: one term's last day is the other's first
        if a[0] != b[0] and a[1] < b[2] and b[1] < a[2]
    ]
    assert not clashes


@pytest.mark.parametrize(
    ("name", "qid"),
    [
        ("Vladimir Putin", "Q7747"),
        ("Donald Trump", "Q22686"),
        ("Joe Biden", "Q6279"),
        ("Kim Jong Un", "Q56226"),
        ("Xi Jinping", "Q15031"),
        ("Barack Obama", "Q76"),
    ],
)
def test_wikidata_ids(people: tuple[Person, ...], name: str, qid: str) -> None:
    assert _one(people, name).wikidata == qid


def test_qids_are_unique(people: tuple[Person, ...]) -> None:
    qids = [p.wikidata for p in people if p.wikidata]
    assert len(qids) == len(set(qids))


# --- resolution by date ----------------------------------------------------------------------

TITLES = [
    ("USA", "president", "2019-06-01", "Donald Trump"),
    ("USA", "president", "2022-06-01", "Joe Biden"),
    ("USA", "president", "2025-09-03", "Donald Trump"),
    ("USA", "president", "2005-06-01", "George W. Bush"),
    ("USA", "president", "2012-06-01", "Barack Obama"),
    ("USA", "vice president", "2025-09-03", "JD Vance"),
    ("USA", "secretary of state", "2014-01-01", "John Kerry"),
    ("USA", "secretary of state", "2025-09-03", "Marco Rubio"),
    ("USA", "defense secretary", "2022-01-01", "Lloyd Austin"),
    ("USA", "Defence Secretary", "2025-09-03", "Pete Hegseth"),
    ("RUS", "president", "2010-01-01", "Dmitry Medvedev"),
    ("RUS", "prime minister", "2010-01-01", "Vladimir Putin"),
    ("RUS", "president", "2005-01-01", "Vladimir Putin"),
    ("RUS", "leader", "2025-09-03", "Vladimir Putin"),
    ("RUS", "foreign minister", "2025-09-03", "Sergei Lavrov"),
    ("RUS", "defense minister", "2020-01-01", "Sergei Shoigu"),
    ("RUS", "defence minister", "2025-09-03", "Andrei Belousov"),
    ("PRK", "leader", "2025-09-03", "Kim Jong Un"),
    ("PRK", "leader", "2005-01-01", "Kim Jong Il"),
    ("CHN", "president", "2025-09-03", "Xi Jinping"),
    ("CHN", "leader", "2005-01-01", "Hu Jintao"),
    ("CHN", "premier", "2010-01-01", "Wen Jiabao"),
    ("CHN", "premier", "2025-09-03", "Li Qiang"),
    ("CHN", "foreign minister", "2023-03-01", "Qin Gang"),
    ("GBR", "prime minister", "2023-01-01", "Rishi Sunak"),
    ("GBR", "king", "2025-09-03", "Charles III"),
    ("GBR", "queen", "2020-01-01", "Elizabeth II"),
    ("GBR", "foreign secretary", "2025-06-30", "David Lammy"),
    ("DEU", "chancellor", "2020-01-01", "Angela Merkel"),
    ("DEU", "chancellor", "2025-09-03", "Friedrich Merz"),
    ("FRA", "president", "2010-01-01", "Nicolas Sarkozy"),
    ("FRA", "president", "2025-09-03", "Emmanuel Macron"),
    ("ISR", "prime minister", "2022-01-01", "Naftali Bennett"),
    ("ISR", "prime minister", "2025-09-03", "Benjamin Netanyahu"),
    ("ISR", "defense minister", "2025-06-30", "Israel Katz"),
    ("KOR", "president", "2025-09-03", "Lee Jae-myung"),
    ("KOR", "president", "2005-01-01", "Roh Moo-hyun"),
    ("KOR", "leader", "2025-01-15", "Choi Sang-mok"),
    ("IRN", "supreme leader", "2025-09-03", "Ali Khamenei"),
    ("IRN", "president", "2015-01-01", "Hassan Rouhani"),
    ("IRN", "president", "2025-09-03", "Masoud Pezeshkian"),
    ("IRN", "foreign minister", "2025-09-03", "Abbas Araghchi"),
    ("UKR", "president", "2017-01-01", "Petro Poroshenko"),
    ("UKR", "president", "2012-01-01", "Viktor Yanukovych"),
    ("UKR", "president", "2025-09-03", "Volodymyr Zelensky"),
    ("JPN", "prime minister", "2015-01-01", "Shinzo Abe"),
    ("JPN", "prime minister", "2025-06-30", "Shigeru Ishiba"),
    ("IND", "prime minister", "2010-01-01", "Manmohan Singh"),
    ("IND", "prime minister", "2025-09-03", "Narendra Modi"),
    ("TUR", "prime minister", "2010-01-01", "Recep Tayyip Erdogan"),
    ("TUR", "president", "2010-01-01", "Abdullah Gül"),
    ("TUR", "president", "2025-09-03", "Recep Tayyip Erdogan"),
    ("SYR", "president", "2020-01-01", "Bashar al-Assad"),
    ("SYR", "president", "2025-09-03", "Ahmed al-Sharaa"),
    ("SAU", "king", "2010-01-01", "Abdullah bin Abdulaziz"),
    ("SAU", "crown prince", "2025-09-03", "Mohammed bin Salman"),
    ("SAU", "prime minister", "2025-09-03", "Mohammed bin Salman"),
    ("BRA", "president", "2020-01-01", "Jair Bolsonaro"),
    ("BRA", "president", "2025-09-03", "Luiz Inácio Lula da Silva"),
    ("EGY", "president", "2012-12-01", "Mohamed Morsi"),
    ("AFG", "president", "2010-01-01", "Hamid Karzai"),
    ("AFG", "leader", "2025-09-03", "Hibatullah Akhundzada"),
    ("PAK", "leader", "2005-01-01", "Pervez Musharraf"),
    ("PAK", "prime minister", "2020-01-01", "Imran Khan"),
    ("VEN", "president", "2010-01-01", "Hugo Chávez"),
    ("CAN", "prime minister", "2025-06-30", "Mark Carney"),
    ("VAT", "pope", "2025-06-30", "Pope Leo XIV"),
    ("NATO", "secretary-general", "2025-06-30", "Mark Rutte"),
    ("UN", "secretary-general", "2015-01-01", "Ban Ki-moon"),
    ("EU", "foreign policy chief", "2025-06-30", "Kaja Kallas"),
    # changes of the second half of 2025, recorded up to the table's as-of date
    ("JPN", "prime minister", "2025-11-01", "Sanae Takaichi"),
    ("GBR", "foreign secretary", "2025-10-01", "Yvette Cooper"),
    ("POL", "president", "2025-09-01", "Karol Nawrocki"),
    ("UKR", "prime minister", "2025-08-01", "Yulia Svyrydenko"),
    ("UKR", "defense minister", "2025-08-01", "Denys Shmyhal"),
    ("FRA", "prime minister", "2025-11-01", "Sébastien Lecornu"),
    ("THA", "leader", "2025-08-01", "Phumtham Wechayachai"),
    ("THA", "leader", "2025-11-01", "Anutin Charnvirakul"),
    ("BOL", "president", "2025-11-20", "Rodrigo Paz"),
]


@pytest.mark.parametrize(("country", "title", "day", "expected"), TITLES)
def test_title_resolves_by_date(
    people: tuple[Person, ...], country: str, title: str, day: str, expected: str
) -> None:
    assert [p.name for p in holders(people, country, title=title, on=_day(day))] == [expected]


def test_at_least_40_title_cases() -> None:
    assert len(TITLES) >= 40


def test_no_date_resolves_to_nobody(people: tuple[Person, ...]) -> None:
    assert holders(people, "USA", title="president", on=None) == []
    assert office_on(_one(people, "Joe Biden"), None) is None
    assert not is_former(_one(people, "Joe Biden"), None)


def test_open_term_covers_dates_after_as_of(people: tuple[Person, ...]) -> None:
    assert [p.name for p in holders(people, "RUS", leader=True, on=dt.date(2030, 1, 1))] == [
        "Vladimir Putin"
    ]


def test_handover_day_lists_new_holder_first(people: tuple[Person, ...]) -> None:
    found = holders(people, "USA", title="president", on=dt.date(2025, 1, 20))
    assert [p.name for p in found] == ["Donald Trump", "Joe Biden"]


def test_unknown_country_or_title_is_empty(people: tuple[Person, ...]) -> None:
    assert holders(people, "USA", title="emperor", on=AS_OF) == []
    assert holders(people, "ZZZ", on=AS_OF) == []


@pytest.mark.parametrize(
    ("name", "day", "former"),
    [
        ("Joe Biden", "2025-09-03", True),
        ("Vladimir Putin", "2025-09-03", False),
        ("Barack Obama", "2025-09-03", True),
        ("Donald Trump", "2022-06-01", True),
        ("Donald Trump", "2019-06-01", False),
        ("Dmitry Medvedev", "2025-09-03", False),
        ("Volodymyr Zelensky", "2010-01-01", False),
        ("Angela Merkel", "2022-01-01", True),
    ],
)
def test_is_former(people: tuple[Person, ...], name: str, day: str, former: bool) -> None:
    assert is_former(_one(people, name), _day(day)) is former


def test_office_on_prefers_the_office_held_that_day(people: tuple[Person, ...]) -> None:
    putin = office_on(_one(people, "Vladimir Putin"), dt.date(2010, 1, 1))
    assert putin is not None
    assert (putin.title, putin.role) == ("prime minister", "head_of_government")
    biden = office_on(_one(people, "Joe Biden"), dt.date(2015, 1, 1))
    assert biden is not None
    assert biden.title == "vice president"
    assert office_on(_one(people, "Joe Biden"), dt.date(2025, 9, 3)) is None


def test_was_in_office(people: tuple[Person, ...]) -> None:
    assert was_in_office(_one(people, "Dmitry Medvedev"), "RUS", dt.date(2010, 1, 1))
    assert was_in_office(_one(people, "Mark Rutte"), "NATO", AS_OF)
    assert not was_in_office(_one(people, "Mark Rutte"), "NLD", AS_OF)


def test_lookup_by_alias(people: tuple[Person, ...]) -> None:
    assert [p.name for p in lookup(people, "Zelenskyy")] == ["Volodymyr Zelensky"]
    assert [p.name for p in lookup(people, "joseph r. biden")] == ["Joe Biden"]


@pytest.mark.parametrize(
    ("value", "end", "expected"),
    [
        ("2024-02", False, dt.date(2024, 2, 1)),
        ("2024-02", True, dt.date(2024, 2, 29)),
        ("2023", True, dt.date(2023, 12, 31)),
        ("2023-05-17", True, dt.date(2023, 5, 17)),
    ],
)
def test_partial_dates(value: str, end: bool, expected: dt.date) -> None:
    assert parse_date(value, end=end) == expected


# --- validation ------------------------------------------------------------------------------

HEADER = (
    "person\taliases\tsurname\tgender\tcountry\torg\trole\ttitle\tleader\t"
    "term_start\tterm_end\twikidata\tnote\tsource"
)
GOOD = "Ann Example\t\tExample\tf\tFRA\t\thead_of_state\tpresident\tyes\t2001-01-01\t\t\t\tx"


def _row(**changes: str) -> str:
    fields = dict(zip(HEADER.split("\t"), GOOD.split("\t"), strict=True))
    fields.update(changes)
    return "\t".join(fields.values())


@pytest.mark.parametrize(
    "bad",
    [
        _row(country="FR"),
        _row(role="king"),
        _row(gender="x"),
        _row(leader="maybe"),
        _row(wikidata="7747"),
        _row(term_start="2020-13-01"),
        _row(term_start="2020-02-30"),
        _row(term_start="2020-05-01", term_end="2019-01-01"),
        _row(surname=""),
        _row(gender="m", term_start="2010-01-01"),
        _row(org="NATO", leader="yes"),
        "Ann Example\tonly three fields\tx",
    ],
)
def test_bad_row_names_file_and_line(tmp_path: Path, bad: str) -> None:
    path = tmp_path / "people.tsv"
    path.write_text(f"# as-of: 2025-06-30\n{HEADER}\n{GOOD}\n{bad}\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load_people(path)
    assert "people.tsv" in str(caught.value)
    assert "line 4" in str(caught.value)


def test_good_tmp_table_loads(tmp_path: Path) -> None:
    path = tmp_path / "people.tsv"
    path.write_text(f"{HEADER}\n{GOOD}\n", encoding="utf-8")
    (ann,) = load_people(path)
    assert ann.offices[0].leader
    assert ann.wikidata is None
