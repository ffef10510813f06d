"""Exports of the store in the formats analysts load directly.

``export(store, fmt, out)`` writes the whole store through the ``Store`` protocol, so every
backend gets every format:

- ``jsonl``: one full article record per line.
- ``csv``, ``parquet``: one file per store table, into the directory ``out`` (the store's own).
- ``gdelt``: GDELT 2.0's event table, tab-separated, no header (:mod:`eventwire.export.gdelt`).
- ``plover``: one PLOVER/POLECAT-style JSON record per event and line
  (:mod:`eventwire.export.plover`, schema ``eventwire/schema/plover_event.schema.json``).
- ``graphml``: the actor network (:mod:`eventwire.export.graphml`).

The one-file formats take ``-`` for standard output; a regular file (or a link's target) is
replaced whole or not at all, anything else is refused (:mod:`eventwire.store.files`). The
writers are imported when used, so importing this package (as the command line does for
``FORMATS``) stays cheap.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Literal, cast

from eventwire.errors import StoreError
from eventwire.store import ExportFormat, Store

Format = Literal["jsonl", "csv", "parquet", "gdelt", "plover", "graphml"]
FORMATS: tuple[Format, ...] = ("jsonl", "csv", "parquet", "gdelt", "plover", "graphml")
DIRECTORY_FORMATS = ("csv", "parquet")


def export(store: Store, fmt: str, out: str | os.PathLike[str]) -> list[Path]:
    """Write the store in format ``fmt`` to ``out``; return the files written ([] for stdout).

    Raises:
        StoreError: the format is unknown, ``-`` was given for a directory format, or ``out``
            is not a usable place to write (a regular file there is then left unchanged).
    """
    if fmt in DIRECTORY_FORMATS:
        if os.fspath(out) == "-":
            raise StoreError(
                f"{fmt} writes one file per table into a directory; '-' (standard output) "
                "is only for the one-file formats jsonl, gdelt, plover and graphml",
                source="-",
            )
        return store.export(cast(ExportFormat, fmt), Path(out))
    if fmt == "jsonl":
        path = write_jsonl(store, out)
    elif fmt == "gdelt":
        from eventwire.export.gdelt import write_gdelt

        path = write_gdelt(store, out)
    elif fmt == "plover":
        from eventwire.export.plover import write_plover

        path = write_plover(store, out)
    elif fmt == "graphml":
        from eventwire.export.graphml import write_graphml

        path = write_graphml(store, out)
    else:
        raise StoreError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    return [path] if path is not None else []


def write_jsonl(store: Store, out: str | os.PathLike[str]) -> Path | None:
    """Write every stored article record, one JSON document a line; return the file."""
    from eventwire.export.files import text_output

    with text_output(out) as (stream, path):
        for article in store.iter_articles():
            stream.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
    return path


__all__ = ["FORMATS", "Format", "export", "write_jsonl"]
