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


def _codes() -> dict[str, type[EventwireError]]:
    from eventwire.schema import SchemaError

    classes = [c for c in vars(errors).values() if isinstance(c, type)]
    coded = [c for c in (*classes, SchemaError) if issubclass(c, EventwireError)]
    return {c.code: c for c in coded if c is not EventwireError}


def test_every_error_code_is_documented_in_the_readme() -> None:
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Errors and limits") :]
    for code, cls in _codes().items():
        assert f"`{code}`" in section, (
            f"{code} ({cls.__name__}) is not in README 'Errors and limits'"
        )


def test_every_limit_setting_is_in_the_readme_limits_table() -> None:
    # A setting that bounds what is read or how it is processed is listed with its default.
    from pathlib import Path

    from eventwire.config import Settings

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Errors and limits") : readme.index("## Your own knowledge")]
    defaults = Settings.build(env={})
    for name in ("max_chars", "max_file_bytes", "encoding_min_confidence",
                 "language_min_confidence", "batch_size", "n_process"):  # fmt: skip
        assert f"`{name}`" in section, f"the limit {name} is not in README 'Errors and limits'"
    assert f"{defaults.max_chars:,}" in section and f"{defaults.max_file_bytes:,}" in section
