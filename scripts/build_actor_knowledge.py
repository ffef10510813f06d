"""Build the generated actor tables: ``python scripts/build_actor_knowledge.py [--source DIR]``.

Reads the open tables of ``../shared/knowledge`` (see its README: sources, licences, caveats) and
writes, into ``src/eventwire/knowledge/data/``:

* ``people_phoenix.tsv.gz`` (MIT): people's dated state offices from the Phoenix dictionaries;
* ``people_countryinfo.tsv.gz`` (CC BY-SA 3.0, share-alike: kept in its own file): heads of
  state and government (rulers.org lists) and cabinets (CIA lists, 2003-2011) with their titles,
  from CountryInfo;
* ``organizations_open.tsv.gz`` (MIT): armed groups, IGOs, NGOs, state bodies and media from the
  Phoenix dictionaries, and parties from Party Facts.

Every file starts with its licence, attribution and the changes made. The knowledge loader
(``eventwire.knowledge.generated``) merges them under the hand tables, which win. Of the
companies (Phoenix ``MNC``, 4,375 entries) only those of a named country and named by two words
or more are kept (``actor_organizations.company_orgs``): one-word names are often ordinary words
or brands that would be labelled in unrelated text. A known company gives the story its country
("Hewlett-Packard", "Wells Fargo", "Goldman Sachs": the bodies and people of a business story are
then that country's). Common words come from
Debian's ``wamerican`` list (``--words``). The output is deterministic (gzip without a time
stamp), so a rebuild from the same inputs changes nothing.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
from collections.abc import Iterable, Sequence
from pathlib import Path

import actor_organizations as orgs
import actor_people as people
from actor_organizations import Org
from actor_people import Term
from actor_sources import DEFAULT_WORDS, CommonWords, Source, read_source

from eventwire.knowledge.actor_codes import load_vocabulary
from eventwire.knowledge.countries import Country, load_countries
from eventwire.knowledge.generated import (
    ORGANIZATIONS_FILE,
    PEOPLE_COLUMNS,
    PEOPLE_FILES,
)
from eventwire.knowledge.organizations import load_organizations
from eventwire.knowledge.people import load_people
from eventwire.knowledge.tsv import packaged

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "knowledge"
OUT = packaged(ORGANIZATIONS_FILE).parent

PEOPLE_HEADER = """\
# column: person = the name as English news writes it (generated from the upper-case source name); unique in the generated tables
# column: aliases = other full names of the person (|-separated); titled forms and bare surnames are left out
# column: surname = the name used alone in later mentions (the first word of Chinese and Korean names)
# column: country = ISO 3166-1 alpha-3 of the state whose office it is
# column: role = as in people.tsv (other: an office without a known title)
# column: title = the office noun news uses ("prime minister"), empty when the source gives none the actors layer knows
# column: term_start = first day in office (YYYY-MM-DD)
# column: term_end = last day in office, or, when open is yes, the day the source was last updated
# column: open = yes when the source gives no end: in office when it was last updated, unknown after
# column: source = the row of the shared table (file:line of the original)"""


def _block(lines: Iterable[str]) -> str:
    return "".join(f"# {line}\n" if line else "#\n" for line in lines)


def _licence(source: Source) -> list[str]:
    return [f"upstream: {line.strip()}" for line in source.provenance]


def tsv_line(values: Iterable[object]) -> str:
    """One row of a generated table: lists joined by ``|``, flags as ``yes`` or empty."""
    cells = []
    for value in values:
        if isinstance(value, tuple):
            value = "|".join(value)
        elif isinstance(value, bool):
            value = "yes" if value else ""
        cells.append(str(value))
    return "\t".join(cells)


def people_text(terms: Sequence[Term], intro: Sequence[str], source: Source) -> str:
    """The text of a generated people file: header, column header, one row per term."""
    order = sorted(terms, key=lambda t: (t.country, t.person, t.start, t.end, t.source))
    rows = [tsv_line(dataclasses.astuple(t)) for t in order]
    head = _block([*intro, *_licence(source)]) + PEOPLE_HEADER + "\n"
    return head + "\t".join(PEOPLE_COLUMNS) + "\n" + "\n".join(rows) + "\n"


def orgs_text(rows: Sequence[Org], intro: Sequence[str], sources: Sequence[Source]) -> str:
    """The text of the generated organisations file, in the format of organizations.tsv."""
    order = sorted(rows, key=lambda o: (o.kind, o.country, o.name))
    lines = [tsv_line(dataclasses.astuple(o)) for o in order]
    columns = [f.name for f in dataclasses.fields(Org)]
    head = _block([*intro, *(line for s in sources for line in _licence(s))])
    return head + "\t".join(columns) + "\n" + "\n".join(lines) + "\n"


