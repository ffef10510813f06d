"""Where the store is and where it writes files: locations fit for messages, export paths.

A store URL's password never reaches a message (``redact``). DuckDB's ``COPY ... TO`` takes its
path as a string literal, not a parameter, so an export path is checked (absolute, no NUL, an
existing parent) and quoted with SQL escaping (``'`` doubled).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from eventwire.errors import StoreError

_PASSWORD = re.compile(r"(://[^/:@]*:)[^@/]*@")
_PASSWORD_PARAMETER = re.compile(r"([?&]password=)[^&]*", re.IGNORECASE)


def redact(location: str) -> str:
    """Return a store location fit for messages (a URL's password replaced by ``***``)."""
    return _PASSWORD_PARAMETER.sub(r"\1***", _PASSWORD.sub(r"\1***@", location))


def checked_path(out: str | os.PathLike[str]) -> Path:
    """Return ``out`` as an absolute path, refusing names no file should have."""
    text = os.fspath(out)
    if not text or "\x00" in text:
        raise StoreError(
            "not a usable path (empty, or contains a NUL character)", source=repr(text)
        )
    return Path(text).expanduser().absolute()


def output_file(out: str | os.PathLike[str]) -> Path:
    """Return a file path to write, whose directory must already exist.

    Raises:
        StoreError: the path is unusable, names a directory, or its directory does not exist.
    """
    path = checked_path(out)
    if path.is_dir():
        raise StoreError("is a directory; give a file name", source=str(out))
    if not path.parent.is_dir():
        raise StoreError("directory does not exist", source=str(path.parent))
    return path


def output_directory(out: str | os.PathLike[str]) -> Path:
    """Return a directory to write into, creating it (only it, not its parents) when missing.

    Raises:
        StoreError: the path is unusable, is a file, or its parent does not exist.
    """
    path = checked_path(out)
    if path.exists() and not path.is_dir():
        raise StoreError("exists and is not a directory", source=str(out))
    if not path.exists():
        if not path.parent.is_dir():
            raise StoreError("parent directory does not exist", source=str(path.parent))
        try:
            path.mkdir()
        except OSError as exc:
            raise StoreError(f"cannot create directory ({exc.strerror})", source=str(out)) from None
    return path


def sql_literal(path: Path) -> str:
    """Return ``path`` as an SQL string literal (single quotes doubled)."""
    text = str(path)
    if "\x00" in text:
        raise StoreError("path contains a NUL character", source=repr(text))
    return "'" + text.replace("'", "''") + "'"
