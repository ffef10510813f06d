"""The HTTP API and dashboard of ``eventwire serve``: ``create_app(store)`` (see ``app.py``)."""

from __future__ import annotations

from eventwire.api.app import create_app

__all__ = ["create_app"]