def build(source_dir: Path, words: CommonWords) -> dict[str, str]:
    """Return the generated files' names and texts."""
    countries = load_countries()
    iso3 = frozenset(c.iso3 for c in countries)
    phoenix = read_source(source_dir / "phoenix_people.tsv")
    countryinfo = read_source(source_dir / "countryinfo_leaders.tsv")
    mit, by_sa = people.unambiguous(
        people.phoenix_terms(phoenix, iso3),
        people.countryinfo_terms(countryinfo, iso3),
        words=words,
    )
    mit, by_sa = people.same_identity(mit), people.same_identity(by_sa)
    phoenix_orgs = read_source(source_dir / "phoenix_organisations.tsv")
    parties = read_source(source_dir / "partyfacts_parties.tsv")
    cameo = {c.iso3: c.cameo for c in countries}
    taken = [n for c in countries for n in (*c.names, *c.demonyms, *c.metonyms)]
    names = [t.person for t in (*mit, *by_sa)] + [p.name for p in load_people()]
    given = frozenset(n.split()[0].upper() for n in names if " " in n)
    hand = load_organizations()
    acronyms = frozenset(
        n for n in (*taken, *(n for o in hand for n in o.names)) if n.isupper() and " " not in n
    ) | frozenset(a.partition("(")[2].rstrip(") ") for r in phoenix_orgs.rows for a in [r["name"]])
    found = orgs.clean_names(
        [
            *orgs.phoenix_orgs(
                phoenix_orgs, cameo, load_vocabulary(), acronyms, given, country_words(countries)
            ),
            *orgs.party_orgs(parties, cameo),
            *orgs.company_orgs(phoenix_orgs, cameo, acronyms, given),
        ],
        words,
        taken,
        names,
    )
    mit_file, by_sa_file = PEOPLE_FILES
    return {
        mit_file: people_text(mit, _intro(mit_file, "MIT", MIT_PEOPLE, PHOENIX_MIT), phoenix),
        by_sa_file: people_text(by_sa, _intro(by_sa_file, "CC BY-SA 3.0", BY_SA), countryinfo),
        ORGANIZATIONS_FILE: orgs_text(
            found,
            _intro(ORGANIZATIONS_FILE, "MIT", MIT_ORGS, PHOENIX_MIT, PARTYFACTS_MIT),
            (phoenix_orgs, parties),
        ),
    }


def country_words(countries: Iterable[Country]) -> dict[str, str]:
    """Upper-case country names, aliases and demonyms -> ISO code (shared ones left out)."""
    words: dict[str, set[str]] = {}
    for country in countries:
        for name in (*country.names, *country.demonyms):
            if name not in country.shared:
                words.setdefault(name.upper(), set()).add(country.iso3)
    return {w: next(iter(c)) for w, c in words.items() if len(c) == 1}


def _intro(name: str, licence: str, text: str, *notices: str) -> list[str]:
    return [
        f"{name}: generated by scripts/build_actor_knowledge.py; do not edit (edit the hand tables,"
        " which win, or the script)",
        f"licence: {licence} (this file; the upstream notices follow)",
        *text.splitlines(),
        *(line for notice in notices for line in ("", *notice.splitlines())),
        "",
    ]


MIT_PEOPLE = """\
People's dated state offices (no titles) from the Phoenix actor dictionaries, for coding people
by the article date. ELI spans and undated codes are left out; open ends are the source's update
date (2014-01-30; 2015-02-17 for rows edited later), marked open. Phoenix.Countries was generated
from CountryInfo (CC BY-SA 3.0) and relabelled MIT by its publishers; the titles, which only
CountryInfo has, are in people_countryinfo.tsv.gz under CC BY-SA 3.0.
as-of: 2014-01-30"""

BY_SA = """\
People's offices with their titles from CountryInfo.txt, an adaptation distributed under the same
licence: Creative Commons Attribution-ShareAlike 3.0 Unported,
http://creativecommons.org/licenses/by-sa/3.0/ . Changes: names re-cased for English text;
titles mapped to the title nouns of people.tsv (other titles left empty); ambiguous names and
titled aliases left out; open ends set to the source's update (cabinets: the February 2011 CIA
list; leaders: the latest date of the country's block), marked open; rows of former states
left out.
as-of: 2011-02-28"""

MIT_ORGS = """\
Organisations (armed groups, IGOs, NGOs, state bodies, opposition groups, media) and companies
named by two words or more, with the country the source gives (coded <country>BUS), from the
Phoenix actor dictionaries, and political parties from Party Facts, in the format of
organizations.tsv. One-word company names, country entries, unclassified entries and people are
left out; names that are common words, other organisations' names, countries or people are left
out. Both sources are MIT; their notices follow.
as-of: 2014-01-30 (Phoenix); Party Facts years to 2021"""

MIT_BODY = """\
Permission is hereby granted, free of charge, to any person obtaining a copy of
this software and associated documentation files (the "Software"), to deal in
the Software without restriction, including without limitation the rights to
use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
the Software, and to permit persons to whom the Software is furnished to do so,
subject to the following conditions:
The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.
THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE."""
PHOENIX_MIT = "The MIT License (MIT)\nCopyright (c) 2014 Open Event Data\n" + MIT_BODY
PARTYFACTS_MIT = "MIT License\nCopyright (c) 2022 Party Facts authors\n" + MIT_BODY


def write(files: dict[str, str], out: Path) -> None:
    """Write the files gzip-compressed, without a time stamp (the output is deterministic)."""
    for name, text in files.items():
        (out / name).write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help="the shared knowledge folder")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the tables")
    parser.add_argument("--words", type=Path, default=DEFAULT_WORDS, help="common-word list")
    args = parser.parse_args(argv)
    files = build(args.source, CommonWords(args.words))
    write(files, args.out)
    for name, text in files.items():
        rows = sum(1 for line in text.splitlines() if line and not line.startswith("#")) - 1
        print(f"{name}: {rows} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
