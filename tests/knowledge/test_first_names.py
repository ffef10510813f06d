"""Given-name genders (``knowledge/data/first_names.tsv``), generated from the 1990 US census."""

from __future__ import annotations

import pytest

from eventwire.knowledge.first_names import HEADER, TABLE, given_name_gender
from eventwire.knowledge.tsv import packaged, read_table


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Henry Bacon", "m"),
        ("Carolyn Sawyer", "f"),
        ("Angela Merkel", "f"),
        ("Paul", "m"),
        ("J. Robert Hale", None),  # an initial is no given name
        ("Jordan Smith", None),  # carried by both genders: not in the table
        ("Williams", None),  # alone, more often a family name
        ("Li Keqiang", None),  # family name first: more common as a family name
        ("Min Aung Hlaing", None),  # too rare as a given name to trust
        ("", None),
    ],
)
def test_given_name_gender(name: str, gender: str | None) -> None:
    assert given_name_gender(name) == gender


def test_table_has_the_build_scripts_header_and_rows() -> None:
    text = packaged(TABLE).read_text(encoding="utf-8")
    assert text.startswith(HEADER)
    table = read_table(packaged(TABLE), ("name", "gender", "share", "given", "family"))
    rows = list(table.rows)
    assert len(rows) > 4000
    assert all(r["gender"] in {"m", "f"} and float(r["share"]) >= 0.9 for r in rows)
    assert [r["name"] for r in rows] == sorted(r["name"] for r in rows)
