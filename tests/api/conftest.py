"""Fixtures of the API tests: the app over the demo store, in process and behind real uvicorn."""

from __future__ import annotations

import socket
import threading
import time
import warnings
from collections.abc import Iterator

import pytest

with warnings.catch_warnings():  # Starlette suggests httpx2; the project pins httpx 0.28.1
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from eventwire.api import create_app
from eventwire.store import Store, open_store


@pytest.fixture(scope="session")
def demo_store(demo_db: str) -> Iterator[Store]:
    """The demo store, opened read-only as ``eventwire serve`` opens it."""
    with open_store(demo_db, read_only=True) as store:
        yield store


@pytest.fixture(scope="session")
def client(demo_store: Store) -> Iterator[TestClient]:
    """An in-process client of the app over the demo store."""
    with TestClient(create_app(demo_store), raise_server_exceptions=False) as test_client:
        yield test_client


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def server_url(demo_store: Store) -> Iterator[str]:
    """The app served by uvicorn on a free loopback port, for the browser tests."""
    import uvicorn

    port = free_port()
    config = uvicorn.Config(
        create_app(demo_store), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
