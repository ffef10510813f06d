"""``eventwire serve [--db PATH|URL] [--host 127.0.0.1] [--port 8000] [--cors ORIGIN]``.

Opens the store read-only and serves the JSON API under ``/api/`` and the dashboard at ``/``
with uvicorn (``eventwire.api.create_app``). It listens on 127.0.0.1 unless ``--host`` says
otherwise; a host other than a loopback address gets a warning, since the API has no login.
"""

from __future__ import annotations

import argparse
import ipaddress
import sys
from typing import Any

from eventwire.cli.ingest import add_db_argument
from eventwire.store import open_store

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def _port(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 65535:
        raise argparse.ArgumentTypeError(f"not a port from 1 to 65535: {value!r}")
    return int(value)


def register(sub: Any) -> None:
    """Add the ``serve`` sub-command."""
    p: argparse.ArgumentParser = sub.add_parser(
        "serve",
        help="serve the JSON API (/api/) and the dashboard (/) over a store, read-only",
        description="Serve the store read-only over HTTP: the JSON API under /api/ (OpenAPI at "
        "/docs and /openapi.json) and the analyst dashboard at /.",
    )
    add_db_argument(p)
    p.add_argument(
        "--host", default=DEFAULT_HOST,
        help=f"address to listen on (default {DEFAULT_HOST}: this machine only; the API has no login)",
    )  # fmt: skip
    p.add_argument(
        "--port", type=_port, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})"
    )
    p.add_argument(
        "--cors", action="append", default=[], metavar="ORIGIN",
        help="let pages of this origin (https://example.org) read the API; repeatable "
        "(default: none, no CORS headers)",
    )  # fmt: skip
    p.set_defaults(func=run_serve)


def is_loopback(host: str) -> bool:
    """Whether ``host`` is a loopback address or ``localhost``."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run_serve(args: argparse.Namespace) -> int:
    """Serve until interrupted."""
    import uvicorn

    from eventwire.api import create_app

    if not is_loopback(args.host):
        print(
            f"eventwire: warning: listening on {args.host}: anyone who can reach it reads the "
            "store (the API has no login)",
            file=sys.stderr,
        )
    with open_store(args.db, read_only=True) as store:
        app = create_app(store, cors_origins=args.cors)
        print(
            f"eventwire: serving {store.location} at http://{args.host}:{args.port}/",
            file=sys.stderr,
        )
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning", server_header=False)
    return 0
