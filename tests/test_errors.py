"""Coded errors: one line each, and the same after crossing to or from a worker process."""

from __future__ import annotations

import pickle

import pytest

from eventwire import errors
from eventwire.errors import EventwireError


@pytest.mark.parametrize(
    "error",
    [
        errors.CorruptInputError("damaged PDF", source="a.pdf"),
        errors.EncodingError("not UTF-8"),
        errors.StoreError("query failed", source="news.duckdb"),
    ],
)
def test_an_error_keeps_its_one_code_through_pickling(error: EventwireError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error) and str(copy).count("[E") == 1
    assert (copy.source, copy.message) == (error.source, error.message)
