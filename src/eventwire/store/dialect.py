"""What differs between the SQL backends, kept to a few settings; all other SQL is shared.

The schema (``schema.py``), the queries (``query.py``) and the store logic (``sql_store.py``) are
written once, in SQL that DuckDB and PostgreSQL both run, with ``?`` placeholders. A ``Dialect``
holds the rest:

- how a write transaction and a consistent read snapshot begin (PostgreSQL writes run at READ
  COMMITTED so that a writer that waited for the writers' lock sees what the other one committed;
  reads that must agree run at REPEATABLE READ);
- the statement that serialises writers of one database (PostgreSQL: a transaction-level advisory
  lock; a DuckDB file has one writing process);
- the text type of the schema (PostgreSQL: ``TEXT COLLATE "C"``, so text sorts by code point as in
  DuckDB, whatever the database's locale);
- how a DATE is written as ISO text (PostgreSQL's cast follows its DateStyle setting);
- the collation that case-insensitive matches fold under (under ``"C"``, PostgreSQL's ``lower``
  folds only ASCII; ICU's root collation folds all of Unicode, as DuckDB does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_VARCHAR = re.compile(r"\bVARCHAR\b")

WRITERS_LOCK = 0x65766E7477697265
"""The key of PostgreSQL's advisory lock that eventwire writers of one database take in turn."""


@dataclass(frozen=True, slots=True)
class Dialect:
    """How one backend's SQL differs from the shared SQL."""

    name: str
    begin_write: str = "BEGIN TRANSACTION"
    begin_read: str = "BEGIN TRANSACTION"
    lock_writers: str | None = None
    text_type: str = "VARCHAR"
    fold_collation: str | None = None
    iso_date: str = "CAST({} AS VARCHAR)"

    def ddl(self, sql: str) -> str:
        """Return schema SQL (written with ``VARCHAR``) with this backend's text type."""
        return _VARCHAR.sub(self.text_type, sql)

    def lower(self, expression: str) -> str:
        """Return SQL lower-casing ``expression`` for a case-insensitive match."""
        return f"lower({self._folded(expression)})"

    def upper(self, expression: str) -> str:
        """Return SQL upper-casing ``expression`` for a case-insensitive match."""
        return f"upper({self._folded(expression)})"

    def date_text(self, expression: str) -> str:
        """Return SQL writing the DATE ``expression`` as ISO text (``YYYY-MM-DD``)."""
        return self.iso_date.format(expression)

    def _folded(self, expression: str) -> str:
        if self.fold_collation is None:
            return expression
        return f'({expression}) COLLATE "{self.fold_collation}"'


DUCKDB = Dialect("duckdb")

POSTGRES = Dialect(
    "postgresql",
    begin_write="BEGIN ISOLATION LEVEL READ COMMITTED",
    begin_read="BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY",
    lock_writers=f"SELECT pg_advisory_xact_lock({WRITERS_LOCK})",
    text_type='TEXT COLLATE "C"',
    fold_collation="und-x-icu",
    iso_date="to_char({}, 'YYYY-MM-DD')",  # not CAST: that follows the server's DateStyle
)
"""PostgreSQL as eventwire uses it (``fold_collation`` is dropped on a server built without ICU)."""
