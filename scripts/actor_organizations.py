"""Organisations from the Phoenix dictionaries and Party Facts (both MIT), in the format of
``organizations.tsv``.

Kept: armed groups, IGOs, NGOs, state bodies, opposition groups, media (Phoenix) and parties
(Party Facts, those still existing in 1950 or later), and companies named by more than one
word (:func:`company_orgs`). Left out: the country entries (the project's countries table has
them), unclassified entries (country and city aliases, offices), entries that are people, and
one-word company names (see ``build_actor_knowledge.py``). Codes follow the project's
convention (``organizations.tsv`` header): the country's CAMEO code or an international type,
then type codes; known-group codes go to ``group``; region blocks (``EAF``, ``MEA``) become the
international type of the kind (``IMG`` for armed groups).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from actor_sources import CommonWords, Source, display_name, items, latin

from eventwire.knowledge.actor_codes import INTERNATIONAL, NAMED_TYPES, Vocabulary
from eventwire.knowledge.names import fold

#: Phoenix entry type -> (kind of organizations.tsv, international type for a region code).
_KINDS = {
    "armed_group": ("armed_group", "IMG"),
    "igo": ("igo", "IGO"),
    "ngo": ("ngo", "NGO"),
    "government_body": ("other", ""),
    "opposition": ("other", ""),
    "party": ("party", ""),
    "media": ("media", ""),
    "other": ("other", ""),
}
_ARMED = frozenset({"REB", "SEP", "UAF", "INS", "MIL", "CRM", "SPY"})
_PARTY_SINCE = 1950
# Office nouns: an entry named with one is an office used as an actor ("AMERICAN VICE
# PRESIDENT"), which the title rules of the actors layer handle.
_OFFICES = frozenset(
    [
        "president",
        "presidents",
        "minister",
        "ministers",
        "secretary",
        "premier",
        "chancellor",
        "king",
        "queen",
        "governor",
        "ambassador",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "officials",
        "leader",
        "senator",
        "mayor",
        "envoy",
        "bundeskanzler",
    ]
)
_MIN_ACRONYM = 3


@dataclass(frozen=True, slots=True)
class Org:
    """One organisation row of the generated table."""

    name: str
    aliases: tuple[str, ...]
    code: str
    group: str
    kind: str
    country: str
    wikidata: str
    code_since: str
    former_code: str
    note: str
    source: str


def phoenix_orgs(
    source: Source,
    cameo: dict[str, str],
    vocabulary: Vocabulary,
    acronyms: frozenset[str],
    given_names: frozenset[str],
    country_words: dict[str, str],
) -> list[Org]:
    """The Phoenix organisations of the kinds kept, one per entry (its latest code).

    ``acronyms`` stay upper case in names ("Armenia Fund USA"); an entry named like a person
    (two to four words, the first a given name of the people tables, no organisation word) is
    left out: the International file lists some officials and spokespeople as entries. An armed
    group the source codes with a region that names one country ("Kosovo Liberation Army") is
    that country's (``country_words``: upper-case country names and demonyms -> ISO code).
    """
    latest: dict[str, dict[str, str]] = {}
    for row in source.rows:
        if row["type"] in _KINDS and row["cameo_code"]:
            kept = latest.get(row["id"])
            if kept is None or (row["start"] or "") >= (kept["start"] or ""):
                latest[row["id"]] = row
    orgs = []
    for row in latest.values():
        if row["type"] == "armed_group" and not row["country"]:
            row = {**row, "country": _named_country(row["name"], country_words)}
        code, group = _code(row, cameo, vocabulary)
        if code is None:
            continue
        name, acronym = _split_acronym(row["name"])
        if _person_like(name, given_names):
            continue
        shown = display_name(name, acronyms=acronyms, person=False)
        aliases = [
            display_name(_split_acronym(a)[0], acronyms=acronyms, person=False)
            for a in items(row["aliases"])
            if not _person_like(a, given_names)
        ]
        if acronym:
            aliases.insert(0, acronym)
        orgs.append(_phoenix_org(row, shown, aliases, code, group, _KINDS[row["type"]][0]))
    return orgs


def _phoenix_org(
    row: dict[str, str], name: str, aliases: list[str], code: str, group: str, kind: str
) -> Org:
    """A row of the generated table from a Phoenix entry (no Wikidata id, dates or note)."""
    return Org(
        name=name,
        aliases=tuple(aliases),
        code=code,
        group=group,
        kind=kind,
        country=row["country"],
        wikidata="",
        code_since="",
        former_code="",
        note="",
        source=f"{row['id']} ({row['source']})",
    )


_ORG_WORDS = frozenset(
    [
        "association",
        "fund",
        "council",
        "foundation",
        "institute",
        "international",
        "organization",
        "organisation",
        "society",
        "union",
        "league",
        "front",
        "army",
        "brigade",
        "brigades",
        "movement",
        "party",
        "group",
        "committee",
        "center",
        "centre",
        "network",
        "alliance",
        "federation",
        "agency",
        "bank",
        "commission",
        "forces",
        "force",
        "world",
        "trust",
        "service",
        "services",
        "watch",
        "project",
        "program",
        "programme",
    ]
)


#: Legal forms that end the companies' names in the Phoenix table ("CARMAX INC").
_LEGAL_FORMS = frozenset(
    ["INC", "CORP", "CORPORATION", "CO", "COMPANY", "LTD", "LIMITED", "PLC", "LLC", "LP", "AG",
     "SA", "NV", "HOLDINGS", "SOCIEDAD", "ANONIMA"]
)  # fmt: skip


def company_orgs(
    source: Source, cameo: dict[str, str], acronyms: frozenset[str], given_names: frozenset[str]
) -> list[Org]:
    """The Phoenix companies (``MNC``) of a country the source names, coded ``<country>BUS``.

    Kept: names of two or more words, hyphenated parts counting ("WELLS FARGO",
    "HEWLETT-PACKARD", "CARMAX INC"), and the name without its legal form when that still has two
    ("TETRA TECH INC" is also "Tetra Tech"). A one-word name is a brand or an ordinary word
    ("APPLE", "SHELL") that unrelated text uses, and is left out with its legal form too ("CARMAX"
    alone). The source gives no dates for companies: a merged or renamed company keeps its name.
    """
    acronyms -= _LEGAL_FORMS  # "Cymer Inc", not "Cymer INC"
    orgs = []
    for row in source.rows:
        if row["type"] != "company" or row["country"] not in cameo:
            continue
        name = _split_acronym(row["name"])[0]
        words = name.replace("-", " ").split()
        if len(words) < 2 or _person_like(name, given_names) or set(words) <= _LEGAL_FORMS:
            continue  # "SOCIEDAD ANONIMA" is a legal form alone
        bare = name.rsplit(" ", 1)[0] if words[-1] in _LEGAL_FORMS else ""
        aliases = [bare] if len(bare.replace("-", " ").split()) >= 2 else []
        orgs.append(
            _phoenix_org(
                row,
                display_name(name, acronyms=acronyms, person=False),
                [display_name(a, acronyms=acronyms, person=False) for a in aliases],
                country_block(row["country"], cameo) + "BUS",
                "",
                "company",
            )
        )
    return orgs


def _person_like(name: str, given_names: frozenset[str]) -> bool:
    words = name.split()
    return (
        2 <= len(words) <= 4
        and words[0] in given_names
        and not _ORG_WORDS.intersection(w.lower() for w in words)
    )


def _named_country(name: str, country_words: dict[str, str]) -> str:
    """The one country a name names by its name or demonym, else ""."""
    words = name.replace("-", " ").split()
    found = {
        country_words[" ".join(words[i : i + n])]
        for n in (3, 2, 1)
        for i in range(len(words) - n + 1)
        if " ".join(words[i : i + n]) in country_words
    }
    return found.pop() if len(found) == 1 else ""


def _split_acronym(name: str) -> tuple[str, str]:
    """ "ABU SAYYAF GROUP (ASG)" -> ("ABU SAYYAF GROUP", "ASG")."""
    head, _, rest = name.partition("(")
    inner = rest.rstrip(") ").strip()
    if inner and inner.replace("-", "").replace(".", "").isalnum() and " " not in inner:
        return head.strip(), inner
    return head.strip() if rest else name, ""


def _code(
    row: dict[str, str], cameo: dict[str, str], vocabulary: Vocabulary
) -> tuple[str | None, str]:
    """The project's code and known group of a Phoenix code ("IMGKASMUS" -> "IMGREB", "")."""
    raw = row["cameo_code"]
    blocks = [raw[i : i + 3] for i in range(0, len(raw), 3)]
    kind, international = _KINDS[row["type"]]
    if "ELI" in blocks:
        return None, ""  # a person coded as an elite, not an organisation
    if (
        blocks[0] in INTERNATIONAL
        and blocks[0] != "MNC"
        and not (kind == "armed_group" and row["country"])
    ):
        first = blocks[0]
    elif row["country"] in cameo and kind != "ngo":
        first = country_block(row["country"], cameo)
    elif international:
        first = international
    else:
        return None, ""
    group = next((b for b in blocks[1:] if b in vocabulary.group_codes), "")
    sectors = [
        b
        for b in blocks[1:]
        if b in vocabulary.types and b not in NAMED_TYPES and b not in INTERNATIONAL
    ]
    if kind == "armed_group" and not _ARMED.intersection(sectors):
        sectors.insert(0, "REB")
    return first + "".join(sectors[:2]), group


