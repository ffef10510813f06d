"""Opening a PostgreSQL store: connecting by URL with clear errors, and checking the database.

The connection runs in autocommit mode; the store begins and ends its own transactions (see
``dialect.POSTGRES``). The session's time zone is UTC (sighting times read back in UTC), JSON
reads back as the text that was stored (records rebuild exactly), and a read-only store's
session refuses writes. The database must be UTF8: offsets are code points, and ``substring``
and ``strpos`` count code points only in a UTF8 database.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg.types.string import TextLoader

from eventwire.errors import StoreError
from eventwire.store.dialect import POSTGRES, Dialect
from eventwire.store.sql_store import error_line

Connection = psycopg.Connection[tuple[Any, ...]]

CONNECT_TIMEOUT = 10
"""Seconds to wait for the server when the URL does not say (libpq waits forever)."""


def connect(url: str, read_only: bool, location: str) -> tuple[Connection, Dialect]:
    """Connect to the database at ``url``; return the connection and the dialect it speaks.

    Raises:
        StoreError: the URL is malformed, the server cannot be reached or refuses, or the
            database is not UTF8.
    """
    try:
        if "connect_timeout" not in conninfo_to_dict(url):
            url = make_conninfo(url, connect_timeout=CONNECT_TIMEOUT)
        con: Connection = psycopg.connect(url, autocommit=True)
    except psycopg.Error as exc:
        raise StoreError(f"cannot connect ({error_line(exc)})", source=location) from exc
    try:
        return con, _prepare_session(con, read_only, location)
    except BaseException:
        con.close()
        raise


def _prepare_session(con: Connection, read_only: bool, location: str) -> Dialect:
    try:
        con.execute("SET TimeZone = 'UTC'")
        if read_only:
            con.execute("SET default_transaction_read_only = on")
        encoding = _one(con, "SELECT pg_encoding_to_char(encoding) FROM pg_database "
                             "WHERE datname = current_database()")  # fmt: skip
        icu = _one(con, "SELECT count(*) FROM pg_collation WHERE collname = %s",
                   [POSTGRES.fold_collation])  # fmt: skip
    except psycopg.Error as exc:
        raise StoreError(
            f"cannot prepare the session ({error_line(exc)})", source=location
        ) from exc
    if encoding != "UTF8":
        raise StoreError(
            f"the database's encoding is {encoding}; eventwire needs UTF8 "
            "(createdb --encoding UTF8 --template template0 NAME)",
            source=location,
        )
    con.adapters.register_loader("json", TextLoader)
    # Without ICU, lower() under the "C" collation folds ASCII only: matches stay exact otherwise.
    return POSTGRES if icu else dataclasses.replace(POSTGRES, fold_collation=None)


def _one(con: Connection, sql: str, params: list[Any] | None = None) -> Any:
    row = con.execute(sql, params).fetchone()
    return row[0] if row else None
