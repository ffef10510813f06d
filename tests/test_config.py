"""Settings: defaults -> user file -> environment -> overrides, validated from the table."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from eventwire.config import SETTINGS, Settings
from eventwire.errors import SettingsError


def test_table_and_dataclass_declare_the_same_settings() -> None:
    assert [s.name for s in SETTINGS] == [f.name for f in dataclasses.fields(Settings)]


def test_layers_apply_in_order(tmp_path: Path) -> None:
    user = tmp_path / "eventwire.toml"
    user.write_text('batch_size = 8\nmodel = "from-file"\nmax_chars = 500\n')
    env = {"EVENTWIRE_CONFIG": str(user), "EVENTWIRE_BATCH_SIZE": "16"}
    s = Settings.build({"max_chars": 700, "model": None}, env=env)
    assert (s.model, s.batch_size, s.max_chars) == ("from-file", 16, 700)


def test_section_table_is_accepted(tmp_path: Path) -> None:
    user = tmp_path / "c.toml"
    user.write_text("[eventwire]\nn_process = 2\n")
    assert Settings.build(user_file=user, env={}).n_process == 2


@pytest.mark.parametrize(
    ("overrides", "env", "message"),
    [
        ({"batch_size": 0}, {}, "batch_size"),
        ({"nope": 1}, {}, "unknown setting 'nope'"),
        ({}, {"EVENTWIRE_MAX_CHARS": "lots"}, "EVENTWIRE_MAX_CHARS"),
        ({"encoding_min_confidence": 1.5}, {}, "encoding_min_confidence"),
        ({}, {"EVENTWIRE_CONFIG": "/nonexistent/eventwire.toml"}, "not found"),
    ],
)
def test_bad_values_name_the_setting(
    overrides: dict[str, object], env: dict[str, str], message: str
) -> None:
    with pytest.raises(SettingsError, match=message):
        Settings.build(overrides, env=env)


def test_bool_settings_from_environment() -> None:
    assert Settings.build(env={"EVENTWIRE_CHECK_RECORDS": "yes"}).check_records is True
    assert Settings.build(env={"EVENTWIRE_CHECK_RECORDS": "0"}).check_records is False