def country_block(iso3: str, cameo: dict[str, str]) -> str:
    """The first block of a country's organisation codes: its CAMEO code, or its ISO code for
    a dependency whose CAMEO code has two blocks (FRAGLP)."""
    return cameo[iso3] if len(cameo[iso3]) == 3 else iso3


def party_orgs(source: Source, cameo: dict[str, str]) -> list[Org]:
    """Party Facts parties of the project's countries, existing in 1950 or later."""
    orgs = []
    for row in source.rows:
        if row["country"] not in cameo or (row["end"] and int(row["end"]) < _PARTY_SINCE):
            continue
        if " " not in row["name"] and row["name"].isupper():
            continue  # known by an acronym only ("ABC"): shared with much else
        # "/" stands for a "|" of the source, mostly in glosses ("CPI/M/or/CPM", "APR/English");
        # party acronyms are left out: short, and shared with much else ("ABC", "NDP")
        aliases = [
            a
            for a in items(row["aliases"])
            if latin(a) and not {"/", ":"} & set(a) and not (" " not in a and a.isupper())
        ]
        years = "; ".join(
            f"{what} {row[col]}" for what, col in (("founded", "start"), ("dissolved", "end"))
            if row[col]
        )  # fmt: skip
        orgs.append(
            Org(
                name=row["name"],
                aliases=tuple(aliases),
                code=country_block(row["country"], cameo) + "PTY",
                group="",
                kind="party",
                country=row["country"],
                wikidata=row["wikidata_id"],
                code_since="",
                former_code="",
                note=years,
                source=row["id"],
            )
        )
    return orgs


