"""Extractors: pure functions over a parsed ``Doc``, its ``DocState`` and the knowledge tables.

One package per layer (``actors``, ``times``, ``places``, ``statements``, ``events``,
``quantities``), each exposing its ``extract_<layer>`` as named in the layer table
(``eventwire.layers.LAYERS``); they are re-exported here, imported on first use, so
``import eventwire.extract`` stays cheap::

    from eventwire.extract import extract_times
    times = extract_times(doc, state)
"""

from __future__ import annotations

import importlib
from typing import Any

from eventwire.layers import LAYERS

__all__ = [layer.function for layer in LAYERS]


def __getattr__(name: str) -> Any:
    for layer in LAYERS:
        if name == layer.function:
            module = importlib.import_module(f"eventwire.extract.{layer.name}")
            return getattr(module, name)
    raise AttributeError(f"module 'eventwire.extract' has no attribute {name!r}")
