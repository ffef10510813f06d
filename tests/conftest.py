"""Shared fixtures. Every record the pipeline emits during the tests is checked (schema, spans, ids)."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest
from hypothesis import settings as hypothesis_settings

from backends import ENV, SKIP, PgServer

# CI runs the same examples every time (a red run must mean a change, not luck); locally
# hypothesis keeps exploring new examples.
hypothesis_settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
hypothesis_settings.register_profile("dev", deadline=None)
hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "dev")

os.environ["EVENTWIRE_CHECK_RECORDS"] = "1"  # inherited by CLI subprocesses too
# Compiled knowledge goes to a cache of this run, not the user's (also for CLI subprocesses).
os.environ["EVENTWIRE_CACHE_DIR"] = tempfile.mkdtemp(prefix="eventwire-test-cache-")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "scripts"))  # the generators (build_gazetteer ...) are tested too
SEED = SHARED / "seeds" / "000_d26e7cefa203bdb2.txt"
SEED_DATE = "2025-09-03"


def shared_file(*parts: str) -> Path:
    """Return a file under ../shared, or skip the test with a clear message when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The seed article (read at run time, never copied into the project)."""
    return shared_file("seeds", "000_d26e7cefa203bdb2.txt")


@pytest.fixture(scope="session")
def settings() -> Iterator[object]:
    """Settings from packaged defaults plus the record check (no user file)."""
    from eventwire.config import Settings

    yield Settings.build({"check_records": True}, env={})


@pytest.fixture(scope="session")
def seed_article(seed_path: Path, settings: object) -> object:
    """The seed processed once for the session."""
    from eventwire.pipeline import process

    return process(seed_path, date=SEED_DATE, settings=settings)  # type: ignore[arg-type]


EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory, settings: object) -> str:
    """A store holding the bundled examples (as ``eventwire demo`` stores them), built once."""
    from eventwire.batch import ingest
    from eventwire.store import open_store

    path = str(tmp_path_factory.mktemp("demo") / "demo.duckdb")
    with open_store(path) as store:
        report = ingest([str(EXAMPLES)], store, settings=settings)  # type: ignore[arg-type]
    assert not report.failures and report.stored >= 5
    return path


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[object]:
    """Report every skip for want of a PostgreSQL server at one place, so -ra folds them into one line."""
    report = yield
    longrepr = getattr(report, "longrepr", None)
    if getattr(report, "skipped", False) and isinstance(longrepr, tuple) and SKIP in longrepr[2]:
        line = _skip_without_server.__code__.co_firstlineno + 2
        report.longrepr = (__file__, line, longrepr[2])  # type: ignore[attr-defined]
    return report


def _skip_without_server() -> NoReturn:
    """Skip the test: no PostgreSQL server was given."""
    pytest.skip(SKIP)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The PostgreSQL server of ``$EVENTWIRE_TEST_PG``; skips (one reason, one line) without it."""
    url = os.environ.get(ENV) or _skip_without_server()
    server = PgServer(url)
    yield server
    server.close()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """The URL of an empty PostgreSQL database, dropped after the test."""
    url = pg_server.create()
    yield url
    pg_server.drop(url)