def clean_names(
    orgs: Iterable[Org], words: CommonWords, taken: Iterable[str], people: Iterable[str]
) -> list[Org]:
    """Keep the names that identify one organisation.

    Dropped: common words ("Justice", "HOPE"), acronyms of fewer than three letters, names in
    other scripts, country names, demonyms and capitals (``taken``), people's names (a
    leader listed as an alias of his group), and names claimed by organisations with different
    codes; an organisation left without a name is dropped.
    """
    blocked = {fold(n) for n in taken} | {fold(n) for n in people}
    orgs = list(orgs)
    codes: dict[str, set[str]] = defaultdict(set)
    for org in orgs:
        for name in (org.name, *org.aliases):
            codes[fold(name)].add(org.code)
    used: set[str] = set()
    out = []
    for org in orgs:
        names = [
            n
            for n in dict.fromkeys((org.name, *org.aliases))
            if _good(n, words) and fold(n) not in blocked and len(codes[fold(n)]) == 1
        ]
        names = [n for n in names if fold(n) not in used]
        if not names or names[0] != org.name:
            continue  # its own name is ambiguous, taken or a common word
        used.update(fold(n) for n in names)
        out.append(replace(org, aliases=tuple(names[1:])))
    return out


def _good(name: str, words: CommonWords) -> bool:
    letters = [c for c in name if c.isalpha()]
    if not latin(name) or len(letters) < 2 or words.is_common(name):
        return False
    if " " in name and words.is_generic(name):
        return False  # "National Liberation Army": many groups, many countries
    if _OFFICES.intersection(name.lower().split()):
        return False
    one_word = " " not in name
    return not (one_word and name.isupper() and len(letters) < _MIN_ACRONYM)
