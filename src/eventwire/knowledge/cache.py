"""Knowledge compiled once and kept on disk, keyed by what it was compiled from.

Building the entity ruler tokenizes some 5,000 names from the tables, which costs about a second
at every start. :func:`compiled` keeps such results as JSON (never pickle: a cache file is data
that anyone who can write the directory could have changed, and JSON cannot run code) in the user
cache directory, under a key that hashes everything the result depends on: the knowledge version
(the packaged tables and the user's own, see ``knowledge_version``), the eventwire version, the
spaCy version and model, and the compiling code itself. A changed table, model or code gives a new
key; an unreadable, damaged or mismatched file is rebuilt; a directory that cannot be written
costs the speed-up only.

The directory is ``$EVENTWIRE_CACHE_DIR``, else ``$XDG_CACHE_HOME/eventwire``, else
``~/.cache/eventwire``; ``EVENTWIRE_CACHE_DIR=off`` turns the cache off.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from eventwire.version import __version__

FORMAT = 1
"""Bumped when the layout of the cache files changes."""

_OFF = "off"


def cache_dir() -> Path | None:
    """The directory compiled knowledge is kept in, or None when the cache is turned off."""
    chosen = os.environ.get("EVENTWIRE_CACHE_DIR", "").strip()
    if chosen.lower() == _OFF:
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "eventwire"


def cache_key(parts: Sequence[str], code: Sequence[Path] = ()) -> str:
    """A hash of ``parts`` (versions, names) and of the source files that compile the result."""
    digest = hashlib.sha256(f"{FORMAT}\0{__version__}".encode())
    for part in parts:
        digest.update(b"\0" + part.encode())
    for path in code:
        digest.update(b"\0" + path.read_bytes())
    return digest.hexdigest()[:24]


def compiled(kind: str, key: str, build: Callable[[], Any]) -> Any:
    """Return the JSON value ``build()`` makes, read from the cache when it holds ``key``.

    Args:
        kind: what is compiled (part of the file name: ``ruler``).
        key: :func:`cache_key` of everything the value depends on.
        build: makes the value (JSON types only) when the cache does not hold it.
    """
    data = compiled_bytes(
        kind, key, lambda: json.dumps(build(), ensure_ascii=False).encode("utf-8")
    )
    return json.loads(data)


def compiled_bytes(kind: str, key: str, build: Callable[[], bytes]) -> bytes:
    """Return the bytes ``build()`` makes, read from the cache when it holds ``key``.

    A file starts with a line naming its key and length, so a stale or cut file is rebuilt.
    """
    folder = cache_dir()
    path = folder / f"{kind}-{key}" if folder is not None else None
    if path is not None:
        found = _read(path, key)
        if found is not None:
            return found
    value = build()
    if path is not None:
        _write(path, key, value)
    return value


def _header(key: str, size: int) -> bytes:
    return f"eventwire-cache {FORMAT} {key} {size}\n".encode("ascii")


def _read(path: Path, key: str) -> bytes | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head, _, body = data.partition(b"\n")
    if head + b"\n" != _header(key, len(body)):
        return None
    return body


def _write(path: Path, key: str, value: bytes) -> None:
    """Write atomically (a reader never sees half a file); give up quietly on any OS error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(_header(key, len(value)))
                out.write(value)
            Path(temporary).replace(path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return
